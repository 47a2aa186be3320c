package rules

import (
	"slices"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A country that receives, admits or absorbs people counts those who
// crossed into it: "South Sudan has received more than 700,000 people
// fleeing the fighting" is one neighbour's arrivals, not the displaced of
// the metric's place, however near a word of flight stands. The verb's
// subject says whose count it is, as holder reads the subject of "holds"
// (holds.go).

// receivingVerb reports whether lower-cased w takes people or money in:
// its subject is where they went, or whose they are ("Chad has received",
// "Israel receives $3.3bn").
func receivingVerb(w string) bool {
	switch w {
	case "received", "receives", "receiving", "admitted", "admits", "admitting",
		"absorbed", "absorbs", "absorbing", "welcomed", "welcomes", "welcoming":
		return true
	}
	return false
}

// hostReceives reports whether figure fi of sentence s, a count (money a
// country receives is its own: "Egypt receives $1.3bn in FMF"), is the
// object of a receivingVerb whose subject is a listed country with a word
// none of the metric's own names has ("South Sudan" for a metric of
// Sudan): between them only auxiliaries and adverbs ("has so far
// received").
func (m *metric) hostReceives(d *figures.Document, s *figures.Sentence, fi int) bool {
	if len(m.ownNames) == 0 || d.Figures[fi].Kind != figures.Count {
		return false
	}
	fs, _ := d.FigureTokens(fi)
	word := sentenceWords(d, s)
	if fs-1 <= s.TokStart || !receivingVerb(word(fs-1)) || !isLowerWord(d.TokenText(fs-1)) {
		return false
	}
	t := subjectBefore(d, s, fs-1, func(w, raw string) bool {
		return auxiliary(w) || timeAdverb(w) || w == "so" || w == "far" || lyAdverb(raw)
	})
	start := countryBefore(d, s, t+1)
	if start < 0 {
		return false
	}
	for k := start; k <= t; k++ {
		if !slices.Contains(m.ownNames, word(k)) {
			return true
		}
	}
	return false
}
