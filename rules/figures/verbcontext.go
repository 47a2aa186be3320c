package figures

import "strings"

// verbContext reports whether the base form of a verb at token i is a
// verb: after "to", a modal or auxiliary ("expected to top", "will pass"),
// or a plural subject, as headlines write ("Measles cases top 1,000"),
// with adverbs between skipped, and the subject's own prepositional phrase
// too ("deaths in Ukraine pass 12,000", "cases across the region top
// 500"). "The top 10 donors" has none of these.
func (p *parser) verbContext(i int) bool {
	// A headline may quote its predicate, the verb first: "Gaza dead
	// 'pass 65,000'". The subject stands before the quotation mark.
	if p.attached(i) && p.quoteOpens(i-1) {
		i--
	}
	k := i - 1
	for ; k >= 0 && k >= i-3 && p.isWord(k); k-- {
		w := p.str(k)
		if !(len(w) > 3 && (strings.HasSuffix(w, "ly") || strings.HasSuffix(w, "LY"))) && !p.lowerIsAny(k, adverbs) ||
			p.lyName(k) {
			break
		}
	}
	if p.isNum(k) {
		// A phrase of time may end on a date's number: "sales to Israel
		// since October 7 top 100", "Deaths in 2024 pass 5,000".
		return p.pluralBeforePhrase(k)
	}
	if !p.isWord(k) {
		return false
	}
	return p.lowerIsAny(k, verbMarkers) || p.has(k, fCounted) || p.pluralAt(k) || p.pluralBeforePhrase(k)
}

// lyName reports whether the -ly word at k is a name, not an adverb: a
// capitalised word right after a preposition ("Arrivals in Italy pass
// 60,000", "Deaths off Sicily top 300"), or after a name and a comma, in
// a list of them ("Arrivals in Lampedusa, Sicily top 40,000"). An adverb seldom follows a
// preposition, and a place ending in -ly there ends the subject's phrase.
func (p *parser) lyName(k int) bool {
	if k <= 0 || !p.nameCase(k) || p.lowerIsAny(k, adverbs) {
		return false
	}
	if p.isSym(k-1, ",") && k > 1 && p.nameCase(k-2) && p.isWord(k-2) {
		return true // a list of names: "Arrivals in Lampedusa, Sicily top 40,000"
	}
	return p.isWord(k-1) && p.has(k-1, fPrep)
}

// pluralBeforePhrase reports whether the words ending at token k are
// prepositional phrases of up to three words each after a plural noun:
// "deaths [in Ukraine]", "cases [across the region]", "sales [to Israel]
// [since October 7]". A headline's list of names joined by commas counts
// as one word each ("Quake deaths [in Turkey, Syria] top 50,000"), and a
// phrase of time may end on a date's number.
func (p *parser) pluralBeforePhrase(k int) bool {
	if p.has(k, fDet|fA) || p.lowerIsAny(k, possessives) {
		return false // a phrase ends on its noun: "shares in the top 10"
	}
	words, phrases := 0, 0
	for j := k; j >= 0 && words < 4; j-- {
		if p.isSym(j, ",") && p.nameCase(j+1) && j > 0 && p.nameCase(j-1) {
			continue // "in Turkey, Syria": a list of names
		}
		if j > 0 && j < k && isApostropheText(p.str(j)) && p.isWord(j-1) && p.lowerIs(j+1, "s") {
			continue // "by Sudan's war": an owner's "'s" is part of its word
		}
		if !p.isWord(j) && !(p.isNum(j) && phrases == 0 && j >= k-1) {
			break
		}
		words++
		if !p.has(j, fPrep) && !p.lowerIsAny(j, subjectPhraseOpeners) {
			continue
		}
		if j == k {
			return false
		}
		if p.has(j-1, fCounted) || p.pluralAt(j-1) || p.participleOpens(j-1) {
			return true
		}
		if phrases++; phrases == maxSubjectPhrases {
			return false
		}
		words = 0 // the phrase before this one
	}
	return false
}

