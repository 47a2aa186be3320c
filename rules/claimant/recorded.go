package claimant

import "strings"

// A place, or people with no name, recording what happened ("Lahore
// recorded 312 new cases", "Health workers have recorded 4,700 cases"):
// where it happened, not who tells it. The body that tells it is read
// from a clause closing the sentence, the sentence after, or the one
// before that announces figures.

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
	if !v.placeOrPeople(a.src, a.srcEnd) || !c.announces(si-1) {
		return Claimant{}, false
	}
	// ("Key figures as of 1 December. The region has recorded 4,210
	// cases.": a label headed by what it announces names no one, as in
	// neighbours; fix57b.)
	cl, ok := c.subject(si - 1)
	if !ok || announcement(cl.Words) {
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

// placeRecorded reports whether attribution a is a known place, or a
// state's name, recording what happened in it ("Europe recorded", "the
// Americas logged", "The Democratic Republic of the Congo has recorded"):
// where it happened, not who tells it.
func (v *view) placeRecorded(a attr) bool {
	s, ok := v.recorder(a)
	return ok && (v.placeName(s, a.srcEnd) || v.stateName(s, a.srcEnd))
}

// regionRecorded reports whether attribution a is a continent or world
// region recording what happened in it ("Europe recorded", "the Americas
// logged").
func (v *view) regionRecorded(a attr) bool {
	s, ok := v.recorder(a)
	return ok && v.knownRegion(s, a.srcEnd)
}

// kindRecorded reports whether attribution a is a place named by its kind
// recording what happened in it ("The province has recorded").
func (v *view) kindRecorded(a attr) bool {
	_, ok := v.recorder(a)
	return ok && v.placeByKind(a.src, a.srcEnd)
}

// recorder returns where the name of attribution a's subject starts, past
// a "the", when a is a subject before a verb of recording; ok is false
// otherwise.
func (v *view) recorder(a attr) (start int, ok bool) {
	if a.kind != kVerb || a.back || !v.recording(a.anchor) {
		return 0, false
	}
	start = a.src
	if v.isOne(start, wThe) {
		start++
	}
	return start, true
}

// stateName reports whether tokens [s, e) are a state's name by its form:
// capitalised words holding "Republic", "Kingdom", "Federation" or
// "Emirates", with "of" and "the" between them ("Democratic Republic of
// the Congo", "United Arab Emirates").
func (v *view) stateName(s, e int) bool {
	form := false
	for k := s; k < e; k++ {
		t := &v.toks[k]
		switch {
		case v.is(k, wOf, wThe) && k > s:
		case !t.word || !t.capital || t.shouted:
			return false
		case stateForms[t.low]:
			form = true
		}
	}
	return form
}

// stateForms are the words a state's full name is made with.
var stateForms = set("republic kingdom federation emirates")

// recordedBy finds, when the chosen attribution atts[best] is a place or
// unnamed people recording what happened to them ("Lahore recorded 312
// new cases", "Health workers have recorded 4,700 cases"), a body's verb
// ending the sentence that reaches back over it (", the provincial health
// directorate said"), or its frame (", according to the bureau"): the
// body tells what the place recorded.
func (v *view) recordedBy(atts []attr, best, ft int) (int, bool) {
	in := atts[best]
	if in.kind != kVerb || in.back || in.anchor > ft {
		return 0, false
	}
	if !v.recorderSubject(in) {
		return 0, false
	}
	// A place named by its kind ("the region") is told of by a post or by
	// people as well as by a named body: "..., the governor said",
	// "According to provincial officials, the province has recorded".
	kind := v.placeByKind(in.src, in.srcEnd)
	// "NSW recorded 51 murders": a place's initials are a place too, read
	// so only before a frame (below), which names a body by its words.
	initials := in.srcEnd-in.src == 1 && v.toks[in.src].shouted && v.toks[in.src].word
	if !initials && !v.placeOrPeople(in.src, in.srcEnd) && !v.placeRecorded(in) {
		return 0, false
	}
	for k, a := range atts {
		// "The Pan American Health Organization said the Americas logged
		// more than 12.6 million": a body whose account holds what the
		// place recorded tells it.
		if k != best && a.kind == kVerb && !a.back && a.anchor < in.src && !v.recording(a.anchor) && !v.anaphoric(a) && (v.placeRecorded(in) || kind) {
			if _, ok := v.covers(a, in.src); ok {
				if _, ok := v.covers(a, ft); ok {
					return k, true
				}
			}
		}
		// "NSW recorded 51 murders ..., according to the Bureau of Crime
		// Statistics and Research": a frame after the figure tells it too.
		// "Per the Kenya Meteorological Department, Nairobi recorded
		// 172mm": so does a frame opening the place's own clause, its
		// comma straight before the place ("..., while Victoria recorded
		// 240" is a clause of its own).
		// "In Insight Crime's database, Ecuador logged 7,800", "By
		// the Meridian's count, Peru recorded 900": an owner's
		// findings in a phrase opening the place's clause, closed by its
		// comma, tell what the place recorded as a frame does.
		openingFindings := (a.kind == kFindings || a.kind == kFrame) && a.src < a.anchor && a.anchor+2 == in.src && v.isOne(a.anchor+1, wComma) && v.findingsPhraseOpens(a)
		told := a.kind == kVerb && a.back && !initials || a.kind == kFrame || openingFindings
		opening := a.kind == kFrame && a.anchor < a.src && a.srcEnd+1 == in.src && v.isOne(a.srcEnd, wComma) || openingFindings
		last := &v.toks[a.srcEnd-1]
		// ("The country has reported 41,020 deaths, its president said":
		// the place's own post tells, placeownedteller.go.)
		// (A body a pronoun owns tells for a place, not for a body's
		// own name: "WHO has recorded ..., its country office says" is
		// WHO's, placeownedteller.go.)
		if v.ownedBody(a) && !kind && !v.wholePlace(in.src, in.srcEnd) {
			continue
		}
		if k == best || !told || a.anchor < ft && !opening || v.anaphoric(a) && !(kind && v.pronounPost(a)) || !v.anyCapital(a.src, a.srcEnd) && !last.has(cBody) && !(kind && (last.post() || last.agent() || v.pronounPost(a))) {
			continue
		}
		if _, ok := v.covers(a, ft); ok {
			return k, true
		}
	}
	return 0, false
}

// recorderSubject reports whether attribution in, a subject before its
// verb, is one whose verb tells what happened to it rather than who says
// so: a verb of recording ("Lahore recorded"); unnamed people counting
// ("Rescue crews had counted 73 people killed ..., a spokesman for the
// Palestinian Red Crescent Society said": the body's own people, as
// recording); or a place named by its kind, whatever its verb ("The
// region has reported 900 cholera cases, the health ministry said": the
// place tells nothing, and the body that closes the sentence tells what
// happened in it).
func (v *view) recorderSubject(in attr) bool {
	if v.recording(in.anchor) || v.placeByKind(in.src, in.srcEnd) {
		return true
	}
	return strings.HasPrefix(v.toks[in.anchor].low, "count") && in.srcEnd-in.src >= 2 && !v.toks[in.src].has(cDeterminer) && v.placeOrPeople(in.src, in.srcEnd)
}

// recording reports whether the verb at i records what happened rather
// than says it: recorded, registered, logged.
func (v *view) recording(i int) bool {
	w := v.toks[i].low
	return strings.HasPrefix(w, "record") || strings.HasPrefix(w, "regist") || strings.HasPrefix(w, "log")
}

// placeOrPeople reports whether tokens [s, e) are one bare proper name
// (a place: "Lahore", "Brazil") or lower-case people with no name
// ("Health workers", "Health authorities in the province").
func (v *view) placeOrPeople(s, e int) bool {
	// "The province has recorded 4,100 dengue cases", "the northern
	// region logged": a place named by its kind (postplace.go) is where it
	// happened, as its name would be.
	if v.placeByKind(s, e) {
		return true
	}
	// "The Democratic Republic of the Congo has recorded", "The
	// Philippines has logged": a place the rules know, named with its
	// article.
	if e-s >= 2 && v.isOne(s, wThe) && v.knownPlace(s+1, e) {
		return true
	}
	if e-s == 1 {
		t := &v.toks[s]
		return t.capital && !t.shouted && t.word
	}
	// "South Africa", "Burkina Faso": a place of two or three capitalised
	// words, no kind of body among them, no article before.
	if e-s <= 3 && v.toks[s].capital && v.allCapitalised(s, e) && !v.toks[s].has(cDeterminer) {
		place := true
		for k := s; k < e; k++ {
			t := &v.toks[k]
			if !t.word || t.shouted || t.has(cBody) || t.has(cInstitution) || t.has(cGovernment) || t.post() || t.has(cFindingNoun) {
				place = false
				break
			}
		}
		if place {
			return true
		}
	}
	if !agentNoun(v.toks[s+1].low) && !agentNoun(v.toks[s].low) {
		return false
	}
	for k := s + 1; k < e; k++ {
		if v.toks[k].capital {
			return false
		}
	}
	return true
}

// recordedNext reads, when the figure's attribution is a place or unnamed
// people recording what happened (see recordedBy), the next sentence for a
// pointer back that names a source.
func (c *call) recordedNext(si int, v *view, atts []attr, ft int) (Claimant, bool) {
	if si+1 >= len(c.d.Sentences) {
		return Claimant{}, false
	}
	a, ok := v.recordingChosen(atts, ft)
	if !ok || !v.placeOrPeople(a.src, a.srcEnd) {
		return Claimant{}, false
	}
	n := c.view(si + 1)
	if cl, ok := n.pointerSource(c); ok {
		return cl, true
	}
	return c.pointsBack(n)
}
