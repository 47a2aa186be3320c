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
func (p *parser) countedAhead(num, k int) bool {
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
	if p.lowerIsAny(k, pluralVerbs) {
		return true // "1.2m are in Germany": a length is not the subject of a plural verb
	}
	if p.participleOfPeople(k) || p.presentOfPeople(num, k) || p.peopleParticipleAt(k) {
		return true // "1.4m crammed into Rafah", "1.4m shelter there", "13m uprooted"
	}
	if p.endsPhrase(k) || p.whenOrWhereAt(k) || p.stillMovingAt(k) {
		// "Refugees top 6m", "Sudan displacement passes 10m", "Sales edge
		// past 1m in March"; what follows belongs to another phrase: "fell
		// 20m as rescuers watched".
		return p.countedBefore(num) || p.listOfMillions(num) || p.openingCountWhere(num, k) || p.frontedAtCount(num, k)
	}
	for words := 0; words < maxWordsToCounted && k < len(p.toks); k++ {
		if p.isNum(k) && (p.has(k-1, fAnd) || p.lowerIs(k-1, "or")) && p.has(k+1, fMag) && p.attached(k+1) {
			k++ // coordinated counts share the noun: "1.2m Syrian and 400k Iraqi refugees"
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
		if words == 0 && p.has(k, fLength) && !p.has(k, fCounted) && (p.pluralAt(k) || !p.has(k+1, fCounted) && !p.pluralAt(k+1)) {
			break
		}
		if p.has(k, fCounted) || p.pluralAt(k) || p.peopleAt(k) {
			return true
		}
		words++
	}
	// A level a verb of moving sets for a named count holds whatever
	// follows it: "Viewers fell to 3.1m for the finale".
	return p.listOfMillions(num) || p.moveBefore(num) >= 0 && p.countedBefore(num)
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
		// oak measured 3m").
		if num-i <= 2 && p.donePeopleAt(i) {
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
// high as 2m" is no height.
func (p *parser) qualifierThrough(i, num int) bool {
	for s := max(i-2, 0); s <= i; s++ {
		if ph, end := p.matchPhrase(s, false); ph != nil && end == num {
			return true
		}
	}
	return false
}

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

// ageGroupAt reports whether token k opens a plural compound of an age
// ("under-18s", "over-65s"), a noun of people counted.
func (p *parser) ageGroupAt(k int) bool {
	return p.isSym(k+1, "-‐") && p.attached(k+1) && p.isNum(k+2) && p.attached(k+2) &&
		p.lowerIs(k+3, "s") && p.attached(k+3)
}

// shareOfCounted reads what follows "of" after "1m": a pronoun of people
// ("of them", "of whom") or a determiner and a counted noun ("of the
// displaced", "of its 5m Syrians") make the m millions; "the last 5m of the
// pipe" stays a length.
func (p *parser) shareOfCounted(k int) bool {
	if p.lowerIsAny(k, peoplePronouns) {
		return true
	}
	if p.has(k, fDet) || p.lowerIsAny(k, possessives) {
		k++
	}
	if p.isNum(k) && p.has(k+1, fMag) && p.attached(k+1) {
		k += 2 // "2m of the 5.4m Syrians"
	}
	return p.has(k, fCounted) || p.pluralAt(k) || p.peopleAt(k)
}

// pluralVerbs agree only with a plural subject. A closed class of English.
var pluralVerbs = []string{"are", "were", "have"}

// peoplePronouns stand for people counted before: "2m of them". possessives
// stand between "of" and what is counted: "1m of its citizens". Closed
// classes of English.
var (
	peoplePronouns = []string{"them", "whom", "those", "these", "us"}
	possessives    = []string{"its", "their", "our", "his", "her", "your"}
)

// peopleAt reports whether token i names a people in a form that counts
// without a plural: a capitalised word in -ese or -ish ("Congolese",
// "Sudanese", "Kurdish", "British") or one of the names that do not inflect
// ("Rohingya", "Swiss", "Inuit"; fPeople). Unlike any capital, these hold
// in a title-cased headline too: "Floods Displace 2m Congolese".
func (p *parser) peopleAt(i int) bool {
	if !p.isWord(i) || !p.capitalised(i) {
		return false
	}
	if p.has(i, fPeople) {
		return true
	}
	w := p.str(i)
	n := len(w)
	return n >= 5 && (w[n-3:] == "ese" || w[n-3:] == "ish")
}

// listOfMillions reports whether the number at token num follows a count of
// millions written with an m in the same list: "2m Sudanese in Chad and 1m
// in Egypt", "1.5m Lebanese, 2m in camps", "3.2m refugees, Lebanon 1.5m".
// The list goes on from a comma, semicolon, "and" or "or" straight before
// the number or before a name whose verb is left out; an aside opened by a
// dash or a bracket restates the count before it ("2.3m people — perhaps
// 1.4m in all —"). A qualifier of the number stands between either and the
// number: "2m in Chad and about 1m in Egypt".
func (p *parser) listOfMillions(num int) bool {
	sep := num - 1
	for s := max(num-3, 0); s < num; s++ {
		if ph, end := p.matchPhrase(s, false); ph != nil && end == num {
			sep = s - 1
			break
		}
	}
	if p.isWord(sep) && p.capitalised(sep) && !p.has(sep, fAnd) {
		sep-- // a name whose verb is left out: "3.2m refugees, Lebanon 1.5m"
	}
	if !p.isSym(sep, ",;—–(") && !p.has(sep, fAnd) && !p.lowerIs(sep, "or") || len(p.out) == 0 || len(p.toks) == 0 {
		return false
	}
	prev := p.out[len(p.out)-1]
	return prev.Start >= int(p.toks[0].Start) && prev.Kind == Count && prev.scale == 1e6 &&
		(strings.HasSuffix(prev.Text, "m") || strings.HasSuffix(prev.Text, "M"))
}

// addCountWords adds the words that tell what an attached m measures or
// counts (fCounted, fPeople, fPlace), the prepositions that open a noun's
// phrase (fPrep) and the words title case leaves in lower case (fMinor).
func (v *vocabulary) addCountWords() {
	// "1.2m people" is 1.2 million in British style, where "5m" alone, "a 5m
	// wall" or "5m from the shore" is a length: a lower-case m is read as
	// millions when one of these nouns follows within a few words.
	for _, w := range []string{"people", "persons", "residents", "inhabitants", "citizens", "civilians", "children",
		"kids", "women", "men", "adults", "girls", "boys", "babies", "infants", "refugees", "migrants", "asylum",
		"displaced", "evacuees", "voters", "users", "customers", "consumers", "households", "homes", "houses",
		"families", "jobs", "workers", "employees", "staff", "patients", "cases", "deaths", "infections",
		"doses", "vaccinations", "visitors", "tourists", "viewers", "listeners", "readers", "subscribers",
		"followers", "members", "students", "pupils", "passengers", "travellers", "travelers", "pensioners",
		"taxpayers", "shares", "barrels", "tonnes", "tons", "acres", "hectares", "trees", "animals", "cattle",
		"livestock", "birds", "vehicles", "cars", "phones", "devices", "accounts", "votes", "signatures",
		"meals", "parcels", "items", "units", "copies", "downloads", "hours", "years",
		// Adjectives that count people as nouns: "2m dead", "war dead top 32K".
		"dead", "wounded", "injured", "missing", "homeless", "displaced", "hungry", "poor", "unemployed", "jobless",
		"elderly", "sick", "stateless", "undocumented", "uninsured", "unvaccinated", "needy", "destitute",
		// Plurals without an -s, and nouns of a group counted by its members:
		// a closed class of English.
		"geese", "mice", "sheep", "fish", "deer", "swine", "poultry", "personnel", "police", "clergy", "folk",
		"offspring", "youth", "militia", "infantry", "crew", "laity", "faithful", "diaspora", "population", "workforce"} {
		v.add(w, fCounted, 0, "")
	}
	// Peoples whose names take no plural and show no demonym ending (the
	// endings -ese and -ish are read by form: see peopleAt).
	for _, w := range []string{"rohingya", "swiss", "dutch", "french", "czech", "thai", "lao", "khmer", "inuit",
		"maori", "sami", "roma", "druze", "hutu", "tutsi", "hmong", "bedouin", "uyghur", "uighur", "hazara",
		"pashtun", "tamil", "yazidi", "karen", "han", "tuareg", "fulani", "amhara", "oromo", "masai", "maasai",
		"zulu", "xhosa", "shona", "quechua", "aymara", "navajo", "cherokee", "sioux", "kazakh", "uzbek", "tajik", "kyrgyz",
		"turkmen", "baloch", "sindhi", "punjabi", "bengali", "somali", "afar", "nuer", "dinka", "masalit", "fur", "zaghawa"} {
		v.add(w, fPeople, 0, "")
	}
	// Nouns that name a count: the subject a headline gives a count of
	// millions ("Sudan displacement passes 10m", "turnout tops 20m").
	for _, w := range []string{"number", "numbers", "toll", "tally", "total", "turnout", "crowd", "crowds",
		"displacement", "population", "audience", "attendance", "enrolment", "enrollment", "membership",
		"casualties", "fatalities", "victims", "survivors", "returnees", "arrivals", "sales", "applications",
		"claims", "registrations", "signatories",
		// A movement of people is counted by the people who move: "War-driven
		// exodus in Sudan nears 11m", "the influx tops 1.2m".
		"exodus", "influx", "outflow", "outflows", "inflow", "inflows"} {
		v.add(w, fTally, 0, "")
	}
	// What a length measures or the event it is run in: "the wave was 5m",
	// "sea levels could rise 1m", "the 100m sprint". Verbs of moving are
	// known by their forms (see movesAt).
	for _, w := range []string{"height", "depth", "length", "width", "wave", "waves", "tsunami", "sea", "seas",
		"water", "waters", "floodwater", "floodwaters", "tide", "tides", "river", "wall", "walls", "snow", "snowfall",
		"surge", "swell", "metre", "metres", "meter", "meters", "elevation", "altitude", "distance", "jump", "sprint",
		"dash", "hurdles", "freestyle", "backstroke", "breaststroke", "butterfly", "relay", "medley", "dive",
		"platform", "tunnel", "shaft", "crater", "cliff", "tower", "building", "fall", "falls"} {
		v.add(w, fLength, 0, "")
	}
	// The adjectives of a dimension: "4m high", "as deep as 30m".
	for _, w := range []string{"high", "tall", "deep", "long", "wide", "thick"} {
		v.add(w, fSize, 0, "")
	}
	// Where a length reaches: "3m from", "50m below ground".
	for _, w := range []string{"away", "from", "above", "below", "across", "under", "underground", "underwater", "into", "onto", "through", "down",
		"at", "on", "off", "near", "behind", "beneath", "in", "to", "of", "by"} {
		v.add(w, fPlace, 0, "")
	}
	// What has a resolution, which a K names: "4K TVs", "8K screens".
	for _, w := range []string{"tv", "tvs", "television", "televisions", "screen", "screens", "display", "displays",
		"monitor", "monitors", "projector", "projectors", "panel", "panels", "set", "sets", "camera", "cameras",
		"video", "videos", "footage", "resolution", "streaming", "streams", "content", "picture", "pictures"} {
		v.add(w, fDisplay, 0, "")
	}
	v.add("points", fPoints, 0, "")
	v.add("pts", fPoints, 0, "")
	// The prepositions that give the level a figure sets, after a verb of
	// change: "fell to 1.2m", "surge past 6m", "closed at 7,650 points".
	for _, w := range []string{"to", "past", "above", "below", "beyond", "over", "under", "toward", "towards", "at"} {
		v.add(w, fLevel, 0, "")
	}
	for _, w := range []string{"in", "of", "on", "at", "from", "across", "among", "amongst", "along", "around", "inside",
		"outside", "within", "throughout", "near", "under", "beyond", "behind", "between", "for", "with"} {
		v.add(w, fPrep|fMinor, 0, "")
	}
	for _, w := range []string{"a", "an", "the", "and", "but", "or", "nor", "so", "yet", "as", "by", "to", "up", "off",
		"per", "via", "vs", "v", "into", "onto", "over", "upon", "amid", "after", "before", "since", "until", "than",
		"past", "about", "against", "toward", "towards", "during", "without", "through"} {
		v.add(w, fMinor, 0, "")
	}
}

// openingBracket returns the "(" that the ")" at token close closes, no
// further back than token from, or -1.
func (p *parser) openingBracket(close, from int) int {
	for i := close - 1; i >= 0 && i >= from; i-- {
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
