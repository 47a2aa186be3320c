package figures

import "strings"

// Verbs of a level's rise whose "up to" is the particle and the level
// reached, as phrasal.go reads "ticked up to": "arrests rocketed up to
// 5,000" is exactly 5,000, as "the toll has risen up to 287" is 287.
// These verbs take no object, so in the past their "up to" can bound
// nothing they acted on; in any other form it sets a ceiling ("cases
// could rise up to 10,000").
var riseUpLemmas = []lemma{{"rise", []string{"rose", "risen"}}, {"rocket", nil}, {"soar", nil}, {"surge", nil},
	{"jump", nil}, {"climb", nil}, {"spike", nil}, {"leap", []string{"leapt"}}, {"balloon", nil},
	{"swell", []string{"swollen"}}, {"zoom", nil}, {"spiral", []string{"spiralled"}}, {"skyrocket", nil}}

// riseUpEitherLemmas are verbs of a sharp rise that also take an object
// ("police shot up to 30 protesters"): their "up to" is the particle only
// where their subject is a tally ("the toll shot up to 312").
var riseUpEitherLemmas = []lemma{{"shoot", []string{"shot"}}}

var riseUpPast, riseUpEitherPast = pastForms(riseUpLemmas), pastForms(riseUpEitherLemmas)

// pastForms returns the lemmas' forms in the past: regular in -ed (a final
// e dropped) and their irregular forms.
func pastForms(lemmas []lemma) map[string]bool {
	m := map[string]bool{}
	for _, l := range lemmas {
		m[strings.TrimSuffix(l.base, "e")+"ed"] = true
		for _, f := range l.irregular {
			m[f] = true
		}
	}
	return m
}

// riseUpParticle reports whether the "up" at token at, opening "up to"
// before a figure, is the particle of a verb of rising in the past.
func (p *parser) riseUpParticle(at int) bool {
	if at < 1 || !p.lowerIs(at, "up") || !p.isWord(at-1) {
		return false
	}
	w := strings.ToLower(p.str(at - 1))
	return riseUpPast[w] || riseUpEitherPast[w] && p.has(p.moverOf(at-1), fTally)
}
