package claimant

import (
	"go/ast"
	"go/parser"
	"go/printer"
	"go/token"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// skipCondition is readAttributions' skip of the words that open no
// attribution, as written in attrib.go. opensAttribution is its negation:
// when the skip changes, both change together, or the test says so.
const skipCondition = "!t.has(cFrameOpener|cFindingNoun) && !t.poss && !t.report && !t.finding"

func opensAttribution(t *tok) bool {
	return !(!t.has(cFrameOpener|cFindingNoun) && !t.poss && !t.report && !t.finding)
}

// TestAttributionOpenersCovered: every word readAttributions' token loop
// tests the token for, after the skip of the words that open nothing, gets
// past the skip. A case added for a new word ("case t.low == ...", "v.is(i,
// ...)") without the word in frameOpeners would otherwise never fire, and
// only a corpus sentence using the word would show it.
//
// The words are read from the source: comparisons of the token's lower-case
// word with a string, v.is on the token's index, switches on its word, in
// the loop and in the package's functions the loop hands the token or its
// index to. A word tested only negatively ("!v.is(i, ...)") excludes it and
// needs nothing. Each word is then made a token as the finder makes one
// (newView, through the scratch's spellings) with no context (no
// possessive, no "be" before an -ing form) and put to the skip.
func TestAttributionOpenersCovered(t *testing.T) {
	fset := token.NewFileSet()
	funcs := packageFuncs(t, fset)
	ra := funcs["readAttributions"]
	if ra == nil {
		t.Fatal("attrib.go has no readAttributions: update this test")
	}
	loop, skipAt := tokenLoop(ra)
	if loop == nil {
		t.Fatal("readAttributions has no token loop with a skip testing cFrameOpener: update this test to the new skip")
	}
	skip := loop.Body.List[skipAt].(*ast.IfStmt)
	if got := render(fset, skip.Cond); got != skipCondition {
		t.Fatalf("readAttributions' skip is now\n\t%s\nnot\n\t%s\nupdate skipCondition and opensAttribution to it", got, skipCondition)
	}
	c := &wordCollector{fset: fset, funcs: funcs, seen: map[string]bool{}, vocab: vocabularyNames(t)}
	sc := tokenScope(loop)
	for _, st := range loop.Body.List[skipAt+1:] {
		c.walk(st, sc, false)
	}
	for _, u := range c.unchecked {
		t.Errorf("%s: the token is tested against %s, a word list this test cannot read: check its words get past readAttributions' skip, and teach this test to read it", u.pos, u.word)
	}
	if len(c.words) == 0 {
		t.Fatal("no word tests found in readAttributions' token loop: the collector no longer reads it")
	}
	f, err := New(Defaults())
	if err != nil {
		t.Fatal(err)
	}
	found := map[string]bool{}
	for _, w := range c.words {
		t.Logf("%s: %q", w.pos, w.word)
		found[w.word] = true
		tk, ok := tokenOf(f, w.word)
		if !ok {
			t.Errorf("%s: %q is no word token's lower-case word: the test never holds", w.pos, w.word)
			continue
		}
		if !opensAttribution(&tk) {
			t.Errorf("%s: readAttributions tests for %q, but its skip passes over the word (not in frameOpeners, not a findings noun, not a reporting verb): add it to frameOpeners", w.pos, w.word)
		}
	}
	// A class spell sets together with cFrameOpener, from a stem: a
	// form of each stem of countStems gets past the skip.
	for _, w := range countVerbForms {
		tk, ok := tokenOf(f, w)
		if !ok || !tk.has(cCountVerb) || !opensAttribution(&tk) {
			t.Errorf("%q, a form of countStems, is not a cCountVerb token that gets past readAttributions' skip", w)
		}
	}
	// So does cAnnouncement, from announcements.
	for w := range announcements {
		tk, ok := tokenOf(f, w)
		if !ok || !tk.has(cAnnouncement) || !opensAttribution(&tk) {
			t.Errorf("%q, an announcement, is not a cAnnouncement token that gets past readAttributions' skip", w)
		}
	}
	// The other way round, which also shows the collector reads the cases.
	var stale []string
	for w := range frameOpeners {
		if !found[w] {
			stale = append(stale, w)
		}
	}
	sort.Strings(stale)
	for _, w := range stale {
		t.Errorf("frameOpeners lists %q, but no test of readAttributions' token loop reads it: drop it, or this test's collector missed the case", w)
	}
}

// packageFuncs parses the package's non-test files: its functions and
// methods by name.
func packageFuncs(t *testing.T, fset *token.FileSet) map[string]*ast.FuncDecl {
	t.Helper()
	paths, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	funcs := map[string]*ast.FuncDecl{}
	for _, p := range paths {
		if strings.HasSuffix(p, "_test.go") {
			continue
		}
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatalf("read %s: %v", p, err)
		}
		f, err := parser.ParseFile(fset, p, src, 0)
		if err != nil {
			t.Fatalf("parse %s: %v", p, err)
		}
		for _, d := range f.Decls {
			// The loop is a view's: of two methods of a name, the view's.
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Body != nil && !onView(funcs[fd.Name.Name]) {
				funcs[fd.Name.Name] = fd
			}
		}
	}
	return funcs
}

