package claimant

// placeKinds are common nouns for a place that records what happened in
// it: "The city recorded 41 homicides".
var placeKinds = set("city town province state country region county district municipality borough")

// recordedAnnounced reads, when the figure's attribution is a place
// recording what happened in it ("The city recorded 41 homicides last
// year", "Manitoba logged 90 road deaths"), the sentence before: when it
// announces figures ("Winnipeg police released their annual crime
// statistics on Monday"), its subject published what the place recorded
// (convention 5). A sentence before that announces nothing leaves the
// place's own reading to the finder.
func (c *call) recordedAnnounced(si int, v *view, atts []attr, ft int) (Claimant, bool) {
	if si == 0 {
		return Claimant{}, false
	}
	a, ok := v.recordingChosen(atts, ft)
	if !ok {
		return Claimant{}, false
	}
	place := v.placeOrPeople(a.src, a.srcEnd) || a.srcEnd-a.src == 2 && v.is(a.src, wThe) && placeKindIDs.has(&v.toks[a.src+1].spelling)
	if !place || !c.announces(si-1) {
		return Claimant{}, false
	}
	cl, ok := c.subject(si - 1)
	if !ok {
		return Claimant{}, false
	}
	cl.How = Previous
	return cl, true
}

// recordingChosen returns the attribution chosen for the figure at ft
// when it is a verb of recording before it ("Lahore recorded 312 new
// cases"). Most sentences record nothing: it chooses only when one does.
func (v *view) recordingChosen(atts []attr, ft int) (attr, bool) {
	any := false
	for i := range atts {
		if atts[i].kind == kVerb && !atts[i].back && v.recording(atts[i].anchor) {
			any = true
			break
		}
	}
	if !any {
		return attr{}, false
	}
	a, ok := choose(v, atts, ft)
	if !ok || a.kind != kVerb || a.back || a.anchor > ft || !v.recording(a.anchor) {
		return attr{}, false
	}
	return a, true
}
