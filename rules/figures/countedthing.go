package figures

import "strings"

// A thing counted one by one is never cut into fractions: a body, a
// person, a victim, a case, a home. After "a third" or "a fourth" such a
// noun is the next of a series ("rescuers found a fourth body", "a third
// person dies"), wherever it stands, where a word that may be a bare verb
// ("a third sleep in cars") needs a verb after it to show it is a noun
// (nounEvidenceAt). The class is the singulars of the plurals that tell
// what a count counts (fCounted, fTally: "bodies", "people", "victims",
// "cases", "homes"), less the wholes a fraction is taken of (a unit of
// measure or time: "a quarter hour", "a third share") and the nouns that
// are as often a bare verb after a fraction ("a third vote for", "a fifth
// account for").

// countedThingAt reports whether the word at token n is the singular of
// a noun that counts things one by one.
func (p *parser) countedThingAt(n int) bool {
	if !p.isWord(n) || p.lowerIsAny(n, fractionWholes) || p.lowerIsAny(n, countedVerbNouns) {
		return false
	}
	w := strings.ToLower(p.str(n))
	if len(w) < 3 || strings.HasSuffix(w, "s") {
		return false
	}
	for _, pl := range pluralsOf(w) {
		if hotWords[lookupWord(pl)].flags&(fCounted|fTally) != 0 {
			return true
		}
	}
	return false
}

// pluralsOf are the forms w's plural may take: -s, -es, -y to -ies, and
// the few of English's irregular plurals that a count names.
func pluralsOf(w string) []string {
	switch w {
	case "person":
		return []string{"people", "persons"}
	case "child":
		return []string{"children"}
	case "man", "woman":
		return []string{w[:len(w)-2] + "en"}
	}
	out := []string{w + "s", w + "es"}
	if strings.HasSuffix(w, "y") {
		out = append(out, w[:len(w)-1]+"ies")
	}
	return out
}

// fractionWholes are the nouns among the counted plurals' singulars that
// a fraction is taken of: units of measure and of time, and a share.
var fractionWholes = []string{"hour", "year", "share", "barrel", "tonne", "ton", "acre", "hectare", "unit", "dose"}

// countedVerbNouns are the counted plurals' singulars that are as often a
// bare verb after a fraction as its subject: "a third vote for", "a fifth
// account for", "a tenth phone in".
var countedVerbNouns = []string{"vote", "account", "house", "phone", "copy", "download", "staff"}