func onView(fd *ast.FuncDecl) bool {
	if fd == nil || fd.Recv == nil {
		return false
	}
	star, ok := fd.Recv.List[0].Type.(*ast.StarExpr)
	if !ok {
		return false
	}
	id, ok := star.X.(*ast.Ident)
	return ok && id.Name == "view"
}

// tokenLoop finds the loop of fd holding the skip: an "if ... { continue }"
// whose condition names cFrameOpener. It returns the loop and the skip's
// place in its body.
func tokenLoop(fd *ast.FuncDecl) (*ast.ForStmt, int) {
	var loop *ast.ForStmt
	at := -1
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		f, ok := n.(*ast.ForStmt)
		if !ok || loop != nil {
			return loop == nil
		}
		for k, st := range f.Body.List {
			if isSkip(st) {
				loop, at = f, k
				return false
			}
		}
		return true
	})
	return loop, at
}

func isSkip(st ast.Stmt) bool {
	is, ok := st.(*ast.IfStmt)
	if !ok || is.Else != nil || len(is.Body.List) != 1 {
		return false
	}
	if br, ok := is.Body.List[0].(*ast.BranchStmt); !ok || br.Tok != token.CONTINUE {
		return false
	}
	names := false
	ast.Inspect(is.Cond, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && id.Name == "cFrameOpener" {
			names = true
		}
		return !names
	})
	return names
}

func render(fset *token.FileSet, n ast.Node) string {
	var b strings.Builder
	if err := printer.Fprint(&b, fset, n); err != nil {
		return "<" + err.Error() + ">"
	}
	return b.String()
}

// scope names what stands for the token under test in a function: its
// index (i) and pointers to it (t := &v.toks[i]).
type scope struct {
	index, tok map[string]bool
}

// tokenScope is the loop's: its variable, and the token's aliases in its
// body.
func tokenScope(loop *ast.ForStmt) scope {
	sc := scope{index: map[string]bool{}, tok: map[string]bool{}}
	if as, ok := loop.Init.(*ast.AssignStmt); ok && len(as.Lhs) == 1 {
		if id, ok := as.Lhs[0].(*ast.Ident); ok {
			sc.index[id.Name] = true
		}
	}
	sc.addAliases(loop.Body)
	return sc
}

// addAliases adds "x := &v.toks[i]" and "x := v.toks[i]" in body.
func (sc scope) addAliases(body ast.Node) {
	ast.Inspect(body, func(n ast.Node) bool {
		as, ok := n.(*ast.AssignStmt)
		if !ok || as.Tok != token.DEFINE {
			return true
		}
		for k, r := range as.Rhs {
			if k < len(as.Lhs) && sc.isTok(r) {
				if id, ok := as.Lhs[k].(*ast.Ident); ok {
					sc.tok[id.Name] = true
				}
			}
		}
		return true
	})
}

