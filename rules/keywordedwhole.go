package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A share of a sum ("a quarter of its $3.3 billion") makes the sentence
// count the share, and the sum is turned away as its whole
// (wholeOfShare). A sum whose own words name the metric's keyword right
// after it is the metric's amount all the same: "Israel could once spend
// about a quarter of its $3.3 billion a year in FMF at home" says what
// Israel's FMF is, the share only how it was spent. Only sums of money
// are read so: the whole of a count of people ("more than half of Gaza's
// 2.3 million people are now in Rafah", "70% of the 8,119 verified
// deaths") is another count than the share the sentence is about, as the
// labelled corpora have it.

// keywordedWholeTokens is how many tokens may stand between the sum and
// its keyword: "$3.3 billion a year in FMF".
const keywordedWholeTokens = 4

// keywordedWhole reports whether a keyword of hits stands in the sum's
// own words right after figure fi, at most keywordedWholeTokens tokens
// on, with no mark between.
func keywordedWhole(d *figures.Document, hits []hit, fi int) bool {
	_, fe := d.FigureTokens(fi)
	for _, h := range hits {
		if h.ref.role != roleKeyword || h.start < fe || h.start-fe > keywordedWholeTokens {
			continue
		}
		clean := true
		for k := fe; k < h.start; k++ {
			if !d.Tokens[k].IsWord() {
				clean = false
				break
			}
		}
		if clean {
			return true
		}
	}
	return false
}

// keywordedWholeNoun reports whether a keyword of hits names the sum at
// figure fi in its own noun phrase: the keyword starts right after the
// figure or after one lower-case preposition ("the $3.8bn annual
// package", "the $3.8 billion in annual assistance"), not after a verb
// ("the $3.8bn annual package is Foreign Military Financing" names the
// part, not the sum). The whole a part is taken of ("$500m of the $3.8bn
// annual package") is then the metric's own sum (keyworded_whole_of_part.yaml).
func keywordedWholeNoun(d *figures.Document, hits []hit, fi int) bool {
	_, fe := d.FigureTokens(fi)
	for _, h := range hits {
		if h.ref.role != roleKeyword {
			continue
		}
		if h.start == fe || h.start == fe+1 && prepositions[d.TokenText(fe)] {
			return true
		}
	}
	return false
}
