package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A milestone's count in an "as" clause: "The toll tops 1,500 again, as
// the agency counts 1,533" gives the count the headline verb rounds, told
// at the same time (desk59's miss). The clause's verb must count (count,
// record, log, tally: a warning, a fear or a record reached is another
// figure), stand just before the figure, and be of the milestone's tense:
// a past count beside a present milestone ("tops 1,500 this year, as the
// agency recorded 1,650 over the same months of the last one") is another
// time's; a perfect ("have counted") is the present's. Between "as" and
// the verb only the clause's subject: no punctuation, no figure.

// countingForms are the forms of the verbs that count, each with whether
// it is a past (or a participle, which "has" makes a present perfect).
var countingForms = map[string]bool{
	"count": false, "counts": false, "counted": true,
	"record": false, "records": false, "recorded": true,
	"log": false, "logs": false, "logged": true,
	"tally": false, "tallies": false, "tallied": true,
}

// asClauseCounts reports whether the words from token from (just after the
// milestone b) to token at (figure fi's first) are an "as" clause whose
// counting verb, of the milestone's tense, takes the figure, its subject
// a counter (counterSubject) and no wider area named after the figure
// (widerAreaAfter). scope is the metric's.
func asClauseCounts(d *figures.Document, s *figures.Sentence, b, fi, from, at int, scope []string) bool {
	v := at - 1
	past, ok := countingForms[strings.ToLower(d.TokenText(v))]
	if !ok || v-1 <= from {
		return false
	}
	as := -1
	for k := v - 1; k >= from; k-- {
		w := d.TokenText(k)
		if strings.EqualFold(w, "as") {
			as = k
			break
		}
		if !isWordToken(w) {
			return false
		}
	}
	if as < 0 || as == v-1 || !counterSubject(d, s, as+1, v, scope) || widerAreaAfter(d, s, fi, scope) {
		return false
	}
	if past && isHave(d.TokenText(v-1)) {
		past = false // "have counted": the present's count
	}
	// The milestone's verb is the bound's own first word ("passed 900"),
	// or the word before it.
	verb, _ := d.FigureTokens(b)
	if !isWordToken(d.TokenText(verb)) {
		verb--
	}
	return verb >= 0 && past == pastVerb(d, verb)
}

// pastVerb reports whether token i, a milestone's verb ("passed", "has
// passed", "tops"), is a simple past: its form ends in -ed and no "has"
// or "have" makes it perfect.
func pastVerb(d *figures.Document, i int) bool {
	w := strings.ToLower(d.TokenText(i))
	if !strings.HasSuffix(w, "ed") {
		return false
	}
	return i == 0 || !isHave(d.TokenText(i-1))
}

func isHave(w string) bool {
	return strings.EqualFold(w, "has") || strings.EqualFold(w, "have")
}

// isWordToken is true of a token of letters (or an apostrophe's
// possessive), not punctuation nor a number.
func isWordToken(w string) bool {
	for _, r := range w {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r == '\'' || r == '’' || r == '-') {
			return false
		}
	}
	return w != ""
}

// counterSubject reports whether the words from token from to token to,
// an "as" clause's subject, can be the milestone's counter rather than
// another place whose count is compared (review60): no capitalised name
// (a country, "Greece counts 1,640"; an acronym, "the UN agency", and a
// headline in capitals are no name), and no word of the metric's scope
// ("the eastern route" for a metric scoped to "the route": another of
// its kind).
func counterSubject(d *figures.Document, s *figures.Sentence, from, to int, scope []string) bool {
	caps := allCapitals(d.Text[d.Tokens[s.TokStart].Start:d.Tokens[s.TokEnd-1].End])
	for k := from; k < to; k++ {
		w := d.TokenText(k)
		if !caps && w != strings.ToUpper(w) && w != strings.ToLower(w) {
			return false
		}
		lw := strings.ToLower(strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s"))
		if compassAdjective(lw) {
			return false // "as the eastern corridor logs 1,720": another area, placed on the compass
		}
		for _, sc := range scope {
			for _, sw := range strings.Fields(strings.ToLower(sc)) {
				if sw != "the" && strings.TrimSuffix(sw, "*") == lw {
					return false
				}
			}
		}
	}
	return true
}

// allCapitals reports whether text has letters and no lower-case one.
func allCapitals(text string) bool {
	return text == strings.ToUpper(text) && text != strings.ToLower(text)
}

// widerAreaAfter reports whether the words after figure fi in sentence s
// name the area its count covers as another or a wider one than the
// milestone's: "counts 1,980 across the whole Mediterranean", "1,640 on
// its own route" (review60), as yearAfter refuses another year; or a
// place phrase of their own, a preposition of place before a name that is
// none of the metric's scope phrases ("1,640 for the Aegean", "1,650 on
// the eastern Mediterranean route"): another place's count.
func widerAreaAfter(d *figures.Document, s *figures.Sentence, fi int, scope []string) bool {
	_, end := d.FigureTokens(fi)
	caps := allCapitals(d.Text[d.Tokens[s.TokStart].Start:d.Tokens[s.TokEnd-1].End])
	for k := end; k < s.TokEnd; k++ {
		switch strings.ToLower(d.TokenText(k)) {
		case "across", "whole", "own", "entire", "throughout", "elsewhere":
			return true
		case "on", "in", "for", "along", "off", "at", "over":
			if !caps && otherPlacePhrase(d, s, k+1, scope) {
				return true
			}
		}
	}
	return false
}

// otherPlacePhrase reports whether the phrase opening at token from (up
// to a comma or the sentence's end) names a place with a capital and
// holds none of the metric's scope phrases whole.
func otherPlacePhrase(d *figures.Document, s *figures.Sentence, from int, scope []string) bool {
	to, named := from, false
	for ; to < s.TokEnd && d.TokenText(to) != ","; to++ {
		// a capital of a place: not an acronym ("the IOM's tally"), a month
		// or a day ("in January")
		if w := d.TokenText(to); isWordToken(w) && w != strings.ToLower(w) && strings.TrimSuffix(w, "'s") != strings.ToUpper(strings.TrimSuffix(w, "'s")) && !DayOrMonthName(strings.ToLower(w)) {
			named = true
		}
	}
	if !named || to == from {
		return false
	}
	phrase := " " + strings.ToLower(d.Text[d.Tokens[from].Start:d.Tokens[to-1].End]) + " "
	for _, sc := range scope {
		if strings.Contains(phrase, " "+strings.ToLower(sc)+" ") {
			return false
		}
	}
	return true
}
