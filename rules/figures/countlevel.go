package figures

// The level a count's verb sets for a long subject: "The UN's tally of
// people displaced by the war, inside and outside the country, now stands
// at 10.7m". British copy drops the noun after a count of millions when
// the sentence has named it, and a subject with its asides may name it
// further back than countedBefore's window reaches. A length is named by
// what it measures or a dimension, anywhere before the verb ("The flood
// wall ... stands at 4.5m", "waves reached 6m") or right after the m
// ("stands at 3m tall"), and then the m stays metres.

// maxLevelQualifier is how many words of a qualifier may stand between a
// count's verb and its figure: "rose to more than 1.2m".
const maxLevelQualifier = 3

// levelVerbs set a figure without a preposition: "has reached 2.4m".
var levelVerbs = []string{"reached", "reaches", "reach", "hit", "hits", "passed", "passes", "topped", "tops",
	"exceeded", "exceeds", "surpassed", "surpasses", "neared", "nears"}

// levelVerbBefore returns the token of the verb or preposition of level
// ("at" of "stands at", "to" of "rose to", "reached") before the figure
// at token num, past the words of its qualifier, or -1.
func (p *parser) levelVerbBefore(num int) int {
	for k := num - 1; k >= 0 && num-k <= maxLevelQualifier+1; k-- {
		if !p.isWord(k) || p.toks[k+1].Break {
			return -1
		}
		if p.lowerIs(k, "at") || p.lowerIs(k, "to") {
			if k > 0 && p.isWord(k-1) && !p.has(k-1, fPlace|fCounted|fTally) {
				return k // "stands at", "rose to"; not "from 3m to"
			}
			return -1
		}
		if p.lowerIsAny(k, levelVerbs) {
			return k
		}
	}
	return -1
}

// levelOfCount reports, for a number at token num after a count's verb,
// whether the sentence before the verb counts people or names a tally
// (counted: millions) or names a length (metres); decided is false when
// it names neither, or no count's verb stands before the number.
func (p *parser) levelOfCount(num int) (counted, decided bool) {
	v := p.levelVerbBefore(num)
	if v < 0 {
		return false, false
	}
	for k := num + 1; k < len(p.toks) && k <= num+2; k++ {
		if p.has(k, fSize) && !p.toks[k].Break {
			return false, true // "stands at 3m tall"
		}
	}
	people := false
	for i := v - 1; i >= 0; i-- {
		if p.isSym(i, ".!?;") {
			break
		}
		if i == v-1 && p.movesAt(i) {
			continue // the verb itself: "swell to 1.2m"
		}
		if p.has(i, fLength) || p.has(i, fSize) && !p.qualifierThrough(i, num) {
			return false, true // "The flood wall ... stands at 4.5m"
		}
		people = people || p.has(i, fTally) || p.peopleAt(i) || p.demonymPluralAt(i) || p.has(i, fCounted) && !p.countBefore(i) ||
			p.participleAsNounAt(i)
		if p.toks[i].Break {
			break
		}
	}
	return people, people
}

// demonymPluralAt reports whether token i is a people's name in the
// plural, not opening its sentence: "Syrians", "Ukrainians", "Israelis".
func (p *parser) demonymPluralAt(i int) bool {
	if i == 0 || p.toks[i].Break || !p.capitalised(i) || !p.pluralAt(i) || p.isSym(i-1, ".!?") {
		return false
	}
	w := p.str(i)
	n := len(w)
	return n >= 6 && (w[n-3:] == "ans" || w[n-2:] == "is")
}

// coordinatedFigureAt reports whether "and" or "or" at token k opens a
// further figure, past a qualifier of it: "8.6m and 2.9m", "1.2m or about
// 1.5m", "1.9m and 400,000".
func (p *parser) coordinatedFigureAt(k int) bool {
	if k+1 >= len(p.toks) || !p.has(k, fAnd) && !p.lowerIs(k, "or") || p.toks[k+1].Break {
		return false
	}
	j := k + 1
	if ph, end := p.matchPhrase(j, false); ph != nil {
		j = end
	}
	return p.isNum(j) && !p.toks[j].Break
}

// sharedNounAhead reports whether the figure that "and" or "or" at token k
// opens is an attached m with a noun straight after it that the pair may
// share: what is counted ("3m and 4m people") or what a length measures
// ("8m and 10m waves"). The noun then decides both, as countedAhead reads
// it; a figure without an m ("1.9m and 400,000 homes") owns its noun.
func (p *parser) sharedNounAhead(k int) bool {
	j := k + 1
	if ph, end := p.matchPhrase(j, false); ph != nil {
		j = end
	}
	w := j + 2
	if !p.isNum(j) || !p.has(j+1, fMag) || !p.attached(j+1) || w >= len(p.toks) || !p.isWord(w) || p.toks[w].Break {
		return false
	}
	return p.has(w, fCounted|fLength) || p.pluralAt(w) || p.peopleAt(w)
}

// participleAsNounAt reports whether token i is a past participle of a
// verb done to people standing as a noun after an owner or a determiner:
// "Sudan's uprooted stand at 9.1m", "the evacuated now number 1.2m". No
// length is uprooted (donePeopleAt); a participle after a noun only
// describes it ("the wall repaired stands at 3m").
func (p *parser) participleAsNounAt(i int) bool {
	return p.donePeopleAt(i) && (p.possessiveBefore(i) || p.has(i-1, fDet|fA))
}
