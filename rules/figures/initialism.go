package figures

// A magnitude's letter can be the first letter of an initialism written
// with full stops: "30,000 B.C. residents" (the province), "12,000 B.C."
// (the era), "2,000 K.C. fans". Read as a magnitude, the first is thirty
// thousand billion people. An initialism's letters each carry a full stop
// fused to them, the next letter fused to that stop; a magnitude ending a
// sentence ("$5B. The rest ...") has its stop and then a space.

// dottedInitialism reports whether token k, one letter, opens an
// initialism written with full stops: a full stop fused to it, then one or
// two letters fused to that stop and closed by a full stop of their own.
func (p *parser) dottedInitialism(k int) bool {
	if !p.isWord(k) || len(p.str(k)) != 1 {
		return false
	}
	return p.str(k+1) == "." && p.attached(k+1) &&
		p.isWord(k+2) && p.attached(k+2) && len(p.str(k+2)) <= 2 &&
		p.str(k+3) == "." && p.attached(k+3)
}
