package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A figure the sentence says is not counted is a part left out of the
// total, not the total: "roughly 10,000 bodies believed to be under rubble
// were not included", "an estimated 7,000 dead who never reached a morgue
// have not been counted", "About 4,000 bodies ... were never tallied". The
// figure's own predicate says so: within its clause, a form of "be" or
// "have" with "not" or "never", then a participle of adding a part to a
// whole (addedParticiple). Asked only of a running total's figures in a
// sentence with a negation (the negation mark). (left_out_of_count.yaml)

// leftOutWords is how many tokens may stand between the figure and the
// negation: its noun and a phrase or a short relative clause on it
// ("bodies believed to be under rubble", "dead who never reached a
// morgue").
const leftOutWords = 12

// leftOutOfCount reports whether figure fi of sentence s is the subject of
// a negated predicate of adding: "10,000 bodies ... were not included".
func leftOutOfCount(d *figures.Document, s *figures.Sentence, fi int) bool {
	_, fe := d.FigureTokens(fi)
	word := sentenceWords(d, s)
	for k := fe; k < s.TokEnd && k < fe+leftOutWords; k++ {
		w := word(k)
		if !d.Tokens[k].IsWord() && !isApostrophe(w) || figureIn(d, s, k) >= 0 {
			return false
		}
		if !negation(w) {
			continue
		}
		if a := word(k - 1); !beForm(a) && a != "have" && a != "has" && a != "had" {
			continue // "who never reached a morgue": the relative clause's own
		}
		p := k + 1
		for n := 0; n < 2 && (word(p) == "been" || word(p) == "yet" || word(p) == "be"); n++ {
			p++
		}
		return addedParticiple(word(p))
	}
	return false
}
