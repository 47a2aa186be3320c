package claimant

import "strings"

// Between an owner's possessive and its findings noun, a participle may say
// what was done to them: "the county clerk's certified results", "the
// board's audited figures", "the district's final verified count". It
// says which findings, as "official" and "final" do (findingsModifiers),
// and the owner still owns them; the words are too many to list.

// doneToFindings reports whether token k, before a findings noun, is a
// lower-case past participle in -ed whose run of modifiers reaches back,
// from lo, to a possessive: "'s" or an owner's pronoun ("its", "their",
// "our").
func (v *view) doneToFindings(k, lo int) bool {
	t := &v.toks[k]
	if !t.word || t.capital || len(t.low) < 6 || !strings.HasSuffix(t.low, "ed") {
		return false
	}
	m := k - 1
	for m >= lo && v.toks[m].word && !v.toks[m].capital && (v.toks[m].has(cFindingsModifier) || strings.HasSuffix(v.toks[m].low, "ed")) {
		m--
	}
	return m >= lo && (v.isOne(m, wS) && v.isOne(m-1, wApostrophe) || v.is(m, wIts, wTheir, wOur))
}
