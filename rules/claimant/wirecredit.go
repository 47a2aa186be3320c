package claimant

// A wire story credits the agency that carried it: in brackets in its
// dateline ("NAIROBI, Feb 2 (AFP) -"), and, in the copy clients rewrite,
// closing a sentence or a paragraph (", the Ministry of Health said, AP.",
// "... said (Reuters)."). The credit names the outlet, not the figure's
// source: the relaying outlet is no claimant (README convention 2). Set
// after a body's name, it has the shape of the body's short name
// ("according to the Disaster and Emergency Management Authority, AFAD.",
// "(AFAD)"), and after a figure the shape of a source in brackets ("1.9
// million displaced (UNRWA)"), so those readers ask wireCredit first.

// wireAgencies are the news agencies whose credits rewrites carry, in
// lower case: the world's wire services and the national agencies that
// serve English-language clients.
var wireAgencies = set("ap afp reuters xinhua dpa efe ansa kyodo yonhap tass interfax anadolu bernama antara pna pti ani ians " +
	"wafa irna isna tasnim kuna wam mena ukrinform unian aap upi bss apa")

// wireCredit reports whether the one capitalised word at token k is an
// agency's credit: a wire service, or the agency this sentence's own
// dateline credits ("TEHRAN (IRNW) -- ... said, IRNW.").
func (v *view) wireCredit(k int) bool {
	if k < 0 || k >= len(v.toks) {
		return false
	}
	t := &v.toks[k]
	if !t.word || !t.capital || t.num {
		return false
	}
	if wireAgencies[t.low] {
		return true
	}
	// (Most sentences have no bracket: see view.brackets.)
	for i := 0; v.brackets && i+3 < len(v.toks) && i < 14; i++ {
		if i+1 != k && v.isOne(i, wOpenBracket) && v.isOne(i+2, wCloseBracket) && v.toks[i+1].low == t.low && (v.isOne(i+3, wDash) || v.creditStop(i+3)) {
			return true
		}
	}
	return false
}

// creditNotShort reports whether the word at token k, beside or after the
// body's name [s, e), is an agency's credit rather than the body's short
// name: a credit that spells no short name of the name's words ("the
// Sudanese Professionals Association (SPA)" keeps its initials).
func (v *view) creditNotShort(k, s, e int) bool {
	if !v.wireCredit(k) {
		return false
	}
	var words []string
	for m := max(s, e-maxAbbreviatedWords); m < e; m++ {
		if t := &v.toks[m]; t.word && !t.num {
			words = append(words, t.low)
		}
	}
	return !abbreviates(v.toks[k].low, words)
}
