package figures

import (
	"strings"
)

// A name's number: "Game 7", "Boeing 737", "the S&P 500" name a thing and
// count nothing, unless what follows shows a count ("told Reuters 30 had
// died"). These readers stand apart from classify.go's kinds and
// qualifiers because they read the name before a number and the words
// after it, not the figure's own tokens.

// notName are the words that, standing before a number, are part of the
// figure or of the sentence around it, never a name the number belongs to.
const notName = fMonth | fQual | fDet | fYearPrep | fUnit | fTens | fHundred | fScale | fScalePl | fDozen | fOrdinal |
	fDen | fDenPl | fA | fAnd | fOf | fTo | fFrom | fBetween | fAgeWord | fAgeUnit | fNumberish | fChange | fVague | fNeg |
	fPoint | fCurPrefix | fCurWord | fCurSym | fCurAdj | fPercent | fCounted | fPlace | fSize

// namesNumber reports whether the word at token i, just before a number,
// is a name the number belongs to (a product, index, standard, game or
// model): an acronym ("FTSE 100", "S&P 500"), a name with a capital inside
// ("iPhone 11", "PlayStation 5"), or a capitalised word in running text
// ("Game 7", "Boeing 737", "Chapter 11"). A capital in a title-cased
// headline ("Floods Kill 300") says nothing of a name.
func (p *parser) namesNumber(i int) bool {
	if !p.isWord(i) || p.info(i).flags&notName != 0 && !p.contextPrefixAt(i) {
		return false
	}
	return p.productName(i) || p.capitalised(i) && !p.titleCased(i)
}

// productName reports whether the word at token i is written as only a
// name is: an acronym ("FTSE", "NBA", the P of "S&P") or a word with a
// capital inside ("iPhone", "PlayStation"). A place or a person is
// written as any capitalised word is.
func (p *parser) productName(i int) bool {
	w := p.str(i)
	upper, innerCapital := 0, false
	for k := 0; k < len(w); k++ {
		if c := w[k]; c >= 'A' && c <= 'Z' {
			upper++
			innerCapital = innerCapital || k > 0
		}
	}
	if upper == len(w) && (len(w) >= 2 || p.isSym(i-1, "&") && p.attached(i)) {
		return true // FTSE, NBA, the P of S&P
	}
	return innerCapital && upper < len(w) // iPhone, PlayStation
}

// identifierAfter reports whether what follows a number at token k leaves
// it the name's (token name) identifier rather than a count. A count goes
// on to what it counts or to a verb of its own: "Israel 39 prisoners",
// "told Reuters 30 had died", "in Rafah 40 died"; a name's number goes on to
// anything else: "the S&P 500 fell", "a Game 7 on Sunday", "Chapter 11
// protection", "the Boeing 737 Max". A number before the name makes the
// noun the name's ("40 Boeing 737 jets"); an article before the name
// makes a verb the name's ("the FTSE 250 has lagged"). A count agrees in
// number with what follows it: one is not followed by a plural ("Formula 1
// returns", "Ligue 1 clubs"), and more than one not by a singular verb
// ("Route 60 was closed", "Resolution 2728 demands a truce"); where it does
// not agree, the number is the name's.
func (p *parser) identifierAfter(k, name int, val float64) bool {
	if k >= len(p.toks) || p.toks[k].Break || !p.isWord(k) {
		return true
	}
	if p.lowerIsAny(k, quantityModifiers) && k+1 < len(p.toks) && !p.toks[k+1].Break && (p.has(k+1, fCounted) || p.pluralAt(k+1)) {
		// A word that says how the count adds stands between it and its
		// noun: "Hamas 20 more hostages and Israel 60 more prisoners", as
		// "Israel 60 prisoners".
		k++
	}
	if p.demonymAdjectiveAt(k) && k+1 < len(p.toks) && !p.toks[k+1].Break && !p.capitalised(k+1) && (p.has(k+1, fCounted) || p.pluralAt(k+1)) {
		// A people's adjective stands between the count and its noun:
		// "Hamas 50 Israeli women and Israel 150 Palestinian women".
		k++
	}
	if p.has(k, fCounted) || p.pluralAt(k) {
		if val == 1 {
			return true
		}
		if !p.capitalised(k) && !p.has(k, fCounted) && (p.has(k+1, fDet|fA|fCurSym) || p.isNum(k+1) || p.pluralAt(k+1) && !p.capitalised(k+1)) {
			return true // a verb in -s with its object: "Section 230 shields the firms", "costs $699"
		}
		// A count after a name needs the name to be a verb's object or to
		// open a clause whose verb is left out: "told the BBC 40 people",
		// "24 hostages, Israel 39 prisoners", "Ukraine 10 civilians killed".
		// A product's name that opens the sentence or is owned is the
		// noun's: "S&P 500 futures rose", "Apple's iPhone 11 sales".
		if p.durationAt(k) {
			return false // "CNN 10 years ago reported": a span
		}
		// A sentence that opens with a name, a number and a noun, and goes
		// on to a verb's auxiliary, has them for one subject: the name's
		// users, not a count ("Windows 10 users must update", "Route 66
		// travellers were warned"). A place and a count whose verb is left
		// out go on to no auxiliary: "Ukraine 10 civilians killed"; nor is
		// an adverb a name: "Overnight 40 people were killed".
		if p.opensSentence(name) && p.lowerIsAny(k+1, auxiliaries) && !p.sentenceAdverb(name) {
			return true
		}
		return p.countBefore(name) || p.productName(name) && (p.opensSentence(name) || p.possessiveBefore(name))
	}
	if p.has(name-1, fDet|fA) {
		return true // "the FTSE 250 has lagged": one noun phrase
	}
	if p.lowerIsAny(k, auxiliaries) {
		return val > 1 && p.lowerIsAny(k, singularAuxiliaries)
	}
	if w := p.str(k); !p.capitalised(k) && strings.HasSuffix(w, "ed") && p.clauseOpens(name) {
		// "in Gaza 300 died", "Overnight 40 died"; but a verb with an object
		// after a name's number is the named thing's: "Resolution 2728
		// demanded the release", "Building 7 housed 1,200 workers".
		// A sentence that opens with a name and its number has them for
		// its subject unless the opening word is an adverb: "Flight 370
		// vanished", but "Overnight 40 died".
		return val == 1 || p.has(k+1, fDet|fA) || p.isNum(k+1) || p.opensSentence(name) && !p.sentenceAdverb(name)
	}
	return true
}

