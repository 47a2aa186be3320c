package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A keyword that is the subject of a verb of summing with a share of an
// amount after it names the part, and the amount is the whole the part is
// a share of: "Foreign Military Financing makes up most of the $3.8bn
// Israel receives each year" gives the aid, not the FMF, as "87% of the
// $3.8bn" does (wholeOfShare). The same frame read from the whole's side
// names the whole for a metric whose parts word the subject holds
// (summedWholeMark); a metric of the part leaves it, unless a keyword of
// its own stands after the amount ("most of the 40,000 dead": the dead are
// what it counts) or the part's own amount stands in the subject, nearer
// the keyword (share_whole_of_part.yaml).

// shareVerbWords is how many tokens before the amount the verb of summing
// may stand: "accounts for the lion's share of the".
const shareVerbWords = 10

// wholeOfKeywordShare reports whether figure fi of sentence s is the
// amount a summing verb's share is taken of ("makes up the bulk of the
// $3.8bn"), with a keyword of hits before the verb and none after the
// figure.
func (m *metric) wholeOfKeywordShare(st *docState, s *figures.Sentence, hits []hit, fi int) bool {
	v := st.shareVerb(s, fi)
	if v < 0 {
		return false
	}
	_, fe := st.d.FigureTokens(fi)
	before := false
	for _, h := range hits {
		if h.ref.role != roleKeyword || int(h.ref.index) >= m.partKeyword {
			continue
		}
		if h.start >= fe {
			return false // "most of the 40,000 dead"
		}
		if h.end <= v {
			before = true
		}
	}
	return before
}

// shareVerbOf returns the token of the summing verb whose share phrase
// ends right before figure fi of sentence s (summingShareVerb), or -1.
func shareVerbOf(d *figures.Document, s *figures.Sentence, fi int) int {
	fs, _ := d.FigureTokens(fi)
	// Most figures have no "of" right before them: told before any other
	// reading.
	k := fs - 1
	if k > s.TokStart && d.LowerTokenText(k) == "the" {
		k--
	}
	if k <= s.TokStart || d.LowerTokenText(k) != "of" {
		return -1
	}
	// Nor a share before the "of" (pastShareOf): "four of the 24".
	if w := d.LowerTokenText(k - 1); !shareWord(w) && !shareNoun(w) && (w != "all" || k-2 < s.TokStart || !shareDegree(d, sentenceWords(d, s), k-2)) {
		if g := figureAt(d, k-1); g < 0 || d.Figures[g].Kind != figures.Percent {
			return -1
		}
	}
	return summingShareVerb(d, sentenceWords(d, s), s, fs)
}

// summingShareVerb returns the token of the summing verb (summingVerb)
// whose share phrase ends right before token fs ("makes up the bulk of
// the", "accounts for most of"), or -1.
func summingShareVerb(d *figures.Document, word func(int) string, s *figures.Sentence, fs int) int {
	for v := max(s.TokStart, fs-shareVerbWords); v < fs; v++ {
		t := pastSummingVerb(word, v)
		if t < 0 || !isLowerWord(d.TokenText(v)) {
			continue
		}
		if share := pastShareOf(d, word, t); share != t && share == fs {
			return v
		}
	}
	return -1
}
