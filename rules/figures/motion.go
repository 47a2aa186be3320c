package figures

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/internal/wordform"
	"github.com/kljensen/snowball/english"
)

// Verbs that move a thing through space or change a level, and what the
// figure after them is: bare, how far the subject moved ("a hiker fell
// 20m", "sea levels rose 1m", but a tally's change: "Union membership
// dropped 1.2m"); after a preposition of level, the level its subject
// reaches ("Sales fell to 1.2m", "Refugees surge past 6m"), which is a
// count ("Turnover rose to 1.2m") unless the subject is a thing of size
// ("Floodwaters climbed to 2m"). See changeCounts.

// movementVerbs are the lemmas of those verbs, with their irregular forms;
// every regular form is known by its stem ("surges", "surging", "surged").
var movementVerbs = newLemmaSet(append([]lemma{
	{"fall", []string{"fell", "fallen"}}, {"drop", nil}, {"plunge", nil}, {"plummet", nil},
	{"sink", []string{"sank", "sunk"}}, {"dig", []string{"dug"}}, {"climb", nil}, {"jump", nil},
	{"dive", []string{"dove"}}, {"swim", []string{"swam", "swum"}}, {"drill", nil}, {"descend", nil},
	{"rise", []string{"rose", "risen"}}, {"surge", nil}, {"soar", nil}, {"tumble", nil},
	{"slide", []string{"slid"}}, {"leap", []string{"leapt"}}, {"measure", nil}, {"stretch", nil},
	{"extend", nil},
}, growthLemmas()...))

// growthLemmas are the verbs of growth, which change a level as verbs of
// moving do ("Rafah swells to 1.5m", "the camps have grown to 1.1m", "the
// river swelled to 6m"): one list for the finder (growthVerbs) and for the
// rules' places that hold people (GrowthForm).
func growthLemmas() []lemma {
	return []lemma{{"swell", []string{"swollen"}}, {"grow", []string{"grew", "grown"}}, {"balloon", nil},
		{"shrink", []string{"shrank", "shrunk"}}}
}

// growthVerbs are the stems of the verbs of growth; growthForms their
// written forms.
var (
	growthVerbs = newLemmaSet(growthLemmas())
	growthForms = inflections(growthLemmas())
)

// MovementForm reports whether lower-case w is a form of a verb of moving
// or of growth, which carries a level up or down: "climb" of "climb past
// 45,000", "rose", "swells".
func MovementForm(w string) bool {
	return len(w) >= 3 && (movementVerbs[w] || movementVerbs[english.Stem(w, false)] || growthForms[w])
}

// GrowthForm reports whether lower-case w is a form of a verb of growth:
// "swells", "has grown", "ballooned", "shrinking".
func GrowthForm(w string) bool { return growthForms[w] }

// inflections returns the written forms of lemmas: the base, the forms
// wordform.Inflect makes of it, and its irregular forms. A regular past an
// irregular verb does not have ("growed") is never written, and costs
// nothing.
func inflections(lemmas []lemma) map[string]bool {
	m := map[string]bool{}
	for _, l := range lemmas {
		m[l.base] = true
		for w := range wordform.Inflect([]wordform.Verb{{Base: l.base}}) {
			m[w] = true
		}
		for _, f := range l.irregular {
			m[f] = true
		}
	}
	return m
}

// A lemma is a verb's base form and the irregular forms its stem does not
// give.
type lemma struct {
	base      string
	irregular []string
}

// A lemmaSet holds the stems of lemmas and their irregular forms.
type lemmaSet map[string]bool

func newLemmaSet(lemmas []lemma) lemmaSet {
	m := lemmaSet{}
	for _, v := range lemmas {
		m[english.Stem(v.base, false)] = true
		for _, f := range v.irregular {
			m[f] = true
		}
	}
	return m
}

// formOf reports whether the word at token i is a form of a verb of set.
// Words of the vocabulary that say something else of a figure (counted
// nouns, qualifiers' prepositions, determiners) are none; the stem is taken
// only of the rest, and only on the rare paths that ask.
func (p *parser) formOf(i int, set lemmaSet) bool {
	if !p.isWord(i) || len(p.str(i)) < 3 || p.has(i, fCounted|fTally|fPlace|fLevel|fDet|fA|fAnd|fPrep) {
		return false
	}
	w := strings.ToLower(p.str(i))
	return set[w] || set[english.Stem(w, false)]
}

