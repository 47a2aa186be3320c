package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A swap's two sides are often told apart by the people or group that
// heads each figure's noun phrase, not by its noun: "the release of 40
// Israeli detainees in exchange for 400 Palestinian prisoners" names both
// sides with a prisoners' word, and "150 Palestinian women and teenagers
// walked free in return for 50 Israeli women and children" with none. A
// value's sides (values.NAME.sides) decide a figure they head, before any
// nearness; in a sentence that frees nobody and trades nothing they decide
// nothing ("Israeli strikes killed 40 Palestinians").

// headSide returns the index in valueNames of the value whose side heads
// the noun phrase of figure fi, or -1 (and -1 for the dead: deadOf): a
// side word right after the figure,
// or after a word of degree ("200 more Palestinian prisoners") or a dash
// set off by spaces ("a hundred and fifty — Palestinian women"), and not
// joined by a hyphen to the word after it ("300 Israeli-held detainees"
// are held by one side, not of it).
func (m *metric) headSide(d *figures.Document, s *figures.Sentence, fi int, hits []hit) int {
	fs, fe := d.FigureTokens(fi)
	if deadOf(d, fs) {
		return -1
	}
	for _, h := range hits {
		if h.ref.role != roleSide || h.start < fe || h.start > fe+2 {
			continue
		}
		if !headGap(d, fe, h.start) {
			continue
		}
		if h.end < s.TokEnd && d.TokenText(h.end) == "-" && !d.Tokens[h.end].Space {
			continue
		}
		return m.sideOf[h.ref.index]
	}
	return -1
}

// headGap reports whether tokens [from, to) may stand between a figure and
// the side word heading its noun phrase.
func headGap(d *figures.Document, from, to int) bool {
	for k := from; k < to; k++ {
		switch t := d.LowerTokenText(k); t {
		case "more", "further", "other", "additional", "remaining":
		case "—", "–", "-":
			if !d.Tokens[k].Space {
				return false // "50-Palestinian": a compound, not an aside
			}
		default:
			if !describingWord(d, k) { // "four female Israeli soldiers": sideadjective.go
				return false
			}
		}
	}
	return true
}

// tellsSwap reports whether sentence s tells a swap: the words of an
// exchange ("in return", "in exchange", "swap", "traded"), or two acts of
// freeing, one for each side ("Israel freed 90 Palestinian prisoners, hours
// after three Israeli women were handed to the Red Cross"; the second may
// leave the verb out: gappedFrees). One act alone
// frees one side: "274 Palestinians were killed during the raid that freed
// four hostages", and a sentence that denies a swap ("freed by soldiers,
// not swapped") tells none, however many acts of freeing it holds. One act
// that frees "for" a count is a swap ("released for 40 Israeli women":
// freedForCount). A side heads a value's figure only in such a sentence.
func tellsSwap(d *figures.Document, s *figures.Sentence) bool {
	frees, denied := 0, false
	for k := s.TokStart; k < s.TokEnd; k++ {
		if !d.Tokens[k].IsWord() {
			continue
		}
		w := d.LowerTokenText(k)
		if (w == "return" || w == "exchange") && k > s.TokStart && strings.EqualFold(d.TokenText(k-1), "in") {
			return true
		}
		if (w == "way" || w == "direction") && counterMovement(d, s, k) {
			return true // "240 Palestinian women and minors went the other way" (swap_other_way.yaml)
		}
		if freeVerb(w) || w == "handed" || releasedOut(d, s, k) || letGo(d, s, k) || comesFree(d, s, k) { // releasedout.go, letgo.go, comesfree.go
			if comesFree(d, s, k) && freeVerb(d.LowerTokenText(k+1)) {
				k++ // "walked free" is one act of freeing, not two
			}
			if rescuedFrom(d, s, k) {
				continue // "freed from a collapsed tunnel": rescued, no side's release (rescuedfrom.go)
			}
			if freedForCount(d, s, k) {
				return true // "120 Palestinian women released for 40 Israeli women" (swap_freed_for.yaml)
			}
			frees++
			continue
		}
		switch w {
		case "swap", "swaps", "swapped", "exchange", "exchanged", "exchanges", "trade", "traded", "trades":
			if !deniedSwap(d, s, k) {
				return true
			}
			denied = true
		}
	}
	if frees == 1 {
		frees += gappedFrees(d, s)
	}
	return frees >= 2 && !denied
}

