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