// movesAt reports whether the word at token i is a form of a movement verb.
func (p *parser) movesAt(i int) bool { return p.formOf(i, movementVerbs) }

// levelAfter reports whether the movement verb at token i sets the level
// of its subject rather than a distance: a preposition of level ("to",
// "past", "above", "below", "over", …) follows it, after an adverb or two
// if any ("fell sharply to", "has risen sixfold to"), and the figure at
// token num follows that preposition with only the words of its qualifier
// between ("climbed to about 1.4m").
func (p *parser) levelAfter(i, num int) bool {
	level := false
	for k := i + 1; k < num; k++ {
		if !p.isWord(k) || p.toks[k].Break {
			return false
		}
		level = level || p.has(k, fLevel) && k-i <= maxLevelAdverbs+1
	}
	return level && num-i <= maxVerbToLevel
}

// The windows of a verb of moving and its figure. maxLevelAdverbs is how
// many adverbs may stand between the verb and its preposition of level
// ("has risen sharply again to"); maxVerbToLevel is how far, in tokens, the
// figure may stand after the verb, past that preposition and a qualifier
// of a few words ("climbed to as many as about 1.4m"); maxBareAdverbs is
// how many words ("by", "some", "nearly") may stand between a bare verb and
// its figure. Beyond them the verb belongs to another phrase.
const (
	maxLevelAdverbs = 2
	maxVerbToLevel  = 8
	maxBareAdverbs  = 3
)

// moveBefore returns the token of a verb of moving whose figure is the one
// at token num, bare ("rose 1.2m", "fell by 2m") or setting a level ("fell
// to 3.1m", "climbed sharply past 2m"), or -1 for none.
func (p *parser) moveBefore(num int) int {
	for i := num - 1; i >= 0 && num-i <= maxVerbToLevel; i-- {
		if !p.isWord(i) || p.toks[i+1].Break {
			return -1
		}
		if p.movesAt(i) && (num-i <= maxBareAdverbs+1 || p.levelAfter(i, num)) {
			return i
		}
	}
	return -1
}

// changeCounts reports whether the figure at token num after the verb of
// moving at token i counts millions rather than measuring metres: the verb
// changes a count, not a place, unless its subject is a thing of size (see
// physicalAt) or people counted already ("two workers climbed to 30m").
// The level any other subject reaches is a count ("Turnover rose to
// 1.2m", "Camp populations rose to 1.3m"); bare, the figure is how far the
// subject moved unless the subject is counted as a whole, a tally or a
// noun counted in the singular ("Displacement rose 1.2m", "Numbers
// displaced soared 1.5m"): "Pupils fell 3m" are bodies falling.
func (p *parser) changeCounts(i, num int) bool {
	s := p.moverOf(i)
	if p.countBefore(s) || p.physicalAt(s) {
		return false
	}
	if p.formOf(i, growthVerbs) {
		return p.peopleGrow(s, num)
	}
	if p.levelAfter(i, num) {
		return true
	}
	return p.has(s, fTally) || p.has(s, fCounted) && !p.pluralAt(s)
}

// moverOf returns the head of the subject of the verb at token i, past
// its auxiliaries, past a phrase of place after the head ("Displacement in
// the region rose") and past a participle that follows a noun of a tally
// ("Numbers displaced soared", "the number displaced surged"): the tally
// is the subject.
func (p *parser) moverOf(i int) int {
	s := p.subjectBefore(i)
	for j := s - 1; j > s-maxPhraseAfterHead-1 && j > 0 && p.isWord(j) && !p.toks[j+1].Break; j-- {
		if p.has(j, fPrep) && p.isWord(j-1) && !p.toks[j].Break {
			s = j - 1
			break
		}
	}
	if p.has(s-1, fTally) && len(p.str(s)) > 4 && strings.HasSuffix(strings.ToLower(p.str(s)), "ed") {
		s--
	}
	return s
}