// gappedFrees counts the clauses of sentence s that free a figure with
// the verb of an earlier clause left out: "Hamas agreed to free 50 Israeli
// women and children, and Israel 150 Palestinian women and minors" frees
// twice, once in each side's clause (freedBy's verbless form). A clause
// with a verb of its own after the figure is no gapped one: "..., and
// Israel 40 Palestinian fighters were killed".
func gappedFrees(d *figures.Document, s *figures.Sentence) int {
	n := 0
	for fi := s.FigStart; fi < s.FigEnd; fi++ {
		if !d.Figures[fi].Kind.IsAmount() {
			continue
		}
		fs, fe := d.FigureTokens(fi)
		if c, p := freedBy(d, s, fi); c < 0 || p != fs-1 || auxiliaryBefore(d, fe, s.TokEnd) {
			continue
		}
		for k := s.TokStart; k < fs-1; k++ {
			if d.Tokens[k].IsWord() && freeVerb(d.LowerTokenText(k)) {
				n++
				break
			}
		}
	}
	return n
}

// deniedSwap reports whether the swap word at token k of sentence s is
// denied: "freed by soldiers, not swapped", "were never exchanged",
// "rescued rather than traded", "no swap". A swap denied tells none.
func deniedSwap(d *figures.Document, s *figures.Sentence, k int) bool {
	word := sentenceWords(d, s)
	for j := k - 1; j >= s.TokStart && j >= k-3; j-- {
		switch w := word(j); {
		case negation(w), w == "no":
			return true
		case w == "than" && j > s.TokStart && word(j-1) == "rather":
			return true
		case beForm(w), auxiliary(w):
		default:
			return false
		}
	}
	return false
}

// deadOf reports whether the figure whose first token is fs counts the
// dead a swap hands back, not its living sides: "the bodies of 15
// Palestinians", "the remains of 4 Israelis".
func deadOf(d *figures.Document, fs int) bool {
	if fs < 2 || !strings.EqualFold(d.TokenText(fs-1), "of") {
		return false
	}
	switch strings.ToLower(d.TokenText(fs - 2)) {
	case "bodies", "remains", "corpses":
		return true
	}
	return false
}

// returnBetween reports whether "in return" or "in exchange", not followed
// by "for", joins two clauses between figures a and b (a first): "Four
// soldiers are home tonight, and in return 200 prisoners have been let
// out", "Israel let 300 prisoners go and, in exchange, Hamas handed over
// 12 women". The figures on its two sides are the two sides of the swap.
func returnBetween(d *figures.Document, a, b int) bool {
	_, ae := d.FigureTokens(a)
	bs, _ := d.FigureTokens(b)
	for k := ae; k+1 < bs; k++ {
		if d.LowerTokenText(k) != "in" {
			continue
		}
		switch d.LowerTokenText(k + 1) {
		case "return", "exchange":
		default:
			continue
		}
		if k+2 < len(d.Tokens) && d.LowerTokenText(k+2) == "for" {
			continue // "in return for": swapBetween's
		}
		return true
	}
	return false
}

// afterPreposition reports whether figure fi is the object of a
// preposition ("to 40 aid trucks", "of 15 bodies"): no side of a swap a
// clause joined by "in return" tells.
func afterPreposition(d *figures.Document, fi int) bool {
	fs, _ := d.FigureTokens(fi)
	if fs == 0 {
		return false
	}
	switch strings.ToLower(d.TokenText(fs - 1)) {
	case "to", "of", "for", "with", "by", "at", "on", "in", "from", "into", "than":
		return true
	}
	return false
}

