package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A running total counts both sides' land; a figure whose people are
// placed, after it, in the land one side holds counts that side's part:
// "1,414 people had been killed in areas it controls", "at least 2,037
// died in opposition-held north-west Syria", "displaced in territory held
// by the RSF". The place is read from the phrase's shape after "in": a
// noun of land with a word of control in its next words, or a side's
// "-held"/"-controlled"/"-run" before a noun of land, a point of the
// compass or a name that is none of the metric's scope words. A clause
// that restates the figure ("Eighteen hundred, that's how many people
// have been confirmed dead in the rebel-held northwest") is read as the
// figure's own words. "In
// Hamas-run Gaza" (the metric's own whole) and a held place named before
// the figure ("Officials in rebel-held Idlib said ...") stay.

// controlPart reports whether figure fi of sentence s, for a running
// total, places its people in one side's land (see above) within its
// clause after it. The caller asks only when the sentence holds a word of
// control (placeMarks).
func (m *metric) controlPart(st *docState, s *figures.Sentence, fi int) bool {
	if !m.spec.Total {
		return false
	}
	d := st.d
	_, fe := d.FigureTokens(fi)
	word := sentenceWords(d, s)
	from := fe
	if r := restatedFrom(d, s, fe, st.mayStandOneForEach(s, fe)); r >= 0 {
		from = r // "Eighteen hundred, that's how many ... in the rebel-held northwest" (clause.go)
	}
	for k := from; k+2 < s.TokEnd && k < from+12; k++ {
		if fj := figureAt(d, k); fj >= 0 && fj != fi && d.Figures[fj].Kind.IsAmount() {
			return false // "pass 41,000 with Syria's government recording 3,600 deaths in areas it holds": the later figure's place
		}
		switch word(k) {
		case ",", ";", ":", "—":
			return false
		case "in", "across", "within", "inside":
		default:
			continue
		}
		if m.heldPlace(st, s, k, true) {
			return true
		}
	}
	return false
}

// heldPlace reports whether the place phrase after the preposition at
// token k of sentence s is land one side holds: "in areas it controls",
// "in opposition-held north-west Syria", "in rebel-held Idlib", "in
// occupied areas" said of the verb right before it. controlPart reads it
// after the figure, keywordPlacePart (keywordplace.go) after the count's
// keyword before it.
// With occupied, "in occupied areas" is read too, after a verb: a count's
// own clause may be a count of the occupied land ("civilians killed across
// the occupied regions ... stood at 4,950"), so a keyword's place and a
// fronted one leave it.
func (m *metric) heldPlace(st *docState, s *figures.Sentence, k int, occupied bool) bool {
	d := st.d
	word := sentenceWords(d, s)
	if k+2 >= s.TokEnd {
		return false
	}
	j := k + 1
	if word(j) == "the" {
		j++
	}
	if heldLandNoun(word(j)) {
		// "in areas it controls", "in areas under its control",
		// "across territory held by the opposition"
		for c := j + 1; c < s.TokEnd && c <= j+5; c++ {
			w := word(c)
			if w == "," || w == ";" || w == "—" {
				break
			}
			if controlWord(w) {
				return true
			}
		}
		return false
	}
	// "in opposition-held north-west Syria", "in army-held states",
	// "in rebel-held Idlib"; "in occupied areas", "in the occupied
	// south" (an occupier holds what it occupies), said of the verb
	// right before it ("died in occupied areas"), not of another noun
	// ("masks large gaps in occupied areas such as Mariupol")
	n := j + 1
	if word(j) == "occupied" {
		if v := word(k - 1); !occupied || !strings.HasSuffix(v, "ed") && v != "dead" {
			return false
		}
	} else {
		if j+3 >= s.TokEnd || word(j+1) != "-" || d.Tokens[j+1].Space || d.Tokens[j+2].Space || !controlWord(word(j+2)) {
			return false
		}
		n = j + 3
	}
	if heldLandNoun(word(n)) || partNoun(word(n)) || compassEnd(d, n) > n {
		return true // "in rebel-held areas", "in the occupied part of Kherson region", "in opposition-held north-west Syria"
	}
	if named(d, n) {
		last := n
		for last+1 < s.TokEnd && named(d, last+1) {
			last++
		}
		if m.nameOutsideScope(st, s, last) {
			return true
		}
	}
	return false
}

// heldLandNoun reports whether lower-cased w names land a side may hold:
// "areas", "territory", "parts", "states".
func heldLandNoun(w string) bool {
	switch w {
	case "areas", "area", "parts", "territory", "territories", "regions", "zones", "districts", "provinces", "states", "towns", "cities":
		return true
	}
	return false
}

// controlWord reports whether lower-cased w says a side holds land:
// "controls", "under its control", "held", "-run", "occupied", "the
// areas it holds" (held_areas_own_count.yaml). Each is read only after a
// noun of land or fused to a side's name ("rebel-held"), so "hold talks"
// holds no land.
func controlWord(w string) bool {
	switch w {
	case "control", "controls", "controlled", "held", "hold", "holds", "run", "occupied":
		return true
	}
	return false
}

// isControlMark reports whether token text w (any case) is a word
// controlPart needs: a sentence without one is passed over.
func isControlMark(w string) bool {
	switch len(w) {
	case len("run"), len("held"), len("holds"), len("control"), len("controls"), len("controlled"): // "occupied" is as long as "controls", "hold" as "held"
		return controlWord(strings.ToLower(w))
	}
	return false
}
