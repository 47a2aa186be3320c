package claimant

// Findings "via" a named source are that source's, as findings "from" it
// are: a live blog's "Key numbers via the Turkish Red Crescent:", "Data
// via the Kenya Red Cross:", "Figures via OCHA show". Elsewhere "via" is
// a route ("aid sent via Egypt"), so it is read only right after a
// findings noun, and only before a name: "Key numbers via satellite" names
// no one.

// findingsVia reports whether token j, right after the findings noun at
// i, is "via" before a phrase holding a capital.
func (v *view) findingsVia(i, j, hi int) bool {
	if j != i+1 || !v.isOne(j, wVia) {
		return false
	}
	a, b := v.npAfter(j+1, hi)
	return b > a && v.anyCapital(a, b)
}
