package claimant

// A sentence after a figure's whose subject got the figure from someone
// names that someone, not the subject: "Xinhua obtained the figure from
// the Afghan Ministry of Refugees and Repatriation.", "The Ledger received
// those numbers from the county coroner." The subject relays (convention
// 2: the innermost source claims); the giver after "from" is the source.
// A means after "from" ("drew the figure from satellite imagery") is the
// subject's material, read by gaveThat; a giver is a name, or a
// determiner and a name, or a phrase headed by a body's kind, a post, an
// office or people.

// obtainedFrom reads, at the verb k of gaveThat's subject, a verb of
// getting (obtainsOrRelays), an object pointing back (backObject) and
// "from" within three tokens after it, and returns the giver's phrase.
func (v *view) obtainedFrom(k int) (attr, bool) {
	n := len(v.toks)
	if k >= n || !obtainsOrRelays(v.toks[k].low) || !v.backObject(k+1) {
		return attr{}, false
	}
	for m := k + 2; m < n && m <= k+4; m++ {
		if !v.isOne(m, wFrom) {
			continue
		}
		a, b := v.npAfter(m+1, n)
		if b <= a {
			return attr{}, false
		}
		x := a
		if v.toks[x].has(cDeterminer) && !v.toks[x].capital {
			x++
		}
		if h := &v.toks[b-1]; x >= b || !v.toks[x].capital && !(h.has(cBody) || h.post() || h.agent() || h.has(cOfficeNoun) || judicialOffices[h.low]) {
			return attr{}, false
		}
		return attr{src: a, srcEnd: b, anchor: m}, true
	}
	return attr{}, false
}
