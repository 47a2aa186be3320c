package figures

// What stands at a figure's edges and decides how it is read: a speaker's
// hesitation after its qualifier, what "over" spans, where its phrase ends.

// skipFiller skips a speaker's fillers between a qualifier or a range's
// "between" or "from" and its figure, as transcripts write them: "has
// passed, uh, 21,000", "nearly um 300", "more than, um, er, thirty
// thousand", "nearly, you know, forty thousand", "between, uh, thirty-one
// and thirty-two thousand" (fillers.go).
func (p *parser) skipFiller(j int) int {
	return SpokenFillerEnd(p.str, j)
}

// yearPairAt reports whether token i opens a span of years written as a
// pair ("2014-21", "2019/2022"), which no bound of a count looks like.
func (p *parser) yearPairAt(i int) bool {
	if !p.isNum(i) || len(p.str(i)) != 4 || !p.isSym(i+1, "-–/") || !p.attached(i+1) || !p.isNum(i+2) || !p.attached(i+2) {
		return false
	}
	y, second := p.intAt(i), p.str(i+2)
	return y >= 1900 && y <= 2100 && (len(second) == 2 || len(second) == 4) && allDigits(second)
}

// figureNounBefore reports whether the figure found last ends straight
// before token i or with one word between (its noun, not a verb's
// auxiliary), in the same sentence: "6,000 fans over three days", "rose 5%
// over two years"; but "the toll of 2,000 is over 1,000 higher". A date or
// a year with a word after it says when the verb after it happened ("on 6
// February destroyed over 3,000 homes"), and the "over" bounds the verb's object.
func (p *parser) figureNounBefore(i int) bool {
	if len(p.out) == 0 || i < 1 || p.toks[i].Break {
		return false
	}
	last := p.out[len(p.out)-1]
	end := last.End
	if int(p.toks[i-1].End) == end {
		return true
	}
	when := last.Kind.IsCalendar()
	return !when && i >= 2 && p.isWord(i-1) && !p.lowerIsAny(i-1, auxiliaries) && !p.toks[i-1].Break && int(p.toks[i-2].End) == end
}

// endsPhrase reports whether token i ends a phrase: the end of text,
// punctuation, a line break or a currency.
func (p *parser) endsPhrase(i int) bool {
	if i >= len(p.toks) {
		return true
	}
	t := p.toks[i]
	if t.Break {
		return true
	}
	if t.Kind == tSym {
		return true
	}
	return p.has(i, fCurWord|fCurPrefix)
}
