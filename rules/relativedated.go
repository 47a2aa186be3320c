package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A time phrase inside a relative clause on the speakers, or on the
// people a fronted phrase names, dates what that clause tells of them,
// not the figure of the main clause after it: "Graduates who studied in
// Kharkiv before 2022 say the UN's count of more than 11,000 ...", "For
// exporters who shipped maize through Port Sudan before the war, a
// country with 10-million-plus displaced ...". The clause closes right
// after the time phrase, on the main clause's verb of saying or on the
// comma of the fronted phrase (which opens with a preposition). A
// relative clause the main clause's count goes on from ("the civilians
// who were killed before 2022 number about 3,400") is the count's own,
// and dates it.

// relativeReach is how many tokens before the time phrase's word the
// relative pronoun may stand: "who shipped maize and steel through Port
// Sudan before the war".
const relativeReach = 10

// relativeDated reports whether the time phrase at token k ("before" or
// the word that opens it) stands in a relative clause that closes before
// figure start fs, as above.
func relativeDated(d *figures.Document, s *figures.Sentence, k, fs int) bool {
	who := -1
	for j := k - 1; j > s.TokStart && j >= k-relativeReach; j-- {
		if !d.Tokens[j].IsWord() {
			return false
		}
		if w := d.LowerTokenText(j); w == "who" || w == "whose" {
			who = j
			break
		}
	}
	if who < 0 {
		return false
	}
	// The end of the time phrase: a few words or a year, then the
	// clause's close.
	for e := k + 1; e < fs && e <= k+5; e++ {
		w := d.LowerTokenText(e)
		if _, ok := sayingVerbs[w]; ok {
			return true // "... before 2022 say the UN's count of"
		}
		if w == "," {
			switch d.LowerTokenText(s.TokStart) {
			case "for", "to", "among", "like", "unlike":
				return true // "For exporters who shipped ... before the war, ..."
			}
			return false
		}
		if !d.Tokens[e].IsWord() && figureIn(d, s, e) < 0 {
			return false
		}
	}
	return false
}
