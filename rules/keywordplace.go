package rules

import (
	"slices"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A keyword placed "in" (or "across", "throughout") a place an exclude_near
// word names is that place's, however near the keyword stands to the
// figure: "The White Helmets said 2,274 people had been killed in
// opposition-held northwest Syria", "5,900 people had been killed across
// Syria" count one part of a Turkey-and-Syria toll, though "killed" is
// nearer the figure than "Syria". Modifiers of the place may stand between ("opposition-held",
// "northwest", "the"); a place joined to another ("in Turkey and Syria",
// "in southern Turkey and northern Syria") is the whole, and stays; a
// name after the comma that speaks lists no place ("died in Mariupol, UN
// says").

// keywordInExcluded reports whether keyword hit h is followed by "in",
// "across" or "throughout", then at most five lower-case words or hyphens, then a capitalised
// exclude_near word that no "and" or a comma before a name joins to
// another place (a name that speaks joins none: speakerClauseAt), that owns no noun after it ("killed in Israel's
// offensive": the war's owner, not its place), and where no scope phrase
// starts; or by "the country" or "the city" pointing back to an excluded
// place (excludedCountryBack).
func (m *metric) keywordInExcluded(st *docState, s *figures.Sentence, hits []hit, fi int, h hit) bool {
	d := st.d
	word := sentenceWords(d, s)
	if h.end >= s.TokEnd {
		return false
	}
	switch word(h.end) {
	case "in", "across", "throughout":
	default:
		return false
	}
	// A keyword before the figure that another amount stands nearer to,
	// before it, is that amount's ("the attack in which about 1,200 people
	// were killed in Israel, number 43,922"), and places nothing of the
	// figure.
	fs, fe := d.FigureTokens(fi)
	if fs <= h.start && h.end <= fe {
		// A hit on the figure itself marks the whole its parts words name
		// (wholeHits): the "in" after it opens the money's noun, no place
		// ("$1.1bn of the $1.3bn in annual assistance goes to FMF").
		return false
	}
	if h.end <= fs {
		for fj := s.FigStart; fj < fi; fj++ {
			gs, ge := d.FigureTokens(fj)
			if !d.Figures[fj].Kind.IsAmount() {
				continue
			}
			if ge <= h.start && d.WordPos(h.start)-d.WordPos(ge) < d.WordPos(fs)-d.WordPos(h.end) || gs >= h.end {
				return false // nearer, or between the two ("killed in Egypt – 1,200; combined – 12,500")
			}
		}
	}
	if m.excludedCountryBack(d, s, hits, h.end+1, h.start) {
		return true
	}
	k := h.end + 1
	for n := 0; n < 5 && k < s.TokEnd && (isLowerWord(d.TokenText(k)) || d.TokenText(k) == "-"); n++ {
		if copulaWord(d.LowerTokenText(k)) || d.LowerTokenText(k) == "are" {
			// A place phrase holds no verb: the name after one is what
			// the subject is ("$3.8bn in yearly aid is Foreign Military
			// Financing"), not where.
			return false
		}
		k++
	}
	if k >= s.TokEnd || !named(d, k) {
		return false // a name after the sentence's end is the next one's
	}
	var buf [64]byte
	if m.scopeAt(st, s, k, lowerInto(&buf, d.TokenText(k))) {
		return false
	}
	for _, x := range hits {
		if x.ref.role != roleNear || x.start != k || centredPlace(d, x) {
			continue // "lost their lives in the earthquakes centred in Kahramanmaras": where they struck (epicentre.go)
		}
		switch word(x.end) {
		case "and", "or", "-", "/":
			return false // "in Turkey and Syria"
		case ",":
			if named(d, x.end+1) && !speakerClauseAt(d, s, x.end+1) {
				return false // a list: "in Turkey, Syria"
			}
		case "'", "’", "'s", "’s":
			return false // an owner: "killed in Israel's offensive"
		}
		return !ownerHit(d, x)
	}
	return false
}

// A running total's keyword may be placed, before the figure, in a part of
// the metric's place that no exclude_near word names: "the death toll in
// government-controlled areas rose to 1,387", "the civilian death toll in
// the Kherson region has passed 1,200", "the number killed in Russian-held
// areas". The place is read from the phrase's shape, as townPart and
// controlPart (placepart.go, controlpart.go) read it after the figure:
// a name with its kind of place (namedPart) or land one side holds
// (heldPlace). A place fronted before the whole sentence frames it the same
// way: "In the Donetsk region, OHCHR recorded 4,300 civilian deaths"
// (frontedPart).

// keywordInPart reports whether keyword hit h, before figure fi and
// nearer it than any other amount, is followed by "in", "across",
// "within" or "inside" and a part of the running total's place.
func (m *metric) keywordInPart(st *docState, s *figures.Sentence, hits []hit, fi int, h hit) bool {
	if !m.spec.Total {
		return false
	}
	d := st.d
	if m.sidesParts && st.placeMarks(s).compass && compassOwner(d, s, h.start) {
		return true // "Northern Gaza death toll passes 5,000" (compasspart.go)
	}
	fs, _ := d.FigureTokens(fi)
	// The keyword's whole phrase: "death" of "death toll" is nearest, but
	// the place follows "toll".
	e := h.end
	for grown := true; grown; {
		grown = false
		for _, x := range hits {
			if x.ref.role == roleKeyword && x.start < e && x.end > e {
				e, grown = x.end, true
			}
		}
	}
	if e+2 >= s.TokEnd || e > fs {
		return false
	}
	if !partPreposition(d.LowerTokenText(e)) {
		return false
	}
	for fj := s.FigStart; fj < fi; fj++ {
		if gs, _ := d.FigureTokens(fj); gs >= e && d.Figures[fj].Kind.IsAmount() {
			return false // another amount between: the place is its own
		}
	}
	return m.namedPart(st, s, hits, e+1) || m.namedPartBeforeVerb(st, s, hits, e+1) || m.heldPlace(st, s, e, false) ||
		m.sidesParts && st.placeMarks(s).compass && compassPart(d, s, e) // "the death toll in the north of Gaza" (compasspart.go)
}

// namedPartBeforeVerb reports whether the place phrase opening at token j
// is a name with its kind of place that the clause's verb follows ("the
// death toll in the Kherson region rose to", "in Hatay province has
// passed"), the name a part of the metric's place (partName): namedPart
// reads the phrase's end after a figure, where no verb follows.
func (m *metric) namedPartBeforeVerb(st *docState, s *figures.Sentence, hits []hit, j int) bool {
	d := st.d
	j, e, ok := placeNameOpening(d, s, j)
	if !ok || e+1 >= s.TokEnd || !placeKindNoun(d.LowerTokenText(e)) || !subjectVerb(d.LowerTokenText(e+1)) {
		return false
	}
	return m.partName(st, s, hits, j, e)
}

// frontedPart reports whether sentence s opens, before figure fi, with "In"
// (or "Across", "Within", "Inside") and a part of a running total's place
// closed by a comma: "In the Donetsk region, ...", "In rebel-held areas,
// ...". A clause framed on its own before the figure (frameEndsBefore) is
// out of its reach.
func (m *metric) frontedPart(st *docState, s *figures.Sentence, hits []hit, fi int) bool {
	if !m.spec.Total {
		return false
	}
	d := st.d
	fs, _ := d.FigureTokens(fi)
	p := sentenceOpening(d, s)
	if p+2 >= fs {
		return false
	}
	if !partPreposition(d.LowerTokenText(p)) {
		return false
	}
	comma := -1
	for k := p + 1; k < fs && k <= p+8; k++ {
		if d.TokenText(k) == "," {
			comma = k
			break
		}
	}
	if comma < 0 || m.frameEndsBefore(st, s, p, fs) || m.ownPlaceAfter(st, s, fi) || m.ownPlaceOfKeyword(st, s, hits, comma, fs) {
		return false
	}
	for k := comma + 1; k < fs; k++ {
		switch w := d.LowerTokenText(k); {
		case w == ";" || w == "—" || w == "," && k+1 < fs && clauseJoiner(d.LowerTokenText(k+1)):
			return false // a clause of its own: "In the rebel-held north-west, rescuers dig, and the toll has passed 50,000"
		}
	}
	if m.heldPlace(st, s, p, false) {
		return true // "In rebel-held areas,"; not "In the occupied West Bank,", a name
	}
	if m.sidesParts && st.placeMarks(s).compass && compassPart(d, s, p) && !speakerAfter(d, comma+1, fs) {
		return true // "In northern Gaza," (compasspart.go)
	}
	if !m.namedPart(st, s, hits, p+1) {
		return false
	}
	// The part's phrase is the whole frame: its kind of place closes it
	// at the comma ("In the Donetsk region,"), not a place named inside a
	// longer phrase ("In the Donetsk region's capital and beyond,").
	return placeKindNoun(d.LowerTokenText(comma-1)) || placeKindNouns(d.LowerTokenText(comma-1))
}

// ownPlaceOfKeyword reports whether a keyword of the metric between
// tokens from and to names one of the metric's places as its own, right
// before it or after "in", "across" or "throughout": "In the Khan Younis
// area, strikes went on as the Gaza death toll passed 35,000", "as
// Gaza's death toll topped", "civilian deaths across Ukraine had passed":
// the count is the whole, whatever part the fronted phrase framed.
func (m *metric) ownPlaceOfKeyword(st *docState, s *figures.Sentence, hits []hit, from, to int) bool {
	d := st.d
	own := func(t int) bool { return t >= from && t < to && m.ownPlaceNamed(st, s, t) }
	for _, h := range hits {
		if h.ref.role != roleKeyword || h.start < from || h.end > to {
			continue
		}
		b := h.start - 1
		if b-1 >= from && d.LowerTokenText(b) == "s" && isApostrophe(d.TokenText(b-1)) {
			b -= 2 // "Gaza's death toll"
		}
		if own(b) {
			return true
		}
		switch d.LowerTokenText(h.end) {
		case "in", "across", "throughout":
			t := h.end + 1
			if d.LowerTokenText(t) == "the" {
				t++
			}
			if own(t) {
				return true
			}
		}
	}
	return false
}

// ownPlaceAfter reports whether figure fi's own words after it, up to a
// mark, place it in one of the metric's places: "the 46,000-plus dead in
// Gaza" is the whole, whatever part a fronted phrase framed before it.
func (m *metric) ownPlaceAfter(st *docState, s *figures.Sentence, fi int) bool {
	d := st.d
	_, fe := d.FigureTokens(fi)
	for k := fe; k+1 < s.TokEnd && k < fe+6; k++ {
		switch w := d.LowerTokenText(k); w {
		case ",", ";", ":", "—", "(":
			return false
		case "in", "across", "throughout", "inside":
			t := k + 1
			if d.LowerTokenText(t) == "the" {
				t++
			}
			if t < s.TokEnd && named(d, t) {
				return m.ownPlaceNamed(st, s, t)
			}
		}
	}
	return false
}

// ownPlaceNamed reports whether token t of sentence s is a name the metric
// takes for its own place: the start of a scope phrase ("Gaza") or one of
// its places ("Rafah").
func (m *metric) ownPlaceNamed(st *docState, s *figures.Sentence, t int) bool {
	if !named(st.d, t) {
		return false
	}
	var buf [64]byte
	lw := lowerInto(&buf, st.d.TokenText(t))
	return m.scopeAt(st, s, t, lw) || slices.Contains(m.places, string(lw))
}

// partPreposition reports whether w, after a running total's keyword or
// opening the sentence, places the count in a part of its place: "the
// death toll in government-controlled areas", "Across the Kherson region,".
func partPreposition(w string) bool {
	switch w {
	case "in", "across", "within", "inside":
		return true
	}
	return false
}
