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

// reviseUpLemmas are verbs of revising a count: "revised up to" is the
// particle and the count it now stands at ("the toll was revised up to
// 287", "the ministry revised its toll up to 33,360"), the verb's object,
// when it has one, a tally ("its toll", "the death toll", "the figure").
var reviseUpLemmas = []lemma{{"revise", nil}, {"adjust", nil}, {"mark", nil}, {"bump", nil}}

// reviseObjectWords is how many words a revised tally's phrase may hold
// between the verb and its "up": "its official death toll".
const reviseObjectWords = 4

var riseUpPast, riseUpEitherPast, reviseUpPast = pastForms(riseUpLemmas), pastForms(riseUpEitherLemmas), pastForms(reviseUpLemmas)

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
	return riseUpPast[w] || riseUpEitherPast[w] && p.has(p.moverOf(at-1), fTally) || p.revisedUp(at)
}

// revisedUp reports whether the "up" at token at is the particle of a
// verb of revising in the past, right before it or before the tally it
// revises: "was revised up to", "revised its toll up to".
func (p *parser) revisedUp(at int) bool {
	if reviseUpPast[strings.ToLower(p.str(at-1))] {
		return p.revisionDone(at - 1)
	}
	if !p.has(at-1, fTally) {
		return false
	}
	for k, n := at-2, 0; k >= 0 && n < reviseObjectWords && p.isWord(k); k, n = k-1, n+1 {
		if reviseUpPast[strings.ToLower(p.str(k))] {
			return p.revisionDone(k)
		}
	}
	return false
}

// revisionDone reports whether the verb of revising at token v tells a
// revision made, not one to come: "could be revised up to 3,000", "is
// expected to be revised up to" set a ceiling.
func (p *parser) revisionDone(v int) bool {
	return v < 1 || !p.lowerIs(v-1, "be")
}
