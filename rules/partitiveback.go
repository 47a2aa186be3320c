package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A later figure of the sentence may count the noun an earlier figure
// counts through a partitive that points back to it: "Israel says it has
// dismantled 18 of Hamas's 24 battalions and that four of the remaining
// units are in Rafah", "..., and four of them are in Rafah", "four of the
// rest are holed up in Rafah". As with a bare figure after a semicolon
// (elided.go), the keyword is carried to that figure, as if written there,
// when the partitive is the subject of a verb that follows it.

// partitiveBackHits appends, for each keyword hit that is the noun counted
// right after a figure ("24 battalions"), a hit on the first later amount
// of the sentence that a partitive pointing back follows (partitiveBack).
// The hit covers the token right after that figure.
func (e *Engine) partitiveBackHits(st *docState, s *figures.Sentence, hits []hit) []hit {
	d := st.d
	n := len(hits)
	// The answer is the hit's place's alone, and metrics that share a
	// keyword (a thousand metrics' twins) find their hits one after
	// another at the same place: the last place's answer is kept (at, -2
	// when none was asked yet; to, the token after the figure found, or
	// -1).
	at, to := hit{start: -2}, -1
	for i := 0; i < n; i++ {
		h := hits[i]
		if h.ref.role != roleKeyword {
			continue
		}
		if h.start != at.start || h.end != at.end {
			at, to = h, partitiveBackAfter(d, s, h)
		}
		if to >= 0 {
			hits = append(hits, hit{ref: h.ref, start: to, end: to + 1})
		}
	}
	return hits
}

// partitiveBackAfter returns the end of the first later amount of sentence
// s that a partitive pointing back follows, when keyword hit h is the noun
// counted right after a figure; otherwise -1.
func partitiveBackAfter(d *figures.Document, s *figures.Sentence, h hit) int {
	if figureEndingAt(d, s, h.start) < 0 {
		return bareNounPartitive(d, s, h)
	}
	for fi := s.FigStart; fi < s.FigEnd; fi++ {
		fs, fe := d.FigureTokens(fi)
		if fs < h.end || !d.Figures[fi].Kind.IsAmount() {
			continue
		}
		if partitiveBack(d, s, fe) || frontedPartitiveBack(d, s, fs, fe) || relativePartitiveBack(d, s, fs, fe) {
			return fe
		}
	}
	return -1
}

// bareNounPartitive returns the end of the first amount after noun
// keyword hit h, which no figure counts, that "of them" follows and then a
// word of remaining or a verb (partitiveBack), with no plural noun between
// the keyword and that amount for "them" to point to instead, and no
// amount before the keyword: "Israel vows to hunt down the remaining Hamas
// battalions, and there are four of them left"; not "led by veteran
// officers, and four of them", nor "a hundred separate sales ..., and only
// two of them" (a whole and its part, which the figure before the noun
// tells). Otherwise -1. (partitive_back_bare_noun.yaml)
func bareNounPartitive(d *figures.Document, s *figures.Sentence, h hit) int {
	if !nounKeyword(d, h) || !pluralForm(d.LowerTokenText(h.end-1)) {
		return -1
	}
	for fi := s.FigStart; fi < s.FigEnd; fi++ {
		if fs, _ := d.FigureTokens(fi); fs < h.start && d.Figures[fi].Kind.IsAmount() {
			return -1 // "a hundred separate sales ..., and only two of them": a whole and its part
		}
	}
	word := sentenceWords(d, s)
	for t := h.end; t < s.TokEnd; t++ {
		w := word(t)
		if fi := figureAt(d, t); fi >= 0 {
			_, fe := d.FigureTokens(fi)
			if !d.Figures[fi].Kind.IsAmount() || word(fe+1) != "them" || !partitiveBack(d, s, fe) {
				return -1
			}
			return fe
		}
		if isLowerWord(d.TokenText(t)) && pluralNoun(w) && !clauseStop(w) && !auxiliary(w) {
			return -1 // "officers, and four of them": them are the officers
		}
	}
	return -1
}

