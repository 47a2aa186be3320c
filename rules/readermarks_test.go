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
	tests := map[string]func(string) bool{
		"eventWord": eventWord, "eventNoun": eventNoun, "operationNoun": operationNoun, "agreementNoun": agreementNoun,
		"laterWord": laterWord, "priorWord": priorWord, "controlWord": controlWord,
		"claimNoun": claimNoun, "quotedCountNoun": quotedCountNoun,
		"unrealWord": unrealWord, "editorialNoun": editorialNoun, "wrongAdverb": wrongAdverb, "editorialWord": editorialWord,
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
	for _, w := range []string{"ago", "alone", "camp", "of"} {
		if figures.VocabID(w) == 0 {
			t.Errorf("%q has no figures vocabulary id", w)
		}
	}
}
