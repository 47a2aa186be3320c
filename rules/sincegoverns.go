// Which figures a "since" that opens a later period dates: one after it in
// its clause, or all of a sentence it fronts ("Since the truce ended, more
// than 1,900 ..."), not a total a count rose to nor one holding its own
// verb of rising (sinceGoverns, laterGoverns and the clause tests they
// share with laterstart.go's sinceEnd).

package rules

import (
	"strings"
	"time"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// laterGoverns reports whether the "since" at token k, which opens a
// later period than the metric's (laterStart), dates figure fi. A figure
// after it whose own clause holds a "since" of its own counts from that
// one ("Since the department notified Congress of two of them, the more
// than 100 sales approved since October 7 escaped scrutiny"), whatever
// the sentence opened on.
func (m *metric) laterGoverns(d *figures.Document, s *figures.Sentence, k, fi int, date time.Time) bool {
	if t := ownSince(d, s, k, fi); t >= 0 {
		var buf [64]byte
		return m.opensLaterPeriod(d, s, t+1, sinceEnd(d, s, t), date, &buf) && sinceGoverns(d, s, t, fi)
	}
	return sinceGoverns(d, s, k, fi)
}

// ownSince returns the "since" in figure fi's own clause after the figure,
// past the phrase the "since" at token k before it opens; else -1.
func ownSince(d *figures.Document, s *figures.Sentence, k, fi int) int {
	fs, fe := d.FigureTokens(fi)
	if k >= fs {
		return -1
	}
	for t := max(sinceEnd(d, s, k), fe); t < s.TokEnd; t++ {
		if strings.EqualFold(d.TokenText(t), "since") {
			if sameClause(d, fe, t) {
				return t
			}
			return -1
		}
	}
	return -1
}

// maxFrontedSince is how many words a fronted phrase of time may hold
// before its "since": "In the three weeks since".
const maxFrontedSince = 5

// sinceGoverns reports whether the "since" at token k frames figure fi:
// it follows the figure in its clause, with no comma, dash or other count
// between ("Nearly 2,000 have been killed since the ceasefire collapsed"),
// or it opens the sentence ("Since the truce ended, more than 1,900 ...",
// "In the weeks since the truce collapsed, ...").
// A figure a count rose to is the total, which the "since" only says how
// long it rose over: "Since the ceasefire collapsed, the number killed has
// risen to 50,144", and so is one that holds its verb of rising: "Since
// the truce collapsed, the overall toll has climbed past 40,000".
func sinceGoverns(d *figures.Document, s *figures.Sentence, k, fi int) bool {
	fs, fe := d.FigureTokens(fi)
	if fs > s.TokStart && k < fs && !sameClause(d, sinceEnd(d, s, k), fs) {
		if boundVerbForm(d.LowerTokenText(fs)) {
			return false
		}
		switch d.LowerTokenText(fs - 1) {
		case "to", "at", "reached", "reach", "reaches", "passed", "surpassed", "topped", "exceeded", "hit":
			return false
		}
	}
	if fs > s.TokStart && k >= fe {
		switch d.LowerTokenText(fs - 1) {
		case "to", "at", "reached", "reach", "reaches", "passed", "surpassed", "topped", "exceeded", "hit":
			return false
		}
	}
	if datedApposition(d, s, fi, k) {
		return false // "its total, about 12,900 in spring 2025, lags behind": when the tally stood there (valueapposition.go)
	}
	if k >= fe && boundVerbForm(d.LowerTokenText(fs)) {
		return false // the figure holds its verb: "The toll passed 45,000 in 2024"
	}
	if k < fs {
		// The phrase opens the sentence, perhaps inside a fronted phrase
		// of time closed by a comma: "In the weeks since the truce
		// collapsed, more than 1,000 ...".
		start := afterStamp(d, s)
		if k == start {
			// With no comma to close the fronted period, a level the
			// count passed in it is still the count, as it is after a
			// comma: "In 2024 alone we watched the Gaza toll climb past
			// 45,000".
			return !levelPassed(d, s, fi)
		}
		e := sinceEnd(d, s, k)
		if k-start <= maxFrontedSince && e < fs && d.TokenText(e) == "," && !auxiliaryAmong(d, start, k) {
			return true
		}
		// Inside the subject of the figure's clause, it says what the
		// subject counts: "Gaza toll from strikes since truce collapse
		// tops 1,000".
		return sameClause(d, e, fs)
	}
	// A part's clause goes on past its whole, from its predicate: "About
	// 1,000 of the 2.3 million people in Gaza have been killed since
	// Monday" (partPredicateFrom).
	return sameClause(d, max(fe, figurePredicateFrom(d, s, fi)), k)
}

// auxiliaryAmong reports whether an auxiliary stands among tokens [from,
// to): the words before a "since" are then a clause of their own ("Ottawa
// has hardened its tone since the autumn, ..."), whose period is its verb's,
// not a fronted phrase of time ("In the weeks since").
func auxiliaryAmong(d *figures.Document, from, to int) bool {
	for t := from; t < to; t++ {
		if auxiliary(d.LowerTokenText(t)) {
			return true
		}
	}
	return false
}

// sameClause reports whether tokens from a to b stand in one clause: no
// comma, semicolon, colon or dash, and no count, between them.
func sameClause(d *figures.Document, a, b int) bool {
	for t := a; t < b; t++ {
		if d.Tokens[t].IsSymbol() {
			switch d.TokenText(t) {
			case ",", ";", ":", "—", "–", "(", ")":
				return false
			}
		}
		if countAt(d, t) {
			return false
		}
	}
	return true
}

// boundVerbForm reports whether w is a form of a verb that sets a figure
// ("passed", "tops", "topped", "nearing"): its lemma is a bound verb.
func boundVerbForm(w string) bool {
	if figures.IsBoundVerb(w) {
		return true
	}
	for _, suf := range [...]string{"ed", "d", "es", "s", "ing"} {
		if b, ok := strings.CutSuffix(w, suf); ok && len(b) >= 2 {
			if figures.IsBoundVerb(b) || figures.IsBoundVerb(b+"e") ||
				len(b) >= 3 && b[len(b)-1] == b[len(b)-2] && figures.IsBoundVerb(b[:len(b)-1]) {
				return true
			}
		}
	}
	return false
}

// countAt reports whether token t is part of a figure that is no year
// or date: a count.
func countAt(d *figures.Document, t int) bool {
	fi := figureAt(d, t)
	return fi >= 0 && !d.Figures[fi].Kind.IsCalendar()
}
