package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// personAsideWords is how many tokens a relative clause on a person may
// hold: "who practised in Khartoum before fleeing to Egypt".
const personAsideWords = 14

// inPersonAside reports whether hit h stands inside a relative clause on a
// person, ", who ... ,", that closes before token fs, where sentence s's
// figure starts: "Dr. Hamid, who practised in Khartoum before fleeing to
// Egypt, says 1.5 million of his compatriots are now in Egypt". The
// clause tells the person's own story; its words name no figure after it.
// The name before the comma is capitalised.
func inPersonAside(d *figures.Document, s *figures.Sentence, h hit, fs int) bool {
	if h.end > fs {
		return false
	}
	open := -1
	for k := h.start - 1; k > s.TokStart && k >= h.start-personAsideWords; k-- {
		w := d.TokenText(k)
		if w == "," || isClauseMark(w) {
			return false
		}
		if d.LowerTokenText(k) == "who" {
			if d.TokenText(k-1) == "," {
				open = k - 1
			}
			break
		}
	}
	if open <= s.TokStart || !named(d, open-1) {
		return false
	}
	for k := h.end; k < fs && k <= open+personAsideWords; k++ {
		if w := d.TokenText(k); w == "," {
			return true
		} else if isClauseMark(w) {
			return false
		}
	}
	return false
}