// sentenceAdverb reports whether the word at token i is an adverb that can
// open a sentence before a count: by its ending, one of time or place
// ("Yesterday", "Tonight", "Meanwhile", "Elsewhere", "Separately") or one of
// the short closed class in openingAdverbs ("Earlier", "Now").
func (p *parser) sentenceAdverb(i int) bool {
	return endsWithAny(p.str(i), adverbEndings) || p.lowerIsAny(i, openingAdverbs)
}

// endsWithAny reports whether w ends, in any case, with one of ends after
// a stem of three letters or more.
func endsWithAny(w string, ends []string) bool {
	for _, end := range ends {
		if len(w) > len(end)+2 && equalFoldASCII(w[len(w)-len(end):], end) {
			return true
		}
	}
	return false
}

// adverbEndings end English adverbs of time and place.
var adverbEndings = []string{"day", "night", "while", "where", "ly"}

// openingAdverbs open a sentence before a count and show no adverb's
// ending. A closed class of English.
var openingAdverbs = []string{"earlier", "later", "now", "then", "here", "there", "so", "also", "altogether", "again",
	"since", "today", "overall", "in", "all", "together"}

// countNounAt reports whether the count's noun stands at token k, after
// at most a word of how the count adds or a people's adjective: "4500
// people", "8300 Palestinians", "4500 more civilians", "600 Israeli
// soldiers".
func (p *parser) countNounAt(k int) bool {
	if k >= len(p.toks) || p.toks[k].Break || !p.isWord(k) {
		return false
	}
	if (p.lowerIsAny(k, quantityModifiers) || p.demonymAdjectiveAt(k)) && k+1 < len(p.toks) && !p.toks[k+1].Break && (p.has(k+1, fCounted) || p.pluralAt(k+1)) {
		return true
	}
	return p.has(k, fCounted) || p.pluralAt(k) || p.peopleAt(k)
}

