package claimant

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/names"
)

// A place and a body are written alike: "Medics from Khan Younis" and
// "Paramedics from Magen David Adom", "Lower Silesia's voivode" and "Save
// the Children's director", "ZAPORIZHZHIA REGIONAL GOVERNOR" and "OXFAM
// COORDINATOR". People from a place are no body's (convention 8 keeps
// their phrase), and a place's office is held by the person named with it
// (convention 8 writes her name). placeName tells a place by its name, as
// the rules know it (rules/names: countries, other spellings, places
// inside them), or by a place's shape: a direction opening it ("Lower
// Austria", "North Darfur", "South Kivu") or a place noun closing it
// ("Kharkiv Region").

// placeName reports whether tokens [s, e) are a place's name: one to four
// capitalised words (hyphens joining them, "al" inside them), no kind of
// body, force, post or findings among them, known as a place or shaped as one.
func (v *view) placeName(s, e int) bool {
	if s >= e || e-s > 6 || !v.toks[s].capital || !v.toks[e-1].word {
		return false
	}
	words := 0
	for k := s; k < e; k++ {
		t := &v.toks[k]
		switch {
		case v.isOne(k, wDash) && !t.space && k > s && k+1 < e:
			continue
		case !t.word || !t.capital && t.low != "al" && t.low != "el":
			return false
		case t.has(cBody) || t.has(cInstitution) || t.has(cGovernment) || forceKinds[t.low] || t.post() || t.has(cFindingNoun|cStaff|cFieldPeople):
			return false
		}
		words++
	}
	if words > 4 {
		return false
	}
	if words >= 2 && (directionIDs.has(&v.toks[s].spelling) || placeNouns[v.toks[e-1].low]) {
		return true
	}
	return v.knownPlace(s, e)
}

// knownPlace reports whether tokens [s, e), as written, are a place the
// rules know by name (rules/names), "of the" inside it or not ("the
// Democratic Republic of the Congo").
func (v *view) knownPlace(s, e int) bool {
	if e-s == 1 {
		return names.KnownPlace(v.toks[s].low) // as written, with no copy
	}
	return s < e && e-s <= 8 && names.KnownPlace(v.written(s, e))
}

// knownRegion reports whether tokens [s, e), as written, are a continent or
// world region (rules/names/regions.yaml).
func (v *view) knownRegion(s, e int) bool {
	return s < e && e-s <= 8 && names.KnownRegion(v.written(s, e))
}

// written returns tokens [s, e) lower-cased, one space where the text has
// any, as rules/names compares names.
func (v *view) written(s, e int) string {
	var b strings.Builder
	for k := s; k < e; k++ {
		if k > s && v.toks[k].space {
			b.WriteByte(' ')
		}
		b.WriteString(v.toks[k].low)
	}
	return b.String()
}
