package rules

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"
)

// twinSpecs returns specs and, after them, a twin of each: the same spec
// under another id, with one more keyword that no text holds but whose
// last word is the head of one of its own ("zzqx killed" beside "killed"),
// lower-cased (a capitalised word names a place of the metric's), so that
// the fields Compile derives from keywords stay the same. A spec
// with parts (whose whole keywords stand after its own) or no plain
// keyword gets an exact copy.
func twinSpecs(specs []MetricSpec) []MetricSpec {
	out := slices.Clone(specs)
	for _, s := range specs {
		t := s
		t.ID = s.ID + "_twin"
		if len(s.Parts) == 0 {
			for _, k := range s.Keywords {
				// Not a keyword "in PLACE" nor any that opens with a
				// preposition ("inside and outside"): prefixed, its last
				// word would read as a counted noun, which the twin key
				// rightly tells apart (addHead skips such a phrase).
				if w := strings.TrimLeft(strings.TrimSpace(k), "="); w != "" && !strings.HasPrefix(w, vocabMark) && !strings.ContainsRune(w, '\'') && !opensWithPreposition(w) {
					t.Keywords = append(slices.Clip(s.Keywords), "zzqx "+strings.ToLower(w))
					break
				}
			}
		}
		out = append(out, t)
	}
	return out
}

// TestTwinsShareAnswers runs the shipped metrics and their twins over
// every dev corpus with evaluations shared among twins and without: the
// answers must be the same, and each twin's the same as its metric's but
// for the id.
func TestTwinsShareAnswers(t *testing.T) {
	t.Parallel() // a corpus-wide test: see fixtures_test.go
	shipped := shipped(t).specs
	specs := twinSpecs(shipped)
	shared, err := Compile(specs)
	if err != nil {
		t.Fatal(err)
	}
	alone, err := Compile(specs)
	if err != nil {
		t.Fatal(err)
	}
	alone.noTwins = true
	n := len(shipped)
	for i := range shipped {
		if got, want := shared.metrics[n+i].twins, shared.metrics[i].twins; got < 0 || got != want {
			t.Errorf("%s and its twin: twins %d and %d, want the same class", shipped[i].ID, want, got)
		}
	}
	texts := 0
	for fi, c := range devFiles(t) {
		if skipUnderRace(fi) {
			continue
		}
		f := c.path
		date, _ := time.Parse(time.DateOnly, c.Date) // the zero time when undated
		for ci, cs := range c.Cases {
			texts++
			got := shared.ExtractInArticle(cs.Text, c.Article, date)
			want := alone.ExtractInArticle(cs.Text, c.Article, date)
			if !reflect.DeepEqual(got, want) {
				t.Errorf("%s case %d: shared evaluations give\n%+v\nwant\n%+v", f, ci, got, want)
				continue
			}
			byID := map[string][]Observation{}
			for _, o := range got {
				byID[o.Metric] = append(byID[o.Metric], o)
			}
			for _, s := range shipped {
				own, twin := byID[s.ID], byID[s.ID+"_twin"]
				for k := range twin {
					twin[k].Metric = s.ID
				}
				if !reflect.DeepEqual(own, twin) {
					t.Errorf("%s case %d: %s gives %+v, its twin %+v", f, ci, s.ID, own, twin)
				}
			}
		}
	}
	if texts < 1000 {
		t.Fatalf("only %d dev texts read", texts)
	}
}

