package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A short follow-up question that names what the metric rules out, and
// no word of what it counts, turns its answer to that: "Q: And in Turkey
// alone? A: 44,374 dead in the earthquake" gives Turkey's part, "Q: And
// the injured? A: 22,594 civilians" the wounded, as a reader of an
// explainer or an interview hears them. The question's exclude_near word
// is kept for the answer (questionHits), where it stands as near the
// answer's first figure as the answer's opening (nearestHits reads a
// hit from before the sentence so). A follow-up that names the metric's
// own count ("And the death toll across both countries?") or the whole of
// its places ("And Turkey and Syria?") asks for it.

// followUpWords is how many words a follow-up question may hold after its
// speaker's label, its joining word included: "And what about the
// injured?".
const followUpWords = 6

// followUpQuestion reports whether question q is a short follow-up: it
// opens (past a speaker's label) on "and", "but", "what about" or "how
// about", and holds at most followUpWords words.
func followUpQuestion(d *figures.Document, q *figures.Sentence) bool {
	k := sentenceOpening(d, q)
	word := sentenceWords(d, q)
	switch word(k) {
	case "and", "but":
	case "what", "how":
		if word(k+1) != "about" {
			return false
		}
	default:
		return false
	}
	n := 0
	for j := k; j < q.TokEnd; j++ {
		if d.Tokens[j].IsWord() {
			n++
		}
	}
	return n <= followUpWords
}

// askedPart reports whether exclude_near hit h, found in question q, is
// what a short follow-up question asks about: q is a follow-up and holds
// no keyword of h's metric among qhits; a place joined to another ("And
// Turkey and Syria?") names the whole, no part (joinedplace.go).
func askedPart(d *figures.Document, q *figures.Sentence, qhits []hit, h hit) bool {
	if h.ref.role != roleNear || joinedPlace(d, h) || !followUpQuestion(d, q) {
		return false
	}
	for _, o := range qhits {
		if o.ref.metric == h.ref.metric && o.ref.role == roleKeyword {
			return false
		}
	}
	return true
}
