package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A broadcast fronts a figure as a sentence of its own and says what it
// counts in the next one: "Fifty thousand. That is the number the ministry
// gave this morning for Palestinians killed", "Ten point seven million
// people. That's how many the United Nations says have been driven from
// their homes". The second sentence restates the figure as a clause after
// a comma does ("..., that's what the U.S. hands Israel"): its keywords and
// require words name what the figure counts, two words from it.

// frontedLabelWords is how many tokens may stand before the colon of a
// label that opens the fronted figure's sentence: a speaker's
// ("CORRESPONDENT:") or a newsletter's ("The number to know:", "Today's
// number:", "Stat of the week:").
const frontedLabelWords = 5

// restatingAfter returns the sentence after sentence si, in the same
// paragraph, when si is a figure alone and the next one opens with "That
// is", "That's", "This is" or "That was"; nil otherwise. The figure may
// follow a label of words ("ANCHOR:", "The number to know:") and be
// followed by at most three lower-case words ("people", "dollars a year")
// before the full stop, and by the name of the one it is said to
// (vocativeAt).
func restatingAfter(d *figures.Document, si int) *figures.Sentence {
	if si+1 >= len(d.Sentences) || d.Sentences[si+1].ParagraphStart {
		return nil
	}
	s, nx := &d.Sentences[si], &d.Sentences[si+1]
	if s.FigEnd-s.FigStart != 1 || !restatingOpening(d, nx) {
		return nil
	}
	start := s.TokStart
	if c := sentenceLabelColon(d, s, s.TokStart); c >= 0 {
		start = c + 1 // a speaker's label: "CORRESPONDENT:"; a newsletter's: "The number to know:"
	}
	fs, fe := d.FigureTokens(s.FigStart)
	if fs != start {
		return nil
	}
	words := 0
	end := s.TokEnd
	if v := vocativeAt(d, s, fe); v >= 0 {
		end = v // "Eight and a half million people, Sam."
	}
	for k := fe; k < end; k++ {
		switch {
		case d.Tokens[k].IsWord() && isLowerWord(d.TokenText(k)):
			words++
		case k == s.TokEnd-1 && d.TokenText(k) == "." && end == s.TokEnd:
		default:
			return nil
		}
	}
	if words > 3 {
		return nil
	}
	return nx
}

// restatingOpening reports whether sentence s opens with "That is",
// "That's", "This is" or "That was": a clause that says what the figure
// before it is.
func restatingOpening(d *figures.Document, s *figures.Sentence) bool {
	// Both words have four letters, which lowering keeps: the length is
	// asked first. The first word of nearly every sentence is a capital's,
	// and lowering it lowers a block of text (LowerTokenText) that the
	// sentence after a figure may never need.
	if s.TokEnd-s.TokStart < 3 || len(d.TokenText(s.TokStart)) != len("that") {
		return false
	}
	if w := d.LowerTokenText(s.TokStart); w != "that" && w != "this" {
		return false
	}
	switch v := d.LowerTokenText(s.TokStart + 1); {
	case v == "is" || v == "was":
		return true
	case isApostrophe(v):
		return d.LowerTokenText(s.TokStart+2) == "s"
	}
	return false
}

// restatingHits appends the keyword and require hits of nx, the sentence
// restating a fronted figure (restatingAfter), that stand in its opening
// clause: "That was the crowd at the stadium, organisers said, as deaths
// passed 41,000" says what the fronted figure is only up to its first
// comma, and a keyword after it (by another figure, or in another clause)
// names something else.
func (e *Engine) restatingHits(st *docState, nx *figures.Sentence, hits []hit) []hit {
	n := len(hits)
	hits = e.questionHits(st, nx, hits)
	end := restatingClauseEnd(st.d, nx)
	kept := hits[:n]
	for _, h := range hits[n:] {
		if h.end <= end {
			kept = append(kept, h)
		}
	}
	return kept
}

// restatingClauseEnd returns the token that ends the opening clause of
// sentence s: its first comma, semicolon, colon, dash or bracket, or its
// first amount, which the clause would then say, not the figure before.
func restatingClauseEnd(d *figures.Document, s *figures.Sentence) int {
	for k := s.TokStart; k < s.TokEnd; k++ {
		switch d.TokenText(k) {
		case ",":
			if c := sourceAsideClose(d, s, k); c > k {
				k = c // "That is how many Sudanese, according to the UN, have now been driven ..."
				continue
			}
			return k
		case ";", ":", "—", "–", "--", "(":
			return k
		}
		if fi := figureAt(d, k); fi >= 0 && d.Figures[fi].Kind.IsAmount() {
			return k
		}
	}
	return s.TokEnd
}

// sourceAsideClose returns the comma that closes an aside naming a source
// (sourceAsideOpens: ", according to the UN,") opened by the comma at
// token k, or -1: the aside says whose count it is, and the clause it
// interrupts goes on past it.
func sourceAsideClose(d *figures.Document, s *figures.Sentence, k int) int {
	if k+1 >= s.TokEnd || !sourceAsideOpens(d, k+1) {
		return -1
	}
	for j := k + 2; j < s.TokEnd && j <= k+1+sourceAsideWords; j++ {
		switch d.TokenText(j) {
		case ",":
			return j
		case ";", ":", "—", "–", "(", ".":
			return -1
		}
	}
	return -1
}

// restatingHit reports whether hit h stands in the sentence after in: the
// one restating in's fronted figure (restatingAfter).
func restatingHit(in *figures.Sentence, h hit) bool { return h.start >= in.TokEnd }

// vocativeAt returns the comma of a sentence that ends, after token from,
// with the name of the one spoken to: a comma, one or two capitalised
// words and the full stop ("Eight and a half million people, Sam.",
// "Fifty thousand, Mary Ellen."); -1 otherwise. A name that goes on with
// a verb ("..., UN agencies say.") is no vocative.
func vocativeAt(d *figures.Document, s *figures.Sentence, from int) int {
	last := s.TokEnd - 1
	if last <= from || d.TokenText(last) != "." {
		return -1
	}
	for n := 1; n <= 2; n++ {
		c := last - n - 1
		if c < from {
			return -1
		}
		if !named(d, last-n) {
			return -1
		}
		if d.TokenText(c) == "," {
			return c
		}
	}
	return -1
}
