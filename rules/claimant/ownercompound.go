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

// joinedBacker reports whether a backer compound ends at token k, or at
// the participle after the dash at k (the claimant's own word, as "run" is
// in "Hamas-run", skipped), not before s, with a backer that other holds
// to be another's name: "the Houthi-run health ministry" is Yemen's, not
// the Hamas-run one; "the Hamas-run health ministry" stays the claimant's.
func (v *view) joinedBacker(k, s int, other func(int) bool) bool {
	for _, b := range [2]int{k - 2, k - 1} {
		if b >= s && b+2 >= k && v.backerCompound(b) && other(b) {
			return true
		}
	}
	return false
}
