package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// The subject of a dated event may count its events or be taken whole:
// "Combined, the two Gaza wars of 2012 and 2014 killed about 2,400", "the
// conflicts of 1982, 1996 and 2006 killed". datedSubject (datedevent.go)
// reads the subject past these words (fa53b, dated_event_counted.yaml).

// frontedModifier reports whether the clause opening at token cs opens
// with one word set off by a comma that says the subject is taken whole
// ("Combined,", "Together,", "Altogether,", "Collectively,"), before the
// subject itself, which the reading of a dated subject then starts at.
func frontedModifier(d *figures.Document, s *figures.Sentence, cs int) bool {
	if cs+2 >= s.TokEnd || d.TokenText(cs+1) != "," {
		return false
	}
	switch d.LowerTokenText(cs) {
	case "combined", "together", "altogether", "collectively", "jointly", "cumulatively", "overall":
		return true
	}
	return false
}

// countedEvents reports whether figure fj, a small number right after an
// article or a demonstrative, counts the events of the noun phrase it
// stands in ("the two Gaza wars", "those three earthquakes"): an event's
// plural noun follows within three words.
func countedEvents(d *figures.Document, s *figures.Sentence, fj int) bool {
	fs, fe := d.FigureTokens(fj)
	if fs <= s.TokStart || fe-fs != 1 {
		return false
	}
	switch d.LowerTokenText(fs - 1) {
	case "the", "these", "those":
	default:
		return false
	}
	for k := fe; k < s.TokEnd && k < fe+3; k++ {
		if w := d.LowerTokenText(k); (eventWord(w) || spellNoun(w)) && pluralForm(w) {
			return true
		}
		if !d.Tokens[k].IsWord() && d.TokenText(k) != "-" {
			return false
		}
	}
	return false
}

// yearList reports whether the comma at token k parts two dates of a
// list: "of 1982, 1996 and 2006".
func yearList(d *figures.Document, s *figures.Sentence, k int) bool {
	before, after := figureIn(d, s, k-1), figureIn(d, s, k+1)
	return before >= 0 && after >= 0 && dateKind(d.Figures[before].Kind) && dateKind(d.Figures[after].Kind)
}
