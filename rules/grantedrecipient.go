package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A flow's recipient may follow the verb that grants it, not only its
// noun: "14 sales approved for Saudi Arabia", "9 arms sales were approved
// for Poland in March", "11 weapons sales were quietly cleared for the
// United Arab Emirates", "20 arms sales have been authorised for export to
// Saudi Arabia". The participle of a verb of granting (approve, clear,
// authorise, grant, sell, license ...) takes its recipient with "to" or
// "for" as the noun does (otherrecipient.go): another country there makes
// the sales that country's, with no list of the countries the metric rules
// out. A verb of motion's "to" ("fled to Chad") is a destination, and no
// verb of granting.

// grantParticiple reports whether lower-cased w is the participle of a verb
// that grants a flow to a recipient: "approved", "cleared", "sold".
func grantParticiple(w string) bool {
	switch w {
	case "approved", "cleared", "authorized", "authorised", "granted", "sold",
		"offered", "licensed", "licenced", "greenlit", "greenlighted", "okayed", "signed":
		return true
	}
	return false
}

// recipientStart returns the token where the recipient of keyword hit kw's
// flow would start in sentence s — the word after "to" or "for" and perhaps
// "the" — or -1 when no recipient's preposition follows. The preposition may
// follow the keyword's noun ("sales to", "cases for"), a keyword that ends in
// a grantParticiple ("sales approved for"), or such a participle after the
// keyword's noun, auxiliaries between ("arms sales were approved for"); an
// adverb, "off", or a "last"/"this" period may stand between the participle
// and its preposition ("cleared last week for", "signed off for"), and "for
// export (delivery, transfer, sale) to" names the recipient after "to".
func recipientStart(d *figures.Document, s *figures.Sentence, kw hit) int {
	word := sentenceWords(d, s)
	last := d.TokenText(kw.end - 1)
	name := !isLowerWord(last)
	if name && !programmeName(d, s, kw) {
		return -1
	}
	t := kw.end
	granted := !name && grantParticiple(last)
	if !granted {
		if !name && (strings.HasSuffix(last, "ed") || strings.HasSuffix(last, "ing")) {
			return -1 // a verb's "to" is a destination: "displaced to Egypt"
		}
		v := t
		for v < s.TokEnd && v < t+3 && (auxiliary(word(v)) || lyAdverb(d.TokenText(v))) {
			v++
		}
		if v < s.TokEnd && grantParticiple(word(v)) && isLowerWord(d.TokenText(v)) {
			t, granted = v+1, true
		}
	}
	if granted {
		for n := 0; n < 3 && t < s.TokEnd; n++ {
			w := word(t)
			switch {
			case w == "off" || lyAdverb(d.TokenText(t)) || verbGroupAdverb(w):
				t++
			case (w == "last" || w == "this") && (periodWord(word(t+1)) || season(word(t+1))):
				t += 2
			default:
				n = 3
			}
		}
	}
	if t >= s.TokEnd {
		return -1
	}
	w := word(t)
	if w != "to" && w != "for" {
		return -1
	}
	t++
	if w == "for" && t+1 < s.TokEnd && word(t+1) == "to" {
		switch word(t) {
		case "export", "delivery", "transfer", "sale", "shipment":
			t += 2
		}
	}
	if t < s.TokEnd && word(t) == "the" {
		t++
	}
	return t
}

// programmeName reports whether keyword hit kw, whose last word is a
// capital's, is a flow's name, a noun as "aid" is: its words are all
// capitals' ("Foreign Military Financing") or an initialism ("FMF"), and it
// names no country. "$2bn in Foreign Military Financing for Ukraine" gives
// the flow's recipient after its name.
func programmeName(d *figures.Document, s *figures.Sentence, kw hit) bool {
	if countryFrom(d, s, kw.start) >= 0 {
		return false
	}
	for k := kw.start; k < kw.end; k++ {
		if !named(d, k) {
			return false
		}
	}
	return true
}

// season reports whether lower-cased w names a season: "last spring".
func season(w string) bool {
	switch w {
	case "spring", "summer", "autumn", "fall", "winter":
		return true
	}
	return false
}
