package figures

import "strings"

// A verb that carries its object to a level ("The offensive pushed Rafah
// to 1.4m", "the war has taken the town to 1.2m", "drove the enclave to
// 2.4m") says, through its object, what the figure after "to" is: a place
// that holds people, or people, reach a count of millions; a thing of size
// ("raised the wall to 2.1m", "pushed the river to 3m") reaches a height.
// The intransitive verbs of moving and growth read their subject instead
// (changeCounts); these verbs have a cause for a subject ("the fighting",
// "rains"), which says nothing of the figure, so the object is read.

// carryVerbs are the lemmas of the verbs that carry an object to a level,
// with their irregular forms; the verbs of growth take an object too ("has
// swelled the camps to 2m").
var carryVerbs = newLemmaSet(append([]lemma{
	{"push", nil}, {"take", []string{"took", "taken"}}, {"drive", []string{"drove", "driven"}},
	{"bring", []string{"brought"}}, {"lift", nil}, {"raise", nil}, {"send", []string{"sent"}},
	{"boost", nil}, {"propel", nil},
}, growthLemmas()...))

// maxCarriedWords is how many words the object between the verb and "to"
// may have: a determiner, a possessive or an adjective and its noun ("the
// border town", "the camp's residents").
const maxCarriedWords = 4

// carriedPeople reports whether the figure at token num, after "to" at
// token to, is the level a verb of carrying takes a place or people to: a
// form of carryVerbs stands before an object of at most maxCarriedWords
// words that ends right before "to", and the object's head names people or
// a tally (peopleNounAt) or a place that holds them, a name or a
// settlement, with no word of size in the object or a dimension after the
// figure ("pushed the camp to 2.1m", but "took the trench to 4.5m",
// "lifted Rafah's wall to 3m", "swelled the lake to 2m above normal").
func (p *parser) carriedPeople(to, num int) bool {
	head := to - 1
	if !p.isWord(head) || p.toks[to].Break {
		return false
	}
	verb := -1
	for k := head - 1; k >= 0 && head-k <= maxCarriedWords; k-- {
		if !p.isWord(k) || p.toks[k+1].Break {
			break
		}
		if p.formOf(k, carryVerbs) {
			verb = k
			break
		}
	}
	if verb < 0 {
		return false
	}
	for k := verb + 1; k <= head; k++ {
		if p.physicalAt(k) || p.has(k, fSize) {
			return false
		}
	}
	after := num + 1
	if p.has(after, fMag) && p.attached(after) {
		after++
	}
	if p.peopleNounAt(head) {
		return true
	}
	place := p.capitalised(head) && !p.has(head, fDet|fA|fMinor) || settlementNoun(strings.ToLower(p.str(head)))
	return place && !p.dimensionAt(after)
}

// carriedLevel reports whether the figure at token num is the level a
// verb of carrying takes a place or people to (carriedPeople), after "to".
func (p *parser) carriedLevel(num int) bool {
	to := p.toBefore(num)
	return to >= 0 && p.carriedPeople(to, num)
}

// toBefore returns the token of the "to" that stands right before the
// number at token num, or before the words of its qualifier ("to nearly
// 1.3m"), or -1 for none.
func (p *parser) toBefore(num int) int {
	for k := num - 1; k >= 0 && num-k <= 3; k-- {
		if p.lowerIs(k, "to") {
			return k
		}
		if !p.isWord(k) {
			return -1
		}
	}
	return -1
}
