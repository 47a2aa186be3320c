package claimant

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// vocabularyNames reads the vocabulary tables (vocabulary_*.go, a file for
// each family of words): each constant's name and its word, as written
// there.
func vocabularyNames(t *testing.T) map[string]string {
	t.Helper()
	files, err := filepath.Glob("vocabulary_*.go")
	if err != nil {
		t.Fatalf("glob vocabulary files: %v", err)
	}
	names := map[string]string{}
	for _, file := range files {
		if strings.HasSuffix(file, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(token.NewFileSet(), file, nil, 0)
		if err != nil {
			t.Fatalf("parse %s: %v", file, err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			kv, ok := n.(*ast.KeyValueExpr)
			if !ok {
				return true
			}
			id, ok1 := kv.Key.(*ast.Ident)
			lit, ok2 := kv.Value.(*ast.BasicLit)
			if !ok1 || !ok2 {
				t.Fatalf("%s: an entry not of the form wName: \"word\"", file)
			}
			w, err := strconv.Unquote(lit.Value)
			if err != nil {
				t.Fatalf("%s: %v", file, err)
			}
			names[id.Name] = w
			return true
		})
	}
	if len(names) == 0 {
		t.Fatal("vocabulary_*.go: no entries read: update this test")
	}
	return names
}

// TestVocabulary: every word id has its word, once, in the lower case a
// spelling's low has, so that view.is's comparison of ids answers as the
// comparison of low with the word did.
func TestVocabulary(t *testing.T) {
	seen := map[string]wordID{}
	for id, w := range vocabulary {
		if id == int(noWord) {
			if w != "" {
				t.Errorf("noWord has the word %q", w)
			}
			continue
		}
		if w == "" {
			t.Errorf("word id %d has no word in vocabulary", id)
			continue
		}
		if o, ok := seen[w]; ok {
			t.Errorf("%q is in vocabulary twice (%d and %d)", w, o, id)
		}
		seen[w] = wordID(id)
		if got := spell(w).low; got != w {
			t.Errorf("%q is no spelling's low (its low is %q): view.is never finds it", w, got)
		}
		if wordIDs[w] != wordID(id) {
			t.Errorf("wordIDs[%q] = %d, not %d", w, wordIDs[w], id)
		}
		// numberSpelling looks up only a one-byte number token's id.
		if len(w) > 1 && strings.Trim(w, "0123456789,.") == "" {
			t.Errorf("%q is a number's spelling: numberSpelling must look up its id", w)
		}
	}
	if len(vocabularyNames(t)) != len(vocabulary)-1 {
		t.Errorf("vocabulary_*.go name %d words, vocabulary holds %d", len(vocabularyNames(t)), len(vocabulary)-1)
	}
	// Every spelling a view's token takes has its id (newView's three
	// sources: the one-byte tokens, numbers, and other words).
	f, err := New(Defaults())
	if err != nil {
		t.Fatal(err)
	}
	sc := newScratch(f)
	for w, id := range seen {
		var sp spelling
		switch {
		case len(w) == 1 && w[0] < 0x80:
			sp = sc.ascii[w[0]]
		default:
			sp = *sc.spelling(w)
		}
		if sp.id != id {
			t.Errorf("%q spelt with id %d, not %d", w, sp.id, id)
		}
		if n := sc.numberSpelling(w); n.low == w && n.id != id {
			t.Errorf("%q as a number spelt with id %d, not %d", w, n.id, id)
		}
	}
}

// TestViewWords: a view's word set holds every token's id (readers pass
// over a sentence whose set lacks their word), and no id whose bit no
// token's id has.
func TestViewWords(t *testing.T) {
	f, err := New(Defaults())
	if err != nil {
		t.Fatal(err)
	}
	sc := newScratch(f)
	d := figures.Analyze("In its count, the ministry said 40 people were killed by Friday. " +
		"“We’re hearing from the UN,” she told reporters; the Kremlin's tally (per officials) — 12.")
	sc.start(len(d.Sentences))
	for si := range d.Sentences {
		v := newView(d, si, sc)
		var want wordSet
		for _, k := range v.toks {
			want.add(k.id)
			if !v.words.has(k.id) {
				t.Errorf("sentence %d: %q's id %d is not in the view's words", si, k.low, k.id)
			}
		}
		if want != v.words {
			t.Errorf("sentence %d: the view's words hold ids no token's bit stands for", si)
		}
	}
}

// TestVocabularyFitsWordSet: every word id has its own bit in a wordSet,
// which is what lets has answer exactly.
func TestVocabularyFitsWordSet(t *testing.T) {
	// The word lists' ids (idlist.go) run on after vocabulary's, and a
	// view adds them to its words too: they must not stand for another.
	n := int(countedVocabularyEnd)
	for _, id := range wordIDs {
		n = max(n, int(id)+1)
	}
	if n > wordSetWords*64 {
		t.Fatalf("vocabulary and the word lists hold %d ids, a wordSet %d: make wordSetWords a larger power of two", n, wordSetWords*64)
	}
}
