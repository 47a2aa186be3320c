package figures

import (
	"math"
	"strconv"
	"strings"
)

// titleCased reports whether the words around token i are in title case,
// as many headlines are ("Israel Builds 8m Wall Along Border"): there a
// capital says nothing of a name. Title case leaves only articles,
// conjunctions and prepositions in lower case (fMinor), so any other word
// in lower case shows running text ("Game 7 is on Sunday"). It reads up to
// three capitalised words of four letters or more on either side, within
// eight tokens, so that the cost stays bounded on any line.
func (p *parser) titleCased(i int) bool {
	for _, dir := range [2]int{-1, 1} {
		long := 0
		for k := i + dir; k >= 0 && k < len(p.toks) && k != i+9*dir && long < 3; k += dir {
			if !p.isWord(k) || p.has(k, fMinor) || p.attached(k) && p.isNum(k-1) {
				continue // a unit or magnitude fused to a number ("600k") is no word of the text
			}
			if !p.capitalised(k) {
				return false
			}
			if len(p.str(k)) >= 4 {
				long++
			}
		}
	}
	return true
}

// maxListItems caps how many figures one "22,24,26" token yields.
const maxListItems = 64

func (p *parser) emitList(a amount, sep byte, kind Kind) {
	tok := p.toks[a.start]
	s := p.text[tok.Start:tok.End]
	var cuts []int32
	for i := 0; i < len(s) && len(cuts) < maxListItems; i++ {
		if s[i] == sep {
			cuts = append(cuts, tok.Start+int32(i))
		}
	}
	prev := tok.Start
	for _, cut := range append(cuts, tok.End) {
		s := p.text[prev:cut]
		if v, err := strconv.ParseFloat(s, 64); err == nil {
			f := Figure{Text: s, Start: int(prev), End: int(cut), Value: v, Kind: kind}
			p.bound(&f, 0, 0)
			p.out = append(p.out, f)
			p.figTok = append(p.figTok, [2]int32{int32(p.base + a.start), int32(p.base + a.start + 1)})
		}
		prev = cut + 1
	}
}

