package figures

// A quiz writes its choices after lettered labels: "A) 150,000 B) 500,000
// C) 1.4 million", "(a) 9,000 (b) 21,000", "A. 8,000 B. 21,800". The
// letter after a number there opens the next choice; read as a magnitude,
// "150,000 B" would be 150,000 billion. The rules read the same labels to
// leave a quiz's choices (their quizoptions.go): both ask OptionLetter.

// optionLetter reports whether token k, a one-letter word, labels a
// quiz's next choice rather than scaling the number before it.
func (p *parser) optionLetter(k int) bool { return optionLetterAt(p.text, p.toks, k) }

// OptionLetter reports whether token k is a quiz option's letter (see
// optionLetterAt).
func (d *Document) OptionLetter(k int) bool { return optionLetterAt(d.Text, d.Tokens, k) }

// optionLetterAt reports whether token k of toks, in text, is a quiz
// option's letter: one of the first five, set apart from the word before
// it or opening a bracket ("(b)"), and closed by a bracket fused to it
// ("A)", "b)") or, a capital, by a full stop fused to it before the
// choice's number ("C. 8,000", "C. $8,000").
func optionLetterAt(text string, toks []Token, k int) bool {
	if k < 0 || k+1 >= len(toks) {
		return false
	}
	t, n := &toks[k], &toks[k+1]
	if t.Kind != tWord || t.End-t.Start != 1 || n.Space || n.Kind != tSym {
		return false
	}
	c := text[t.Start]
	upper := c >= 'A' && c <= 'E'
	if !upper && (c < 'a' || c > 'e') {
		return false
	}
	if k > 0 && !t.Space && text[toks[k-1].Start:toks[k-1].End] != "(" {
		return false
	}
	switch text[n.Start:n.End] {
	case ")":
		return true
	case ".":
		m := k + 2
		if m < len(toks) && toks[m].Kind == tSym && m+1 < len(toks) && !toks[m+1].Space {
			m++ // a currency's sign before the number
		}
		return upper && m < len(toks) && toks[m].Kind == tNum
	}
	return false
}
