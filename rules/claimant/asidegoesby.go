package claimant

// A body is often named once in full or by its kind, and then given, in an
// aside, the name outlets know it by: "The Armed Conflict Location and
// Event Data project, known as ACLED, recorded", "La Agencia Estatal de
// Meteorología, Spain's state weather agency known as AEMET, recorded",
// "Turkey's disaster agency, which everyone here calls AFAD, tells us". The
// name closing the aside is the claimant (convention 8), whatever the
// words before it: a long name with "and" in it, a description, a name in
// another language. Only a name of capitalised words reaching the aside's
// end counts: "Hamas, which Israel calls a terrorist group," gives none.

// asideGoesBy reads, in the aside [app, appEnd), "known as" or a form of
// "call" followed by the capitalised name that closes the aside, and
// returns the name's bounds.
func (v *view) asideGoesBy(app, appEnd int) (int, int, bool) {
	if app >= appEnd || appEnd-app > 12 {
		return 0, 0, false
	}
	for k := app; k+1 < appEnd; k++ {
		n := -1
		switch {
		case v.isOne(k, wKnown) && v.isOne(k+1, wAs):
			n = k + 2
		case v.isOne(k, wCalled) || v.toks[k].low == "calls" || v.toks[k].low == "call":
			n = k + 1
		default:
			continue
		}
		if n < appEnd && v.toks[n].has(cDeterminer) {
			n++
		}
		if n >= appEnd || v.nameCloses(n) != appEnd {
			return 0, 0, false
		}
		return n, appEnd, true
	}
	return 0, 0, false
}
