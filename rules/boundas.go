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
// milestone b) to token at (figure's first) are an "as" clause whose
// counting verb, of the milestone's tense, takes the figure.
func asClauseCounts(d *figures.Document, b, from, at int) bool {
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
	if as < 0 || as == v-1 {
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
