// Package wordform makes the inflected forms of verbs kept by their base
// form, for the rules, the figure finder and the claimant finder alike: a
// verb added to a list is then read in each of its forms at once.
package wordform

import "strings"

// A Verb is a verb by its base form, and its past when the past is
// irregular ("said").
type Verb struct {
	Base, Past string
}

// A Form is how an inflected form of a verb stands in its clause. The base
// form itself ("claim", "report") is neither: it is as often a noun.
type Form uint8

const (
	Finite     Form = iota + 1 // "claims", "claimed", "said"
	Participle                 // "claiming", "saying"
)

// Inflect makes the third person's "-s", the past ("-ed", or the irregular
// past) and the "-ing" of each verb: a final "e" takes "-d" ("stated")
// and, silent, drops before "-ing" ("stating"); a "y" after a consonant
// turns to "ie" before "-s" and "-ed" ("testifies", "testified"); a
// hissing end or an "o" takes "-es" ("stresses", "goes"). No verb of the
// lists doubles its last consonant ("admit": "admitted", "admitting"):
// teach Inflect that before adding one that does.
func Inflect(verbs []Verb) map[string]Form {
	m := map[string]Form{}
	for _, v := range verbs {
		b := v.Base
		third, past, ing := b+"s", b+"ed", b+"ing"
		switch {
		case strings.HasSuffix(b, "ee"): // "agreed", "agreeing"
			past = b + "d"
		case strings.HasSuffix(b, "e"):
			past, ing = b+"d", strings.TrimSuffix(b, "e")+"ing"
		case strings.HasSuffix(b, "y") && len(b) > 1 && !strings.ContainsRune("aeiou", rune(b[len(b)-2])):
			third, past = strings.TrimSuffix(b, "y")+"ies", strings.TrimSuffix(b, "y")+"ied"
		case strings.HasSuffix(b, "s") || strings.HasSuffix(b, "sh") || strings.HasSuffix(b, "ch") ||
			strings.HasSuffix(b, "x") || strings.HasSuffix(b, "z") || strings.HasSuffix(b, "o"):
			third = b + "es"
		}
		if v.Past != "" {
			past = v.Past
		}
		m[third], m[past], m[ing] = Finite, Finite, Participle
	}
	return m
}

// Set returns the words of forms whose form is one of want, as a set; with
// base, the verbs' base forms too.
func Set(verbs []Verb, base bool, want ...Form) map[string]bool {
	m := map[string]bool{}
	for w, f := range Inflect(verbs) {
		for _, x := range want {
			if f == x {
				m[w] = true
			}
		}
	}
	if base {
		for _, v := range verbs {
			m[v.Base] = true
		}
	}
	return m
}
