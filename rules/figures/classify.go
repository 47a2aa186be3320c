package figures

import (
	"math"
	"strconv"
	"strings"
)

// countedAhead reports whether the number at token num, with an attached
// m ending at token k, counts millions of something rather than measuring
// metres. A count of millions comes before what it counts: a plural noun
// ("1.3m visas", "12m under-fives", "2m Kurds", "9.8m Israelis"), a noun
// counted in the singular ("people", "displaced"), or, in running text, any
// capitalised name of a people ("11.5m Sudanese", "1m Rohingya"). A length
// shows itself: an article before it ("a 5m wave"), a compound ("a
// 10m-high wall"), a word of place or size ("4m high", "3m from"), or
// nothing after it ("fell 2m, injuring").
func (p *parser) countedAhead(num, k int) bool {
	// "1.4m-plus", "12m+": a length is never written as a lower bound.
	if p.isSym(k, "+") && p.attached(k) || p.isSym(k, "-‐") && p.attached(k) && p.lowerIs(k+1, "plus") {
		return !p.has(num-1, fA)
	}
	if p.has(num-1, fA) || p.isSym(k, "-‐") {
		return false
	}
	for words := 0; words < 4 && k < len(p.toks); k++ {
		if p.toks[k].Break || !p.isWord(k) {
			return false
		}
		// A compound is judged by its last part: "school-age", "under-fives".
		for p.isSym(k+1, "-‐") && p.attached(k+1) && p.isWord(k+2) && p.attached(k+2) {
			k += 2
		}
		if p.has(k, fPlace) && !p.attached(k) {
			return false
		}
		if p.has(k, fCounted) || p.pluralAt(k) {
			return true
		}
		if p.capitalised(k) && !p.has(k, fDet) && !p.titleCased(k) {
			return true
		}
		words++
	}
	return false
}

// titleCased reports whether the words around token i are in title case,
// as many headlines are ("Israel Builds 8m Wall Along Border"): there a
// capital says nothing of a name. It reads up to three words of four
// letters or more on either side, within eight tokens, so that the cost
// stays bounded on any line.
func (p *parser) titleCased(i int) bool {
	for _, dir := range [2]int{-1, 1} {
		long := 0
		for k := i + dir; k >= 0 && k < len(p.toks) && k != i+9*dir && long < 3; k += dir {
			if !p.isWord(k) || len(p.str(k)) < 4 || p.has(k, fDet) {
				continue
			}
			if !p.capitalised(k) {
				return false
			}
			long++
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
		}
		prev = cut + 1
	}
}

