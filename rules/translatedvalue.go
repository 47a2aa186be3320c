package rules

import (
	"github.com/claimtrack/claimtrack/rules/figures"
	"github.com/claimtrack/claimtrack/rules/internal/wordform"
)

// English translated from Russian, Ukrainian, Turkish and Central Asian
// outlets gives a count noun's subject its value with a verb a native
// writer seldom uses there — "the total number of the dead ... has made up
// 21,320", "has amounted to 47,244 persons" — and names the value as a
// mark the count reaches: "has reached the mark of 33 thousand", "has
// exceeded the level of 10 thousand". Both stand where "has risen to"
// stands, and countPhrase reads them as it does.

// translatedValueBefore returns the first token of such a value phrase
// ending right before token p in sentence s — "made up", "makes up", "the
// mark of", "the level of", the reflexive of "elevates itself" — and
// whether it is a verb ("made up") rather than the mark before the
// figure; p and false when there is none.
// "amounted to" is countSettingVerb's and countSettingPreposition's.
func translatedValueBefore(d *figures.Document, s *figures.Sentence, p int) (int, bool) {
	if p-2 <= s.TokStart || !d.Tokens[p-2].IsWord() {
		return p, false
	}
	w, before := d.LowerTokenText(p-1), d.LowerTokenText(p-2)
	switch {
	case w == "up":
		if makeForms[before] {
			return p - 2, true
		}
	case w == "of" && valueMarkNoun(before) && p-3 > s.TokStart && d.LowerTokenText(p-3) == "the":
		return p - 3, false
	case (w == "itself" || w == "themselves") && translatedSettingVerbs[before]:
		// The reflexive a Romance verb of reaching keeps: "elevates itself
		// to 35,000" ("se eleva a").
		return p - 1, true
	}
	return p, false
}

// makeForms are the finite forms of "make" and its base, which stand
// before "up" and the value: "has made up", "makes up", "make up".
var makeForms = wordform.Set([]wordform.Verb{{Base: "make", Past: "made"}}, true, wordform.Finite)

// valueMarkNoun reports whether lower-cased w names a value a count
// reaches before its "of": "the mark of", "the level of", "the threshold
// of". figures' markOfNouns leave "level" out before a figure that names a
// queue or a measure; after a count noun's verb of reaching it is the
// count's own level.
func valueMarkNoun(w string) bool {
	switch w {
	case "mark", "level", "threshold", "milestone", "barrier":
		return true
	}
	return false
}

// translatedSettingVerbs are the verbs a press writing in Spanish,
// Portuguese, French or Italian sets a count's value with, put into
// English word for word where a native writer says "has risen to" or
// "stands at": "asciende a" and "ascende a" become "the balance of
// deceased ... ascends to 50,000", "se eleva a" and "s'élève à" "elevates
// itself to" or "is elevated to", "monta a" "mounts to", "atteint"
// "attains", "totaliza" and "totalise" "totalizes" and "totals".
// countSettingVerb reads them beside its own (it turns away words that
// open on another letter than these verbs' first before it asks). The
// verbs are kept by their base, so every finite form comes with each (a
// plural subject takes the base: "the deceased ascend to 41,182"); the
// base "total" is the noun of "a total of" and stays out, and the British
// past doubles its l.
var translatedSettingVerbs = func() map[string]bool {
	m := wordform.Set([]wordform.Verb{{Base: "ascend"}, {Base: "attain"}, {Base: "elevate"}, {Base: "mount"},
		{Base: "totalize"}, {Base: "totalise"}}, true, wordform.Finite)
	for w := range wordform.Set([]wordform.Verb{{Base: "total"}, {Base: "total", Past: "totalled"}}, false, wordform.Finite) {
		m[w] = true
	}
	return m
}()
