package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A keyword after a share of the figure names the share, not the figure:
// "America's annual military aid to Israel — $3.8bn, most of it as Foreign
// Military Financing —" gives FMF the most of $3.8bn, not the $3.8bn, as
// "$3.8bn, of which $3.3bn is FMF" gives it the $3.3bn. The share opens
// after a comma or a dash right after the figure: a word of share or
// quantity ("most", "half", "the bulk", "much", "all but"), perhaps a
// hedge ("nearly", "about"), then "of it": a share of an amount. "Most of
// them" describes the people a figure counts in an aside ("at least
// 32,414 people, most of them women and children, had been killed"), and
// the keyword after it is the figure's. A keyword before the figure ("$3.3
// billion a year in FMF, most of it spent on American arms") is the
// figure's too.

// shareOfItWords is how many words the share's phrase may hold before its
// "of it".
const shareOfItWords = 4

// keywordOfShare reports whether keyword hit h, after figure fi, follows a
// share of the figure ("most of it") that stands between them.
func keywordOfShare(d *figures.Document, s *figures.Sentence, fi int, h hit) bool {
	_, fe := d.FigureTokens(fi)
	if h.start <= fe {
		return false
	}
	word := sentenceWords(d, s)
	t := fe
	for t < h.start && d.Tokens[t].IsWord() && t < fe+3 {
		t++ // the figure's noun or a mark of the year: "$3.8bn a year, most of it"
	}
	switch word(t) {
	case ",", "—", "–", "(":
	default:
		return false
	}
	share := false
	for k := t + 1; k < h.start && k <= t+1+shareOfItWords; k++ {
		w := word(k)
		if w == "of" && word(k+1) == "it" {
			return share && k+1 < h.start
		}
		if shareWord(w) || w == "much" || w == "all" || w == "part" || w == "some" || w == "rest" {
			share = true
			continue
		}
		if !d.Tokens[k].IsWord() {
			return false
		}
	}
	return false
}
