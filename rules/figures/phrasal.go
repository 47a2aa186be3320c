package figures

import "strings"

// Verbs whose "over" is a particle, not the qualifier "more than": "Hamas
// handed over 12 hostages" is exactly 12, as "the council turned over
// 3,000 files" is 3,000.

// overParticleVerbs make with "over" a verb of their own, of giving up or
// passing on ("hand over", "turn over", "roll over" a debt, "fork over"),
// or of being in charge ("presided over 33,000 deaths", "ruled over 5
// million people"): before a figure their "over" is the particle.
var overParticleVerbs = newLemmaSet([]lemma{{"hand", nil}, {"turn", nil}, {"roll", nil}, {"fork", nil}, {"preside", nil}, {"rule", nil}})

// overOrBareVerbs take the same object with "over" as without it ("took
// over 12 towns", "took 240 hostages"; "gave $1bn"; "passed over three
// candidates", "passed 12 bills"): after them "over" bounds a round figure
// only, as a headline verb does (see roundFigure), and is their particle
// before any other: "Hamas took over 240 hostages", "rebels took over 12
// towns".
var overOrBareVerbs = newLemmaSet([]lemma{{"take", []string{"took", "taken"}}, {"give", []string{"gave", "given"}},
	{"pass", nil}, {"win", []string{"won"}}, {"sign", nil}, {"carry", []string{"carried"}}})

// particleOver reports whether the "over" at token at (-1 for none) before
// the figure f, which ends before token end, is a verb's particle rather
// than its bound. A span of time is never what a verb takes over: "took
// over 36 hours" is how long it took, more than 36 hours, as "took over 14
// days to reach" is.
func (p *parser) particleOver(at int, f Figure, end int) bool {
	if at < 1 || p.durationAt(end) {
		return false
	}
	return p.formOf(at-1, overParticleVerbs) || p.formOf(at-1, overPrepositionVerbs) || // overprep.go
		!roundFigure(f) && p.formOf(at-1, overOrBareVerbs)
}

// upParticleLemmas make with "up" a verb of a level's change ("tick up",
// "edge up", "go up"): in the past, their "up to" is the particle and the
// level reached, "unemployment ticked up to 4.2%" being exactly 4.2%; a
// verb in any other form sets a ceiling ("prices could go up to $100").
// Only verbs that take no object: after "moved", "pushed" or "shot", "up
// to" still bounds what they acted on ("police moved up to 300 people").
var upParticleLemmas = []lemma{{"tick", nil}, {"edge", nil}, {"inch", nil}, {"creep", []string{"crept"}},
	{"go", []string{"went", "gone"}}}

// upParticlePast holds the verbs' forms in the past: regular in -ed, and
// their irregular forms.
var upParticlePast = func() map[string]bool {
	m := map[string]bool{}
	for _, l := range upParticleLemmas {
		m[strings.TrimSuffix(l.base, "e")+"ed"] = true
		for _, f := range l.irregular {
			m[f] = true
		}
	}
	return m
}()

// particleUp reports whether the "up" at token at, opening "up to" before a
// figure, is the particle of one of those verbs in the past: "ticked up
// to", "has gone up to", "crept up to".
func (p *parser) particleUp(at int) bool {
	return at >= 1 && p.lowerIs(at, "up") && p.isWord(at-1) && upParticlePast[strings.ToLower(p.str(at-1))]
}
