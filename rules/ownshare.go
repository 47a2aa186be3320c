package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// ownShare reports whether the share whose value figure fi is
// (shareof.go) is owned by one of the metric's own scope places: "Gaza's
// share of the region's dead, more than 40,000", "Sudan's share of the
// world's displaced now stands at 12 million" give the metric's own count
// as the share of a wider whole, not a part of it, where "Khan Younis's
// share of Gaza's dead" or "Turkey's share of the 50,000 dead" is one
// place's part. The owner's last word is the scope's, or a land noun
// right after it ("the Gaza Strip's share"); a place named after a scope
// word ("Gaza City's share") is a part.
func (m *metric) ownShare(st *docState, s *figures.Sentence, fi int) bool {
	d := st.d
	j := shareValueAt(d, s, fi)
	if j < 0 || j-3 < s.TokStart || !isApostrophe(d.TokenText(j-2)) {
		return false
	}
	var buf [64]byte
	k := j - 3
	if landNoun(d.LowerTokenText(k)) && k-1 >= s.TokStart {
		k-- // "the Gaza Strip's share"
	}
	return d.Tokens[k].IsWord() && m.scopeAt(st, s, k, lowerInto(&buf, d.TokenText(k)))
}
