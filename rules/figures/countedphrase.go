package figures

// What follows an m that counts people rather than measuring metres: a
// headline's participle or present verb of people, a phrase of when or where,
// a count fronted by "At" (the readings countedAhead asks after the m).

import "strings"

// participleOfPeople reports whether token k, after a number's m, is a
// participle in -ed or -ing, perhaps after an adverb, followed by a
// preposition of place ("1.4m crammed into Rafah", "2m trapped in the
// north", "1.2m now crammed into"): a headline's passive with its
// auxiliary dropped, which something done to people reads as. A length
// moves through space with verbs of its own ("plunged into", fLength) or
// comes after its verb ("raised 2m above").
func (p *parser) participleOfPeople(k int) bool {
	// An adverb may stand before the participle: "1.2m now crammed into".
	if a := p.str(k); p.isWord(k) && !p.attached(k) && (equalFoldASCII(a, "now") || equalFoldASCII(a, "still") ||
		equalFoldASCII(a, "already") || len(a) > 4 && strings.HasSuffix(a, "ly")) {
		k++
	}
	w := p.str(k)
	return p.isWord(k) && !p.attached(k) && !p.capitalised(k) && len(w) > 4 &&
		(strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing")) && !p.has(k, fLength) && (p.has(k+1, fPlace|fPrep) || p.lowerIs(k+1, "against"))
}

// presentOfPeople reports whether token k, right after the number at
// token num, is a bare verb in the present with a plural subject (no -s,
// -ed or -ing) and where it happens follows: "there", "here", or in, to,
// across or inside before a name ("1.4m shelter there", "2.1m live in
// Chad's camps", "3m flee to Egypt"). A length shelters and lives nowhere;
// a noun after "a" or "the" and its number ("the 100m final in Rome") is
// the number's modifier.
func (p *parser) presentOfPeople(num, k int) bool {
	if p.lowerIs(num-1, "the") || !p.isWord(k) || p.attached(k) || p.capitalised(k) || p.has(k, fLength) {
		return false
	}
	w := p.str(k)
	if len(w) < 4 || strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") {
		return false
	}
	if p.lowerIs(k+1, "there") || p.lowerIs(k+1, "here") {
		return true
	}
	return (p.lowerIs(k+1, "in") || p.lowerIs(k+1, "to") || p.lowerIs(k+1, "across") || p.lowerIs(k+1, "inside")) && p.capitalised(k+2)
}

// stillMovingAt reports whether "and" and a verb of going on stand at
// token k, after a number's m: "12m and rising", "8m and counting". The
// figure's phrase ends there.
func (p *parser) stillMovingAt(k int) bool {
	return p.has(k, fAnd) && (p.lowerIs(k+1, "rising") || p.lowerIs(k+1, "counting") || p.lowerIs(k+1, "climbing") ||
		p.lowerIs(k+1, "growing") || p.lowerIs(k+1, "increasing"))
}

// participleInPlace reports whether token i is a participle in -ed or
// -ing, followed by "in" or "into" and a name: "sheltering in Rafah",
// "crammed into Gaza City". Something done to people in a place. It is
// lower-case, or capitalised by its place as the label that opens a
// list's item: "Key figures: Killed in Gaza: 28,985 • Sheltering in
// Rafah: about 1.4m".
func (p *parser) participleInPlace(i int) bool {
	w := p.str(i)
	opensItem := i == 0 || p.toks[i].Break || p.isSym(i-1, ":•|/—–")
	return p.isWord(i) && (!p.capitalised(i) || opensItem) && len(w) > 4 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing")) &&
		!p.has(i, fLength) && (p.lowerIs(i+1, "in") || p.lowerIs(i+1, "into")) && p.capitalised(i+2)
}

// whenOrWhereAt reports whether token k, after a number's m, opens a phrase
// that says when or where the figure holds, not how far it reaches: a
// preposition before a month, a year or a name ("past 1m in March", "6m
// across Europe", "10m by 2030"), or a clause of its own ("6m as winter
// nears"). Such a phrase ends the figure's phrase as a full stop does.
// "From" measures a distance ("50m from the border"); "into the ravine"
// names no time or name, and what fell is a length anyway.
func (p *parser) whenOrWhereAt(k int) bool {
	if p.lowerIsAny(k, subordinators) && p.isWord(k+1) && !p.toks[k+1].Break {
		return true
	}
	if !p.has(k, fPrep|fYearPrep) || p.has(k, fFrom|fOf|fAnd|fTo|fBetween) {
		return false
	}
	k++
	if p.has(k, fDet) && p.capitalised(k+1) {
		k++ // "in the Sahel"
	}
	if p.isNum(k) {
		return len(p.str(k)) == 4 // a year
	}
	return p.isWord(k) && p.capitalised(k) && !p.toks[k].Break
}

