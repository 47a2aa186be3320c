package figures

import (
	"strings"

	"github.com/kljensen/snowball/english"
)

// A figure that is the object of a verb done to people counts people:
// "Floods displace 12m across Pakistan", "driven 12m from their homes",
// "Fighting killed 4K last week", "Chad hosts 1.2m". So does one that a
// noun of refuge is for ("Rafah, refuge for 1.4m", "a town now home to
// 2m"). Whatever follows it (a place, a time, "from their homes") is no
// length and no picture: a body is not displaced 12 metres, no war kills a
// resolution, and no place is a refuge for a length.

// peopleVerbs are the lemmas of verbs whose object is people moved from
// their homes, killed or kept alive, with their irregular forms.
var peopleVerbs = newLemmaSet([]lemma{
	{"displace", nil}, {"uproot", nil}, {"kill", nil}, {"drive", []string{"drove", "driven"}}, {"force", nil},
	{"evacuate", nil}, {"expel", nil}, {"deport", nil}, {"strand", nil}, {"massacre", nil}, {"slay", []string{"slew", "slain"}},
	{"starve", nil}, {"affect", nil}, {"rescue", nil}, {"resettle", nil}, {"vaccinate", nil}, {"feed", []string{"fed"}},
	// A place keeps people: "Chad hosts 1.2m", "the camps house 2m".
	{"host", nil}, {"house", nil}, {"shelter", nil},
})

// RefugeNoun reports whether lower-case w names a place by the people it
// keeps, with "for" or "to" and the figure of them after: "refuge for
// 1.4m", "home to 2m", "host to 300K". A closed class of English, one for
// the finder and the rules' places that hold people.
func RefugeNoun(w string) bool {
	switch w {
	case "refuge", "haven", "sanctuary", "shelter", "home", "host":
		return true
	}
	return false
}

// maxQualifierWords is how many words of a qualifier ("more than", "as
// many as", "the best part of") may stand between a verb and its object
// figure.
const maxQualifierWords = 4

// doneToPeopleBefore reports whether the number at token num is the object
// of a verb done to people, or of a noun of refuge and its preposition:
// the verb or preposition stands right before it, or before the words of
// its qualifier ("forced nearly 9m", "killed more than 4K", "home to some
// 2m").
func (p *parser) doneToPeopleBefore(num int) bool {
	i := num - 1
	for n := 0; n < maxQualifierWords && i > 0 && p.isWord(i) && !p.toks[i+1].Break && p.qualifierThrough(i, num); n++ {
		i--
	}
	if (p.lowerIs(i, "for") || p.lowerIs(i, "to")) && !p.toks[i].Break && p.isWord(i-1) && RefugeNoun(strings.ToLower(p.str(i-1))) {
		return true
	}
	// A fact box's adverb of time may stand between the verb and its
	// object: "sheltering now est. 1.4m", "displaced still 2m".
	if i > 0 && p.lowerIsAny(i, nowAdverbs) && !p.toks[i].Break {
		i--
	}
	// A headline's title case capitalises its verb: "Quake Kills 3K".
	if i < 0 || !p.isWord(i) || p.toks[i+1].Break || len(p.str(i)) < 3 {
		return false
	}
	w := strings.ToLower(p.str(i))
	if p.formOf(i, holdVerbs) {
		return p.placeSubjectBefore(i)
	}
	return peopleVerbs[w] || peopleVerbs[english.Stem(w, false)]
}

// nowAdverbs are the adverbs of time that may stand between a verb done to
// people and the count it takes: "sheltering now 1.4m".
var nowAdverbs = []string{"now", "still", "currently", "today", "already"}

// holdVerbs are the lemmas of "hold": a place that holds keeps people
// ("Rafah now holding 1.5m"), but so may a thing keep sand or water, so
// the subject must be a place named right before it (placeSubjectBefore).
var holdVerbs = newLemmaSet([]lemma{{"hold", []string{"held"}}})

// placeSubjectBefore reports whether a capitalised name stands right
// before the verb at token i, perhaps past "now", "still" or "already":
// "Rafah now holding", "Khan Younis holds". (place_holding_millions.yaml)
func (p *parser) placeSubjectBefore(i int) bool {
	j := i - 1
	if p.lowerIs(j, "now") || p.lowerIs(j, "still") || p.lowerIs(j, "already") {
		j--
	}
	if j < 0 || !p.isWord(j) || p.toks[j+1].Break {
		return false
	}
	// A pronoun or the kind of place stands for the place the sentence
	// is about: "Rafah was a town of 275,000; now it holds 1.3m", "the
	// town now holds 1.4m" (place_owns_millions.yaml; settlementNoun in
	// motion.go). Neither holds a length.
	if p.lowerIs(j, "it") || j > 0 && p.lowerIs(j-1, "the") && settlementNoun(strings.ToLower(p.str(j))) {
		return true
	}
	return p.capitalised(j) && !p.has(j, fDet)
}

// shelterVerbs are the lemmas of verbs people do when driven from their
// homes: they flee and shelter; a length does neither.
var shelterVerbs = newLemmaSet([]lemma{{"shelter", nil}, {"flee", []string{"fled"}}})

// peopleParticipleAt reports whether the word at token k, right after a
// number's m, is a participle of a verb done to people ("Nearly 13m
// uprooted as Sudan's war enters third year", "2m displaced, UN says") or
// of one they do when driven from home ("Rafah: 1.4m sheltering, says
// UN", "3m fled"): the figure counts people, whatever follows. No body of
// metres is uprooted or shelters.
func (p *parser) peopleParticipleAt(k int) bool {
	if !p.isWord(k) || p.attached(k) || p.has(k, fLength) {
		return false
	}
	w := strings.ToLower(p.str(k))
	participle := strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "en") || strings.HasSuffix(w, "ing") || peopleVerbs[w] || shelterVerbs[w]
	return participle && (p.formOf(k, peopleVerbs) || p.formOf(k, shelterVerbs))
}

// donePeopleAt reports whether the word at token k is a past participle
// (in -ed or -en, or irregular: "driven", "slain") of a verb done to
// people: "uprooted", "evacuated", "stranded". Before a count of millions
// it names the people as an adjective of people does ("Sudan's uprooted
// now 11.3m"); no length is uprooted.
func (p *parser) donePeopleAt(k int) bool {
	if !p.isWord(k) || p.attached(k) || p.has(k, fLength) {
		return false
	}
	w := strings.ToLower(p.str(k))
	if !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "en") && !peopleVerbs[w] {
		return false
	}
	return p.formOf(k, peopleVerbs) && !strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ing")
}
