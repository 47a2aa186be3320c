package figures

// What an m with nothing after it counts, read from before it: the noun a
// sentence named already, and the subject of a verb of moving (countedBefore
// and the helpers that find that subject, its qualifier, its level and the
// bracket an aside opens with).

// The windows in which an m finds what it counts. maxWordsToCounted is how
// many words of a noun's phrase may stand between the m and the noun it
// counts ("1.2m Syrian and Iraqi refugees", "2m newly displaced people");
// further on a plural belongs to another phrase. maxTokensToNamedCount is
// how far back, in tokens, a sentence that drops the noun may have named
// it: a headline's or a lead's subject and its verb phrase ("The number of
// Sudanese refugees in Chad has now climbed to 1.2m"); further back the
// noun is another clause's.
const (
	maxWordsToCounted     = 4
	maxTokensToNamedCount = 12
)

// countedBefore reports whether a number whose m ends its phrase, so that
// nothing after it says what it counts, follows in its sentence a noun of
// people or of a tally ("Refugees top 6m", "Sudan displacement passes
// 10m", "put the crowd at around 1.2m, police at 300,000"), with no word of
// size nearer to it ("sea levels rose 1m"). Headlines and British copy
// drop the noun after a count of millions when the sentence has named it
// already; a length is named by what it measures. After a verb of moving
// the subject says which (see changeCounts): before a preposition of
// level ("Sales fell to 1.2m", "Turnover rose to 1.2m") the figure is its
// level, a count unless the subject is a thing of size; bare ("Union
// membership dropped 1.2m", "two workers fell 5m") the figure is how far
// it moved, a count only where the subject is counted as a whole, since
// people move through space. A subject counted already ("two workers
// climbed to 30m") is the people who moved, not what the figure counts.
func (p *parser) countedBefore(num int) bool {
	if counted, ok := p.levelOfCount(num); ok {
		return counted // "The UN's tally of people displaced ..., now stands at 10.7m" (countlevel.go)
	}
	if p.levelTo(num) && p.changeCountBefore(num) {
		return true
	}
	if p.carriedLevel(num) {
		return true // "The offensive pushed Rafah to 1.4m" (carrylevel.go)
	}
	skipped := 0 // tokens of a label's bracketed source, which name nothing
	for i := num - 1; i >= 0 && num-i-skipped <= maxTokensToNamedCount; i-- {
		// A colon goes on to the figure its label names: "displaced in
		// Rafah: more than 1.3m".
		if p.toks[i+1].Break || p.isSym(i, ".!?;") {
			return false
		}
		// A label's source in brackets stands between what it names and
		// the figure: "displaced since April 2023 (IOM, inside and
		// outside Sudan): 10.7m".
		if p.isSym(i, ")") {
			if open := p.openingBracket(i, num-maxTokensToNamedCount*2); open >= 0 {
				skipped += i - open + 1
				i = open
				continue
			}
		}
		if p.has(i, fTally) || p.peopleAt(i) || p.has(i, fCounted) && !p.countBefore(i) {
			return true
		}
		// A past participle of a verb done to people, right before the
		// figure but for a word or a mark, stands for them as "displaced"
		// does: "Sudan's uprooted now 11.3m", "Those evacuated: 1.9m".
		// Further off it is an adjective of another noun ("the uprooted
		// oak measured 3m"); a label's bracket between them is stepped
		// ("Displaced (est.): 10.7m").
		if num-i-skipped <= 2 && p.donePeopleAt(i) {
			return true
		}
		// Something done to people in a place, as a list's label or a
		// clause's: "sheltering in Rafah – over 1.4m", "crammed into Gaza
		// City: 1m".
		if p.participleInPlace(i) {
			return true
		}

		// "surge" is a length's noun ("the storm surge") and a verb of
		// moving ("Refugees surge past 6m"): its subject says which.
		if p.movesAt(i) {
			return p.changeCounts(i, num)
		}
		if p.has(i, fLength) || p.has(i, fSize) && !p.qualifierThrough(i, num) {
			return false
		}
	}
	return false
}

// subjectBefore returns the token before the verb at token i, past its
// auxiliaries ("membership has dropped"): where the verb's subject ends.
func (p *parser) subjectBefore(i int) int {
	i--
	for p.lowerIsAny(i, auxiliaries) {
		i--
	}
	return i
}

// qualifierThrough reports whether the word at token i belongs to the
// qualifier phrase that bounds the figure at token num: the "high" of "as
// high as 2m" is no height. The phrase may open up to maxQualifierWords-1
// words before i: "the best part of 1.5m".
func (p *parser) qualifierThrough(i, num int) bool {
	for s := max(i-(maxQualifierWords-1), 0); s <= i; s++ {
		if ph, end := p.matchPhrase(s, false); ph != nil && end == num {
			return true
		}
	}
	return false
}

// changeCountBefore reports whether a count changed "by" a bare number
// stands before the number at token num in its sentence, within
// maxTokensToChange tokens: "swelled by some 300,000 since Israel ordered
// the evacuation of Khan Younis, to more than 1.4m". The level after "to"
// counts what the change counted.
func (p *parser) changeCountBefore(num int) bool {
	const maxTokensToChange = 24
	for i := num - 1; i > 0 && num-i <= maxTokensToChange; i-- {
		if p.toks[i+1].Break || p.isSym(i, ".!?;") {
			return false
		}
		if p.isNum(i) && !(p.has(i+1, fMag) && p.attached(i+1)) && !p.has(i+1, fLength) && (p.lowerIs(i-1, "by") || p.lowerIs(i-2, "by") && p.isWord(i-1)) {
			return true
		}
	}
	return false
}

// levelTo reports whether "to" stands right before the number at token
// num, or before the words of its qualifier ("to more than 1.4m").
func (p *parser) levelTo(num int) bool {
	for k := num - 1; k >= 0 && num-k <= 3; k-- {
		if p.lowerIs(k, "to") {
			return true
		}
		if !p.isWord(k) {
			return false
		}
	}
	return false
}

// openingBracket returns the "(" that the ")" at token close closes, no
// further back than token from, or -1.
func (p *parser) openingBracket(close, from int) int {
	for i := close - 1; i >= 0 && i >= from; i-- {
		if p.isSym(i, ".") && (p.lowerIs(i-1, "est") || p.lowerIs(i-1, "approx")) {
			continue // an estimate's abbreviation: "Displaced (est.): 10.7m"
		}
		if p.toks[i+1].Break || p.isSym(i, ".!?;") {
			return -1
		}
		if p.isSym(i, "(") {
			return i
		}
		if p.isSym(i, ")") {
			return -1
		}
	}
	return -1
}
