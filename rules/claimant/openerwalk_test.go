package claimant

import (
	"go/ast"
	"go/parser"
	"go/printer"
	"go/token"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// How TestAttributionOpenersCovered (openers_test.go) reads the package's
// own source: it parses the non-test files (packageFuncs), finds
// readAttributions' token loop and its skip, and walks the loop and every
// function it calls for the words the token under test is compared with
// (scope, wordCollector). Split from openers_test.go so that the test
// reads apart from the Go syntax it walks.

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