// classify decides whether a bare number is a count or something else: a
// year, date, time, age, ordinal or identifier. It may extend end over
// words that belong to the figure ("-year-old", "a.m.", "October").
func (p *parser) classify(f *Figure, a amount, start int, end *int, qualified bool) bool {
	k := *end
	// Identifiers attached to letters: COVID-19, F-35, G7, A320, SCP-173.
	if a.digits && a.start == start {
		prev := a.start - 1
		if p.isWord(prev) && p.attached(a.start) && !p.has(prev, fCurPrefix) {
			f.Kind = Other
			return true
		}
		if p.isSym(prev, "-.") && p.attached(a.start) && p.attached(prev) && p.isWord(prev-1) && !p.has(prev-1, fQual) {
			f.Kind = Other
			return true
		}
		if p.isSym(prev, "#№") && p.attached(a.start) {
			f.Kind = Other
			return true
		}
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
			if p.lowerIs(k3, "old") {
				f.Kind = Age
				*end = k3 + 1
				return true
			}
		}
	}
	// Ordinals: 21st, 3rd, "the third".
	if a.digits && !a.decimals && p.isWord(k) && p.attached(k) {
		switch strings.ToLower(p.str(k)) {
		case "st", "nd", "rd", "th":
			f.Kind = Ordinal
			*end = k + 1
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
	if a.digits && a.start == start && !qualified && f.Qualifier == Exact && a.plainInt && a.ndigits <= 4 &&
		p.namesNumber(start-1) && p.identifierAfter(k, start-1) {
		f.Kind = Other // S&P 500, Game 7, Boeing 737, Chapter 11
		return true
	}
	if a.digits && a.plainInt && (a.ndigits >= 10 || a.leadZero && a.ndigits >= 3) {
		f.Kind = Other
		return true
	}
	// Measurements: 180ml, 29km (letters attached that are not a unit we read).
	if a.digits && p.isWord(k) && p.attached(k) && !p.has(k, fMag|fCurWord|fCurPrefix|fSubunit|fPercent|fAgeUnit) {
		f.Kind = Other
		f.Unit = p.str(k)
		*end = k + 1
		return true
	}
	if a.digits && (p.lowerIs(k, "m") || p.lowerIs(k, "g")) && p.attached(k) {
		f.Kind = Other
		f.Unit = p.str(k)
		*end = k + 1
		return true
	}
	return true
}

// dayMonth extends "25 March", "7th of October 2023" into a date.
func (p *parser) dayMonth(f *Figure, end *int) bool {
	k := *end
	if p.has(k, fOf) {
		k++
	}
	if !p.has(k, fMonth) || !p.capitalised(k) || f.Value < 1 || f.Value > 31 {
		return false
	}
	k++
	if p.isSym(k, ".") && p.attached(k) {
		k++
	}
	if p.isSym(k, ",") && p.isNum(k+1) && len(p.str(k+1)) == 4 {
		k++
	}
	if p.isNum(k) && len(p.str(k)) == 4 {
		k++
	}
	f.Kind = Date
	*end = k
	return true
}

// timeSuffix skips "a.m.", "pm", "GMT" after a time.
func (p *parser) timeSuffix(k int) int {
	if (p.lowerIs(k, "a") || p.lowerIs(k, "p")) && p.isSym(k+1, ".") && p.lowerIs(k+2, "m") {
		k += 3
		if p.isSym(k, ".") && p.attached(k) {
			k++
		}
		return k
	}
	if p.lowerIs(k, "am") || p.lowerIs(k, "pm") {
		if p.attached(k) || p.toks[k].Space {
			k++
		}
	}
	if p.has(k, fTimeSuf) && !p.has(k, fA) && p.str(k) == strings.ToUpper(p.str(k)) && len(p.str(k)) > 1 {
		k++
	}
	return k
}

// monthDate reads "March 25", "Oct. 7, 2023", "March 2024".
func (p *parser) monthDate(i int) (int, bool) {
	k := i + 1
	if p.isSym(k, ".") && p.attached(k) {
		k++
	}
	if !p.isNum(k) {
		return 0, false
	}
	s := p.str(k)
	v, err := strconv.Atoi(s)
	if err != nil {
		return 0, false
	}
	if len(s) == 4 && v >= 1000 {
		f := Figure{Value: float64(v), Kind: Date}
		p.bound(&f, 0, 0)
		p.emit(f, i, k+1)
		return k + 1, true
	}
	if v < 1 || v > 31 || len(s) > 2 {
		return 0, false
	}
	end := k + 1
	if p.isWord(end) && p.attached(end) {
		switch strings.ToLower(p.str(end)) {
		case "st", "nd", "rd", "th":
			end++
		}
	}
	if p.isSym(end, ",") && p.isNum(end+1) && len(p.str(end+1)) == 4 {
		end += 2
	} else if p.isNum(end) && len(p.str(end)) == 4 && !p.toks[end].Break {
		end++
	}
	f := Figure{Value: float64(v), Kind: Date}
	p.bound(&f, 0, 0)
	p.emit(f, i, end)
	return end, true
}

// notName are the words that, standing before a number, are part of the
// figure or of the sentence around it, never a name the number belongs to.
const notName = fMonth | fQual | fDet | fYearPrep | fUnit | fTens | fHundred | fScale | fScalePl | fDozen | fOrdinal |
	fDen | fDenPl | fA | fAnd | fOf | fTo | fFrom | fBetween | fAgeWord | fAgeUnit | fNumberish | fChange | fVague | fNeg |
	fPoint | fCurPrefix | fCurWord | fCurSym | fCurAdj | fPercent | fCounted | fPlace

// namesNumber reports whether the word at token i, just before a number,
// is a name the number belongs to (a product, index, standard, game or
// model): an acronym ("FTSE 100", "S&P 500"), a name with a capital inside
// ("iPhone 11", "PlayStation 5"), or a capitalised word in running text
// ("Game 7", "Boeing 737", "Chapter 11"). A capital in a title-cased
// headline ("Floods Kill 300") says nothing of a name.
func (p *parser) namesNumber(i int) bool {
	if !p.isWord(i) || p.info(i).flags&notName != 0 {
		return false
	}
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
	if innerCapital && upper < len(w) {
		return true // iPhone, PlayStation
	}
	return p.capitalised(i) && !p.titleCased(i)
}

// identifierAfter reports whether what follows a number at token k leaves
// it the name's (token name) identifier rather than a count. A count goes
// on to what it counts or to a verb of its own: "Israel 39 prisoners",
// "told Reuters 30 had died", "in Rafah 40 died"; a name's number goes on to
// anything else: "the S&P 500 fell", "a Game 7 on Sunday", "Chapter 11
// protection", "the Boeing 737 Max". A number before the name makes the
// noun the name's ("40 Boeing 737 jets"); an article before the name
// makes a verb the name's ("the FTSE 250 has lagged").
func (p *parser) identifierAfter(k, name int) bool {
	if k >= len(p.toks) || p.toks[k].Break || !p.isWord(k) {
		return true
	}
	if p.has(k, fCounted) || p.pluralAt(k) {
		return p.isNum(name-1) || p.wordNumberAt(name-1) // "told the BBC 40 people"
	}
	if p.has(name-1, fDet|fA) {
		return true // "the FTSE 250 has lagged": one noun phrase
	}
	if p.lowerIsAny(k, auxiliaries) {
		return false
	}
	if w := p.str(k); !p.capitalised(k) && strings.HasSuffix(w, "ed") && p.clauseOpens(name) {
		return false // "in Gaza 300 died", "Overnight 40 died"
	}
	return true
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
