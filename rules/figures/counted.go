package figures

import "strings"

// What an attached m counts: millions of something, or metres.

// countedAhead reports whether the number at token num, with an attached
// m ending at token k, counts millions of something rather than measuring
// metres. A count of millions comes before what it counts: a plural noun
// ("1.3m visas", "12m under-fives", "8m under-18s", "2m Kurds"), a noun
// counted in the singular ("people", "displaced", "dead"), a people named
// in a form that takes no plural ("11.5m Sudanese", "2m Kurdish", "1m
// Rohingya": see peopleAt), a share of such ("1m of them", "3m of the
// displaced"), the size of a body of people ("a 2m-strong diaspora"),
// or it stands in a list after a count of millions ("2m
// Sudanese in Chad and 1m in Egypt"). A length shows itself: an article
// before it ("a 5m wave"), a compound ("a 10m-high wall"), a word of place
// or size ("4m high", "3m from"), or nothing after it that the sentence
// before does not explain ("fell 2m, injuring"; see countedBefore, which
// also reads the level a verb of moving sets: "Sales fell to 1.2m"). A
// capital alone says nothing: "the 100m Olympic final", "cleared 2m
// Saturday".
//
// Circa's or an estimate's abbreviation before the number ("had grown to
// c. 2.4m by the spring", "reached est. 2m") hedges it as "about" would: what
// stands before the number is read from before the abbreviation, whose
// full stop ends no sentence.
func (p *parser) countedAhead(num, k int) bool {
	if p.estimateAbbrevBefore(num) {
		num -= 2
	}
	// A short bracketed aside without a figure may stand between a count
	// and what it counts: "1.4m (UN estimate) displaced people". It is read
	// past only when what follows it shows a count; otherwise the bracket
	// ends the phrase as before ("5m (in cash) hidden" stays what the
	// sentence before says). A bracket that holds a figure converts a
	// length and is never stepped: "a 20m (65ft) wall".
	if e := p.bracketAsideEnd(k); e != k && p.countedAheadAt(num, e) {
		return true
	}
	return p.countedAheadAt(num, k)
}

