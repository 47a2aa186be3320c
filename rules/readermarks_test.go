package rules

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// TestReaderWordsInVocabulary checks that every word readMarks' tests
// accept has a figures vocabulary id: readMarks reads a token's marks by
// its id (readerMarks), and a word missing from figures' readerWords
// would lose its mark. The words are read from the tests' own source, so
// a word added to one of them without being added there fails here.
func TestReaderWordsInVocabulary(t *testing.T) {
	t.Parallel() // parses the package's source, sharing nothing
	tests := map[string]func(string) bool{
		"eventWord": eventWord, "eventNoun": eventNoun, "operationNoun": operationNoun, "agreementNoun": agreementNoun,
		"laterWord": laterWord, "priorWord": priorWord, "controlWord": controlWord,
		"claimNoun": claimNoun, "quotedCountNoun": quotedCountNoun,
		"unrealWord": unrealWord, "editorialNoun": editorialNoun, "wrongAdverb": wrongAdverb, "editorialWord": editorialWord,
		"figureNoun": figureNoun, "tallyNoun": tallyNoun, "otherTimeWord": otherTimeWord,
		"chanceNoun": chanceNoun, "possibleAdjective": possibleAdjective, "forecastWord": forecastWord, "forecastSaid": forecastSaid,
		"givenCountNoun": givenCountNoun, "modalWord": modalWord, "expectingPassive": expectingPassive,
		"residentsDating": residentsDating, "habitualAdverb": habitualAdverb, "negation": negation,
		"areaWord": areaWord, "areaUnit": func(w string) bool { return areaUnit(w, false) }, "gatheringNoun": gatheringNoun, "demonstratingVerb": demonstratingVerb,
		"capacityWord": capacityWord, "roomNoun": roomNoun, "madeForParticiple": madeForParticiple,
		"seatingVerb": seatingVerb, "abilityModal": abilityModal,
		"imperativeVerb": imperativeVerb, "examinedVerb": examinedVerb, "examinedNoun": examinedNoun, "sampleNoun": sampleNoun,
		"threatVerb": threatVerb, "votingWord": votingWord, "isCompassMark": isCompassMark,
		"ownBeforeCue": ownBeforeCue, "ownLaterCue": ownLaterCue, "countNoun": countNoun, "earlierAdjective": earlierAdjective,
	}
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	seen := map[string]bool{}
	for _, name := range files {
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, decl := range f.Decls {
			fn, ok := decl.(*ast.FuncDecl)
			if !ok || fn.Recv != nil || tests[fn.Name.Name] == nil {
				continue
			}
			seen[fn.Name.Name] = true
			ast.Inspect(fn.Body, func(n ast.Node) bool {
				lit, ok := n.(*ast.BasicLit)
				if !ok || lit.Kind != token.STRING {
					return true
				}
				w, err := strconv.Unquote(lit.Value)
				if err != nil {
					t.Fatal(err)
				}
				if tests[fn.Name.Name](w) && figures.VocabID(w) == 0 {
					t.Errorf("%s accepts %q, which has no figures vocabulary id (add it to figures' readerWords)", fn.Name.Name, w)
				}
				return true
			})
		}
	}
	for name := range tests {
		if !seen[name] {
			t.Errorf("%s not found in the package's source", name)
		}
	}
	for _, w := range []string{"ago", "alone", "camp", "of", "before"} {
		if figures.VocabID(w) == 0 {
			t.Errorf("%q has no figures vocabulary id", w)
		}
	}
}

// switchCaseWords returns the string cases of every switch on w in function
// fn of file path: the words a reading answers at.
func switchCaseWords(t *testing.T, path, fn string) []string {
	t.Helper()
	f, err := parser.ParseFile(token.NewFileSet(), path, nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	var words []string
	for _, decl := range f.Decls {
		fd, ok := decl.(*ast.FuncDecl)
		if !ok || fd.Name.Name != fn {
			continue
		}
		ast.Inspect(fd.Body, func(n ast.Node) bool {
			sw, ok := n.(*ast.SwitchStmt)
			if !ok {
				return true
			}
			if id, ok := sw.Tag.(*ast.Ident); !ok || id.Name != "w" {
				return true
			}
			for _, c := range sw.Body.List {
				for _, e := range c.(*ast.CaseClause).List {
					if lit, ok := e.(*ast.BasicLit); ok && lit.Kind == token.STRING {
						w, err := strconv.Unquote(lit.Value)
						if err != nil {
							t.Fatal(err)
						}
						words = append(words, w)
					}
				}
			}
			return true
		})
	}
	if len(words) == 0 {
		t.Fatalf("%s: no switch on w in %s", path, fn)
	}
	return words
}

// TestOtherTimeWordsMarked holds sentenceMarks' timeWord to otherTime's
// walks: every word they answer at is otherTimeWord's, or the "before"
// and "in" otherTime asks of a total or a since itself.
func TestOtherTimeWordsMarked(t *testing.T) {
	for _, w := range switchCaseWords(t, "otherstate.go", "otherTime") {
		if !otherTimeWord(w) && w != "before" && w != "in" {
			t.Errorf("otherTime answers at %q, which otherTimeWord does not name", w)
		}
	}
}
