package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// The background a war's story carries tells the attack it began with:
// "which began after Hamas-led militants attacked southern Israel on Oct.
// 7, 2023, killing about 1,200 people". A participle clause (", killing
// N") or a relative one (", which killed N") takes the subject and the
// time of the clause it hangs on. When that clause is the event the count
// began with, opened by "when", "after" or "as" right after a verb of
// beginning ("began when", "erupted after", "was triggered when"), or
// dated on the metric's start day ("on Oct. 7, 2023", a fronted "On
// October 7, 2023,"), its figure counts that one day's dead, not the
// running total since it. A metric whose start day is the day of the
// event it counts ("killed by the earthquakes of 6 February 2023") keeps
// such a figure: that day's event is its whole.

// startEventWords is how many tokens back the clause a participle hangs
// on is read.
const startEventWords = 20

// startEventClause reports whether figure fi is counted by a participle or
// a relative clause hanging on the clause that tells the metric's start
// event.
func (m *metric) startEventClause(d *figures.Document, s *figures.Sentence, hits []hit, fi int) bool {
	if m.eventDay || m.spec.Since.Year == 0 {
		return false
	}
	fs, _ := d.FigureTokens(fi)
	word := sentenceWords(d, s)
	comma := -1
	for _, h := range hits {
		if h.ref.role != roleKeyword || h.end != fs || h.end-h.start != 1 || h.start-1 <= s.TokStart {
			continue
		}
		switch w := word(h.start); {
		case strings.HasSuffix(w, "ing") && d.TokenText(h.start-1) == ",":
			comma = h.start - 1 // ", killing N"
		case strings.HasSuffix(w, "ed") && word(h.start-1) == "which" && h.start-2 > s.TokStart && d.TokenText(h.start-2) == ",":
			comma = h.start - 2 // ", which killed N"
		}
	}
	if comma < 0 {
		return false
	}
	start, opener := hostClause(d, s, comma)
	if opener > s.TokStart && beginningVerb(d, s, opener-1) {
		return true
	}
	for k := start; k < comma; k++ {
		if fj := figureIn(d, s, k); fj >= 0 && word(k-1) == "on" && m.startDayAt(d, k) {
			return true
		}
	}
	// A fronted date: "On October 7, 2023, gunmen ... , killing N".
	if start > s.TokStart+1 && d.TokenText(start-1) == "," && word(s.TokStart) == "on" {
		if fj := figureIn(d, s, start-2); fj >= 0 {
			if js, _ := d.FigureTokens(fj); js == s.TokStart+1 && m.startDayAt(d, js) {
				return true
			}
		}
	}
	return false
}

// hostClause returns the first token of the clause that ends at the comma
// at token comma, and the token of the word that opens it ("when",
// "after", "as", "which") or -1: it is read back to that word, a comma, a
// semicolon or a dash outside a figure ("Oct. 7, 2023"), or the sentence's
// start.
func hostClause(d *figures.Document, s *figures.Sentence, comma int) (int, int) {
	word := sentenceWords(d, s)
	for k := comma - 1; k >= s.TokStart && k > comma-startEventWords; k-- {
		if fj := figureIn(d, s, k); fj >= 0 {
			js, _ := d.FigureTokens(fj)
			k = js
			continue
		}
		switch word(k) {
		case ",", ";", "—", "–", "(":
			return k + 1, -1
		case "when", "after", "as", "which", "that":
			return k + 1, k
		}
	}
	return s.TokStart, -1
}

// beginningVerb reports whether token k closes a verb of beginning: a war
// that "began", "started", "erupted", "broke out", "was triggered" or "was
// sparked" when or after its opening event.
func beginningVerb(d *figures.Document, s *figures.Sentence, k int) bool {
	word := sentenceWords(d, s)
	switch word(k) {
	case "began", "begun", "begins", "started", "starts", "erupted", "erupts", "triggered", "sparked", "ignited", "opened":
		return true
	case "out":
		return k > s.TokStart && (word(k-1) == "broke" || word(k-1) == "broken")
	}
	return false
}
