package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// "At" an anniversary dates a reading in the past only when the sentence
// tells the reading in the past: "The ministry had counted 10,000 dead at
// the conflict's first anniversary, a mark long since passed". Told
// without a verb of its own, as an apposition on its subject ("The
// ministry's figure — roughly 42,000 dead at the war's first anniversary —
// has been picked apart"), it is the count the article marks, as "on the
// anniversary" is: the labelled corpora write such copy around the
// anniversary itself. "By" the anniversary always dates a reading since
// grown.

// pastTold reports whether a past auxiliary or a past verb of a reading
// ("had", "was", "were", "stood") stands in sentence s, before or after
// the anniversary ("At the first anniversary, the toll stood at ...").
func pastTold(d *figures.Document, s *figures.Sentence) bool {
	word := sentenceWords(d, s)
	for t := afterStamp(d, s); t < s.TokEnd; t++ {
		switch word(t) {
		case "had", "was", "were", "stood":
			return true
		}
	}
	return false
}
