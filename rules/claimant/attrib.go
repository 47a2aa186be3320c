package claimant

// attr is one attribution in a sentence: the source's tokens, the anchor
// (the verb or frame word) and which way it reaches.
type attr struct {
	src, srcEnd int // source noun phrase, tokens [src, srcEnd)
	app, appEnd int // an appositive beside it ("Rami Aziz, who works for OCHA"), or 0, 0
	anchor      int // the verb or frame word
	kind        attrKind
	// back: the attribution follows what it covers (", X said",
	// "said X", ", according to X") and reaches back over its clause.
	back bool
	// reduced: "the 13,000 children the ministry says": the source follows
	// the figure's noun with no punctuation between.
	cite bool // "citing X": names the inner source of what an outlet reports
	// bracket: "1.9 million displaced (UNRWA)", a source set right after
	// what it covers.
	bracket bool
	// gap: "and the White Helmets 2,274", a gapped clause's source; it
	// claims the figure at anchor alone (see gapped).
	gap bool
	// reach: a passive's agent reaches back to token reach-1 and no
	// further (see passiveBack); 0, no such bound.
	reach int
}

type attrKind uint8

const (
	kVerb     attrKind = iota // X said, said X
	kFrame                    // according to X, per X, citing X
	kFindings                 // X's count, figures from X
	kPossFig                  // the ministry's 33,091
	kLabel                    // UN: 1.7m displaced
)

// attributions finds every attribution in the view's tokens [lo, hi).
func (v *view) attributions(lo, hi int) []attr {
	// A sentence with several observed figures is read once.
	if v.attsRead && v.attsLo == lo && v.attsHi == hi {
		return v.atts
	}
	var out []attr
	if sc := v.scratch; sc != nil {
		sc.attsTmp = v.dropWorkMaterial(v.sources(v.readAttributions(lo, hi, sc.attsTmp[:0])), lo)
		out = sc.keepAttrs(sc.attsTmp)
	} else {
		out = v.dropWorkMaterial(v.sources(v.readAttributions(lo, hi, nil)), lo)
	}
	v.atts, v.attsLo, v.attsHi, v.attsRead = out, lo, hi, true
	return out
}

// readAttributions appends the attributions of tokens [lo, hi) to out:
// the sources a headline's punctuation names (headlinesource.go), the
// accounts, idioms of "have" (idioms.go), then each word's frame or verb
// of claim.
func (v *view) readAttributions(lo, hi int, out []attr) []attr {
	out, colon := v.openingLabelSource(lo, hi, out)
	out = v.openingDashSource(lo, hi, out)
	out = v.closingHeadlineSource(lo, hi, out)
	out = v.viaLabelSource(lo, hi, out)
	out = v.accounts(lo, hi, out)
	out = v.idiomAttributions(lo, hi, out)
	out = v.bracketSources(lo, hi, out)
	// "(the World Food Programme's own number, not mine)": ownedaside.go.
	out = v.ownedAsides(lo, hi, out)
	// "the 10,582 figure, which comes from the UN": figureorigin.go.
	out = v.figureOriginAsides(lo, hi, out)
	// "By dawn, and this is from the mayor, 40 homes had burned":
	// thisfrom.go.
	out = v.thisFromAsides(lo, hi, out)
	// "90 per cent, which is the army's own figure": ownedfigureaside.go.
	out = v.ownedFigureAsides(lo, hi, out)
	// "30,000 recruits, a figure he attributed to the Ministry of
	// Defence": attributedfigure.go.
	out = v.attributedFigures(lo, hi, out)
	// "The estimate of 8,000 deaths came from X": originsubject.go.
	out = v.originSubjects(lo, hi, out)
	// A label's words are read as the label (see labelColon); one with a
	// source in brackets closes past them.
	if colon >= 0 || v.brackets {
		colon = v.labelColon(lo, hi)
	}
	// Only the words markOpeners marked are walked (a view is read over
	// several ranges); the skip below is what it marks by, kept here for
	// TestAttributionOpenersCovered.
	if !v.openersRead {
		v.markOpeners()
	}
	for i := v.nextOpener(lo, hi); i < hi; i = v.nextOpener(i+1, hi) {
		t := &v.toks[i]
		if !t.word || i < colon && !v.labelReads(i, colon) {
			continue
		}
		// Most words are none of what wordAttributions reads: a case for
		// another word adds it to frameOpeners.
		if !t.has(cFrameOpener|cFindingNoun) && !t.poss && !t.report && !t.finding {
			continue
		}
		out = v.wordAttributions(i, lo, hi, out)
	}
	// "Of the 300 clinics we visited, 41 ...": ownscope.go.
	out = v.ownScopes(lo, hi, out)
	return v.gapped(out, lo, hi)
}