// verbObject reports whether the name at token i is the listener of a
// verb of telling: the word before it (and before the rest of a name of up
// to three words and a "the") is a form of such a verb ("told Reuters",
// "informed Al Jazeera", "warned the BBC"), or "to" after one ("said to
// AFP", "confirmed to Anadolu"). What is told follows, and a count may
// open it. Any other verb takes the name as its object, and a name's
// number then follows it as it does a preposition or an article: "joined
// Unit 8200 soldiers", "flew Flight 4400 passengers", "of Unit 8200",
// "the Route 60".
func (p *parser) verbObject(i int) bool {
	j := i - 1
	for p.isSym(j, "&") && p.attached(j+1) && p.attached(j) && p.isWord(j-1) {
		j -= 2 // "S&P": one name
	}
	for n := 0; n < 2 && j >= 0 && !p.toks[j+1].Break && p.isWord(j) && p.capitalised(j) && !p.has(j, notName); n++ {
		j-- // a name of two or three words: "Al Jazeera", "Associated Press"
	}
	if p.lowerIs(j, "the") {
		j-- // "told the BBC"
	}
	if p.lowerIs(j, "to") {
		j--
	}
	return p.lowerWordAt(j) && p.formOf(j, tellingVerbs)
}

// lowerWordAt reports whether token j is a lower-case word in the phrase
// of the token after it that is no preposition, article, conjunction or
// possessive: a verb or a noun before what follows.
func (p *parser) lowerWordAt(j int) bool {
	return j >= 0 && !p.toks[j+1].Break && p.isWord(j) && !p.capitalised(j) && !p.possessiveBefore(j+1) && !p.has(j, fMinor|fPrep|fDet|fA|fAnd|fOf|fTo|fFrom|fYearPrep|fNumberish|fLevel)
}

// tellingVerbs take a listener as their object and then what is told:
// "told Reuters 6200 people were dead", "briefed CNN", "confirmed to
// Anadolu". A closed class of English.
var tellingVerbs = newLemmaSet([]lemma{
	{"tell", []string{"told"}}, {"inform", nil}, {"brief", nil}, {"assure", nil}, {"warn", nil}, {"remind", nil},
	{"notify", nil}, {"advise", nil}, {"show", []string{"shown"}}, {"say", []string{"said"}}, {"confirm", nil},
	{"report", nil}, {"explain", nil}, {"disclose", nil}, {"write", []string{"wrote", "written"}}, {"reveal", nil},
	{"admit", nil}, {"announce", nil}, {"insist", nil}, {"relay", nil}, {"testify", nil}, {"speak", []string{"spoke", "spoken"}},
})

// countBefore reports whether a number stands just before the name at
// token i, with or without a magnitude: "40 Boeing 737 jets", "50m iPhone
// 15 handsets".
func (p *parser) countBefore(i int) bool {
	return p.isNum(i-1) || p.wordNumberAt(i-1) || p.has(i-1, fMag) && p.attached(i-1) && p.isNum(i-2)
}

// opensSentence reports whether the name ending at token i is the first
// word of its sentence ("S&P" is one name). A mark between two numbers
// without a space is theirs ("10:32", "3:1"); with a space after it, it
// opens the next clause ("Gaza toll at 30,000; 1.5m in Rafah ...").
func (p *parser) opensSentence(i int) bool {
	for p.isSym(i-1, "&") && p.attached(i) && p.attached(i-1) && p.isWord(i-2) {
		i -= 2
	}
	return i == 0 || p.toks[i].Break || p.isSym(i-1, ".!?:;\"“‘(") && (i-1 == 0 || !p.isNum(i-2) || !p.attached(i) && p.isSym(i-1, ";"))
}

// possessiveBefore reports whether an owner's 's stands before token i:
// "Apple's iPhone 11".
func (p *parser) possessiveBefore(i int) bool {
	return p.lowerIs(i-1, "s") && p.attached(i-1) && p.isSym(i-2, "'’") && p.attached(i-2)
}

// clauseOpens reports whether token i opens a clause or follows a
// preposition: the place or time a count is given for ("In Gaza", "On
// Tuesday"), where a name's number would not stand.
func (p *parser) clauseOpens(i int) bool {
	return i == 0 || p.toks[i].Break || p.has(i-1, fYearPrep|fPlace) || p.isSym(i-1, ".!?:;,\"“‘'(")
}

// auxiliaries begin the verb of a counted subject: "30 had died", "40 were
// hurt", "300 who fled". A closed class of English.
var auxiliaries = []string{"had", "has", "have", "was", "were", "are", "is", "be", "been", "will", "would", "could",
	"can", "may", "might", "must", "should", "shall", "who", "which", "that", "did", "do", "remain", "remained"}

// singularAuxiliaries agree with one thing only: "Route 60 was closed" is a
// name's number, "60 were killed" a count.
var singularAuxiliaries = []string{"is", "was", "has", "does"}
