package claimant

import "strings"

// A subject pointing back may carry an aside in commas before its verb:
// when it was published or updated ("Those findings, published on Monday,
// come from a survey by the Danish Refugee Council", "That count, updated
// on Friday, is kept by the UN refugee agency") or what the writer did
// with it ("The estimate, which we have cross-checked against market price
// data, comes from the World Food Programme"). The aside says something
// of the figure, not who gave it; the verb after it and its source are
// read as if the aside were not there. An aside holding a figure is a
// sentence of its own figures, and one naming a maker after "by" or
// "from" names the source itself: both are left alone.

// maxSubjectAside is how many tokens an aside after a pointer's subject
// may hold.
const maxSubjectAside = 14

// subjectAsideEnd returns, for a comma at token i closing a pointer's
// subject, the comma closing an aside opened by a participle in -ed (or an
// irregular past) or by "which", when a verb of making, counting or giving
// follows it (pointerVerb); else i.
func (v *view) subjectAsideEnd(i int) int {
	if !v.isOne(i, wComma) || i+2 >= len(v.toks) {
		return i
	}
	t := &v.toks[i+1]
	participle := t.word && !t.capital && (len(t.low) > 3 && strings.HasSuffix(t.low, "ed") || t.has(cIrregularPast))
	if !participle && !v.isOne(i+1, wWhich) {
		return i
	}
	for m := i + 2; m < len(v.toks) && m <= i+1+maxSubjectAside; m++ {
		// ("The count, compiled by Morocco's interior ministry, rose
		// by 45": an aside naming a maker is the source, read by
		// pointerSource and pointeraside.go.)
		if v.toks[m].fig || v.is(m, wBy, wFrom) {
			return i
		}
		if v.isOne(m, wComma) {
			if v.pointerVerb(m + 1) {
				return m
			}
			return i
		}
		if v.boundary(m) {
			return i
		}
	}
	return i
}
