package rules

import "github.com/claimtrack/claimtrack/rules/internal/wordform"

// A claim says what it says by a verb of saying: "A viral post claimed
// 200,000 had died" (finite), "a post claiming that 200,000 had died"
// (participle). The verbs are one class, kept by base form and inflected
// by wordform.Inflect: a finite form is sayingVerb's, an "-ing"
// sayingParticiple's.

// claimSayings are the verbs by which a claim says what it says.
var claimSayings = []wordform.Verb{
	{Base: "claim"}, {Base: "say", Past: "said"}, {Base: "allege"}, {Base: "suggest"},
	{Base: "assert"}, {Base: "state"}, {Base: "show"},
}

// claimSayingForms maps each inflected form of claimSayings to its form.
var claimSayingForms = wordform.Inflect(claimSayings)

// sayingVerb reports whether lower-cased w is a finite verb by which a
// claim says what it says: "A viral post claimed 200,000 had died".
func sayingVerb(w string) bool { return claimSayingForms[w] == wordform.Finite }

// sayingParticiple reports whether lower-cased w introduces what a claim
// said: "a post claiming that", "messages saying".
func sayingParticiple(w string) bool { return claimSayingForms[w] == wordform.Participle }