// TestTwinsReadKeywordsOnlyThroughHits holds the package's code to what
// sharing evaluations among twins rests on (twins.go): a metric's keywords
// are read, other than through a hit or for their number, only where
// Compile derives fields from them (which the twin key holds) and where
// hits are found (before evaluate). A new reading elsewhere fails here:
// it must either read a hit's phrase, or be added to the twin key and to
// this list.
func TestTwinsReadKeywordsOnlyThroughHits(t *testing.T) {
	t.Parallel() // parses the package's source, sharing nothing
	compile := []string{"newMetric", "Compile", "Validate", "countNouns", "excludedKinds", "insideNames", "ownNames", "addWholeKeywords", "inPlaceKeywords", "givenToKeywords", "ownedNounKeywords", "numberForms", "twinKey", "findTwins", "unitHeadKeyword", "ownerOwnWords", "ownMeasures", "ownLossNouns", "wholeOfTwoPhrases", "countsAway"}
	hitFinders := []string{"askedFigureHits", "attributedBareHits", "storyCountHits", "ownedFigureHits", "countNounSubjectHits", "itSubjectHits", "byCountHits", "pointedBackHits", "countFromOwnerHits", "ownerAfterNounHits", "wholeHits", "articleCityHits", "backCityHits", "deniedMoveHits", "inPlaceHits", "placeLabelHits", "unitSinceHits", "articleSubjectHits"}
	allowed := map[string][]string{
		// MetricSpec.Keywords, as written; noJudgement names them in a
		// failed rule example's reason, which no extraction reads.
		"Keywords": append(slices.Clone(compile), "noJudgement"),
		// metric.keywords: a hit's phrase (phrases, for phraseOf) and the
		// rule of the keyword byKeyword takes, a hit's.
		// movedFromPlaceNoun reads only its hits' phrases ("in PLACE" or
		// not), which twinHits compares.
		"keywords": append(append([]string{"phrases", "byKeyword", "movedFromPlaceNoun"}, compile...), hitFinders...),
		// The keyword phrases opening with "in".
		"inPlaces": append(slices.Clone(compile), hitFinders...),
		// A metric's phrases of a role, and references to them; numberForms
		// numbers each phrase from its own words and flags alone.
		"phrases()": {"Compile", "numberForms", "phraseOf"},
		// perYearRequires (fiscalyear.go) refers to a require phrase,
		// which the twin key holds: twins get equal fiscal-year hits.
		"phraseRef{}": append(append(slices.Clone(compile), "perYearRequires"), hitFinders...),
		// The phrase index, whose references lead to keywords: read by
		// the hit finders, and by tokenStem for a word's stem alone.
		"byWord":     append([]string{"index", "sharedRefsOf", "findHits", "labelKeywordHits"}, compile...),
		"byStem":     append([]string{"index", "sharedRefsOf", "findHits", "labelKeywordHits", "invertedQuestionHits"}, compile...),
		"byPrefix":   append([]string{"index", "sharedRefsOf", "findHits", "labelKeywordHits"}, compile...),
		"words.of()": {"findHits", "tokenStem"},
	}
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	read := 0
	for _, path := range files {
		if strings.HasSuffix(path, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, path, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, decl := range f.Decls {
			fn, ok := decl.(*ast.FuncDecl)
			if !ok || fn.Body == nil {
				continue
			}
			// A selector whose len is compared with 0 reads only whether
			// there are any, which the twin key holds.
			counted := map[ast.Expr]bool{}
			ast.Inspect(fn.Body, func(n ast.Node) bool {
				if b, ok := n.(*ast.BinaryExpr); ok {
					if c, ok := b.X.(*ast.CallExpr); ok && isZero(b.Y) {
						if id, ok := c.Fun.(*ast.Ident); ok && id.Name == "len" && len(c.Args) == 1 {
							counted[c.Args[0]] = true
						}
					}
				}
				return true
			})
			check := func(what string, at token.Pos) {
				read++
				if !slices.Contains(allowed[what], fn.Name.Name) {
					t.Errorf("%s: %s reads %s: twins.go's proof does not cover it", fset.Position(at), fn.Name.Name, what)
				}
			}
			ast.Inspect(fn.Body, func(n ast.Node) bool {
				switch x := n.(type) {
				case *ast.SelectorExpr:
					switch x.Sel.Name {
					case "Keywords", "keywords", "inPlaces", "byWord", "byStem", "byPrefix":
						if !counted[x] {
							check(x.Sel.Name, x.Pos())
						}
					}
				case *ast.CallExpr:
					if sel, ok := x.Fun.(*ast.SelectorExpr); ok && sel.Sel.Name == "phrases" {
						check("phrases()", x.Pos())
					}
					if sel, ok := x.Fun.(*ast.SelectorExpr); ok && sel.Sel.Name == "of" {
						if inner, ok := sel.X.(*ast.SelectorExpr); ok && inner.Sel.Name == "words" {
							check("words.of()", x.Pos())
						}
					}
				case *ast.CompositeLit:
					if id, ok := x.Type.(*ast.Ident); ok && id.Name == "phraseRef" {
						check("phraseRef{}", x.Pos())
					}
				}
				return true
			})
		}
	}
	if read == 0 {
		t.Fatal("no reading of keywords found: the test reads nothing")
	}
}

func isZero(e ast.Expr) bool {
	lit, ok := e.(*ast.BasicLit)
	return ok && lit.Kind == token.INT && lit.Value == "0"
}

// raceEnabled is set by race_test.go when the race detector is on.
var raceEnabled bool

// skipUnderRace says whether the i-th file (a dev file, or an examples
// file) of a corpus-wide test is left out under the race detector. That
// detector slows these comparisons about tenfold, and with one file in
// eight read the rules package's race run still went past go test's
// default timeout of ten minutes on a loaded machine (docs/performance.md):
// one file in 32 is read there, and every file without it. The tests
// compare answers, not goroutines, so the run without -race is the one that
// counts: .ci/run runs them so after the race run.
func skipUnderRace(i int) bool { return raceEnabled && i%32 != 0 }

// opensWithPreposition reports whether phrase w opens with a preposition
// ("in Rafah", "inside and outside").
func opensWithPreposition(w string) bool {
	first, _, _ := strings.Cut(strings.ToLower(w), " ")
	return prepositions[first]
}
