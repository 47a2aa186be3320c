package figures

import (
	"strconv"
	"strings"
)

// Dates a number opens or closes: "25 March", "7th of October 2023",
// "March 2024", with a time of day after them.

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
	if p.isSym(k, ".") && p.attached(k) && !isFullMonthName(p.str(k-1)) {
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

// monthNames are the months' full names, lower case, January first.
var monthNames = [...]string{"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"}

// monthDate reads "March 25", "Oct. 7, 2023", "March 2024".
func (p *parser) monthDate(i int) (int, bool) {
	k := i + 1
	// Only a shortened name takes a full stop ("Oct. 7"); after a full name
	// ("in March. 6 people died") it ends the sentence.
	if p.isSym(k, ".") && p.attached(k) && !isFullMonthName(p.str(i)) {
		k++
	}
	if end, ok := p.spokenDay(k); ok {
		f := Figure{Value: p.info(end - 1).val, Kind: Date}
		p.bound(&f, 0, 0)
		p.emit(f, i, end)
		return end, true
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

// spokenDay reads the day a speaker puts after the month, "the" and an
// ordinal word ("October the seventh", "March the first"), from token k,
// and returns the token after it. A transcript writes the date so; the
// ordinal's value is the day.
func (p *parser) spokenDay(k int) (int, bool) {
	if !p.lowerIs(k, "the") || !p.has(k+1, fOrdinal) || !p.isWord(k+1) {
		return 0, false
	}
	if v := p.info(k + 1).val; v < 1 || v > 19 {
		return 0, false // the tens ("twentieth") and the big ordinals are left
	}
	// An ordinal before a noun counts the noun's items: "In October the
	// first convoys crossed" dates nothing by the ordinal.
	if p.isWord(k+2) && !p.capitalised(k+2) && !afterSpokenDay(strings.ToLower(p.str(k+2))) {
		return 0, false
	}
	return k + 2, true
}

// afterSpokenDay reports whether lower-cased w may follow a spoken day,
// as a noun counted by the ordinal does not: "on October the seventh and
// after".
func afterSpokenDay(w string) bool {
	switch w {
	case "and", "or", "but", "at", "in", "on", "last", "this", "when", "that", "which", "to",
		"was", "were", "is", "had", "has", "with", "by", "for", "alone":
		return true
	}
	return false
}

func isFullMonthName(w string) bool {
	for _, m := range monthNames {
		if strings.EqualFold(w, m) {
			return true
		}
	}
	return false
}