// classify decides whether a bare number is a count or something else: a
// year, date, time, age, ordinal or identifier. It may extend end over
// words that belong to the figure ("-year-old", "a.m.", "October").
// The amount is read, not changed: it comes by pointer, as it is large.
func (p *parser) classify(f *Figure, a *amount, start int, end *int, qualified bool) bool {
	k := *end
	// A year or a decade after mid-, early- or late- ("the mid-2000s",
	// "late-1980s", "by mid-2024") is a time, not an identifier as
	// "F-35" is: read as its year, the decade's "s" with it.
	if p.periodPart(a, start) {
		f.Kind = Year
		if p.lowerIs(k, "s") && p.attached(k) {
			*end = k + 1
		}
		return true
	}
	// Identifiers attached to letters: COVID-19, F-35, G7, A320, SCP-173.
	if a.digits && a.start == start {
		prev := a.start - 1
		if p.isWord(prev) && p.attached(a.start) && (!p.has(prev, fCurPrefix) || p.contextPrefixAt(prev)) {
			f.Kind = Other
			return true
		}
		if p.isSym(prev, "-.") && p.attached(a.start) && p.attached(prev) && p.isWord(prev-1) && !p.has(prev-1, fQual) &&
			!p.magnitudeOfNumber(prev-1) && !p.exchangeForAt(prev-1) &&
			(a.plainInt && a.scale <= 1 || !p.estimateAbbrevBefore(a.start)) {
			// Circa's or an estimate's abbreviation fused to an amount
			// with a scale or separators is no identifier: "swollen to
			// c.1.4 million", "est.90,000"; "c.1450", "c.2" stay.
			f.Kind = Other
			return true
		}
		if p.isSym(prev, "#№") && p.attached(a.start) {
			f.Kind = Other
			return true
		}
		if p.isSym(prev, "-/") && p.attached(a.start) && p.attached(prev) && p.identifierEndsAt(prev-1) {
			f.Kind = Other // the variant of a model: "737-800", "A350-1000"
			return true
		}
		if a.end == a.start+1 && p.isNum(prev) && p.ownsNumber(k) {
			f.Kind = Other // a count's model number: "70 787 Dreamliners", "30 737 Max jets"
			return true
		}
	}
	// Degrees: 40°C, 30 °F, 45° north.
	if a.digits && p.isSym(k, "°º") && (p.attached(k) || p.isWord(k+1) && p.attached(k+1)) {
		f.Kind = Other
		f.Unit = "°"
		*end = k + 1
		if p.isWord(*end) && p.attached(*end) && len(p.str(*end)) == 1 {
			f.Unit += p.str(*end)
			*end++
		}
		return true
	}
	if a.dotted {
		f.Kind = Other
		if a.ndigits >= 6 {
			f.Kind = Date
		}
		return true
	}
	// Times: 9:30, 9:30 p.m., 9am, 0600 GMT.
	if a.digits && !a.decimals && p.isSym(k, ":") && p.attached(k) && p.isNum(k+1) && p.attached(k+1) && len(p.str(k+1)) == 2 {
		k += 2
		if p.isSym(k, ":") && p.isNum(k+1) && p.attached(k+1) {
			k += 2
		}
		k = p.timeSuffix(k)
		f.Kind = Time
		*end = k
		return true
	}
	if a.digits && f.Qualifier == Exact && a.val <= 24 {
		if k2 := p.timeSuffix(k); k2 > k && (p.isSym(k2-1, ".") || p.lowerIs(k2-1, "m") || p.lowerIs(k2-1, "am") || p.lowerIs(k2-1, "pm") || p.attached(k)) {
			if !(p.lowerIs(k, "a") && !p.isSym(k+1, ".")) && !(p.lowerIs(k, "p") && !p.isSym(k+1, ".")) {
				f.Kind = Time
				*end = k2
				return true
			}
		}
	}
	if a.plainInt && a.ndigits == 4 && p.has(k, fTimeSuf) && !p.has(k, fA) && p.str(k) != "h" && math.Mod(a.val, 100) < 60 && a.val < 2400 && strings.ToUpper(p.str(k)) == p.str(k) {
		f.Kind = Time
		*end = k + 1
		return true
	}
	// Ages: 36-year-old, 36 years old, six-month-old.
	if !a.decimals && f.Qualifier != Vague {
		k2 := k
		if p.isSym(k2, "-") {
			k2++
		}
		if p.has(k2, fAgeUnit) {
			k3 := k2 + 1
			if p.isSym(k3, "-") {
				k3++
			}
			if p.lowerIs(k3, "old") || p.lowerIs(k3, "olds") {
				f.Kind = Age
				*end = k3 + 1
				return true
			}
		}
	}
	// The base of a rate: "3 per 1,000 live births", "45 per 100,000".
	if a.digits && a.start == start && p.lowerIs(start-1, "per") && !p.has(k, fCurWord) {
		f.Kind = Other
		return true
	}
	if p.has(k, fPoints) && p.has(start-1, fLevel) && a.digits && a.start == start && p.scaleReadingAt(start, a.val) {
		f.Kind, f.Unit, *end = Other, "points", k+1
		return true
	}
	// A group of digits in a chain of three or more joined by fused
	// hyphens is part of a code, not an amount: "1-800-273-8255", "case
	// 2024-17-331", "a 4-3-3 formation". A range or a score joins two; a
	// year opening a date ("2023-10-07") is left to be read as one.
	if a.plainInt && a.start == start && f.Qualifier == Exact && !(a.ndigits == 4 && a.val >= 1000) && p.hyphenChainLen(start, k) >= 3 {
		f.Kind = Other
		return true
	}
	// Scores and tallies: "won 3-1", "ended 0-0", "passed 14-0". A range
	// rises ("700-800"); a pair that falls or holds is a result.
	if a.plainInt && a.ndigits <= 3 && f.Qualifier == Exact && p.isSym(k, "-–") && p.attached(k) && p.isNum(k+1) &&
		p.attached(k+1) && len(p.str(k+1)) <= 3 && allDigits(p.str(k+1)) && p.intAt(k+1) <= a.val && !p.isSym(k+2, "-–") {
		f.Kind = Other
		return true
	}
	// Spans of time: "for 15 minutes", "in 100 days", "the 12 months to
	// March". A unit of time straight after a number makes it a measure, as
	// "29km" does; an age ("36 years old") is read above, and a rate ("100
	// a day") has its article between. A bound ("more than 40 years") is
	// left a count.
	if !qualified && f.Qualifier == Exact && !p.attached(k) && p.durationAt(k) && !p.isSym(k+1, "-") {
		f.Kind = Other
		f.Unit = strings.ToLower(p.str(k))
		return true
	}
	// Ordinals: 21st, 3rd, "the third".
	if a.digits && !a.decimals && p.isWord(k) && p.attached(k) {
		switch strings.ToLower(p.str(k)) {
		case "st", "nd", "rd", "th":
			*end = k + 1
			if p.tollOrdinalAt(k+1) || p.swapOrdinalAt(k+1) { // tollordinal.go: "its 341st victim"; swapordinal.go: "the 52nd swap"
				f.Kind = Count
				return true
			}
			f.Kind = Ordinal
			return p.dayMonth(f, end) || true
		case "s":
			if a.ndigits == 4 || (a.ndigits == 2 && p.isSym(a.start-1, "'’")) {
				f.Kind = Year
				*end = k + 1
				return true
			}
		}
	}
	if a.digits && a.plainInt && a.val >= 1 && a.val <= 31 && p.dayMonth(f, end) {
		return true
	}
	// Years: 4 digits, no separators, no qualifier.
	if a.plainInt && a.ndigits == 4 && !a.decimals && a.scale == 1 {
		prepYear := p.has(start-1, fYearPrep) || p.has(start-1, fMonth) || p.isSym(start-1, ",(") && p.has(start-2, fMonth)
		if !qualified && f.Qualifier == Exact && (a.val >= 1900 && a.val <= 2100 || a.val >= 1000 && a.val < 1900 && prepYear) {
			f.Kind = Year
			return true
		}
	}
	if a.digits && a.start == start && !qualified && f.Qualifier == Exact && a.plainInt && a.ndigits <= 4 && f.Value == a.val &&
		p.namesNumber(start-1) && (p.identifierAfter(k, start-1, a.val) || a.ndigits == 4 && !p.opensSentence(start-1) && !p.verbObject(start-1) && !(p.has(start-2, fYearPrep|fPrep) && !p.has(start-2, fOf) && !p.lowerWordAt(start-3) && p.countNounAt(k))) {
		// S&P 500, Game 7, Boeing 737, Chapter 11; and four digits with no
		// separator after a name in running text: a count of thousands is
		// mostly written "8,200", a name's number "Unit 8200" ("Veterans
		// of Unit 8200 have signed", where the verb agrees with the
		// veterans). Copy that writes thousands bare keeps its count when
		// the name is the listener of a verb of telling ("told Reuters
		// 4500 people", "told AFP 8300 had died", "said to Anadolu"),
		// where what is told follows the name; or
		// when the name follows a preposition of place or time other than
		// "of" that opens an adverbial, not a verb's complement, and the
		// count's noun follows ("In Gaza 4500 people were killed", "told
		// Reuters on Sunday 4500 people", but "served in Unit 8200
		// soldiers"). A noun after the digits alone says nothing: "Former
		// Unit 8200 veterans"; nor does a verb before the name other than
		// one of telling: "joined Unit 8200 soldiers".
		// negs39_identifier_digits.yaml, bare_thousands_after_name.yaml,
		// name_number_after_verb.yaml
		// (mend39f)
		f.Kind = Other
		return true
	}
	if a.digits && a.start == start && !qualified && f.Qualifier == Exact && a.plainInt && a.ndigits == 4 && f.Value == a.val &&
		p.isNum(k) && !p.attached(k) && !p.toks[k].Break && !p.isNum(k+1) {
		// Four digits and another group of digits after a space, no
		// separator: a telephone or reference number ("the hotline, 1800
		// 444"), not a count, whose thousands group would have at most
		// three digits ("40 000"). negs39_identifier_digits.yaml
		f.Kind = Other
		return true
	}
	if a.digits && a.plainInt && (a.ndigits >= 10 || a.leadZero && a.ndigits >= 3) {
		f.Kind = Other
		return true
	}
	// A unit of area fused to the number counts as a spaced one does:
	// "640,000ha" (areaunit.go).
	if a.digits && p.attached(k) && p.areaUnitAt(k) {
		return true
	}
	// Measurements: 180ml, 29km (letters attached that are not a unit we read).
	if a.digits && p.isWord(k) && p.attached(k) && !p.has(k, fMag|fCurWord|fCurPrefix|fPercent|fAgeUnit) &&
		(!p.has(k, fSubunit) || p.capitalised(k)) {
		f.Kind = Other
		f.Unit = p.str(k)
		*end = k + 1
		return true
	}
	// An mm fused to a number with no money about it is millimetres, a
	// calibre or a gauge ("155mm shells", "a 9mm pistol"): "mm" reads as
	// millions only beside a currency ("$25mm"), read above.
	if a.digits && (p.lowerIs(k, "m") || p.lowerIs(k, "g") || p.str(k) == "K" || p.lowerIs(k, "mm")) && p.attached(k) {
		f.Kind = Other
		f.Unit = p.str(k)
		*end = k + 1
		return true
	}
	return true
}

