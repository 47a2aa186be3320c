package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A clause right after a figure that restates it, saying what it is as a
// label does: "Three point three billion dollars a year, that's what the
// U.S. hands Israel", "between twelve and thirteen thousand civilians, that
// is the range UN officials give" (restatedFrom), with the phrases that
// stand "one for each" of what it counts (oneforeach.go) and a cleft
// (cleftcount.go).

// restatedFrom returns the first token of a clause that restates the
// figure ending at token fe of sentence s ("Three point three billion
// dollars a year, that's what the U.S. hands Israel in ... foreign
// military financing", "between twelve and thirteen thousand civilians,
// that is the range UN officials give", "Some 43,000: that is how many
// ..."): at most three words after the figure, a comma, a dash or a colon,
// "that" or "this", and "is", "was" or 's. The clause
// says what the figure is, as a label does; so does the phrase of tokens
// that stand "one for each" of what it counts (oneForEach), read only when
// oneFor (st.mayStandOneForEach). It returns -1 when there is none.
func restatedFrom(d *figures.Document, s *figures.Sentence, fe int, oneFor bool) int {
	if !oneFor {
		// no ", one" where oneForEach could find it
	} else if k := oneForEach(d, s, fe); k >= 0 {
		return k // "33,000 paper flowers, one for each Palestinian killed" (oneforeach.go)
	}
	if k := cleftCountFrom(d, s, fe); k >= 0 {
		return k // "More than 40,000, the ministry said, is now the number of Palestinians killed" (cleftcount.go)
	}
	for k := fe; k < s.TokEnd && k < fe+5; k++ {
		if d.TokenText(k) != "," {
			if isDash(d.TokenText(k)) || d.TokenText(k) == ":" {
				// "Nine million people — that's how many ...", "Some
				// 43,000: that is how many ..."
			} else if !d.Tokens[k].IsWord() {
				return -1
			} else {
				continue
			}
		}
		if v := vocativeEnd(d, s, k); v >= 0 {
			k = v // "Nine million people, Carol — that's how many" (vocative.go)
		}
		if k+2 >= s.TokEnd {
			return -1
		}
		if w := d.LowerTokenText(k + 1); w != "that" && w != "this" {
			return -1
		}
		switch v := d.LowerTokenText(k + 2); {
		case v == "is" || v == "was":
			return k + 3
		case isApostrophe(v) && k+3 < s.TokEnd && d.LowerTokenText(k+3) == "s":
			return k + 4
		}
		return -1
	}
	return -1
}
