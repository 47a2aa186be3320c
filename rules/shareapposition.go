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
//
// A sum's share reads the same: "roughly a third of its FMF, about $1.1bn,
// goes to fuel" is the third's amount, not the yearly grant (a money
// metric asks it too, and the share's head may be owned: "its", "their").

// shareTailWords is how many words the keyword's own tail may hold
// between the keyword and the comma: "of those uprooted by Sudan's
// civil war, some 6.5 million".
const shareTailWords = 6

// shareHeadWords is how many words may stand between "of" and the
// keyword: "of Sudan's displaced", "of all those displaced".
const shareHeadWords = 4

// shareApposition reports whether figure fi follows a comma right after a
// keyword that closes a share's phrase: a fraction or a percentage, or a
// word of share, then "of" and the keyword ("more than half of the
// displaced, about 5 million"). The keyword may carry its own tail before
// the comma, a phrase opening on a preposition that says by whom, where
// or since when ("more than half of those uprooted by Sudan's war, some
// 6.5 million"): the figure restates the share all the same.
func shareApposition(d *figures.Document, s *figures.Sentence, hits []hit, fi int) bool {
	fs, _ := d.FigureTokens(fi)
	if fs-1 > s.TokStart && d.LowerTokenText(fs-1) == "or" {
		fs-- // "sixty percent of those dead were women, or about 20,000"
	}
	if fs-1 <= s.TokStart || d.TokenText(fs-1) != "," {
		return false
	}
	for _, h := range hits {
		if h.ref.role == roleKeyword && h.end <= fs-1 && h.end >= fs-1-shareTailWords &&
			(keywordTail(d, s, h.end, fs-1) || sharePredicate(d, s, h.end, fs-1)) && closesShare(d, s, h.start) {
			return true
		}
	}
	return false
}

// sharePredicate reports whether tokens [from, to) are the keyword's own
// tail (keywordTail) and then a copula and the subgroup the share is
// ("sixty percent of those dead were women, or about 20,000", "40pc of
// everyone killed across Gaza were children, or about 14,000"): the figure
// after the comma restates the subgroup's share, not the whole.
func sharePredicate(d *figures.Document, s *figures.Sentence, from, to int) bool {
	for k := from; k < to; k++ {
		switch d.LowerTokenText(k) {
		case "is", "are", "was", "were":
		default:
			continue
		}
		return k+1 < to && keywordTail(d, s, from, k) && wordsOnly(d, k+1, to)
	}
	return false
}

// keywordTail reports whether tokens [from, to) are empty or a phrase of
// the keyword's own that opens on a preposition ("by Sudan's war", "in
// Darfur and Kordofan", "since April 2023"): no comma, no amount, no
// verb of its own.
func keywordTail(d *figures.Document, s *figures.Sentence, from, to int) bool {
	if from == to {
		return true
	}
	if !prepositions[d.LowerTokenText(from)] || d.LowerTokenText(from) == "of" {
		return false
	}
	for t := from + 1; t < to; t++ {
		w := d.TokenText(t)
		if w == "," || w == ";" || subjectVerb(d.LowerTokenText(t)) {
			return false
		}
		if fj := figureIn(d, s, t); fj >= 0 && d.Figures[fj].Kind.IsAmount() {
			return false
		}
	}
	return true
}

// closesShare reports whether the keyword starting at token kw closes a
// share's phrase: a fraction or a percentage, or a word of share, then
// "of" and at most shareHeadWords determiners, possessives or names before
// the keyword ("more than half of the displaced", "the Syrian share of the
// dead", "a quarter of its FMF", "a third of that FMF").
func closesShare(d *figures.Document, s *figures.Sentence, kw int) bool {
	word := sentenceWords(d, s)
	k := kw - 1
	for n := 0; n < shareHeadWords && k > s.TokStart; n++ {
		w := word(k)
		if w == "the" || demonstrative(w) || w == "all" || w == "s" || possessiveDeterminer(w) || isApostrophe(w) || named(d, k) {
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
