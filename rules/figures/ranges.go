package figures

import "math"

// clauseEnd reports whether token k ends a clause: the end of the text,
// a line break, or a mark that closes or parts a clause.
func (p *parser) clauseEnd(k int) bool {
	return k >= len(p.toks) || p.toks[k].Break || p.isSym(k, ".,;:!?—–)\"”’'…")
}

// spanOrClock reports whether "past" at token i names time: a span after
// a determiner ("the past 24 hours", "its past 3 seasons") or the time of
// day after a number ("half past 3", "ten past six").
func (p *parser) spanOrClock(i int) bool {
	return p.has(i-1, fDet|fA) || p.lowerIsAny(i-1, possessives) || p.isNum(i-1) || p.wordNumberAt(i-1)
}

// durationAt reports whether token k is a unit of time, which makes the
// figure before it a span: "past 24 hours", "past three years".
func (p *parser) durationAt(k int) bool {
	return p.has(k, fAgeUnit) || p.lowerIsAny(k, durations)
}

// durations are the units of a span that are not also units of age.
var durations = []string{"hours", "hour", "minutes", "minute", "seconds", "decades", "decade", "centuries",
	"seasons", "season", "quarters", "nights", "weekends", "sessions", "rounds", "games", "matches"}

// gerundIsNoun reports whether the -ing form at token i is a noun: after an
// article ("the crossing") or a name in running text ("the Rafah
// crossing"); a capital opening the sentence ("Toll climbing past 700")
// is no name.
func (p *parser) gerundIsNoun(i int) bool {
	return p.has(i-1, fDet|fA) || p.isWord(i-1) && p.capitalised(i-1) && !p.clauseOpens(i-1) && !p.titleCased(i)
}

// roundFigure reports whether a figure is a mark that a count passes or
// nears: a round number ("33,000", "2,300", "250"), one with a scale
// ("8 million", "£30m") or a percentage. "Passed 12 bills" and "crossing 3
// borders" are verbs with their objects, not bounds.
func roundFigure(f Figure) bool {
	if f.Kind == Percent || f.scaleOf() > 1 {
		return true
	}
	v := math.Abs(f.Value)
	if v < 10 || v != math.Trunc(v) {
		return false
	}
	unit := 10.0
	for unit*1000 <= v {
		unit *= 10
	}
	return math.Mod(v, unit) == 0
}

// tallyPasses reports whether the subject of the headline verb at token i
// ("passes", "tops", "nears") is a noun that names a count, perhaps with
// its place after it: "The civilian toll in Ukraine passes 12,150", "the
// number displaced tops 1,234,500". A count passes a mark however exact
// the mark: the verb bounds the figure, which is no object of its own
// ("passed 12 bills" is).
func (p *parser) tallyPasses(i int) bool {
	if s := p.moverOf(i); s >= 0 && s < i && p.has(s, fTally) {
		return true
	}
	// A longer subject: the tally, "of" what it counts, a participle, a
	// place ("The number of civilians killed in Ukraine surpassed", "the
	// tally of the dead has now exceeded"), words alone between it and the
	// verb, none of them one that opens another clause.
	for t := i - 1; t >= 0 && t >= i-tallySubjectWords && p.isWord(t) && !p.toks[t+1].Break; t-- {
		if p.lowerIsAny(t, clauseOpeners) {
			return false
		}
		if p.has(t, fTally) {
			return p.lowerIs(t+1, "of") || p.has(t+1, fPrep)
		}
	}
	return false
}

// tallySubjectWords is how many words may stand between a tally and its
// verb: "of civilians killed in eastern Ukraine has now".
const tallySubjectWords = 8

// clauseOpeners open a clause of their own, whose verb is not the tally's.
var clauseOpeners = []string{"and", "or", "but", "as", "while", "when", "after", "before", "since", "that", "which",
	"who", "where", "because", "if", "though", "although", "until"}

func lowerBound(q Qualifier) bool { return q == MoreThan || q == AtLeast || q == JustOver }

func upperBound(q Qualifier) bool { return q == LessThan || q == AtMost || q == Nearly }