// maxPhraseAfterHead is how many words a phrase of place after the head of
// a subject may have: a preposition, a determiner and a noun or two ("in
// the Darfur region").
const maxPhraseAfterHead = 4

// physicalAt reports whether the subject ending at token s is a thing of
// size, which moves through space: a word of length in it ("floodwaters",
// "sea levels", "the river", fLength) or one of the bodies whose name says
// they climb, dive or fall (movers: "the climber", "a diver").
func (p *parser) physicalAt(s int) bool {
	if !p.isWord(s) {
		return false
	}
	return p.has(s, fLength) || p.isWord(s-1) && p.has(s-1, fLength) || p.lowerIsAny(s, movers)
}

// movers are the people named by a movement through space, whose fall or
// climb a figure measures: a closed class of sports and trades, and of
// craft, singular and plural.
var movers = []string{"climber", "climbers", "mountaineer", "mountaineers", "hiker", "hikers", "diver", "divers",
	"skier", "skiers", "jumper", "jumpers", "parachutist", "parachutists", "skydiver", "skydivers", "caver", "cavers",
	// Craft that fly or dive: their level is a height ("A plane dropped to
	// 300m", "The drone climbed to 120m").
	"plane", "planes", "aircraft", "jet", "jets", "airliner", "airliners", "helicopter", "helicopters", "drone", "drones",
	"balloon", "balloons", "rocket", "rockets", "glider", "gliders", "submarine", "submarines", "submersible", "probe",
	// What grows in height: "The tree grew to 30m".
	"tree", "trees", "palm", "palms", "bamboo", "hedge", "hedges"}

// peopleGrow reports whether the figure at token num after a verb of
// growth whose subject ends at token s counts the people who grow, not the
// metres a thing grows by: the subject names people or a tally of them
// ("Refugees in Chad swell to 1.2m", "Rafah's displaced have swollen to",
// "The Sudanese in Egypt have grown to"), so does the noun after the
// figure, or the subject is a place that holds people (a name, a camp, a
// town: "Tawila grows to 1m") and no word of a dimension follows the
// figure. A river, a landslide or a sinkhole grows by metres ("The Indus
// swelled to 5m above normal", "The landslide grew to 40m wide").
func (p *parser) peopleGrow(s, num int) bool {
	after := num + 1
	if p.has(after, fMag) && p.attached(after) {
		after++
	}
	switch {
	case p.peopleNounAt(s) || p.peopleNounAt(after):
		return true
	case p.isWord(s) && (p.capitalised(s) && !p.has(s, fDet|fA|fMinor) || settlementNoun(strings.ToLower(p.str(s)))):
		return !p.dimensionAt(after)
	}
	return false
}

// peopleNounAt reports whether the word at token k names people or a tally
// of them: a counted noun ("refugees", "displaced", "residents"), a
// tally ("population", "toll") or a people ("Sudanese", "Syrians").
func (p *parser) peopleNounAt(k int) bool {
	return p.isWord(k) && (p.has(k, fCounted|fTally|fPeople) || p.peopleAt(k))
}

// dimensionAt reports whether the word at token k, after a figure, says
// what dimension the figure measures: an adjective of size ("40m wide",
// "12m deep"), "across", or a level against a mark ("5m above normal",
// "2m below the danger mark").
func (p *parser) dimensionAt(k int) bool {
	if p.has(k, fSize) || p.lowerIs(k, "across") {
		return true
	}
	if !p.lowerIs(k, "above") && !p.lowerIs(k, "below") {
		return false
	}
	switch strings.ToLower(p.str(k + 1)) {
	case "normal", "average", "usual", "danger", "flood", "sea", "ground", "the":
		return true
	}
	return false
}

// settlementNoun reports whether lower-case w names a place people live
// or shelter in, which grows by its people: "the camps balloon to 2.3m",
// "the town has swollen to 1.1m".
func settlementNoun(w string) bool {
	switch w {
	case "camp", "camps", "settlement", "settlements", "town", "towns", "city", "cities", "village", "villages",
		"enclave", "district", "districts", "province", "region", "state", "country", "capital", "shelter", "shelters",
		"site", "sites", "area", "areas", "strip", "zone", "neighbourhood", "neighborhood", "suburb", "suburbs":
		return true
	}
	return false
}