// wordAttributions appends the attribution the word at i opens: an
// announcement, a frame (frameattr.go), a possessive's figure, a list's
// account or a verb of claim's source, tried in that order because the
// first readings are the narrower.
func (v *view) wordAttributions(i, lo, hi int, out []attr) []attr {
	// "in an OCHA update", "Going by WFP's latest market bulletin":
	// see announced.go.
	if v.toks[i].has(cAnnouncement) {
		if a, ok := v.announced(i, lo, hi); ok {
			return append(out, a)
		}
	}
	// "In the IEA's latest outlook, ...": see ownedrelease.go.
	switch v.toks[i].low {
	case "outlook", "outlooks", "tracker", "release":
		if a, ok := v.ownedRelease(i, lo, hi); ok {
			return append(out, a)
		}
	}
	// "Bundesbank sees German economy shrinking 0.2% this year":
	// forecastsees.go.
	if v.isOne(i, wSees) {
		if a, ok := v.forecastSees(i, lo, hi); ok {
			return append(out, a)
		}
		return out
	}
	if a, found, done := v.frameAt(i, lo, hi); done {
		if found {
			out = append(out, a)
		}
		return out
	}
	if a, ok := v.possAttr(i, lo, hi); ok {
		out = append(out, a)
	}
	// "Oryx, which counts only losses documented in photographs,
	// lists 2,900 Russian tanks": see lists.go.
	if a, ok := v.listsAccount(i, lo, hi); ok {
		return append(out, a)
	}
	report, finding := v.verbAt(i)
	// ("Situation Report #3:": a release's title, releaselabel.go.)
	if !v.claimVerbAt(i, lo, hi, report, finding) || v.releaseTitleWord(i) {
		return out
	}
	if a, ok := v.verbAttr(i, lo, hi, finding && !report); ok {
		out = append(out, a)
	}
	return out
}

// timeNouns end a "by" phrase of time, not an agent ("by the weekend").
var timeNouns = set("end start time noon midnight morning evening night weekend dawn dusk week month year")

// ahead reports whether word w occurs within n tokens after i.
func (v *view) ahead(i, hi, n int, w string) bool {
	for j := i + 1; j < hi && j <= i+n; j++ {
		if v.toks[j].low == w {
			return true
		}
		if v.boundary(j) {
			return false
		}
	}
	return false
}

// appositiveAfter adds ", a spokesman for the ministry" or ", who works
// for OCHA" after an inverted source.
func (v *view) appositiveAfter(at *attr, hi int) {
	k := at.srcEnd
	if !v.isOne(k, wComma) {
		return
	}
	e := k + 1
	for e < hi && !v.boundary(e) {
		e++
	}
	if e > k+1 {
		at.app, at.appEnd = k+1, e
	}
}

// pastWhen returns the "by" after a short phrase of when at token j
// ("yesterday by", "last month by", "on Monday by"), j when there is none.
func (v *view) pastWhen(j, hi int) int {
	for k := j; k < hi && k <= j+3; k++ {
		if v.isOne(k, wBy) {
			return k
		}
		t := &v.toks[k]
		if !t.word || !(t.has(cTimeNoun|cTimeHead|cTimeWord|cDay) || v.is(k, wLast, wOn, wThis, wJointly, wEarlier, wEarly)) {
			return j
		}
	}
	return j
}

// thatAfterWhen reports whether token j is "that", or a short phrase of
// when opening at j is followed by one: "found last month that", "found
// in March that", "concluded on Tuesday that". When a body found
// something is no part of what it found.
func (v *view) thatAfterWhen(j, hi int) bool {
	for k := j; k < hi && k <= j+3; k++ {
		if v.isOne(k, wThat) {
			return true
		}
		t := &v.toks[k]
		if !t.word || !(t.has(cTimeNoun|cTimeHead|cTimeWord|cDay|cMonthName) || v.is(k, wLast, wOn, wIn, wThis, wEarlier, wEarly)) {
			return false
		}
	}
	return false
}