// listsParts reports whether figure fi is a whole before a colon or a
// spaced dash that opens the list of its parts: at most four words after
// it, the mark, then an amount, and another joined to it by "and" or a
// comma ("About 2,000: some 250 serving life sentences and roughly 1,700
// detained in Gaza"), each smaller than it. The whole is the side, not its
// largest part
// (money9's listedWholeMark reads the same list for keywords).
func listsParts(d *figures.Document, s *figures.Sentence, fi int) bool {
	_, fe := d.FigureTokens(fi)
	k := fe
	for words := 0; k < s.TokEnd && d.Tokens[k].IsWord() && words < 4; words++ {
		k++
	}
	if k >= s.TokEnd {
		return false
	}
	switch d.TokenText(k) {
	case ":":
	case "—", "–":
		if !d.Tokens[k].Space {
			return false
		}
	default:
		return false
	}
	parts := 0
	for t := k + 1; t < s.TokEnd; t++ {
		w := d.TokenText(t)
		if w == ";" || w == "|" || w == ":" {
			break
		}
		if pj := figureAt(d, t); pj >= 0 {
			if d.Figures[pj].Value >= d.Figures[fi].Value {
				return false // no part of it: "Truce day five: Hamas frees 11 hostages, ..."
			}
			if parts == 0 || joinedToPart(d, k+1, t) {
				parts++
			}
			_, t = d.FigureTokens(pj)
			t--
		}
		if parts >= 2 {
			return true
		}
	}
	return false
}

// joinedToPart reports whether "and" or a comma stands between token from
// and the part at token t: a list goes on.
func joinedToPart(d *figures.Document, from, t int) bool {
	for k := t - 1; k >= from && k >= t-4; k-- {
		if w := strings.ToLower(d.TokenText(k)); w == "and" || w == "," {
			return true
		}
	}
	return false
}

// auxiliaryBefore reports whether an auxiliary stands among tokens from k
// up to the next mark or end: the clause has a verb of its own.
func auxiliaryBefore(d *figures.Document, k, end int) bool {
	for ; k < end && d.Tokens[k].IsWord(); k++ {
		if auxiliary(d.LowerTokenText(k)) {
			return true
		}
	}
	return false
}

// freedForCount reports whether the verb of freeing at token k is followed
// by "for" and a count, perhaps after "some", "about" and the like that the
// figure holds: "released for 40 Israeli women" frees one side for the
// other, as a swap does. "for" and no count ("freed for treatment", "for
// the first time") is no swap, nor is a rate ("for every civilian").
// A span of time may stand between the verb and "for": "freed over three
// nights for 90 women" says when, and the count after "for" is still the
// other side (swap_side_by_people.yaml).
func freedForCount(d *figures.Document, s *figures.Sentence, k int) bool {
	j := timeSpanEnd(d, s, k+1)
	if j+1 >= s.TokEnd || d.LowerTokenText(j) != "for" {
		return false
	}
	fi := figureAt(d, j+1)
	return fi >= 0 && d.Figures[fi].Kind.IsAmount()
}

// timeSpanEnd returns the token after a span of time starting at token k
// of sentence s ("over four days", "within 48 hours", "across three
// nights": perhaps one preposition, a figure and a word of time), or k
// when none starts there.
func timeSpanEnd(d *figures.Document, s *figures.Sentence, k int) int {
	t := k
	if t < s.TokEnd && figureAt(d, t) < 0 && isLowerWord(d.TokenText(t)) && d.LowerTokenText(t) != "for" {
		t++ // the preposition
	}
	fi := figureAt(d, t)
	if fi < 0 {
		return k
	}
	if _, fe := d.FigureTokens(fi); fe < s.TokEnd && periodWord(d.LowerTokenText(fe)) {
		return fe + 1
	}
	return k
}

// counterMovement reports whether "way" or "direction" at token k closes
// "the other way", "the opposite way" or "the opposite direction" after
// two amount figures of its sentence, one for each mover: the second
// side of a swap moving against the first ("105 hostages came out of Gaza;
// 240 Palestinians went the other way"). With no figure before in the
// sentence there is no first mover ("the talks went the other way").
func counterMovement(d *figures.Document, s *figures.Sentence, k int) bool {
	if k-2 < s.TokStart || !strings.EqualFold(d.TokenText(k-2), "the") {
		return false
	}
	if o := d.LowerTokenText(k - 1); o != "other" && o != "opposite" && o != "reverse" {
		return false
	}
	amounts := 0
	for fi := s.FigStart; fi < s.FigEnd; fi++ {
		if fs, _ := d.FigureTokens(fi); fs < k && d.Figures[fi].Kind.IsAmount() {
			amounts++
		}
	}
	return amounts >= 2
}