// boundPair joins "more than 100 and fewer than 300" (either order) into
// one range: it makes *f that range and returns its end. f comes by
// pointer and is changed only on success, since nearly every figure is
// tried and few pairs are found.
func (p *parser) boundPair(f *Figure, end int) (int, bool) {
	if !lowerBound(f.Qualifier) && !upperBound(f.Qualifier) {
		return end, false
	}
	k := end
	if p.isSym(k, ",") {
		k++
	}
	if !p.has(k, fAnd) && !p.lowerIs(k, "but") {
		return end, false
	}
	ph, k2 := p.matchPhrase(k+1, false)
	if ph == nil || lowerBound(f.Qualifier) == lowerBound(ph.q) || !lowerBound(ph.q) && !upperBound(ph.q) {
		return end, false
	}
	g, end2, ok := p.figure(k2, true)
	if !ok || g.Qualifier != Exact || g.Kind != f.Kind || g.Unit != f.Unit {
		return end, false
	}
	lo, hi := f.Value, g.Value
	if upperBound(f.Qualifier) {
		lo, hi = hi, lo
	}
	if lo >= hi {
		return end, false
	}
	f.Qualifier = Range
	f.Value = (lo + hi) / 2
	p.bound(f, lo, hi)
	return end2, true
}

// rangeTail reads "-800", "to 800", "through 800" after a figure: it makes
// *f the range and returns its end. As with boundPair, f is changed only
// on success.
func (p *parser) rangeTail(f *Figure, start, end int) (int, bool) {
	k := end
	// An em dash between spaces is punctuation, not a range.
	hyphen := p.isSym(k, "-–~") || p.isSym(k, "—") && !p.toks[k].Space
	to := p.has(k, fTo)
	if !hyphen && !to {
		return end, false
	}
	if hyphen && p.isSym(start-1, "-") && p.attached(start) {
		return end, false // the middle of 1-222-2222
	}
	if to && (p.changeBefore(end) || p.lowerIsAny(start-1, []string{"from", "by"}) && p.changedObjectBefore(start-1) || p.changedCountOf(start-1)) {
		return end, false // "revised its tally of homes destroyed from 3,480 to 3,915", "cut its count by 200 to 9,800"
	}
	if to && f.Kind == Year {
		return end, false
	}
	g, end2, ok := p.figure(k+1, true)
	if !ok {
		return end, false
	}
	if hyphen && (p.isSym(end2, "-") && p.isNum(end2+1)) {
		return end, false // 555-123-4567
	}
	if to && g.Kind != f.Kind && !(f.Kind == Count && (g.Kind == Money || g.Kind == Percent)) {
		return end, false
	}
	if f.Kind == Year && g.Kind == Count && hyphen && g.Value < 100 {
		// "2022-23": a span of years.
		century := math.Floor(f.Value/100) * 100
		hi := century + g.Value
		if hi < f.Value {
			return end, false
		}
		f.Qualifier = Range
		p.bound(f, f.Value, hi)
		return end2, true
	}
	r, ok := p.makeRange(*f, g)
	if !ok {
		return end, false
	}
	*f = r
	return end2, true
}

// A speaker gives a range as two guesses, its scale said once, after the
// second: "two or three thousand", "20 or 30 million", "twenty, thirty
// thousand dead", "ten, maybe fifteen thousand", "thirty, forty, fifty
// thousand". The first is no count of
// its own ("another twenty, thirty thousand dead" adds twenty thousand or
// thirty, not twenty): the two are one range, as "twenty to thirty
// thousand" is. Joined by a comma, both are spelled out, as a transcript
// writes a speaker's pause; digits and a comma are a list ("killed 20, 30
// thousand displaced" is rare, "3, 4" a list). The second's unscaled number
// is the larger: "two, three thousand", not "ten, two thousand"; and the
// second ends with its scale (scaleEnds).

// guessHedges may stand before a range's second guess: "ten, maybe fifteen
// thousand", "two or perhaps three million". A closed class of English.
var guessHedges = []string{"maybe", "perhaps", "possibly", "even"}

// alternativeRange reads ", thirty thousand" or "or three thousand" after
// a bare count *f that ends at token end: it makes *f the range and
// returns its end. As with rangeTail, f is changed only on success.
func (p *parser) alternativeRange(f *Figure, end int) (int, bool) {
	if f.Kind != Count || f.Unit != "" || f.scaleOf() != 1 || f.Value <= 0 || f.Value != math.Trunc(f.Value) {
		return end, false
	}
	comma := p.isSym(end, ",")
	if !comma && !p.lowerIs(end, "or") {
		return end, false
	}
	k := end + 1
	if p.lowerIsAny(k, guessHedges) {
		k++
	}
	if comma && (p.isNum(end-1) || !p.wordNumberAt(k)) {
		return end, false
	}
	// More guesses may come between: "thirty, forty, fifty thousand".
	for comma {
		h, e, ok := p.figure(k, true)
		if !ok || h.scaleOf() != 1 || !p.isSym(e, ",") || !p.wordNumberAt(e+1) {
			break
		}
		k = e + 1
	}
	g, end2, ok := p.figure(k, true)
	if ok && !comma && p.neighbourGuesses(*f, g, end, k) {
		r, ok := p.makeRange(*f, g)
		if !ok {
			return end, false
		}
		*f = r
		return end2, true
	}
	if !ok || g.Kind != Count || g.Unit != "" || g.scaleOf() <= 1 || !p.scaleEnds(k, end2) {
		return end, false
	}
	if unscaled := g.Value / g.scaleOf(); f.Value >= unscaled {
		return end, false
	}
	r, ok := p.makeRange(*f, g)
	if !ok {
		return end, false
	}
	*f = r
	return end2, true
}

