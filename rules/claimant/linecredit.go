package claimant

// closingSourceItem reports whether a's source is a line's last item,
// "Source:" or "Sources:" just after the bar separating the line's items
// ("Killed: 67,074 | Injured: 169,430 | Source: Gaza health ministry"): a
// credit closing the line covers every item in it, though the bar stops a
// source set in one item ("(per UNRWA)") from reaching back to another's.
func (v *view) closingSourceItem(a attr) bool {
	k := a.src - 2
	if k < 1 || !v.is(k, wSource, wSources) || !v.isOne(k+1, wColon) || v.toks[k-1].low != "|" {
		return false
	}
	return v.endsAt(a.srcEnd)
}
