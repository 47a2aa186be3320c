package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A place that holds people is told by a whole class of verbs, not a few
// of their forms: keeping ("holds", "houses", "hosts", "accommodates"),
// taking in ("has absorbed", "has taken in", "has received", "has
// welcomed"), in any tense that says the people are there now. keepVerbAt
// reads that class for holdHits (holds.go) by the verb's stem, so every
// regular and irregular form of a root is read at once; the roots stay a
// short list because the class is a meaning (dwelling and holding), which
// no suffix or neighbour marks. The tense rule is the mechanism: a present
// or progressive form says what the place holds now; a past form does only
// in the perfect ("has taken in", "have absorbed"), since a bare past or
// "had" tells what it held before ("Rafah housed 275,000 before the
// war", held apart by holder's own refusals and the metric's exclude
// words). A progressive after "was" or "were" is a report's "is" told in
// reported speech ("the UN said Rafah was housing about 1.2 million"), so
// its subject is read before the auxiliary (testdata/examples/
// rafah_holding_idea.yaml).

// keepRoots are the stems of the verbs of keeping and taking in people.
var keepRoots = map[string]bool{
	"hold": true, "hous": true, "host": true, "accommod": true,
	"absorb": true, "receiv": true, "welcom": true,
}

// perfectAux reports whether lower-cased w is an auxiliary of the perfect
// in the present: "has", "have", "'ve".
func perfectAux(w string) bool { return w == "has" || w == "have" || w == "'ve" }

// keepVerbAt returns the token whose subject holder reads for the verb of
// keeping at token k (k itself, or the "was"/"were" of its progressive),
// and the token after the verb's phrase ("taken in" ends past "in"); -1
// when token k is no such verb in a tense of now.
func keepVerbAt(d *figures.Document, s *figures.Sentence, k int) (subj, end int) {
	raw := d.TokenText(k)
	if !isLowerWord(raw) {
		return -1, 0
	}
	w := d.LowerTokenText(k)
	switch w[0] {
	case 'h', 'a', 'r', 'w', 't':
		// Every root's first letter: a word that starts otherwise is
		// no verb of keeping and costs no stem.
	default:
		return -1, 0
	}
	st := stem(w)
	end = k + 1
	if st == "take" {
		if k+1 >= s.TokEnd || d.LowerTokenText(k+1) != "in" {
			return -1, 0
		}
		end = k + 2
	} else if !keepRoots[st] {
		return -1, 0
	}
	prev := k - 1
	for prev > s.TokStart && (stateTimeAdverb(d.LowerTokenText(prev)) || lyAdverb(d.TokenText(prev))) {
		prev--
	}
	pw := d.LowerTokenText(prev)
	switch {
	case strings.HasSuffix(w, "ing"):
		if prev <= s.TokStart {
			// An auxiliary opening a cut text has no subject
			// before it to read: the verb's own token stands.
			return k, end
		}
		switch pw {
		case "was", "were":
			return prev, end
		case "been":
			// "has been holding": holder reads past "has" to the
			// subject, and "had been" stays refused there.
			return prev, end
		}
		return k, end
	case baseForm(w) != w || strings.HasSuffix(w, "ed"):
		if prev > s.TokStart && perfectAux(pw) {
			return k, end
		}
		return -1, 0
	}
	return k, end
}
