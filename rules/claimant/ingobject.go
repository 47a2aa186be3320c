package claimant

import "strings"

// A participle's object is no verb of claim: "Exports rose 9%, beating
// estimates, the trade ministry said", "Turnout reached 61%, topping
// forecasts, said the Electoral Commission", "India grows 8.2%, beating
// forecasts, says Statistics Office". The -s form of a reporting verb
// right after a lower-case -ing word that is no verb of claim itself, and
// opens its phrase after a comma or a preposition, is
// the participle's plural object (estimates, forecasts, projections,
// reports, claims), not a verb whose subject is the participle: read as a
// verb closing its aside it would reach back over the figure and give it
// to "beating".

// participleObjects reads as nouns the reporting verbs' -s forms that
// follow a participle: see above.
func (v *view) participleObjects() {
	for i := 1; i < len(v.toks); i++ {
		t := &v.toks[i]
		if !t.report || t.capital || !strings.HasSuffix(t.low, "s") {
			continue
		}
		p := &v.toks[i-1]
		// The participle opens its phrase after a comma or a preposition
		// ("by beating forecasts"); after a determiner it is a noun
		// ("The briefing notes that 40 ...", "the ruling states").
		if i < 2 || !v.boundary(i-2) && !v.toks[i-2].has(cPreposition) {
			continue
		}
		if p.word && !p.capital && !p.report && !p.finding && len(p.low) > 5 && strings.HasSuffix(p.low, "ing") {
			t.report = false
		}
	}
}