// partitiveBack reports whether "of" and words pointing back to a group
// named before ("them", "those", "those left", "the rest", "the others",
// "the remaining", perhaps with a noun: "the remaining units", or the
// group by its size: "the six remaining") follow token fe
// of sentence s, then, past at most two adverbs, a verb.
func partitiveBack(d *figures.Document, s *figures.Sentence, fe int) bool {
	word := sentenceWords(d, s)
	if word(fe) != "of" {
		return false
	}
	k := fe + 1
	switch word(k) {
	case "them":
		k++
		if remainingWord(word(k)) || word(k) == "still" && remainingWord(word(k+1)) {
			return true // "four of them left", "four of them still remaining"
		}
	case "those":
		k++
		if remainingWord(word(k)) {
			k++ // "four of those left"
		}
	case "the":
		if fj := figureAt(d, k+1); fj >= 0 && d.Figures[fj].Kind.IsAmount() {
			// "four of the six remaining": the group by its size.
			if _, je := d.FigureTokens(fj); remainingWord(word(je)) {
				k = je + 1
				break
			}
			return false
		}
		switch word(k + 1) {
		case "rest", "others", "remainder":
			k += 2
		case "remaining":
			k += 2
			if w := word(k); w != "" && isLowerWord(d.TokenText(k)) && !verbAfterSubject(w) {
				k++ // "the remaining units"
			}
		default:
			return false
		}
	default:
		return false
	}
	for n := 0; n < 2 && k < s.TokEnd && isLowerWord(d.TokenText(k)) && elidedAdverb(word(k)); n++ {
		k++
	}
	return k < s.TokEnd && verbAfterSubject(word(k))
}

// remainingWord reports whether lower-cased w says a group is what is
// left of one named before: "those left", "the six remaining".
func remainingWord(w string) bool {
	return w == "left" || w == "remaining"
}

// The partitive may be fronted on the later figure's clause, after a
// semicolon or a conjunction: "Israel says it has dismantled 18 of
// Hamas's 24 battalions; of the six it says are left, four are in Rafah",
// "...; of those remaining, four are in Rafah", "and of the rest, four are
// dug in around Rafah".

// frontedPartitiveMaxWords bounds the fronted partitive: "of the six it
// says are left".
const frontedPartitiveMaxWords = 8

// frontedPartitiveBack reports whether the figure at tokens [fs, fe) of
// sentence s follows a fronted partitive pointing back to a group named
// before and its comma, and a verb follows the figure: the partitive opens
// its clause ("of" after a semicolon or "and"/"but", not the sentence's
// start, where there is nothing to point back to), says what is left of
// the group ("them", "those", "the rest", "the others", "left",
// "remaining", "remain") within frontedPartitiveMaxWords words, with no
// mark but its closing comma.
func frontedPartitiveBack(d *figures.Document, s *figures.Sentence, fs, fe int) bool {
	word := sentenceWords(d, s)
	if word(fs-1) != "," {
		return false
	}
	back := false
	for k, n := fs-2, 0; k > s.TokStart && n <= frontedPartitiveMaxWords; k, n = k-1, n+1 {
		w := word(k)
		if !d.Tokens[k].IsWord() && figureAt(d, k) < 0 {
			return false
		}
		switch w {
		case "them", "those", "rest", "others", "remainder", "left", "remaining", "remain", "remains":
			back = true
		}
		if k-1 <= s.TokStart {
			return false
		}
		if word(k-1) == "of" {
			if !back {
				return false
			}
			switch word(k - 2) {
			case ";", "and", "but":
			default:
				return false
			}
			k = fe
			for n := 0; n < 2 && k < s.TokEnd && isLowerWord(d.TokenText(k)) && elidedAdverb(word(k)); n++ {
				k++
			}
			return k < s.TokEnd && verbAfterSubject(word(k))
		}
	}
	return false
}

// relativePartitiveBack reports whether the figure at tokens [fs, fe) of
// sentence s opens a partitive relative after a comma (", of which four",
// ", of whom 300") and is said to remain or to be still somewhere: a form
// of "remain", or a form of "be" and "left", "remaining", "still" or a
// preposition of place ("Hamas had 24 battalions, of which four remain in
// Rafah", "..., of which 4 are left"; relative_partitive_back.yaml). A
// relative that says another thing of its part ("of which two are near
// full strength") points back to nothing the metric counts.
func relativePartitiveBack(d *figures.Document, s *figures.Sentence, fs, fe int) bool {
	word := sentenceWords(d, s)
	if w := word(fs - 1); w != "which" && w != "whom" || word(fs-2) != "of" || word(fs-3) != "," {
		return false
	}
	k := fe
	for n := 0; n < 2 && k < s.TokEnd && isLowerWord(d.TokenText(k)) && elidedAdverb(word(k)); n++ {
		k++
	}
	switch w := word(k); {
	case w == "remain" || w == "remains" || w == "remained":
		return true
	case beForm(w):
		switch w := word(k + 1); {
		case remainingWord(w), w == "still", w == "in", w == "inside", w == "within", w == "around":
			return true
		}
	}
	return false
}
