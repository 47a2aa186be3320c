package claimant

import (
	"go/ast"
	"go/token"
	"sort"
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
