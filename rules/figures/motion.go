package figures

import (
	"strings"

	"github.com/kljensen/snowball/english"
)

// Verbs that move a thing through space or change a level, and what the
// figure after them is: bare, how far the subject moved ("a hiker fell
// 20m", "sea levels rose 1m", but a tally's change: "Union membership
// dropped 1.2m"); after a preposition of level, the level its subject
// reaches ("Sales fell to 1.2m", "Refugees surge past 6m"), which is a
// count where the subject names what is counted and a length where it is
// a thing of size ("Floodwaters climbed to 2m"). See countedBefore.

// movementVerbs are the lemmas of those verbs, with their irregular forms;
// every regular form is known by its stem ("surges", "surging", "surged").
var movementVerbs = newLemmaSet([]lemma{
	{"fall", []string{"fell", "fallen"}}, {"drop", nil}, {"plunge", nil}, {"plummet", nil},
	{"sink", []string{"sank", "sunk"}}, {"dig", []string{"dug"}}, {"climb", nil}, {"jump", nil},
	{"dive", []string{"dove"}}, {"swim", []string{"swam", "swum"}}, {"drill", nil}, {"descend", nil},
	{"rise", []string{"rose", "risen"}}, {"surge", nil}, {"soar", nil}, {"tumble", nil},
	{"slide", []string{"slid"}}, {"leap", []string{"leapt"}}, {"measure", nil}, {"stretch", nil},
	{"extend", nil},
})

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
		level = level || p.has(k, fLevel) && k-i <= 3
	}
	return level && num-i <= 8
}

// levelVerbBefore reports whether a verb of moving sets the level the
// figure at token num gives: "fell to 3.1m", "climbed sharply past 2m".
func (p *parser) levelVerbBefore(num int) bool {
	for i := num - 2; i >= 0 && num-i <= 5; i-- {
		if p.movesAt(i) && p.levelAfter(i, num) {
			return true
		}
	}
	return false
}
