package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A participle's aside may stand between a subject and its verb: "A study
// in The Lancet in January, using a capture-recapture method across three
// independent lists, estimated 64,260 traumatic deaths". It says how the
// subject acted, not who: a reading that looks for the subject before the
// verb passes over it. subjectAsideOpen reads short asides of words only;
// a participle's may hold a figure or a hyphenated word.

// participleAsideWords is how many tokens such an aside may hold.
const participleAsideWords = 20

// participleAsideOpen returns the comma that opens an aside closed by the
// comma at token k, when the aside's first word is a participle in -ing
// ("using", "drawing on", "relying on"), or -1.
func participleAsideOpen(d *figures.Document, s *figures.Sentence, k int) int {
	for j := k - 1; j > s.TokStart && j >= k-participleAsideWords; j-- {
		switch d.TokenText(j) {
		case ";", ":", "—", "–", "(", ")":
			return -1
		case ",":
			if j+1 < k && strings.HasSuffix(strings.ToLower(d.TokenText(j+1)), "ing") && isLowerWord(d.TokenText(j+1)) {
				return j
			}
			return -1
		}
	}
	return -1
}