// periodPart reports whether amount a, starting the figure at token start,
// is a four-digit year joined by a hyphen to "mid", "early" or "late"
// ("mid-2000s", "Early-1990s").
func (p *parser) periodPart(a *amount, start int) bool {
	if !a.digits || a.start != start || !a.plainInt || a.ndigits != 4 || a.decimals || a.val < 1000 || a.val > 2100 {
		return false
	}
	return p.isSym(start-1, "-") && p.attached(start) && p.attached(start-1) &&
		(p.lowerIs(start-2, "mid") || p.lowerIs(start-2, "early") || p.lowerIs(start-2, "late"))
}

// identifierEndsAt reports whether the figure found last is an identifier
// that ends at token i: a number joined to it by a hyphen is its variant.
func (p *parser) identifierEndsAt(i int) bool {
	if i < 0 || len(p.out) == 0 {
		return false
	}
	last := p.out[len(p.out)-1]
	return last.Kind == Other && last.End == int(p.toks[i].End)
}

// demonymAdjectiveAt reports whether the word at token k is a people's
// adjective by its form: capitalised, the rest lower-case, ending as
// demonyms do ("Palestinian", "Israeli", "Sudanese", "Turkish"), or a
// people's name that takes no plural ("Swiss", "Rohingya").
func (p *parser) demonymAdjectiveAt(k int) bool {
	if !p.isWord(k) || !p.capitalised(k) || p.titleCased(k) {
		return false
	}
	if p.peopleAt(k) {
		return true
	}
	w := p.str(k)
	n := len(w)
	if n < 5 || strings.ToLower(w[1:]) != w[1:] {
		return false
	}
	return w[n-2:] == "an" || w[n-1] == 'i'
}

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