// participleOpens reports whether token j is a past participle that opens
// its sentence, capitalised, as a headline's subject: "Uprooted by Yemen's
// war top 4.5 million" counts the people uprooted.
func (p *parser) participleOpens(j int) bool {
	if j < 0 || !p.isWord(j) || !p.nameCase(j) || j > 0 && p.isWord(j-1) {
		return false
	}
	w := p.str(j)
	return len(w) > 4 && strings.HasSuffix(strings.ToLower(w), "ed")
}

// maxSubjectPhrases is how many prepositional phrases may stand between a
// plural subject and its verb.
const maxSubjectPhrases = 2

// subjectPhraseOpeners open a subject's phrase besides the prepositions of
// place (fPrep): where a count goes and since when ("sales to Israel since
// October 7"), and by whom a participle's people were moved ("Displaced by
// Sudan's war top 4 million"). A closed class of English.
var subjectPhraseOpeners = []string{"to", "since", "during", "after", "before", "until", "by"}

// Words after which a base form is a verb, and adverbs that may stand
// between: closed classes of English, not vocabulary to grow.
var (
	verbMarkers = []string{"to", "will", "would", "could", "can", "may", "might", "must", "should", "shall", "did", "does", "do", "not", "soon"}
	adverbs     = []string{"now", "still", "already", "soon", "also", "ever", "never", "just", "finally", "again", "set"}
)

func (p *parser) lowerIsAny(i int, words []string) bool {
	s := p.str(i)
	for _, w := range words {
		if len(w) == len(s) && equalFoldASCII(s, w) {
			return true
		}
	}
	return false
}

// pluralAt reports whether token i looks like a plural noun: "cases",
// "Kurds", "Israelis", "under-fives", an acronym's ("TVs", "EVs"); not
// "this", "crisis", "class" or "bus".
func (p *parser) pluralAt(i int) bool {
	if !p.isWord(i) || p.has(i, fDet) {
		return false
	}
	w := p.str(i)
	n := len(w)
	if acronymPlural(w) {
		return true // an acronym's plural: "2m TVs", "40,000 EVs", "1.1m IDPs", "300 NGOs"
	}
	if n < 4 || w[n-1]|0x20 != 's' {
		return false
	}
	switch w[n-2] | 0x20 {
	case 's', 'u':
		return false
	case 'i':
		// "Israelis", "Iraqis"; not "crisis". In capitals the case says
		// nothing: a noun in -sis is no plural ("CRISIS", "BASIS").
		return p.capitalised(i) || p.shoutedWord(i) && w[n-3]|0x20 != 's'
	}
	return true
}

func isUpper(c byte) bool { return c >= 'A' && c <= 'Z' }

// acronymPlural reports whether w is an acronym of two capitals or more
// with the s of its plural: "TVs", "IDPs", "UAVs".
func acronymPlural(w string) bool {
	n := len(w)
	if n < 3 || w[n-1] != 's' {
		return false
	}
	for i := 0; i < n-1; i++ {
		if !isUpper(w[i]) {
			return false
		}
	}
	return true
}

// A headline in capitals ("MIGRANT ARRIVALS IN ITALY TOP 60,000") is read
// lowered (shouted.go), and loses the capitals that told a name from a
// common word: "italy" after a preposition reads as an adverb in -ly,
// "uprooted" opening the line as no participle opening a sentence, "turkey,
// syria" as no list of names. Its verb must then give what its lower-case
// form gives ("Migrant arrivals in Italy top 60,000": more_than), so where
// the verb's reading asks whether a word is capitalised, a word of a line
// in capitals may be: its case says neither yes nor no, and the word's
// place (after a preposition, opening the line, in a list) decides, as it
// does for a capitalised word. (shouted_verbs.yaml)

// nameCase reports whether token i is capitalised, or stands in a line
// written in capitals, where its case says nothing.
func (p *parser) nameCase(i int) bool { return p.capitalised(i) || p.shoutedWord(i) }

// shoutedWord reports whether token i was written with a capital and has
// been lowered as part of a line in capitals (readCase).
func (p *parser) shoutedWord(i int) bool {
	if uint(i) >= uint(len(p.toks)) || p.written == "" {
		return false
	}
	st := p.toks[i].Start
	c := p.text[st]
	return c >= 'a' && c <= 'z' && p.written[st] != c
}