// isTok: e is the token under test (t, v.toks[i], &v.toks[i]).
func (sc scope) isTok(e ast.Expr) bool {
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		return sc.tok[x.Name]
	case *ast.UnaryExpr:
		return x.Op == token.AND && sc.isTok(x.X)
	case *ast.StarExpr:
		return sc.isTok(x.X)
	case *ast.IndexExpr:
		sel, ok := x.X.(*ast.SelectorExpr)
		return ok && sel.Sel.Name == "toks" && sc.isIndex(x.Index)
	}
	return false
}

func (sc scope) isIndex(e ast.Expr) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	return ok && sc.index[id.Name]
}

// isLow: e is the token's lower-case word (t.low, v.toks[i].low).
func (sc scope) isLow(e ast.Expr) bool {
	sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
	return ok && sel.Sel.Name == "low" && sc.isTok(sel.X)
}

// testedWord is a word the token is tested for, and where.
type testedWord struct {
	word string
	pos  token.Position
}

// wordCollector gathers the words tested of the token under test.
type wordCollector struct {
	fset      *token.FileSet
	funcs     map[string]*ast.FuncDecl
	seen      map[string]bool // callee/parameter already read
	words     []testedWord
	unchecked []testedWord      // the word lists tested, not read
	vocab     map[string]string // a vocabulary constant's name → its word
}

// walk reads n for tests of the token; negated: n's truth excludes the
// token's word (under "!" or "!="), so its words need not open anything.
func (c *wordCollector) walk(n ast.Node, sc scope, negated bool) {
	ast.Inspect(n, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.UnaryExpr:
			if x.Op == token.NOT {
				c.walk(x.X, sc, !negated)
				return false
			}
		case *ast.BinaryExpr:
			if x.Op == token.EQL || x.Op == token.NEQ {
				neg := negated != (x.Op == token.NEQ)
				if sc.isLow(x.X) {
					c.literal(x.Y, neg)
				} else if sc.isLow(x.Y) {
					c.literal(x.X, neg)
				}
			}
		case *ast.SwitchStmt:
			if x.Tag != nil && sc.isLow(x.Tag) {
				for _, cl := range x.Body.List {
					for _, e := range cl.(*ast.CaseClause).List {
						c.literal(e, false)
					}
				}
			}
		case *ast.IndexExpr:
			// A set looked up by the word: its words are not in the source.
			if sc.isLow(x.Index) && !negated {
				c.unchecked = append(c.unchecked, testedWord{render(c.fset, x.X), c.fset.Position(x.Pos())})
			}
		case *ast.CallExpr:
			c.call(x, sc, negated)
		}
		return true
	})
}

func (c *wordCollector) literal(e ast.Expr, negated bool) {
	lit, ok := ast.Unparen(e).(*ast.BasicLit)
	if !ok || lit.Kind != token.STRING || negated {
		return
	}
	w, err := strconv.Unquote(lit.Value)
	if err != nil {
		return
	}
	c.words = append(c.words, testedWord{w, c.fset.Position(lit.Pos())})
}

// wordConstant reads a vocabulary constant (wSaid) as its word; anything
// else v.is is given is a word this test cannot read.
func (c *wordCollector) wordConstant(e ast.Expr, negated bool) {
	if negated {
		return
	}
	if id, ok := ast.Unparen(e).(*ast.Ident); ok {
		if w, ok := c.vocab[id.Name]; ok {
			c.words = append(c.words, testedWord{w, c.fset.Position(id.Pos())})
			return
		}
	}
	c.unchecked = append(c.unchecked, testedWord{render(c.fset, e), c.fset.Position(e.Pos())})
}

