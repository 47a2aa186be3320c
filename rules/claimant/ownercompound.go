package claimant

import "strings"

// A descriptor whose first part names a backer: "the US-backed Gaza
// Humanitarian Foundation", "the Saudi-led Yemen Data Project", "the
// Moscow-installed Zaporizhzhia Regional Administration". Who backs,
// leads or installed a body describes it (convention 8) as "state-funded"
// does (compoundHead); the capital of its first part is the backer's.

// backerCompound reports whether token k is a capitalised word joined by
// a hyphen, with no space, to a lower-case participle of backing or
// running ("backed", "led", "run", "funded", "installed").
func (v *view) backerCompound(k int) bool {
	t := &v.toks[k]
	if !t.word || !t.capital || t.num || !v.isOne(k+1, wDash) || v.toks[k+1].space || k+2 >= len(v.toks) || v.toks[k+2].space {
		return false
	}
	p := &v.toks[k+2]
	return p.word && !p.capital && (strings.HasSuffix(p.low, "ed") || p.low == "run")
}
