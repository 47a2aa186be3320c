package rules

import "strings"

// A verb class kept by base form alone has its forms made by English's
// regular inflection, so a verb added to its list is read in each form at
// once; the form is told by the inflection that made it: a third person's
// "-s" or a past is finite, an "-ing" a participle. The base form itself
// ("claim", "report") is neither: it is as often a noun.

// A verbBase is a verb by its base form, and its past when the past is
// irregular ("said").
type verbBase struct {
	base, past string
}

// A verbInflection is how an inflected form of a verb stands in its clause.
type verbInflection uint8

const (
	finiteForm     verbInflection = iota + 1 // "claims", "claimed", "said"
	participleForm                           // "claiming", "saying"
)

// inflect makes the third person's "-s", the past ("-ed", or the
// irregular past) and the "-ing" of each verb: a final "e" takes "-d"
// ("stated") and, silent, drops before "-ing" ("stating"); a "y" after a
// consonant turns to "ie" before "-s" and "-ed" ("testifies",
// "testified"); a hissing end takes "-es" ("stresses"). No verb of the
// lists doubles its last consonant ("admit": "admitted", "admitting"):
// teach inflect that before adding one that does.
func inflect(verbs []verbBase) map[string]verbInflection {
	m := map[string]verbInflection{}
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
		m[third], m[past], m[ing] = finiteForm, finiteForm, participleForm
	}
	return m
}
