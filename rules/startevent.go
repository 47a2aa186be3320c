package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// The background a war's story carries tells the attack it began with:
// "which began after Hamas-led militants attacked southern Israel on Oct.
// 7, 2023, killing about 1,200 people". A participle clause (", killing
// N") or a relative one (", which killed N", ", in which about 1,200
// people were killed", ", during which militants killed 1,200", "the
// October 7 attack that killed about 1,200") takes the subject and the
// time of the clause it hangs on. When that clause is
// the event the count began with, opened by "when", "after" or "as" right
// after a verb of beginning ("began when", "erupted after", "was
// triggered when"), or dated or named by the metric's start day ("on Oct.
// 7, 2023", "the assault of October 7", "the 7 October attack", a fronted
// "On October 7, 2023,"), its figure counts that one day's dead, not the
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
		if w := word(h.start); strings.HasSuffix(w, "ing") && d.TokenText(h.start-1) == "," {
			comma = h.start - 1 // ", killing N"
		}
	}
	if comma < 0 {
		comma = m.relativeCounting(d, s, hits, fs) // ", in which N were killed", ", which killed N"
	}
	if comma < 0 {
		comma = restrictiveCounting(d, s, hits, fs) // "the October 7 attack that killed about 1,200"
	}
	if comma < 0 {
		return false
	}
	start, opener := hostClause(d, s, comma)
	if opener > s.TokStart && beginningVerb(d, s, opener-1) {
		return true
	}
	for k := start; k < comma; k++ {
		if fj := figureIn(d, s, k); fj >= 0 && m.startDayAt(d, k) {
			// "on Oct. 7, 2023", "the assault of October 7", "the 7
			// October attack": the day the event is dated or named by.
			if js, je := d.FigureTokens(fj); js == k && (word(k-1) == "on" || word(k-1) == "of" || eventWord(word(je))) {
				return true
			}
		}
	}
	if m.timelineStartDay(d, s, start) {
		return true // a timeline's entry: "Oct. 7, 2023 — gunmen storm ..., killing N" (timelinedate.go)
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

// relativeCounting returns the comma that opens a relative clause the
// figure at token fs stands in (", which", ", in which", ", during
// which", ", when"), with no mark of another clause between them and a
// keyword of the metric in the relative clause, before the figure or
// after it ("in which about 1,200 people were killed", "during which
// militants killed around 1,200"), or -1: the clause counts what the noun
// before its comma did.
func (m *metric) relativeCounting(d *figures.Document, s *figures.Sentence, hits []hit, fs int) int {
	comma := -1
	for k := fs - 1; k > s.TokStart && k >= fs-startEventWords; k-- {
		if inFigure(d, k) {
			continue
		}
		if w := d.TokenText(k); w == "," {
			comma = k
			break
		} else if !d.Tokens[k].IsWord() && w != "-" && !isApostrophe(w) {
			return -1
		}
	}
	if comma < 0 || !relativeOpens(d, comma+1, fs) {
		return -1
	}
	end := fs
	for end < s.TokEnd && (inFigure(d, end) || d.Tokens[end].IsWord() || d.TokenText(end) == "-" || isApostrophe(d.TokenText(end))) {
		end++
	}
	for _, h := range hits {
		if h.ref.role == roleKeyword && h.start > comma && h.end <= end {
			return comma
		}
	}
	return -1
}

// restrictiveWords is how many tokens before the figure the relative
// word of a clause with no comma may stand ("that killed", "that left
// about").
const restrictiveWords = 5

// restrictiveCounting returns the token of the "that" or "which" that
// opens a relative clause with no comma, the figure at token fs in it
// and a keyword of the metric between them ("the October 7 attack that
// killed about 1,200"), or -1. Like a relative clause's comma, it closes
// the noun phrase the clause speaks of.
func restrictiveCounting(d *figures.Document, s *figures.Sentence, hits []hit, fs int) int {
	word := sentenceWords(d, s)
	for k := fs - 1; k > s.TokStart && k >= fs-restrictiveWords; k-- {
		if inFigure(d, k) {
			return -1
		}
		if w := word(k); w == "that" || w == "which" {
			for _, h := range hits {
				if h.ref.role == roleKeyword && h.start > k && h.end <= fs {
					return k
				}
			}
			return -1
		} else if !d.Tokens[k].IsWord() {
			return -1
		}
	}
	return -1
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
