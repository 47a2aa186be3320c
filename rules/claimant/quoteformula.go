package claimant

import "strings"

// "..., and I quote, “...”", "We quote: “...”": a reporter's formula
// before the words it passes on says they are someone else's, word for
// word; the reporter claims nothing by it, and the speaker is whoever told
// them (convention 2). Only a first-person subject and "quote" with no
// object read so: "I quote the ministry's own figure" still names what it
// quotes.

// quoteFormula reports whether the verb at i is "quote" or "quoting"
// after "I", "we" or "I'm" with nothing quoted after it: a comma, a colon
// or a quotation mark follows, perhaps after "directly", "verbatim" or
// "here".
func (v *view) quoteFormula(i, hi int) bool {
	w := v.toks[i].low
	if w != "quote" && w != "quoting" || i == 0 {
		return false
	}
	p := i - 1
	if l := v.toks[p].low; l == "am" || l == "m" || l == "are" {
		p--
		if p >= 0 && v.isOne(p, wApostrophe) {
			p--
		}
	}
	if !v.is(p, wI, wWe) {
		return false
	}
	k := i + 1
	if k < hi && (v.toks[k].low == "directly" || v.toks[k].low == "verbatim" || v.toks[k].low == "here") {
		k++
	}
	return k >= hi || v.is(k, wComma, wColon, wQuote) || strings.ContainsAny(v.toks[k].low, "“”‘’")
}
