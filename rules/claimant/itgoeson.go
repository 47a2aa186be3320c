package claimant

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/internal/wordform"
)

// "The Hellenic Coast Guard said it had called off the search. It had
// rescued 39 people ...": "it" opening a sentence as the subject of a verb
// of doing goes on with the body the sentence before named as its
// subject, as "They" and "Its" do (neighbours.go continues). The "it" of
// weather, time or a clause ("It is estimated that ...", "It was the
// deadliest day", "It seems ...", "It has been 300 days") stands for
// no one.

// itGoesOn reports whether the sentence opens at lo on "It" and a verb of
// doing: a form in -s or -ed that is no verb of seeming or being, "has" or
// "had" before a participle other than "been", or "is" or "was" before a
// form in -ing; an adverb may stand before the verb.
func (v *view) itGoesOn(lo int) bool {
	if lo+2 >= len(v.toks) || !v.isOne(lo, wIt) {
		return false
	}
	// "It now runs 14 water points": an adverb before the verb. Any word
	// in -ly, not only the shared adverb reading's (wordforms.go): that
	// one turns away "-ily", "-bly", "-ply" and short words for the nouns
	// they spell before a verb ("the family said", "supply fell"), and
	// right after a subject "It" no noun stands, so it would only lose
	// "It only reached 300 families", "It probably evacuated 1,200".
	k := lo + 1
	if itAdverbs[v.toks[k].low] || strings.HasSuffix(v.toks[k].low, "ly") {
		k++
	}
	if k+1 >= len(v.toks) {
		return false
	}
	t, n := &v.toks[k], &v.toks[k+1]
	if !t.word || t.capital {
		return false
	}
	switch {
	case v.is(k, wHas, wHad):
		return n.word && !n.capital && n.low != "been" && (strings.HasSuffix(n.low, "ed") || strings.HasSuffix(n.low, "en"))
	case v.is(k, wIs, wWas):
		return n.word && !n.capital && strings.HasSuffix(n.low, "ing") && !itNoDoing[n.low]
	}
	if itNoDoing[t.low] {
		return false
	}
	return strings.HasSuffix(t.low, "ed") || strings.HasSuffix(t.low, "s") && !strings.HasSuffix(t.low, "ss")
}

// itAdverbs may stand between "It" and its verb.
var itAdverbs = set("now also still already since then")

// itNoDoing are verbs whose "it" is no one: of seeming, meaning, time and
// weather ("It seems", "It means", "It takes", "It is raining"), in their
// finite forms, and the forms in -ing that follow "is" so.
var itNoDoing = func() map[string]bool {
	m := wordform.Set([]wordform.Verb{{Base: "seem"}, {Base: "appear"}, {Base: "remain"}, {Base: "mean", Past: "meant"},
		{Base: "look"}, {Base: "take", Past: "took"}, {Base: "happen"}, {Base: "follow"}, {Base: "matter"},
		{Base: "come", Past: "came"}, {Base: "go", Past: "went"}}, false, wordform.Finite)
	for _, w := range []string{"being", "raining", "snowing"} {
		m[w] = true
	}
	return m
}()
