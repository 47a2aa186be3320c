package rules

import (
	"strconv"
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// The attack a war began with is often the subject of the metric's own
// verb, with no participle or relative clause to hang on (startevent.go
// reads those): "The gunmen's attack on border towns on Oct. 7, 2023,
// killed some 1,200 people", "Hamas's October 7 assault killed some
// 1,200", "the cross-border raid of 7 October 2023 killed about 1,200", or
// a clause fronted by the day: "On 7 October 2023, gunmen killed some
// 1,200 people". The verb stands right by the figure, so its keyword takes
// it; what marks that one day's dead is the subject: an attack's noun
// dated by the metric's start day ("on", "of" or the day before the
// noun), or a fronted "On DAY,". A verb with an auxiliary ("has killed"),
// a relative clause, a "since", "after" or a participle between the noun
// and its day ("the war triggered by the Oct. 7 attack killed") tell of
// what followed, and stay the total's.

// startSubjectWords is how many tokens before the verb its subject is read.
const startSubjectWords = 24

// startEventSubject reports whether figure fi is the object of a keyword
// verb in the simple past right before it whose subject is the metric's
// start event, dated by its day.
func (m *metric) startEventSubject(d *figures.Document, s *figures.Sentence, hits []hit, fi int) bool {
	if m.eventDay || m.spec.Since.Day == 0 {
		return false
	}
	fs, _ := d.FigureTokens(fi)
	word := sentenceWords(d, s)
	// A timeline's entry on the start day tells it in the present: "Oct.
	// 7, 2023 — gunmen kill some 1,200" (timelinedate.go).
	entry := m.timelineStartDay(d, s, s.TokStart)
	verb := -1
	for _, h := range hits {
		if h.ref.role == roleKeyword && h.end == fs && h.end-h.start == 1 && isLowerWord(d.TokenText(h.start)) && (entry || strings.HasSuffix(word(h.start), "ed")) {
			verb = h.start
		}
	}
	if verb <= s.TokStart || auxiliary(word(verb-1)) || verbAdverb(word(verb-1)) {
		return false
	}
	// Read the subject back to the sentence's start or a clause mark.
	start := s.TokStart
	for k := verb - 1; k >= s.TokStart; k-- {
		if k < verb-startSubjectWords {
			return false
		}
		if fj := figureIn(d, s, k); fj >= 0 {
			if !dateKind(d.Figures[fj].Kind) {
				return false // another count in the subject
			}
			k, _ = d.FigureTokens(fj)
			continue
		}
		switch word(k) {
		case ";", ":", "—", "–":
			start = k + 1
		case "that", "which", "who", "whose", "since", "after", "following", "until", "before", "when", "as", "while",
			"said", "says", "say", "and", "but":
			return false
		default:
			continue
		}
		break
	}
	if entry && m.timelineStartDay(d, s, start) {
		return true // the entry's subject follows its date
	}
	// A fronted day: "On 7 October 2023, gunmen killed ...".
	if word(start) == "on" {
		if fj := figureIn(d, s, start+1); fj >= 0 && m.startDay(d, s, fj) {
			if _, je := d.FigureTokens(fj); word(je) == "," {
				return true
			}
		}
	}
	// The subject's attack noun, dated by the start day right by it.
	for k := start; k < verb; k++ {
		if fj := figureIn(d, s, k); fj >= 0 {
			js, je := d.FigureTokens(fj)
			if m.startDay(d, s, fj) && attackNoun(word(je)) && (js == start || word(js-1) != "since") {
				return true // "the 7 October attack", "Hamas's October 7 assault"
			}
			k = je - 1
			continue
		}
		if w := word(k); isLowerWord(d.TokenText(k)) && word(k-1) != "-" && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing")) || !attackNoun(w) && (eventWord(w) || operationNoun(w) || w == "war") {
			return false // "the war triggered by the Oct. 7 attack": another head
		}
		if !attackNoun(word(k)) {
			continue
		}
		// "the attack on southern Israel on Oct. 7, 2023", "the raid of
		// 7 October": only words of place between the noun and its day.
		for j := k + 1; j < verb; j++ {
			if fj := figureIn(d, s, j); fj >= 0 {
				js, _ := d.FigureTokens(fj)
				return m.startDay(d, s, fj) && (word(js-1) == "on" || word(js-1) == "of")
			}
			if w := word(j); strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || w == "," {
				return false // a participle's phrase, or an aside
			}
		}
		return false
	}
	return false
}

// startDay reports whether date figure fj is the metric's start day, in
// its year when the figure gives one.
func (m *metric) startDay(d *figures.Document, s *figures.Sentence, fj int) bool {
	js, je := d.FigureTokens(fj)
	if !m.startDayAt(d, js) {
		return false
	}
	for k := js; k < je; k++ {
		if w := d.TokenText(k); len(w) == 4 && w[0] >= '1' && w[0] <= '2' && isDigits(w) && w != strconv.Itoa(m.spec.Since.Year) {
			return false
		}
	}
	return true
}

// attackNoun reports whether w names the attack a war may begin with.
func attackNoun(w string) bool {
	switch w {
	case "attack", "attacks", "assault", "raid", "incursion", "massacre", "massacres", "rampage", "atrocities", "infiltration":
		return true
	}
	return false
}
