package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A share's phrase may carry its count through a verb of valuation rather
// than a comma: "with the Syrian share of the dead put at about 6,000",
// "Syria's share of the toll stands at 5,900", "most of the displaced
// are about 9 million inside the country". As in shareApposition, the
// figure counts the share, a subgroup, not the whole the keyword names;
// the whole's own figure ("the dead put at about 50,000") has no share
// before it and stays.

// shareValuedWords is how many words the verb of valuation may take
// between the keyword and the figure: "put at", "is estimated at",
// "now stands at".
const shareValuedWords = 3

// shareValued reports whether figure fi follows, through a verb of
// valuation, a keyword that closes a share's phrase (closesShare): one
// to shareValuedWords lower-case words, the last "at" or a form of "be".
func shareValued(d *figures.Document, s *figures.Sentence, hits []hit, fi int) bool {
	fs, _ := d.FigureTokens(fi)
	if fs-1 <= s.TokStart {
		return false
	}
	last := d.LowerTokenText(fs - 1)
	if last != "at" && !beForm(last) {
		return false
	}
	for _, h := range hits {
		if h.ref.role != roleKeyword || h.end >= fs || h.end < fs-shareValuedWords {
			continue
		}
		if !isLowerWords(d, h.end, fs) {
			continue
		}
		if closesShare(d, s, h.start) {
			return true
		}
	}
	return false
}