// openingCountWhere reports whether the number at token num, whose m ends
// before token k, opens its sentence (perhaps after its qualifier) and is
// followed by a phrase of where: a headline's subject with its noun dropped
// ("1.4m in Rafah with nowhere left to run", "More than 3m across the Sahel
// go hungry"). A length does not open a sentence bare: it is what
// something measures ("The wave was 6m in Aceh").
func (p *parser) openingCountWhere(num, k int) bool {
	if !p.lowerIsAny(k, placePrepositions) {
		return false
	}
	if p.opensSentence(num) {
		return true
	}
	for i := num - 1; i >= 0 && num-i <= 3; i-- {
		if p.opensSentence(i) {
			return p.qualifierThrough(i, num)
		}
	}
	return false
}

// frontedAtCount reports whether the number at token num, whose m ends
// before a comma at token k, is fronted by "At" at its sentence's opening
// and the clause after the comma opens on a subject that counts: "At
// 12.6m, the number of people displaced by Sudan's war now exceeds ...",
// "At 1.4m, Rafah's displaced outnumber ...". A length fronted so is what
// the clause's thing measures ("At 12.6m, the tower is the tallest").
func (p *parser) frontedAtCount(num, k int) bool {
	if !p.isSym(k, ",") || !p.lowerIs(num-1, "at") || !p.opensSentence(num-1) {
		return false
	}
	for j := k + 1; j < len(p.toks) && j <= k+frontedSubjectWords; j++ {
		if p.toks[j].Break || !p.isWord(j) && !p.isSym(j, "'’") {
			return false
		}
		if p.has(j, fLength|fSize) {
			return false
		}
		if p.has(j, fCounted|fTally) || p.peopleAt(j) {
			return true
		}
	}
	return false
}

// frontedSubjectWords is how many tokens of the main clause's subject may
// come before the noun that counts: "the number of people", "Sudan's
// displaced".
const frontedSubjectWords = 5

// placePrepositions say where a count holds: "1.4m in Rafah", "3m across
// the Sahel".
var placePrepositions = []string{"in", "across", "inside", "throughout"}

// subordinators open a clause that can follow a whole figure: "6m as
// winter nears". A closed class of English.
var subordinators = []string{"as", "while", "when", "after", "before", "since", "until", "amid", "despite"}

// timeAdverbAt reports whether token k, after a number's m, opens a bare
// phrase of time with no preposition: "passed 10m this week", "reached
// 12m last month", "topped 2m today", "hit 9m earlier this year". A
// length is not dated so ("The wall stands 4m this week" is no English);
// the phrase ends the figure's phrase as "in March" does, and the
// sentence before decides what the m counts (countedBefore): "The river
// rose 2m overnight" stays metres (magnitude_time_after.yaml): a bare
// verb of moving before the figure ("rose 2m", not "rose to 2m") says how
// far, and no phrase of time after it says otherwise.
func (p *parser) timeAdverbAt(num, k int) bool {
	if !p.isWord(k) || p.toks[k].Break {
		return false
	}
	if v := p.moveBefore(num); v >= 0 && !p.levelAfter(v, num) {
		return false
	}
	if p.lowerIs(k, "earlier") || p.lowerIs(k, "later") {
		k++ // "earlier this week"
		if !p.isWord(k) || p.toks[k].Break {
			return false
		}
	}
	if p.lowerIsAny(k, dayAdverbs) {
		return true
	}
	return p.lowerIsAny(k, deicticTime) && p.isWord(k+1) && !p.toks[k+1].Break && (p.lowerIsAny(k+1, timeSpans) || p.has(k+1, fMonth))
}

// dayAdverbs date a figure with no preposition: "10m today".
var dayAdverbs = []string{"today", "yesterday", "tonight", "overnight"}

// deicticTime and timeSpans make a bare phrase of time: "this week",
// "last month", "next year", "this spring".
var deicticTime = []string{"this", "last", "next"}

var timeSpans = []string{"week", "weekend", "month", "year", "quarter", "morning", "afternoon", "evening", "spring",
	"summer", "autumn", "fall", "winter", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
