package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A figure followed by a unit of area or length measures in that unit:
// "6,000 km2", "6,000 sq km", "2,300 square miles", "640,000 ha", "1.2
// million acres". A metric whose unit is one of them (unit: hectares)
// takes a figure in its own unit, however it is written ("640,000 ha",
// "640,000 hectares"), and no figure in another: claimtrack converts nothing,
// and "6,000 km2" is 600,000 hectares, not 6,000. The abbreviations are no
// lower-case plural, so countedNoun (counts.go) read no noun after them
// and a wildfire desk's area metric took "6,000 sq km" as 6,000 hectares.

// measureUnits maps the ways news writes a unit of area or length (lower
// case, points dropped) to one name for it.
var measureUnits = map[string]string{
	"ha": "hectares", "hectare": "hectares", "hectares": "hectares",
	"acre": "acres", "acres": "acres",
	"km2": "square kilometres", "km²": "square kilometres", "sqkm": "square kilometres",
	"square kilometre": "square kilometres", "square kilometres": "square kilometres", "square kilometer": "square kilometres",
	"square kilometers": "square kilometres", "square km": "square kilometres", "sq km": "square kilometres",
	"sq kilometres": "square kilometres", "sq kilometers": "square kilometres",
	"mi2": "square miles", "mi²": "square miles", "sq mi": "square miles", "sq miles": "square miles",
	"square mile": "square miles", "square miles": "square miles", "sq mile": "square miles",
	"m2": "square metres", "m²": "square metres", "square metre": "square metres", "square metres": "square metres",
	"square meter": "square metres", "square meters": "square metres", "sq m": "square metres",
	"km": "kilometres", "kilometre": "kilometres", "kilometres": "kilometres", "kilometer": "kilometres", "kilometers": "kilometres",
	"mile": "miles", "miles": "miles", // "mi" alone is as often a model's name (Mi-8)
}

// measureOf is the unit of measure that phrase p names ("hectares", "sq
// km", "km²"), or "" when it names none.
func measureOf(p string) string {
	p = strings.ToLower(strings.Join(strings.Fields(strings.ReplaceAll(p, ".", " ")), " "))
	return measureUnits[p]
}

// measureAfter returns the unit of measure written right after figure fi
// of sentence s, or "": the one to three words after the figure, their
// points dropped ("sq. km") and a square's "2" or "²" joined to the word
// before it ("km2" is read as "km" and a figure 2). A unit of area
// attached to the figure ("640,000ha") ends the figure before it
// (figures/areaunit.go), so it is read here as a spaced one is.
func measureAfter(d *figures.Document, s *figures.Sentence, fi int) string {
	_, fe := d.FigureTokens(fi)
	if fe+1 < s.TokEnd && d.TokenText(fe+1) == "-" && !d.Tokens[fe+1].Space {
		return "" // a model's name, not a unit: "12 Mi-8 helicopters", "Km-3"
	}
	var words []string
read:
	for t := fe; t < s.TokEnd && len(words) < 3; t++ {
		w := d.LowerTokenText(t)
		switch {
		case w == ".":
		case squareMark(w) && len(words) > 0 && !d.Tokens[t].Space:
			words[len(words)-1] += "2"
		case !d.Tokens[t].IsWord():
			break read
		default:
			words = append(words, w)
		}
	}
	for n := len(words); n > 0; n-- {
		if u := measureOf(strings.Join(words[:n], " ")); u != "" {
			return u
		}
	}
	return ""
}

// squareMark reports whether w squares the unit before it: "2" or "²".
func squareMark(w string) bool { return w == "2" || w == "²" }

// measureCounted reports whether a unit of measure follows figure fi, and
// the unit when it is not the metric's ("" when it is: "640,000 ha" for a
// metric in hectares).
func (m *metric) measureCounted(d *figures.Document, s *figures.Sentence, fi int) (string, bool) {
	u := measureAfter(d, s, fi)
	if u == "" {
		return "", false
	}
	if u == measureOf(m.spec.Unit) {
		return "", true
	}
	return u, true
}

// unmeasured reports whether the metric's unit is a unit of measure and
// no unit of measure follows figure fi: news gives an area with its unit, so a
// figure without one counts something else ("About 30,000 people fled as
// fires burned ...", "burned 40 homes").
func (m *metric) unmeasured(d *figures.Document, s *figures.Sentence, fi int) bool {
	return measureOf(m.spec.Unit) != "" && measureAfter(d, s, fi) == "" // another unit: countsOther says which
}

// MeasureOf is the unit of measure that phrase p names ("hectares" for
// "ha" or "hectares"), or "": for the miss finder (rules/eval), which
// lists no figure in a unit other than its metric's.
func MeasureOf(p string) string { return measureOf(p) }

// MeasureAfter is the unit of measure written after figure fi of sentence
// s ("640,000 ha", "640,000ha", "2,300 sq mi"), or "".
func MeasureAfter(d *figures.Document, s *figures.Sentence, fi int) string {
	return measureAfter(d, s, fi)
}
