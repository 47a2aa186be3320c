package rules

import (
	"slices"
	"strings"

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

// hostReceives reports whether figure fi of sentence s, a count or an
// amount of money (money a country receives is its own: "The Philippines
// receives about $40 million a year in FMF" is not Israel's, for a metric
// whose scope names its recipient: scopeNamesCountry), is the
// object of a receivingVerb whose subject is a listed country with a word
// none of the metric's own names has ("South Sudan" for a metric of
// Sudan): between them only auxiliaries and adverbs ("has so far
// received").
func (m *metric) hostReceives(d *figures.Document, s *figures.Sentence, fi int) bool {
	if k := d.Figures[fi].Kind; len(m.ownNames) == 0 || k != figures.Count && k != figures.Money {
		return false
	}
	if (d.Figures[fi].Kind == figures.Money || m.spec.Kind == "money") && !m.scopeNamesCountry() {
		return false // a metric of money no country's scope names has no recipient of its own
	}
	fs, _ := d.FigureTokens(fi)
	word := sentenceWords(d, s)
	v := fs - 1
	if v <= s.TokStart || !isLowerWord(d.TokenText(v)) {
		return false
	}
	if !gettingVerb(word(v)) {
		if v = recipientPassive(word, v); v <= s.TokStart {
			return false
		}
	}
	t := subjectBefore(d, s, v, func(w, raw string) bool {
		return auxiliary(w) || verbGroupAdverb(w) || w == "so" || w == "far" || lyAdverb(raw)
	})
	t = pastCommaAside(d, s, t) // "Egypt, by the way, gets" (receivedaside.go)
	money := d.Figures[fi].Kind == figures.Money || m.spec.Kind == "money"
	start := countryBefore(d, s, t+1)
	if start < 0 {
		// "Amman gets $1.45 billion a year": a capital receives for its
		// country, which is another when neither its name nor the
		// capital's is the metric's (capitalcountry.go).
		c, r := countryPlaceBefore(d, s, t+1)
		if r == nil {
			return false
		}
		var own []string
		for k := c; k <= t; k++ {
			own = append(own, word(k))
		}
		return m.receiverIsOther(strings.Fields(r.place), money) && m.receiverIsOther(own, money)
	}
	var names []string
	for k := start; k <= t; k++ {
		names = append(names, word(k))
	}
	return m.receiverIsOther(names, money)
}

// receiverIsOther reports whether the receiving country whose name is
// words (lower-cased) is another than the metric's. Whose money it is the
// scope says, as receivedByOther reads it: an exclude_near "Egypt" is
// among the own names. Whose people it is the own names say: a word none
// of them has ("South Sudan" for a metric of Sudan).
func (m *metric) receiverIsOther(words []string, money bool) bool {
	if money {
		return !slices.ContainsFunc(words, m.scopePhraseWord)
	}
	return slices.ContainsFunc(words, func(w string) bool { return !slices.Contains(m.ownNames, w) })
}

// recipientPassive returns the token of the form of "be" that opens a
// passive making its subject the one who gets the amount after token v,
// or -1: "Jordan is due $1.45bn", "Egypt is owed", "was promised", "is
// entitled to". The subject of such a passive is the recipient, as a
// verb of receiving's is.
func recipientPassive(word func(int) string, v int) int {
	switch w := word(v); {
	case w == "to" && word(v-1) == "entitled":
		v--
	case w == "due", w == "owed", w == "promised", w == "pledged", w == "granted", w == "allotted", w == "allocated":
	default:
		return -1
	}
	if b := v - 1; beForm(word(b)) {
		return b
	}
	return -1
}

// A list of receiving countries may give the verb once and leave it out
// after: "Egypt has received about 1.2 million, Chad more than 770,000 and
// South Sudan, itself barely functioning, roughly 900,000". Each later
// item, a country and its figure after a comma or "and", is what that
// country received (received_gapped_list.yaml).

// hostReceivesGapped reports whether figure fi follows a country name
// (past a comma aside) that follows, after a comma or "and", an earlier
// figure of its sentence that hostReceives reads as another country's.
func (m *metric) hostReceivesGapped(d *figures.Document, s *figures.Sentence, fi int) bool {
	if fi <= s.FigStart || len(m.ownNames) == 0 {
		return false
	}
	fs, _ := d.FigureTokens(fi)
	if fs-1 <= s.TokStart {
		return false
	}
	t := pastCommaAside(d, s, fs-1)
	if t == fs-1 && d.TokenText(t) == "," {
		return false
	}
	if !named(d, t) {
		return false // the cheap test first: no name right before the figure
	}
	start := countryBefore(d, s, t+1)
	if start < 0 || start-1 <= s.TokStart {
		return false
	}
	j := start - 1
	if w := d.LowerTokenText(j); w != "," && w != "and" {
		return false
	}
	_, pe := d.FigureTokens(fi - 1)
	if pe != j {
		return false // the earlier figure must end right before the joining word
	}
	var names []string
	for k := start; k <= t; k++ {
		names = append(names, d.LowerTokenText(k))
	}
	if !m.receiverIsOther(names, false) {
		return false
	}
	return m.hostReceives(d, s, fi-1) || m.hostReceivesGapped(d, s, fi-1)
}