// countedAheadAt is countedAhead with what follows the m read from token k.
func (p *parser) countedAheadAt(num, k int) bool {
	if p.isSym(k, "-‐") && p.attached(k) && p.lowerIs(k+1, "strong") {
		return true // "a 2m-strong diaspora": the size of a body of people
	}
	// "1.4m-plus", "12m+ Syrians": a length is never written as a lower bound.
	plus := p.isSym(k, "+") && p.attached(k) || p.isSym(k, "-‐") && p.attached(k) && p.lowerIs(k+1, "plus")
	if p.has(num-1, fA) && p.tallyModified(k, plus) {
		return true // "a 10m-plus displacement crisis", "a 3m exodus"
	}
	if plus {
		return !p.has(num-1, fA)
	}
	if p.has(num-1, fA) || p.isSym(k, "-‐") {
		return false
	}
	if p.crowdAfterM(num, k) {
		return true // "the 1.4m in Rafah", "1,3m in tents", "perhaps 1.4m, most of them", "11.8m total"
	}
	if p.areaUnitAt(k) && !p.attached(k) {
		return true // "1.2m ha", "2m sq km": millions of a unit of area, as "1.5m hectares" (areaunit.go)
	}
	// A bare verb of moving with a thing of size for its subject has said
	// the figure is how far it moved: "The climber fell 20m onto rocks".
	if v := p.moveBefore(num); v >= 0 && !p.levelAfter(v, num) && p.physicalAt(p.moverOf(v)) {
		return false
	}
	if p.has(k, fOf) && !p.attached(k) {
		return p.shareOfCounted(k + 1) // "displaced 2m of sediment" measures
	}
	if p.doneToPeopleBefore(num) {
		return true // "Floods displace 12m across Pakistan"
	}
	if p.placeOwnerVerbAt(num, k) || p.placeOwnerLabelAt(num, k) {
		return true // "Rafah's 1.4m brace for assault", "Rafah's 1.4m: where can they go?"
	}
	if p.lowerIsAny(k, pluralVerbs) {
		return true // "1.2m are in Germany": a length is not the subject of a plural verb
	}
	if p.participleOfPeople(k) || p.presentOfPeople(num, k) || p.peopleParticipleAt(k) {
		return true // "1.4m crammed into Rafah", "1.4m shelter there", "13m uprooted"
	}
	if p.endsPhrase(k) || p.whenOrWhereAt(k) || p.stillMovingAt(k) || p.timeAdverbAt(num, k) {
		// "Refugees top 6m", "Sudan displacement passes 10m", "Sales edge
		// past 1m in March"; what follows belongs to another phrase: "fell
		// 20m as rescuers watched", nor "passed 10m this week".
		return p.countedBefore(num) || p.listOfMillions(num) || p.openingCountWhere(num, k) || p.frontedAtCount(num, k) || p.dashLabelAfter(k)
	}
	// A further figure after "and" or "or" ends this one's phrase when no
	// noun follows it that the pair shares (the loop below reads that):
	// "Sudan's displaced stand at 8.6m and 2.9m abroad", "arrivals reached
	// 1.9m and 400,000 more". The verb of level and its subject decide as
	// they do for an m that ends its phrase (countlevel.go); a subject that
	// names a length keeps it metres ("The wave reached 4.5m and 6m").
	if p.coordinatedFigureAt(k) && !p.sharedNounAhead(k) {
		if counted, ok := p.levelOfCount(num); ok {
			return counted
		}
	}
	// first is true at the word straight after the m, or after the last
	// m of a coordinated pair: the noun a pair shares is as near to each
	// ("8m and 10m waves" measures both).
	first := true
	for words := 0; words < maxWordsToCounted && k < len(p.toks); k++ {
		if p.isNum(k) && (p.has(k-1, fAnd) || p.lowerIs(k-1, "or")) && p.has(k+1, fMag) && p.attached(k+1) {
			k++ // coordinated counts share the noun: "1.2m Syrian and 400k Iraqi refugees"
			first = words == 1
			continue
		}
		if p.isNum(k) && p.isWord(k-1) && (p.attached(k) || p.namesNumber(k-1)) {
			continue // a model's number is part of its name: "50m iPhone 15 handsets", "1.1m RAV4 SUVs"
		}
		if words == 0 && p.isNum(k) && p.isWord(k+1) && p.attached(k+1) {
			k++ // a number fused to letters straight after a count names a standard: "2m 4K TVs", "1m 5G phones"
			continue
		}
		if p.toks[k].Break || !p.isWord(k) {
			break
		}
		// A compound is judged by its last part: "school-age", "under-fives".
		for p.isSym(k+1, "-‐") && p.attached(k+1) && p.isWord(k+2) && p.attached(k+2) {
			k += 2
		}
		if p.ageGroupAt(k) {
			return true
		}
		if p.has(k, fPlace|fSize) && !p.attached(k) {
			break
		}
		// What a length measures or the event it is run in, straight after
		// it ("400m hurdles heats", "5m waves", "the 100m sprint final"),
		// makes it a length, unless a singular one is a noun's modifier
		// ("2m sea turtles"); further on, a unit is what a count counts:
		// "3m cubic metres".
		if first && p.lowerIsAny(k, placeFeatures) && !p.attached(k) {
			// A place's feature right after the m is what the length
			// measures, whatever follows it: "Everest's 8,849m summit
			// draws climbers", "a 300m ridge looms" (a singular feature
			// before a verb in -s reads as the plural a count counts).
			break
		}
		if first && p.has(k, fLength) && !p.has(k, fCounted) && (p.pluralAt(k) || !p.has(k+1, fCounted) && !p.pluralAt(k+1)) {
			break
		}
		if p.has(k, fCounted) || p.pluralAt(k) || p.peopleAt(k) {
			return true
		}
		first = false
		words++
	}
	// A level a verb of moving sets for a named count holds whatever
	// follows it: "Viewers fell to 3.1m for the finale"; so does the level
	// a verb carries a place to: "drives the enclave to 2.4m and beyond".
	return p.listOfMillions(num) || p.moveBefore(num) >= 0 && p.countedBefore(num) || p.carriedLevel(num)
}

// tallyModified reports whether the m ending at token k, after an article,
// modifies a noun that names a count of people, straight after it or past
// its "-plus" or "+" (plus): "a 10m-plus displacement crisis", "a 3m
// exodus", "a 1.2m influx". The article makes the m a compound's first
// part, as "a 5m wave" is, and the noun it modifies decides: a count of
// people is no length.
func (p *parser) tallyModified(k int, plus bool) bool {
	switch {
	case plus && p.isSym(k, "+"):
		k++
	case plus:
		k += 2
	}
	return k < len(p.toks) && !p.toks[k].Break && p.isWord(k) && !p.attached(k) && p.has(k, fTally)
}

