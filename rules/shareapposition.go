package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A subgroup's share of the whole may carry its own count after a comma,
// in apposition on the share: "Children make up more than half of the
// displaced, about 5 million, UNICEF said", "women and girls account for
// about 53 per cent of the displaced, roughly 6 million people". The
// figure restates the share (a fraction, a percentage, "most of") as a
// number: the subgroup's count, not the whole's. The whole's figure in
// apposition on the whole ("Sudan's displaced, about 12 million people,
// are ...") has no share before it and stays.

// shareHeadWords is how many words may stand between "of" and the
// keyword: "of Sudan's displaced", "of all those displaced".
const shareHeadWords = 4

// shareApposition reports whether figure fi follows a comma right after a
// keyword that closes a share's phrase: a fraction or a percentage, or a
// word of share, then "of" and the keyword ("more than half of the
// displaced, about 5 million").
func shareApposition(d *figures.Document, s *figures.Sentence, hits []hit, fi int) bool {
	fs, _ := d.FigureTokens(fi)
	if fs-1 <= s.TokStart || d.TokenText(fs-1) != "," {
		return false
	}
	kw := -1
	for _, h := range hits {
		if h.ref.role == roleKeyword && h.end == fs-1 {
			kw = h.start
		}
	}
	if kw < 0 {
		return false
	}
	return closesShare(d, s, kw)
}

// closesShare reports whether the keyword starting at token kw closes a
// share's phrase: a fraction or a percentage, or a word of share, then
// "of" and at most shareHeadWords determiners or names before the keyword
// ("more than half of the displaced", "the Syrian share of the dead").
func closesShare(d *figures.Document, s *figures.Sentence, kw int) bool {
	word := sentenceWords(d, s)
	k := kw - 1
	for n := 0; n < shareHeadWords && k > s.TokStart; n++ {
		w := word(k)
		if w == "the" || w == "those" || w == "all" || w == "s" || isApostrophe(w) || named(d, k) {
			k--
			continue
		}
		break
	}
	if word(k) != "of" || k-1 < s.TokStart {
		return false
	}
	if fj := figureIn(d, s, k-1); fj >= 0 {
		kind := d.Figures[fj].Kind
		return kind == figures.Fraction || kind == figures.Percent
	}
	switch word(k - 1) {
	case "most", "majority", "bulk", "half", "third", "quarter", "share", "proportion":
		return true
	}
	return false
}
