package rules

import "strings"

// A claim says what it says by a verb of saying: "A viral post claimed
// 200,000 had died" (finite), "a post claiming that 200,000 had died"
// (participle). The verbs are one class, kept here by their base form
// alone; their forms are made by English's regular inflection, so a verb
// added to the list is read in each form at once. The form is told by the
// inflection that made it: a third person's "-s" or a past is finite
// (sayingVerb), an "-ing" a participle (sayingParticiple). The base form
// itself ("claim", "state") is neither: it is as often a noun.

// A claimSaying is a verb of saying by its base form, and its past when
// the past is irregular ("said").
type claimSaying struct {
	base, past string
}

// claimSayings are the verbs by which a claim says what it says.
var claimSayings = []claimSaying{
	{base: "claim"}, {base: "say", past: "said"}, {base: "allege"}, {base: "suggest"},
	{base: "assert"}, {base: "state"}, {base: "show"},
}

// A sayingForm is how a form of a verb of saying stands in its clause.
type sayingForm uint8

const (
	finiteSaying     sayingForm = iota + 1 // "claims", "claimed", "said"
	participleSaying                       // "claiming", "saying"
)

// claimSayingForms maps each inflected form of claimSayings to its form.
var claimSayingForms = inflectSayings(claimSayings)

// inflectSayings makes the third person's "-s", the past ("-ed", or the
// irregular past) and the "-ing" of each verb: a final "e" takes "-d"
// ("stated") and, silent, drops before "-ing" ("stating"); a "y" after a
// consonant turns to "ie" before "-s" and "-ed" ("testifies",
// "testified"); a hissing end takes "-es" ("stresses"). No verb of the
// list doubles its last consonant ("admit": "admitted", "admitting"):
// teach inflectSayings that before adding one that does.
func inflectSayings(verbs []claimSaying) map[string]sayingForm {
	m := map[string]sayingForm{}
	for _, v := range verbs {
		b := v.base
		third, past, ing := b+"s", b+"ed", b+"ing"
		switch {
		case strings.HasSuffix(b, "ee"): // "agreed", "agreeing"
			past = b + "d"
		case strings.HasSuffix(b, "e"):
			past, ing = b+"d", strings.TrimSuffix(b, "e")+"ing"
		case strings.HasSuffix(b, "y") && len(b) > 1 && !strings.ContainsRune("aeiou", rune(b[len(b)-2])):
			third, past = strings.TrimSuffix(b, "y")+"ies", strings.TrimSuffix(b, "y")+"ied"
		case strings.HasSuffix(b, "s") || strings.HasSuffix(b, "sh") || strings.HasSuffix(b, "ch") ||
			strings.HasSuffix(b, "x") || strings.HasSuffix(b, "z"):
			third = b + "es"
		}
		if v.past != "" {
			past = v.past
		}
		m[third], m[past], m[ing] = finiteSaying, finiteSaying, participleSaying
	}
	return m
}

// sayingVerb reports whether lower-cased w is a finite verb by which a
// claim says what it says: "A viral post claimed 200,000 had died".
func sayingVerb(w string) bool { return claimSayingForms[w] == finiteSaying }

// sayingParticiple reports whether lower-cased w introduces what a claim
// said: "a post claiming that", "messages saying".
func sayingParticiple(w string) bool { return claimSayingForms[w] == participleSaying }