// placeOwnerVerbAt reports whether the number at token num is owned by a
// name ("Rafah's 1.4m") and the word at token k after its m is a verb
// with its preposition or object after it: "Rafah's 1.4m brace for
// assault", "Gaza's 2.2m wait for aid", "Rafah's 1.5m await the order".
// What a place owns in metres is a feature, and a noun follows it
// ("Rafah's 8m wall along the border"); people are what a place's figure
// does something (place_owns_millions.yaml). The verb is told by its
// form, a bare plural present (no -s, -ed or -ing), and by what follows
// it: "for", "against", "amid" or a determiner opens no noun's phrase
// after a feature's noun.
func (p *parser) placeOwnerVerbAt(num, k int) bool {
	if !p.possessiveBefore(num) || !p.capitalised(num-3) || !p.isWord(k) || p.attached(k) || p.capitalised(k) || p.has(k, fLength|fSize|fPlace) {
		return false
	}
	w := strings.ToLower(p.str(k))
	if len(w) < 3 || strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") {
		return false
	}
	return p.lowerIs(k+1, "for") || p.lowerIs(k+1, "against") || p.lowerIs(k+1, "amid") || p.has(k+1, fDet|fA)
}

// placeOwnerLabelAt reports whether the number at token num is owned by a
// name and its m closes a label before a colon that a plural pronoun of
// people takes up within four words, no noun of its own opening them: "Rafah's 1.4m: where can they go?",
// "Gaza's 2.2m: what they eat now". A length a place owns is taken up as
// "it" ("Everest's 8,849m: how it was measured"), never as "they".
func (p *parser) placeOwnerLabelAt(num, k int) bool {
	if !p.possessiveBefore(num) || !p.capitalised(num-3) || !p.isSym(k, ":") || p.has(k+1, fDet|fA) || !p.millionsShaped(num, k-1) {
		return false // "Bolt's 9.58m: the jump they talk of" names its own noun first
	}
	people := false
	for j := k + 1; j < len(p.toks) && j <= k+5; j++ {
		if p.toks[j].Break || p.isSym(j, ".!?;:") {
			break
		}
		if p.lowerIsAny(j, peopleTakenUp) {
			people = true
		}
		if p.lowerIs(j, "it") || p.lowerIs(j, "its") {
			return false // "Everest's 8,849m: how they measured it": the pronoun measured the thing
		}
	}
	return people
}

// millionsShaped reports whether the number in tokens [num, end) is
// written as news writes millions of people: one decimal ("1.4") or a
// whole number under a hundred ("9"). A separator ("8,849"), a whole
// number of hundreds ("828") or two decimals ("9.58") is a measure's
// precision: a count that large would be written in billions, and
// millions are rounded to one decimal.
func (p *parser) millionsShaped(num, end int) bool {
	var b strings.Builder
	for t := num; t < end; t++ {
		b.WriteString(p.str(t))
	}
	w := b.String()
	if strings.ContainsAny(w, ", ") {
		return false
	}
	if i := strings.IndexByte(w, '.'); i >= 0 {
		return len(w)-i-1 == 1
	}
	return len(w) <= 2
}

// peopleTakenUp are the pronouns that take up people counted before them.
var peopleTakenUp = []string{"they", "them", "their", "we", "us"}

// placeFeatures are the singular nouns of a place's features a length
// measures: land (a summit, a ridge, a glacier) and what is built on it (a
// dam, a spire). After an m they keep it metres ("the 8,849m summit").
var placeFeatures = []string{"summit", "peak", "ridge", "mountain", "hill", "volcano", "glacier", "slope",
	"gorge", "canyon", "dune", "crest", "dam", "spire", "mast", "bridge", "skyscraper", "wall", "tower", "cliff", "crater"}

// bracketAsideEnd returns the token after a bracketed aside of at most
// four words and no figure that opens at token k (a source, an estimate or
// any short remark: "(UN estimate)", "(est.)", "(in cash)"), or k when
// none does. countedAhead reads past it only when a count follows.
func (p *parser) bracketAsideEnd(k int) int {
	if !p.isSym(k, "(") {
		return k
	}
	words := 0
	for j := k + 1; j < len(p.toks) && !p.toks[j].Break; j++ {
		switch {
		case p.isSym(j, ")"):
			if words == 0 {
				return k
			}
			return j + 1
		case p.isWord(j):
			if words++; words > 4 {
				return k
			}
		case !p.isSym(j, ".'’"):
			return k
		}
	}
	return k
}

