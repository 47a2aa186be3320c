package figures

// A quiz writes its choices after lettered labels: "A) 150,000 B) 500,000
// C) 1.4 million", "A. 8,000 B. 21,800". The letter after a number there
// opens the next choice; read as a magnitude, "150,000 B" would be 150,000
// billion. A letter set apart from the number is an option's label when a
// closing bracket follows it, or, a capital, a full stop and the next
// choice's number.

// optionLetter reports whether token k, a one-letter word, labels a
// quiz's next choice rather than scaling the number before it.
func (p *parser) optionLetter(k int) bool {
	if p.attached(k) || len(p.str(k)) != 1 {
		return false
	}
	if p.isSym(k+1, ")") && p.attached(k+1) {
		return true
	}
	return p.capitalised(k) && p.isSym(k+1, ".") && p.attached(k+1) && p.isNum(k+2)
}