// call reads v.is(i, ...), v.isOne(i, w), t.has(...) and the package's functions given
// the token or its index.
func (c *wordCollector) call(x *ast.CallExpr, sc scope, negated bool) {
	var name string
	switch f := x.Fun.(type) {
	case *ast.Ident:
		name = f.Name
	case *ast.SelectorExpr:
		name = f.Sel.Name
		if name == "has" && sc.isTok(f.X) && !negated {
			// A class other than the skip's own is a word list the skip
			// does not let through. cClauseStem is asked only of a
			// reporting verb (clauseStems are reportStems), which the skip
			// lets through as a verb; so are the verb-form classes
			// (cIrregularPast, cPastLikeBase, cUnstemmed), which tell which
			// form a report or finding verb is in claimVerbAt and verbAt.
			ast.Inspect(x.Args[0], func(n ast.Node) bool {
				if id, ok := n.(*ast.Ident); ok && !skipPassedClasses[id.Name] {
					c.unchecked = append(c.unchecked, testedWord{id.Name, c.fset.Position(id.Pos())})
				}
				return true
			})
			return
		}
	default:
		return
	}
	if (name == "is" || name == "isOne") && len(x.Args) > 1 && sc.isIndex(x.Args[0]) {
		for _, a := range x.Args[1:] {
			c.wordConstant(a, negated)
		}
		return
	}
	fd := c.funcs[name]
	if fd == nil {
		return
	}
	var params []string
	for _, fl := range fd.Type.Params.List {
		for _, n := range fl.Names {
			params = append(params, n.Name)
		}
	}
	for k, a := range x.Args {
		if k >= len(params) || !sc.isIndex(a) && !sc.isTok(a) {
			continue
		}
		key := name + "/" + params[k]
		if c.seen[key] {
			continue
		}
		c.seen[key] = true
		inner := scope{index: map[string]bool{}, tok: map[string]bool{}}
		if sc.isIndex(a) {
			inner.index[params[k]] = true
		} else {
			inner.tok[params[k]] = true
		}
		inner.addAliases(fd.Body)
		// The callee's own tests, whatever the call's polarity: a
		// function reached from the loop is read as if called plainly.
		c.walk(fd.Body, inner, false)
	}
}

// skipPassedClasses are the classes a token of readAttributions' loop may
// be tested for without its words being checked against the skip (see
// wordCollector.call).
var skipPassedClasses = map[string]bool{
	"cFrameOpener": true, "cFindingNoun": true, "cCountVerb": true, "cAnnouncement": true, "cClauseStem": true,
	"cIrregularPast": true, "cPastLikeBase": true, "cUnstemmed": true,
}

// tokenOf is word as newView makes it a token, with no context around it
// to make it a possessive or a progressive verb.
func tokenOf(f *Finder, word string) (tok, bool) {
	sc := newScratch(f)
	d := figures.Analyze("then " + word + " then")
	sc.start(len(d.Sentences))
	for si := range d.Sentences {
		v := newView(d, si, sc)
		for _, k := range v.toks {
			if k.word && k.low == word {
				return k, true
			}
		}
	}
	return tok{}, false
}

// countVerbForms are a form of each of countStems: cCountVerb tokens,
// which spell makes frame openers too (checked above).
var countVerbForms = []string{"raised", "revised", "updated", "refreshed", "lowered", "lifted", "hiked", "bumped", "pushed", "trimmed",
	"cut", "reduced", "downgraded", "upgraded", "adjusted", "corrected", "amended", "increased", "put", "placed", "set",
	"fixed", "pegged", "gives", "gave", "given", "offered", "provided", "supplied", "issued"}

func TestCountVerbFormsCoverStems(t *testing.T) {
	seen := map[string]bool{}
	for _, w := range countVerbForms {
		seen[stem(w)] = true
	}
	for s := range countStems {
		if !seen[s] {
			t.Errorf("countStems has %q, which no word of countVerbForms stems to: add one", s)
		}
	}
}