// crowdAfterM reports whether the decimal number at token num, its m
// ending at token k and opening its phrase (crowdOpening), is followed by
// the words of a crowd: "in" or "inside" and a name after "the", an owner
// or a count's comma ("the 1.4m in Rafah", "29,313 dead, 1.5m in
// Rafah"), "in" and a shelter of people ("1,3m in tents"), ", most of
// them" (people are "them"; a length is "it"), or "total" ending the
// phrase ("11.8m total / 8.9m internally"). A length is told by a verb or
// "at" before it ("stood 1.4m in Valencia", "at 2.4m in Rome"), by an
// appositive on a thing ("Snowdrifts, some 1.8m in villages"), or by a
// distributive "in places", "in parts" (mechanisms.yaml, tail52m; review52).
func (p *parser) crowdAfterM(num, k int) bool {
	open := p.crowdOpening(num)
	if open == openNone || !p.decimalNum(num) || p.isWord(k) && p.attached(k) {
		return false
	}
	switch {
	case p.lowerIs(k, "in") || p.lowerIs(k, "inside"):
		if !p.isWord(k+1) || p.attached(k+1) {
			return false
		}
		if p.lowerIsAny(k+1, crowdShelters) {
			return true // "1,3m in tents"
		}
		return open != openMark && p.capitalised(k+1) // "the 1.4m in Rafah"
	case p.isSym(k, ","):
		return p.lowerIsAny(k+1, partOfThem) && p.lowerIs(k+2, "of") && (p.lowerIs(k+3, "them") || p.lowerIs(k+3, "whom"))
	case p.lowerIs(k, "total"):
		return p.endsPhrase(k + 1)
	}
	return false
}

// crowdShelters are the places a crowd of people is counted in: "1,3m in
// tents", "2,4m in camps"; not a distributive "in places", "in parts".
var crowdShelters = []string{"tents", "camps", "shelters", "schools"}

// partOfThem are the words that take a part "of them" after a count of
// people: ", most of them displaced".
var partOfThem = []string{"most", "many", "all", "half", "some", "nearly", "almost", "two-thirds", "much"}

// decimalNum reports whether the number at token num has a decimal part:
// "1.4", "1,3" (a decimal comma: one or two digits after it).
func (p *parser) decimalNum(num int) bool {
	t := p.str(num)
	if strings.Contains(t, ".") {
		return true
	}
	i := strings.LastIndexByte(t, ',')
	return i > 0 && (len(t)-i-1 == 1 || len(t)-i-1 == 2)
}

// How a crowd's number opens its phrase (crowdOpening).
const (
	openNone  = iota // a verb, "at", an appositive on a thing: no crowd's opening
	openMark         // the text's start, ":", ";", a dash, a bracket
	openNamed        // "the", "those", an owner, a comma after a count
)

// crowdOpening tells how the number at token num opens its phrase, past
// its hedges ("perhaps", "some", "now"): after the text's start or a mark
// (":", ";", a dash, a bracket), after "the", "those" or an owner
// ("today's 1.4m", "Chad's 1.1m"), or after a comma that ends a count of
// its own ("29,313 dead, 1.5m"). A comma after anything else opens an
// appositive on a thing, which may have a size ("Snowdrifts, some 1.8m"):
// openNone, as after a verb or "at".
func (p *parser) crowdOpening(num int) int {
	j := num - 1
	for j >= 0 && p.isWord(j) && p.lowerIsAny(j, crowdHedges) {
		j--
	}
	switch {
	case j < 0 || p.toks[j+1].Break:
		return openMark
	case p.isSym(j, ","):
		for i := j - 1; i >= 0 && i >= j-3; i-- {
			if p.isNum(i) {
				return openNamed
			}
		}
		return openNone
	case p.isSym(j, ":;(—–"):
		return openMark
	case p.lowerIs(j, "the") || p.lowerIs(j, "those"):
		return openNamed
	case p.lowerIs(j, "s") && p.isSym(j-1, "'’"):
		return openNamed
	}
	return openNone
}

// crowdHedges are the words that may stand before a crowd's number, its
// hedge or its time: "perhaps 1.4m", "now some 1.4m".
var crowdHedges = []string{"perhaps", "about", "some", "nearly", "almost", "roughly", "around", "approximately", "now", "still", "maybe", "estimated", "an"}

// dashLabelAfter reports whether a spaced dash at token k, right after a
// number's m, opens a fact box's label that names people: "10.7m —
// displaced; 2.1m — refugees abroad". The label says what the figure
// counts, as a noun right after it would; a length's label names what it
// measures ("20m — wall height") and no people.
func (p *parser) dashLabelAfter(k int) bool {
	if !p.isSym(k, "—–") || k+1 >= len(p.toks) || !p.toks[k+1].Space || p.toks[k+1].Break {
		return false
	}
	return p.peopleParticipleAt(k+1) || p.has(k+1, fCounted) && !p.has(k+1, fLength)
}
