package claimant

// A body's full name with its short name in brackets may stand before its
// findings as the name alone does: "Export Promotion Bureau (EPB) data
// showed", "the Bangladesh Bureau of Statistics (BBS) survey found". The
// short name is the claimant (convention 8), as for "the Export Promotion
// Bureau (EPB) said" (subjectbefore.go bracketedSubject). A place or an
// aside in brackets ("Kamal Adwan Hospital (Beit Lahiya) records") is no
// short name (shortNameAt) and owns nothing here.

// shortNameWithin returns where the full name starts when token k closes
// its short name in brackets (a determiner before the name included), for
// a phrase read back over both to a noun after them.
func (v *view) shortNameWithin(k, lo int) (int, bool) {
	o := v.shortNameOpening(k, lo)
	if o < 0 {
		return 0, false
	}
	n := v.nameBeforeInitials(o, lo)
	if n >= o {
		return 0, false
	}
	if _, y, ok := v.shortNameAt(n, o); !ok || y != k {
		return 0, false
	}
	return n, true
}

// shortNameOwner returns the short name in brackets closing at token k,
// right before findings, after the full name it abbreviates.
func (v *view) shortNameOwner(k, lo int) (int, int, bool) {
	o := v.shortNameOpening(k, lo)
	if o < 0 {
		return 0, 0, false
	}
	n := v.nameBeforeInitials(o, lo)
	if n >= o {
		return 0, 0, false
	}
	if x, y, ok := v.shortNameAt(n, o); ok && y == k {
		return x, y, true
	}
	return 0, 0, false
}
