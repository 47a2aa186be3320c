package rules

import "github.com/claimtrack/claimtrack/rules/figures"

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
	fs, _ := d.FigureTokens(fi)
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