// neighbourGuesses reports whether the unscaled count f, then "or" at
// token or, then g from token k are two neighbouring guesses at one
// amount, a range as "three to four" is: "three or four battalions", "30
// or 40 people", "1 or 2 per cent". Both are written alike (words or
// digits), neither scaled, and the second is larger but at most twice the
// first: "5,000 or 50,000" is a choice between orders of magnitude, no
// guess.
func (p *parser) neighbourGuesses(f, g Figure, or, k int) bool {
	if (g.Kind != Count && g.Kind != Percent) || g.Kind == Count && g.Unit != "" || g.scaleOf() != 1 || g.Value != math.Trunc(g.Value) {
		return false
	}
	if g.Value <= f.Value || g.Value > 2*f.Value || p.isNum(or-1) != p.isNum(k) {
		return false
	}
	return true
}

// scaleEnds reports whether the number in tokens [from, to) ends with its
// scale: no number follows its first scale word ("thirty thousand", "three
// hundred thousand"). "twelve thousand three hundred and forty-eight" is a
// count, no guess: "no, forty-eight, twelve thousand three hundred and
// forty-eight" corrects a figure, and ranges nothing.
func (p *parser) scaleEnds(from, to int) bool {
	scaled := false
	for k := from; k < to; k++ {
		switch {
		case p.has(k, fScale|fHundred):
			scaled = true
		case scaled && (p.isNum(k) || p.has(k, fUnit|fTens)):
			return false
		}
	}
	return scaled
}

// makeRange joins two figures into one range, carrying a unit or scale
// written only once ("1.7 to 1.9 million", "$10-20", "10-20%").
func (p *parser) makeRange(f, g Figure) (Figure, bool) {
	if g.Qualifier != Exact && g.Qualifier != Approximately {
		return f, false
	}
	lo, hi := f.Value, g.Value
	if f.Kind == Count && (g.Kind == Money || g.Kind == Percent) {
		f.Kind, f.Unit = g.Kind, g.Unit
	}
	if g.Kind == Count && (f.Kind == Money || f.Kind == Percent) {
		g.Kind, g.Unit = f.Kind, f.Unit
	}
	if f.Kind != g.Kind || (f.Unit != g.Unit && f.Unit != "" && g.Unit != "") {
		if !(f.Kind == Year && g.Kind == Count || f.Kind == Count && g.Kind == Year) {
			return f, false
		}
		if f.Kind == Count && g.Kind == Year && lo < 100 {
			return f, false
		}
		f.Kind = Year
	}
	if f.Kind != Count && f.Kind != Money && f.Kind != Percent && f.Kind != Year && f.Kind != Fraction && f.Kind != Age {
		return f, false
	}
	// Carry the scale of the second to the first: "between 1.7 and 1.9
	// million". g.Low holds g's unscaled value (see figure()).
	if gs := g.scaleOf(); gs > 1 && f.scaleOf() == 1 && lo*gs <= hi && lo < hi {
		lo *= gs
	}
	if lo >= hi {
		return f, false
	}
	r := f
	if r.Unit == "" {
		r.Unit = g.Unit
	}
	r.Qualifier = Range
	r.Value = (lo + hi) / 2
	p.bound(&r, lo, hi)
	return r, true
}

// yearSpan reports whether "from" A "to" B, with A at token j and B the
// figure g ending at token end, spans years: A reads as a year where no
// qualifier stands before it, B is a plain year after it, and no counted
// noun follows ("from 2000 to 2500 people" is a count).
func (p *parser) yearSpan(j int, g Figure, end int) bool {
	if g.Qualifier != Exact || g.scaleOf() != 1 || g.Unit != "" || g.Value != math.Trunc(g.Value) || g.Value < 1900 || g.Value > 2100 {
		return false
	}
	if f, _, ok := p.figure(j, false); !ok || f.Kind != Year || f.Value >= g.Value {
		return false
	}
	return !(p.has(end, fCounted) || p.pluralAt(end))
}

// scaleOf is the magnitude a figure's words applied ("million" → 1e6).
func (f Figure) scaleOf() float64 {
	if f.scale == 0 {
		return 1
	}
	return f.scale
}
