package figures

import (
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// parser reads figures from a token stream. It tries to start a figure at
// each token and, on success, jumps past it: every token belongs to at most
// one figure.
type parser struct {
	text string
	toks []Token
	out  []Figure
	// slab holds the Low/High bounds of figures, allocated in chunks so
	// that a figure costs no allocation of its own.
	slab []float64
}

const slabChunk = 1024

// bound sets a figure's bounds (see Figure.bounds) without allocating.
func (p *parser) bound(f *Figure, lo, hi float64) { f.bounds(lo, hi, p.pair()) }

// pair returns storage for a figure's two bounds.
func (p *parser) pair() *[2]float64 {
	if len(p.slab)+2 > cap(p.slab) {
		p.slab = make([]float64, 0, slabChunk)
	}
	p.slab = p.slab[:len(p.slab)+2]
	return (*[2]float64)(p.slab[len(p.slab)-2:])
}

// amount is a number read from one or more tokens, before units and
// qualifiers are attached.
type amount struct {
	val        float64
	start, end int  // token range [start, end)
	digits     bool // written with digits
	decimals   bool // has a written fractional part
	scale      float64
	raw        float64 // value before scale words
	plainInt   bool    // a bare run of digits, no separators ("2024")
	ndigits    int
	leadZero   bool
	vague      bool
	lo, hi     float64
	fraction   bool
	approx     bool    // "a couple"
	list       []int32 // byte offsets splitting "22,24,26" into separate numbers
	dotted     bool    // "192.168.1.2", "17.05.2018"
}

const maxTokensPerFigure = 40

// run reads the figures of each line in turn. A figure never runs across
// a line break: sentences end at one (splitSentences), so a figure that
// did would belong to two, and a number ending one line is not scaled or
// counted by a word opening the next ("0" then a line starting "B…").
// Each line is parsed as if it were the whole text, so the parser's look
// behind and ahead stop at its ends. A line's end is looked for only when
// a figure may start in it, and the tokens are walked once.
func (p *parser) run() {
	all := p.toks
	defer func() { p.toks = all }()
	lineStart, lineEnd := 0, 0 // p.toks is all[lineStart:lineEnd]
	for i := 0; i < len(all); {
		t := &all[i]
		if t.Break {
			lineStart = i
		}
		if t.Kind != tNum && !vocab.words[t.vid].start {
			i++
			continue
		}
		if i >= lineEnd {
			lineEnd = i + 1
			for lineEnd < len(all) && !all[lineEnd].Break {
				lineEnd++
			}
			p.toks = all[lineStart:lineEnd]
		}
		if next, ok := p.parseAt(i - lineStart); ok {
			i = lineStart + next
			continue
		}
		i++
	}
}

func (p *parser) info(i int) *wordInfo {
	if i < 0 || i >= len(p.toks) {
		return &vocab.words[0]
	}
	return &vocab.words[p.toks[i].vid]
}

func (p *parser) has(i int, f wflag) bool {
	if i < 0 || i >= len(p.toks) {
		return false
	}
	return vocab.words[p.toks[i].vid].flags&f != 0
}

func (p *parser) str(i int) string {
	if i < 0 || i >= len(p.toks) {
		return ""
	}
	return p.text[p.toks[i].Start:p.toks[i].End]
}

func (p *parser) isSym(i int, syms string) bool {
	if i < 0 || i >= len(p.toks) || p.toks[i].Kind != tSym {
		return false
	}
	s := p.str(i)
	if len(s) == 1 && s[0] < utf8.RuneSelf {
		return strings.IndexByte(syms, s[0]) >= 0
	}
	r, size := utf8.DecodeRuneInString(s)
	return size == len(s) && r != utf8.RuneError && strings.ContainsRune(syms, r)
}

func (p *parser) isNum(i int) bool { return i >= 0 && i < len(p.toks) && p.toks[i].Kind == tNum }
func (p *parser) isWord(i int) bool {
	return i >= 0 && i < len(p.toks) && p.toks[i].Kind == tWord
}

// attached reports whether token i follows token i-1 with no space between.
func (p *parser) attached(i int) bool {
	return i > 0 && i < len(p.toks) && !p.toks[i].Space
}

func (p *parser) capitalised(i int) bool {
	r, _ := utf8.DecodeRuneInString(p.str(i))
	return unicode.IsUpper(r)
}

func (p *parser) lowerIs(i int, w string) bool { return equalFoldASCII(p.str(i), w) }

// emit records a figure spanning tokens [from, to).
func (p *parser) emit(f Figure, from, to int) {
	f.Start, f.End = int(p.toks[from].Start), int(p.toks[to-1].End)
	f.Text = p.text[f.Start:f.End]
	p.out = append(p.out, f)
}

// matchPhrase matches one of the qualifier phrases (prefix, or suffix when
// suffix is set) at token i, longest first.
func (p *parser) matchPhrase(i int, suffix bool) (Qualifier, int, bool) {
	if i >= len(p.toks) {
		return Exact, i, false
	}
	phrases := vocab.words[p.toks[i].vid].quals
	if suffix {
		phrases = vocab.words[p.toks[i].vid].sufQuals
	}
	for _, ph := range phrases {
		if i+len(ph.ids) > len(p.toks) {
			continue
		}
		ok := true
		for k, id := range ph.ids {
			t := p.toks[i+k]
			if t.vid != id || (k > 0 && t.Break) {
				ok = false
				break
			}
		}
		if ok {
			return ph.q, i + len(ph.ids), true
		}
	}
	return Exact, i, false
}

func (p *parser) parseAt(i int) (int, bool) {
	if p.has(i, fMonth) && p.capitalised(i) {
		if end, ok := p.monthDate(i); ok {
			return end, true
		}
	}
	if p.has(i, fAgeWord) && p.isNum(i+1) {
		if a, ok := p.amount(i + 1); ok && !a.decimals && a.val < 130 {
			f := Figure{Value: a.val, Kind: Age}
			p.bound(&f, 0, 0)
			p.emit(f, i, a.end)
			return a.end, true
		}
	}
	if p.has(i, fNumberish) {
		j := i + 1
		if p.isSym(j, ".") {
			j++
		}
		if p.isNum(j) && (j == i+1 && p.isSym(i, "#№") && p.attached(j) || !p.isSym(i, "#№") && p.capitalisedOrSym(i)) {
			a, _ := p.digitsAmount(j)
			f := Figure{Value: a.val, Kind: Other}
			p.bound(&f, 0, 0)
			p.emit(f, i, a.end)
			return a.end, true
		}
	}

	if p.isNum(i) && needsSplit(p.str(i)) {
		switch _, _, kind := parseDigits(p.str(i)); kind {
		case numList:
			a, _ := p.digitsAmount(i)
			p.emitList(a, ',', Count)
			return i + 1, true
		case numDotted:
			if !dottedDate(p.str(i)) {
				a, _ := p.digitsAmount(i)
				p.emitList(a, '.', Other) // 192.168.1.2, 1.2.3: versions and addresses
				return i + 1, true
			}
		}
	}
	start := i
	j := i
	q := Exact
	rangeMode := 0 // 1: between X and Y, 2: from X to Y
	switch {
	case p.has(j, fBetween):
		rangeMode = 1
		j++
	case p.has(j, fFrom):
		rangeMode = 2
		j++
	default:
		if qq, k, ok := p.matchPhrase(j, false); ok {
			q = qq
			j = k
			if p.has(j, fBetween) { // "about between" is not English; but "some between" neither
				return 0, false
			}
		}
	}
	if rangeMode != 0 && p.lowerIs(j, "the") {
		j++
	}
	f, end, ok := p.figure(j, q != Exact || rangeMode == 2)
	if !ok {
		return 0, false
	}
	if q != Exact && f.Qualifier == Exact {
		f.Qualifier = q
	} else if q != Exact && q != Approximately && f.Qualifier != Exact && f.Qualifier != Range && f.Qualifier != Vague {
		// "more than about 700": the outer word bounds the figure.
		f.Qualifier = q
	}

	// Ranges.
	if rangeMode == 1 || rangeMode == 2 {
		k := end
		if (rangeMode == 1 && p.has(k, fAnd)) || (rangeMode == 2 && (p.has(k, fTo) || p.has(k, fAnd))) {
			k++
			if p.lowerIs(k, "the") {
				k++
			}
			if g, end2, ok := p.figure(k, true); ok && (rangeMode == 1 || !p.changeBefore(start)) {
				if r, ok := p.makeRange(f, g); ok {
					p.finish(&r, start, end2)
					return end2, true
				}
			}
		}
		// "between" or "from" with no second figure: leave them out.
		return 0, false
	}
	if r, end2, ok := p.boundPair(f, end); ok {
		p.finish(&r, start, end2)
		return end2, true
	}
	if f.Qualifier == Exact || f.Qualifier == Approximately {
		if r, end2, ok := p.rangeTail(f, start, end); ok {
			if q == Approximately {
				// "about 10-20 dollars" is still a range.
				r.Qualifier = Range
			}
			p.finish(&r, start, end2)
			return end2, true
		}
	}
	p.finish(&f, start, end)
	return end, true
}

func (p *parser) capitalisedOrSym(i int) bool {
	return p.toks[i].Kind == tSym || p.capitalised(i)
}

// finish sets the bounds of a figure and records it.
func (p *parser) finish(f *Figure, from, to int) {
	if f.Qualifier != Range && f.Qualifier != Vague {
		p.bound(f, 0, 0)
	}
	p.emit(*f, from, to)
}

func lowerBound(q Qualifier) bool { return q == MoreThan || q == AtLeast || q == JustOver }
func upperBound(q Qualifier) bool { return q == LessThan || q == AtMost || q == Nearly }

// boundPair joins "more than 100 and fewer than 300" (either order) into
// one range.
func (p *parser) boundPair(f Figure, end int) (Figure, int, bool) {
	if !lowerBound(f.Qualifier) && !upperBound(f.Qualifier) {
		return f, end, false
	}
	k := end
	if p.isSym(k, ",") {
		k++
	}
	if !p.has(k, fAnd) && !p.lowerIs(k, "but") {
		return f, end, false
	}
	q2, k2, ok := p.matchPhrase(k+1, false)
	if !ok || lowerBound(f.Qualifier) == lowerBound(q2) || !lowerBound(q2) && !upperBound(q2) {
		return f, end, false
	}
	g, end2, ok := p.figure(k2, true)
	if !ok || g.Qualifier != Exact || g.Kind != f.Kind || g.Unit != f.Unit {
		return f, end, false
	}
	lo, hi := f.Value, g.Value
	if upperBound(f.Qualifier) {
		lo, hi = hi, lo
	}
	if lo >= hi {
		return f, end, false
	}
	r := f
	r.Qualifier = Range
	r.Value = (lo + hi) / 2
	p.bound(&r, lo, hi)
	return r, end2, true
}

// changeBefore reports whether a verb of change ("rose", "fell") stands just
// before token i: "rose from 32,000 to 33,091" is two figures, not a range.
func (p *parser) changeBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if p.has(k, fChange) {
			return true
		}
		if p.toks[k].Kind == tSym && p.isSym(k, ".;:!?") {
			return false
		}
	}
	return false
}

// rangeTail reads "-800", "to 800", "through 800" after a figure.
func (p *parser) rangeTail(f Figure, start, end int) (Figure, int, bool) {
	k := end
	// An em dash between spaces is punctuation, not a range.
	hyphen := p.isSym(k, "-–~") || p.isSym(k, "—") && !p.toks[k].Space
	to := p.has(k, fTo)
	if !hyphen && !to {
		return f, end, false
	}
	if hyphen && p.isSym(start-1, "-") && p.attached(start) {
		return f, end, false // the middle of 1-222-2222
	}
	if to && p.changeBefore(end) {
		return f, end, false
	}
	if to && f.Kind == Year {
		return f, end, false
	}
	g, end2, ok := p.figure(k+1, true)
	if !ok {
		return f, end, false
	}
	if hyphen && (p.isSym(end2, "-") && p.isNum(end2+1)) {
		return f, end, false // 555-123-4567
	}
	if to && g.Kind != f.Kind && !(f.Kind == Count && (g.Kind == Money || g.Kind == Percent)) {
		return f, end, false
	}
	if f.Kind == Year && g.Kind == Count && hyphen && g.Value < 100 {
		// "2022-23": a span of years.
		r := f
		r.Qualifier = Range
		century := math.Floor(f.Value/100) * 100
		hi := century + g.Value
		if hi < f.Value {
			return f, end, false
		}
		r.Value = f.Value
		p.bound(&r, f.Value, hi)
		return r, end2, true
	}
	r, ok := p.makeRange(f, g)
	if !ok {
		return f, end, false
	}
	return r, end2, true
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

// scaleOf is the magnitude a figure's words applied ("million" → 1e6).
func (f Figure) scaleOf() float64 {
	if f.scale == 0 {
		return 1
	}
	return f.scale
}

// figure reads [sign] [currency] amount [magnitude] [currency|percent]
// [suffix qualifier] starting at token j. It sets bounds only for vague
// amounts; finish sets the rest.
func (p *parser) figure(j int, qualified bool) (Figure, int, bool) {
	start := j
	neg := false
	if p.has(j, fNeg) && (p.isNum(j+1) || p.wordNumberAt(j+1)) {
		neg = true
		j++
	} else if p.isSym(j, "-−") && p.isNum(j+1) && (p.attached(j+1) || j == 0) && (j == 0 || p.toks[j].Space || p.toks[j].Break) && !p.isNum(j-1) {
		neg = true
		j++
	}
	cur, curScale, k, hasCur := p.currencyPrefix(j)
	if hasCur {
		j = k
	}
	if hasCur && !neg && p.isSym(j, "-−") && p.isNum(j+1) && p.attached(j+1) {
		neg = true
		j++
	}
	a, ok := p.amount(j)
	if !ok {
		return Figure{}, start, false
	}
	if a.list != nil {
		return Figure{}, start, false
	}
	end := a.end
	f := Figure{Kind: Count}
	if a.fraction {
		f.Kind = Fraction
	}
	if a.vague {
		f.Qualifier = Vague
	}
	if a.approx {
		f.Qualifier = Approximately
	}
	val := a.val
	scale := a.scale
	unit := ""

	// Magnitude abbreviations: 10k, $3.3bn, £10m, 1.2 M.
	if a.digits && scale == 1 && p.has(end, fMag) {
		s := p.str(end)
		ls := strings.ToLower(s)
		ok := p.attached(end) || len(ls) > 1 && ls != "mm" && ls != "mil" && ls != "mill" || p.endsPhrase(end+1)
		// Alone, a lower-case m or g is metres or grams; with money, or
		// before people counted, it is millions.
		if s == "m" || s == "g" || ls == "mm" {
			ok = ok && (hasCur || p.curSuffixAt(end+1) || s == "m" && p.attached(end) && p.countedAhead(end+1))
		}
		if ok {
			m := p.info(end).val
			val *= m
			scale = m
			end++
		}
	}
	// A currency after the number: 20€, 10 dollars, 3.14US$, 75 USD million.
	if !hasCur {
		if c, mult, k, ok := p.currencySuffix(end); ok {
			cur, curScale, hasCur = c, mult, true
			end = k
			if scale == 1 && p.has(end, fScale) {
				scale = p.info(end).val
				val *= scale
				end++
			}
		}
	} else if c, _, k, ok := p.currencySuffix(end); ok && (c == cur || p.str(end) == "dollars" || p.str(end) == "dollar") {
		end = k // "$ 10 dollars"
	}
	if hasCur {
		f.Kind = Money
		unit = cur
		val *= curScale
		// "$20 and 43 cents", "20 dollars 43", "3 GBP 1 pence".
		if !a.decimals && val == math.Trunc(val) && val < 1e6 {
			if sub, k, ok := p.subunitTail(end); ok {
				val += sub
				end = k
			}
		}
	} else if p.has(end, fSubunit) && (len(p.str(end)) > 1 || p.attached(end)) {
		// "50 cents", "470 pence", "10¢", "50p": money in the main unit.
		f.Kind = Money
		switch w := strings.ToLower(p.str(end)); {
		case w == "pence" || w == "p" || w == "penny" || w == "pennies":
			unit = "GBP"
		case w == "sen" || w == "sens":
			unit = "MYR"
		case strings.HasPrefix(w, "kop"):
			unit = "UAH"
		case w == "agorot" || w == "agora":
			unit = "ILS"
		case w == "fils":
			unit = "AED"
		case w == "paise":
			unit = "INR"
		default:
			unit = "USD"
		}
		val *= p.info(end).val
		end++
	}
	if f.Kind != Money {
		if k, pp, ok := p.percentSuffix(end); ok {
			f.Kind = Percent
			unit = "%"
			if pp {
				unit = "pp"
			}
			end = k
		}
	}
	if neg {
		val = -val
	}
	f.Value = val
	f.Unit = unit
	if a.vague {
		lo, hi := a.lo*curScale, a.hi*curScale
		f.Value = a.val * curScale
		p.bound(&f, lo, hi)
	}

	// Suffix qualifiers: "700 or more", "30,000-plus", "40 or so", "30-odd".
	if f.Qualifier == Exact {
		k := end
		if p.isSym(k, "-") && p.attached(k) && (p.lowerIs(k+1, "plus") || p.lowerIs(k+1, "odd")) {
			k++
		}
		if q, k2, ok := p.matchPhrase(k, true); ok && !p.isNum(k2) && !p.wordNumberAt(k2) {
			isPlus := p.isSym(k, "+")
			if !isPlus || p.attached(k) {
				f.Qualifier = q
				end = k2
			}
		}
	}

	if !hasCur && f.Kind == Count && f.Qualifier == Exact && !a.fraction {
		if fr, k, ok := p.ratio(val, end); ok {
			f.Value, f.Kind, end = fr, Fraction, k
		}
	}
	if !hasCur && f.Kind == Count {
		p.classify(&f, a, start, &end, qualified)
	}
	f.scale = scale
	return f, end, true
}

// ratio reads the rest of "one in five", "two out of three", "1 over 3".
// "over" counts only when the denominator ends the phrase: "$2000 over 3
// years" is not a fraction.
func (p *parser) ratio(num float64, k int) (float64, int, bool) {
	if num <= 0 || num != math.Trunc(num) {
		return 0, k, false
	}
	var j int
	switch {
	case p.lowerIs(k, "out") && p.has(k+1, fOf):
		j = k + 2
	case p.lowerIs(k, "in") && num <= 10:
		j = k + 1
	case p.lowerIs(k, "over"):
		j = k + 1
	default:
		return 0, k, false
	}
	b, ok := p.amount(j)
	if !ok || b.vague || b.fraction || b.decimals || b.val <= num || b.val >= 1000 && !p.lowerIs(k, "out") || b.list != nil || b.dotted {
		return 0, k, false
	}
	if p.lowerIs(k, "over") && !p.endsPhrase(b.end) {
		return 0, k, false
	}
	if p.lowerIs(k, "in") && p.has(b.end, fAgeUnit) {
		return 0, k, false // "1 in 5 years"
	}
	return num / b.val, b.end, true
}

// countedAhead reports whether a noun of things counted in millions
// (fCounted, or a demonym such as "Syrians" or "Israelis") comes within
// the few words from token k, before anything that makes the number a
// length: "1.2m people", "2.3m school-age children", "1.1m Gazans", but
// not "5m high walls", "a 5m wave" or "3m from the people".
func (p *parser) countedAhead(k int) bool {
	for words := 0; words < 4 && k < len(p.toks); k++ {
		if p.toks[k].Break {
			return false
		}
		if p.isSym(k, "-‐") && p.attached(k) && p.isWord(k+1) && p.attached(k+1) {
			continue // school-age
		}
		if !p.isWord(k) || p.has(k, fPlace) {
			return false
		}
		w := p.str(k)
		if p.has(k, fCounted) || p.capitalised(k) && !p.has(k, fDet) && len(w) > 3 && (strings.HasSuffix(w, "ns") || strings.HasSuffix(w, "is")) {
			return true
		}
		words++
	}
	return false
}

// endsPhrase reports whether token i ends a phrase: the end of text,
// punctuation, a line break or a currency.
func (p *parser) endsPhrase(i int) bool {
	if i >= len(p.toks) {
		return true
	}
	t := p.toks[i]
	if t.Break {
		return true
	}
	if t.Kind == tSym {
		return true
	}
	return p.has(i, fCurWord|fCurPrefix)
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
		if p.isSym(prev, "-") && p.attached(a.start) && p.attached(prev) && p.isWord(prev-1) && !p.has(prev-1, fQual) {
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

// wordNumberAt reports whether a number word starts at token i.
func (p *parser) wordNumberAt(i int) bool {
	return p.has(i, fUnit|fTens|fA|fHundred|fScale|fDozen|fDen|fVague|fPoint)
}

// amount reads a number: digits, words, or both ("1.4 million",
// "two hundred and fifty", "half a million", "tens of thousands", "3/4").
func (p *parser) amount(j int) (amount, bool) {
	if j >= len(p.toks) {
		return amount{}, false
	}
	t := p.toks[j]
	switch {
	case t.Kind == tNum:
		a, ok := p.digitsAmount(j)
		if !ok {
			return a, false
		}
		if a.list != nil || a.dotted {
			return a, true
		}
		if pw, ok := p.power(a); ok {
			return pw, true
		}
		// Fractions: 3/4, 2 1/4, 20/100; not dates (5/17/2018).
		if !a.decimals && p.isSym(a.end, "/") && p.attached(a.end) && p.isNum(a.end+1) && p.attached(a.end+1) {
			return p.slashAmount(a)
		}
		if !a.decimals && p.isNum(a.end) && p.isSym(a.end+1, "/") && p.attached(a.end+1) && !p.toks[a.end].Break {
			if fr, ok := p.slashAmount(amount{start: a.end, end: a.end + 1, val: p.intAt(a.end), digits: true, scale: 1, raw: p.intAt(a.end)}); ok && fr.fraction && fr.val < 1 {
				fr.start = a.start
				fr.val += a.val
				return fr, true
			}
		}
		if !a.decimals && p.isNum(a.end) && p.isSym(a.end+1, "-") && p.isNum(a.end+2) && p.attached(a.end+1) && p.attached(a.end+2) {
			return a, true
		}
		if vf, ok := p.vulgar(a.end); ok && p.attached(a.end) {
			a.val += vf
			a.end++
			a.fraction = true
			return a, true
		}
		if p.has(a.end, fUnit|fTens|fHundred|fScale|fScalePl|fDozen|fPoint|fAnd) {
			return p.words(j, a)
		}
		return a, true
	case t.Kind == tSym:
		if vf, ok := p.vulgar(j); ok {
			return amount{val: vf, start: j, end: j + 1, fraction: true, scale: 1, raw: vf}, true
		}
		return amount{}, false
	}
	w := p.info(j)
	switch {
	case w.flags&(fUnit|fTens) != 0:
		if p.lowerIs(j, "one") && (p.has(j-1, fDet) || p.lowerIs(j+1, "another") || p.isSym(j+1, "'’") && p.lowerIs(j+2, "s")) {
			return amount{}, false
		}
		return p.words(j, amount{})
	case w.flags&fA != 0:
		return p.articleAmount(j)
	case w.flags&(fVague|fDozen) != 0 && w.flags&fScalePl != 0 || p.lowerIs(j, "dozens") || p.lowerIs(j, "scores") || p.lowerIs(j, "tens"):
		return p.vagueAmount(j)
	case p.lowerIs(j, "several") || p.lowerIs(j, "few") || p.lowerIs(j, "couple"):
		return p.fewAmount(j, j+1)
	case p.lowerIs(j, "half") || p.lowerIs(j, "quarter"):
		return p.fractionWordAmount(j, j, 1)
	case w.flags&fPoint != 0 && p.has(j+1, fUnit|fTens) || w.flags&fPoint != 0 && p.isNum(j+1):
		return p.words(j, amount{})
	case w.flags&fHundred != 0 && !p.has(j, fVague) && p.has(j+1, fScale):
		// "hundred thousand dollars"
		return p.words(j, amount{})
	}
	return amount{}, false
}

// power reads 1.1^23, 2.5^-1 and 1.3x10^6.
func (p *parser) power(a amount) (amount, bool) {
	k := a.end
	base := a.val
	if p.lowerIs(k, "x") && p.attached(k) && p.str(k+1) == "10" && p.attached(k+1) && p.isSym(k+2, "^") {
		base = 10
		k += 2
	} else if !p.isSym(k, "^") || !p.attached(k) {
		return a, false
	}
	k++
	neg := false
	for p.isSym(k, "+-−") && p.attached(k) {
		neg = neg != p.isSym(k, "-−")
		k++
	}
	if !p.isNum(k) || !p.attached(k) {
		return a, false
	}
	exp := p.intAt(k)
	if neg {
		exp = -exp
	}
	v := math.Pow(base, exp)
	if base == 10 {
		v *= a.val
	}
	if math.IsInf(v, 0) || math.IsNaN(v) {
		return a, false
	}
	return amount{val: v, start: a.start, end: k + 1, digits: true, decimals: true, scale: 1, raw: v}, true
}

func (p *parser) intAt(i int) float64 {
	v, _ := strconv.ParseFloat(p.str(i), 64)
	return v
}

var vulgarFractions = map[string]float64{"½": 0.5, "⅓": 1.0 / 3, "⅔": 2.0 / 3, "¼": 0.25, "¾": 0.75, "⅕": 0.2, "⅖": 0.4,
	"⅗": 0.6, "⅘": 0.8, "⅙": 1.0 / 6, "⅚": 5.0 / 6, "⅛": 0.125, "⅜": 0.375, "⅝": 0.625, "⅞": 0.875}

func (p *parser) vulgar(i int) (float64, bool) {
	if i >= len(p.toks) || p.toks[i].Kind != tSym {
		return 0, false
	}
	v, ok := vulgarFractions[p.str(i)]
	return v, ok
}

func (p *parser) slashAmount(a amount) (amount, bool) {
	den := p.intAt(a.end + 1)
	if p.isSym(a.end+2, "/") && p.attached(a.end+2) {
		// 5/17/2018: a date.
		end := a.end + 2
		if p.isNum(end + 1) {
			end += 2
		}
		return amount{val: a.val, start: a.start, end: end, digits: true, dotted: true, ndigits: 8, scale: 1, raw: a.val}, true
	}
	if den == 0 || a.val == 9 && den == 11 {
		// 9/11 is a date, not nine elevenths.
		return amount{val: a.val, start: a.start, end: a.end + 2, digits: true, dotted: true, ndigits: 6, scale: 1, raw: a.val}, true
	}
	if a.val >= den || den > 1000 {
		return amount{val: a.val, start: a.start, end: a.end + 2, digits: true, dotted: true, scale: 1, raw: a.val}, true
	}
	v := a.val / den
	return amount{val: v, start: a.start, end: a.end + 2, digits: true, fraction: true, decimals: true, scale: 1, raw: v}, true
}

// digitsAmount reads one number token, joining digit groups split by spaces
// ("1 400 000", "40 000").
func (p *parser) digitsAmount(j int) (amount, bool) {
	s := p.str(j)
	a := amount{start: j, end: j + 1, digits: true, scale: 1}
	v, dec, kind := parseDigits(s)
	switch kind {
	case numList:
		a.val = v
		a.list = []int32{}
		return a, true
	case numDotted:
		a.val = v
		a.dotted = true
		a.ndigits = len(strings.ReplaceAll(s, ".", ""))
		return a, true
	case numBad:
		return a, false
	}
	a.val, a.decimals = v, dec
	a.plainInt = kind == numPlain
	a.ndigits = len(s)
	a.leadZero = len(s) > 1 && s[0] == '0' && kind == numPlain
	// Space-grouped thousands: "1 234 567", "40 000", "1 234 567.89".
	if kind == numPlain && len(s) <= 3 && !p.has(j-1, fMonth) {
		k := j + 1
		joined := s
		for p.isNum(k) && p.toks[k].Space && !p.toks[k].Break && p.thinGap(k) {
			g := p.str(k)
			intPart, frac, hasFrac := strings.Cut(g, ".")
			if len(intPart) != 3 || strings.ContainsRune(intPart, ',') || !allDigits(intPart) || hasFrac && !allDigits(frac) {
				break
			}
			joined += g
			k++
			if hasFrac {
				break
			}
		}
		if k > j+1 {
			if v2, err := strconv.ParseFloat(joined, 64); err == nil {
				a.val, a.end, a.plainInt = v2, k, false
				a.decimals = strings.Contains(joined, ".")
				a.ndigits = len(joined)
			}
		}
	}
	a.raw = a.val
	return a, true
}

// thinGap reports whether the white space before token k is one space-like
// character (a space, no-break space or thin space).
func (p *parser) thinGap(k int) bool {
	gap := p.text[p.toks[k-1].End:p.toks[k].Start]
	r, size := utf8.DecodeRuneInString(gap)
	return size == len(gap) && (r == ' ' || r == '\u00a0' || r == '\u202f' || r == '\u2009')
}

// needsSplit reports whether a number token could be a list ("22,24,26")
// or dotted ("192.168.1.2"): only those need parsing before the figure.
func needsSplit(s string) bool {
	commas, dots, _ := separators(s)
	return commas >= 2 || dots >= 2 || commas == 1 && dots == 0
}

// separators counts the commas and dots of a number token and says
// whether it has an exponent.
func separators(s string) (commas, dots int, exp bool) {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ',':
			commas++
		case '.':
			dots++
		case 'e', 'E':
			exp = true
		}
	}
	return commas, dots, exp
}

// dottedDate reports whether "17.05.2018" or "2018.05.17" reads as a date.
func dottedDate(s string) bool {
	parts := strings.Split(s, ".")
	if len(parts) != 3 {
		return false
	}
	n := make([]int, 3)
	for i, x := range parts {
		v, err := strconv.Atoi(x)
		if err != nil {
			return false
		}
		n[i] = v
	}
	switch {
	case len(parts[2]) == 4:
		return n[0] >= 1 && n[0] <= 31 && n[1] >= 1 && n[1] <= 31
	case len(parts[0]) == 4:
		return n[1] >= 1 && n[1] <= 12 && n[2] >= 1 && n[2] <= 31
	}
	return false
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return s != ""
}

type numKind int

const (
	numPlain  numKind = iota // 2024
	numNumber                // 1,234,567.89, 1.5
	numList                  // 22,24,26
	numDotted                // 192.168.1.2
	numBad
)

// parseDigits reads a number token in English (1,234.5), Indian
// (12,34,567.89) or continental (1.234,5) notation.
func parseDigits(s string) (float64, bool, numKind) {
	commas, dots, exp := separators(s)
	if exp {
		v, err := strconv.ParseFloat(s, 64)
		if err != nil {
			return 0, false, numBad
		}
		return v, true, numNumber
	}
	switch {
	case commas == 0 && dots == 0:
		v, err := strconv.ParseFloat(s, 64)
		if err != nil {
			return 0, false, numBad
		}
		return v, false, numPlain
	case commas == 0 && dots == 1:
		v, err := strconv.ParseFloat(s, 64)
		if err != nil {
			return 0, false, numBad
		}
		return v, true, numNumber
	case commas == 0:
		groups := strings.Split(s, ".")
		if groupedBy3(groups) {
			v, _ := strconv.ParseFloat(strings.Join(groups, ""), 64)
			return v, false, numNumber
		}
		v, _ := strconv.ParseFloat(groups[0], 64)
		return v, false, numDotted
	}
	// With commas: which separator is the decimal one?
	lastComma, lastDot := strings.LastIndexByte(s, ','), strings.LastIndexByte(s, '.')
	if dots > 0 && lastComma > lastDot {
		// 1.111,11: dots group, comma is decimal.
		intPart := strings.Split(s[:lastComma], ".")
		if groupedBy3(intPart) && commas == 1 {
			v, err := strconv.ParseFloat(strings.Join(intPart, "")+"."+s[lastComma+1:], 64)
			if err == nil {
				return v, true, numNumber
			}
		}
		return 0, false, numBad
	}
	intStr, frac := s, ""
	if dots == 1 {
		intStr, frac = s[:lastDot], s[lastDot+1:]
	} else if dots > 1 {
		return 0, false, numBad
	}
	groups := strings.Split(intStr, ",")
	if groupedBy3(groups) || indianGrouping(groups) {
		num := strings.Join(groups, "")
		if frac != "" {
			num += "." + frac
		}
		v, err := strconv.ParseFloat(num, 64)
		if err != nil {
			return 0, false, numBad
		}
		return v, frac != "", numNumber
	}
	if commas == 1 && frac == "" && len(groups[1]) != 3 {
		// 1,3 or 5,00: a decimal comma.
		v, err := strconv.ParseFloat(groups[0]+"."+groups[1], 64)
		if err == nil {
			return v, true, numNumber
		}
	}
	if frac == "" {
		v, _ := strconv.ParseFloat(groups[0], 64)
		return v, false, numList
	}
	return 0, false, numBad
}

func groupedBy3(groups []string) bool {
	if len(groups) < 2 || len(groups[0]) == 0 || len(groups[0]) > 3 {
		return false
	}
	for _, g := range groups[1:] {
		if len(g) != 3 {
			return false
		}
	}
	return true
}

func indianGrouping(groups []string) bool {
	n := len(groups)
	if n < 3 || len(groups[n-1]) != 3 || len(groups[0]) == 0 || len(groups[0]) > 2 {
		return false
	}
	for _, g := range groups[1 : n-1] {
		if len(g) != 2 {
			return false
		}
	}
	return true
}

type wordState int

const (
	wsNone wordState = iota
	wsUnit
	wsTens
	wsHundred
	wsScale
	wsDigits
	wsDecimal
)

// words reads a number written in words, or digits followed by words
// ("1.4 million", "3 hundred and 21"). a holds digits already read, if any.
func (p *parser) words(j int, a amount) (amount, bool) {
	total, cur := 0.0, 0.0
	state := wsNone
	lastScale := math.Inf(1)
	k := j
	scale := 1.0
	if a.end > a.start {
		cur = a.val
		state = wsDigits
		k = a.end
	} else {
		a = amount{start: j, scale: 1}
	}
	any := state != wsNone
	for steps := 0; k < len(p.toks) && steps < maxTokensPerFigure; steps++ {
		if p.toks[k].Break && k > j {
			break
		}
		w := p.info(k)
		switch {
		case p.isSym(k, "-–") && state == wsTens && p.has(k+1, fUnit) && p.info(k+1).val < 10 && p.info(k+1).val > 0,
			p.isSym(k, "-–") && (state == wsUnit || state == wsTens || state == wsHundred) && p.has(k+1, fDen|fDenPl):
			// "thirty-one", "fifty - two", "two-thirds"
			k++
			continue
		case w.flags&fAnd != 0 && any:
			// "two hundred and fifty", "five and a half million", "twenty and three fifths".
			if fr, k2, ok := p.andFraction(k + 1); ok && state != wsDecimal {
				switch {
				case p.has(k2, fScale) && state == wsScale && p.info(k2).val < lastScale:
					// "one billion and a half million"
					total += fr * p.info(k2).val
					k2++
				case state == wsScale:
					total += fr * lastScale
				default:
					cur += fr
				}
				a.fraction = true
				k = k2
				state = wsDecimal
				continue
			}
			if (state == wsHundred || state == wsScale) && (p.has(k+1, fUnit|fTens) || p.isNum(k+1) && p.intAt(k+1) < lastScale && p.intAt(k+1) < 1000) {
				k++
				continue
			}
			goto done
		case w.flags&fUnit != 0 && p.toks[k].Kind == tWord:
			if state == wsUnit || state == wsDigits || state == wsDecimal || state == wsTens && (w.val >= 10 || w.val == 0) {
				goto done
			}
			if p.lowerIs(k, "one") && any && state != wsTens && state != wsHundred && state != wsScale {
				goto done
			}
			cur += w.val
			state = wsUnit
		case w.flags&fTens != 0:
			if state == wsUnit || state == wsTens || state == wsDigits || state == wsDecimal {
				goto done
			}
			cur += w.val
			state = wsTens
		case p.toks[k].Kind == tNum && (state == wsHundred || state == wsScale && lastScale <= 1000):
			v, dec, kind := parseDigits(p.str(k))
			if dec || kind != numPlain || v >= lastScale || state == wsHundred && v >= 100 {
				goto done
			}
			cur += v
			state = wsDigits
		case w.flags&fHundred != 0 && (w.flags&fVague == 0 || any):
			if state == wsHundred || state == wsDecimal && cur >= 100 {
				goto done
			}
			if cur == 0 {
				cur = 1
			}
			cur *= 100
			state = wsHundred
			scale = 100
		case w.flags&fScale != 0 || w.flags&fScalePl != 0 && any:
			s := w.val
			switch {
			case cur == 0 && total == 0:
				cur = 1
				total = s
			case cur == 0 && total > 0:
				if s <= lastScale {
					goto done
				}
				total *= s
			case s > lastScale && total > 0:
				total = (total + cur) * s
			default:
				total += cur * s
			}
			cur = 0
			lastScale = s
			scale = s
			state = wsScale
		case w.flags&fDozen != 0 && any:
			total = (total + cur) * 12
			cur = 0
			state = wsScale
			lastScale = 12
		case w.flags&fPoint != 0 && state != wsDecimal && state != wsScale:
			dec, k2, ok := p.pointDigits(k + 1)
			if !ok {
				goto done
			}
			cur += dec
			a.decimals = true
			k = k2
			state = wsDecimal
			any = true
			continue
		case (w.flags&(fDen|fDenPl) != 0) && (state == wsUnit || state == wsTens || w.flags&fDenPl != 0 && (state == wsHundred || state == wsScale)):
			// "two thirds", "one eighth", "twenty fifths", "ninety-five
			// hundred fifths"; not "the twenty fifth".
			plural := w.flags&fDenPl != 0
			if !plural && (cur != 1 || total != 0) || plural && cur == 1 && total == 0 {
				goto done
			}
			cur = (total + cur) / w.val
			total = 0
			a.fraction = true
			state = wsDecimal
			if m, k2, ok := p.fractionOf(k + 1); ok {
				cur *= m
				a.fraction = false
				k = k2
				continue
			}
		default:
			goto done
		}
		any = true
		k++
	}
done:
	if !any || k == j && state == wsNone {
		return amount{}, false
	}
	// Trailing "and" belongs to the sentence, not the number.
	for k > j && p.has(k-1, fAnd) {
		k--
	}
	a.val = total + cur
	a.end = k
	a.scale = scale
	if a.digits {
		a.scale = scale
		if scale == 1 {
			a.scale = 1
		}
	}
	if a.scale > 1 && a.val != 0 {
		a.raw = a.val / a.scale
	} else {
		a.raw = a.val
	}
	if state == wsScale || state == wsHundred {
		a.plainInt = false
	}
	return a, true
}

// fractionOf reads "of a million" or "million" after a fraction.
func (p *parser) fractionOf(k int) (float64, int, bool) {
	k0 := k
	if p.has(k, fOf) {
		k++
	}
	if p.has(k, fA) {
		k++
	}
	if p.has(k, fScale) {
		return p.info(k).val, k + 1, true
	}
	if p.lowerIs(k, "dozen") {
		return 12, k + 1, true
	}
	_ = k0
	return 0, k0, false
}

// andFraction reads "a half", "three quarters" after "and".
func (p *parser) andFraction(k int) (float64, int, bool) {
	num := 0.0
	d := k + 1
	switch {
	case p.has(k, fA) || p.lowerIs(k, "one") && !p.has(k+1, fUnit|fTens):
		num = 1
	case p.has(k, fUnit|fTens):
		num = p.info(k).val
		if p.has(k, fTens) {
			if p.isSym(d, "-") && p.has(d+1, fUnit) {
				d++
			}
			if p.has(d, fUnit) && p.info(d).val < 10 {
				num += p.info(d).val
				d++
			}
		}
	default:
		return 0, k, false
	}
	if p.isSym(d, "-") {
		d++
	}
	if !p.has(d, fDen|fDenPl) || p.lowerIs(d, "second") {
		return 0, k, false
	}
	return num / p.info(d).val, d + 1, true
}

// pointDigits reads the digits after "point": "two point five", "nine point nought four".
func (p *parser) pointDigits(k int) (float64, int, bool) {
	var b strings.Builder
	b.WriteString("0.")
	start := k
	for k < len(p.toks) {
		if p.isNum(k) {
			s := p.str(k)
			if !allDigits(s) {
				break
			}
			b.WriteString(s)
			k++
			continue
		}
		w := p.info(k)
		if w.flags&fUnit != 0 && p.isWord(k) {
			b.WriteString(strconv.Itoa(int(w.val)))
			k++
			continue
		}
		if w.flags&fTens != 0 {
			v := int(w.val)
			k++
			if p.isSym(k, "-") && p.has(k+1, fUnit) {
				k++
			}
			if p.has(k, fUnit) && p.info(k).val < 10 && p.info(k).val > 0 {
				v += int(p.info(k).val)
				k++
			}
			b.WriteString(strconv.Itoa(v))
			continue
		}
		break
	}
	if k == start {
		return 0, k, false
	}
	v, err := strconv.ParseFloat(b.String(), 64)
	return v, k, err == nil
}

// articleAmount reads what follows "a"/"an": "a million", "a dozen", "a
// few hundred", "a half", "a third of a million", "a couple of".
func (p *parser) articleAmount(j int) (amount, bool) {
	k := j + 1
	switch {
	case p.has(k, fHundred) && !p.has(k, fVague) || p.has(k, fScale):
		a, ok := p.words(k, amount{})
		if !ok {
			return a, false
		}
		a.start = j
		return a, true
	case p.lowerIs(k, "few") || p.lowerIs(k, "couple") || p.lowerIs(k, "pair"):
		return p.fewAmount(j, k+1)
	case p.lowerIs(k, "dozen"):
		a := amount{val: 12, start: j, end: k + 1, scale: 12, raw: 1}
		if p.has(k+1, fScale) || p.has(k+1, fOf) && p.has(k+2, fScale) {
			return p.words(k, a)
		}
		return a, true
	case p.has(k, fDen) && !p.lowerIs(k, "second") && !p.lowerIs(k, "first"):
		return p.fractionWordAmount(j, k, 1)
	case p.lowerIs(k, "grand") || p.has(k, fCurWord) && p.info(k).cur != "" && !strings.HasSuffix(strings.ToLower(p.str(k)), "s"):
		// "a dollar", "a grand": one of the currency. The currency is read by the caller.
		return amount{val: 1, start: j, end: k, scale: 1, raw: 1}, true
	}
	return amount{}, false
}

// fractionWordAmount reads "half", "a quarter", "half a million", "a
// quarter of a million", "quarter million".
func (p *parser) fractionWordAmount(start, k int, num float64) (amount, bool) {
	v := num / p.info(k).val
	a := amount{val: v, start: start, end: k + 1, fraction: true, scale: 1, raw: v}
	n := k + 1
	if p.has(n, fA) || p.has(n, fOf) {
		if m, k2, ok := p.fractionOf(n); ok {
			a.val *= m
			a.fraction = false
			a.end = k2
			a.scale = m
			a.raw = v
			return a, true
		}
	}
	if p.has(n, fScale) {
		a.val *= p.info(n).val
		a.fraction = false
		a.end = n + 1
		a.scale = p.info(n).val
	}
	return a, true
}

// vagueAmount reads "dozens", "hundreds", "thousands", "tens of thousands",
// "hundreds of millions", "scores".
func (p *parser) vagueAmount(j int) (amount, bool) {
	base := p.info(j).val
	end := j + 1
	if p.has(end, fOf) && p.has(end+1, fScalePl) && (p.lowerIs(j, "tens") || p.lowerIs(j, "hundreds") || p.lowerIs(j, "dozens")) {
		base *= p.info(end + 1).val
		end += 2
	} else if p.lowerIs(j, "tens") {
		return amount{}, false
	}
	lo, hi := 2*base, 10*base
	if p.lowerIs(j, "dozens") {
		lo, hi = 24, 100
	}
	if p.lowerIs(j, "scores") {
		lo, hi = 40, 100
	}
	return amount{val: lo, lo: lo, hi: hi, vague: true, start: j, end: end, scale: 1, raw: lo}, true
}

// fewAmount reads "several", "a few", "a couple", "a few hundred",
// "several thousand", "a couple of".
func (p *parser) fewAmount(start, k int) (amount, bool) {
	w := strings.ToLower(p.str(k - 1))
	end := k
	if (w == "couple" || w == "pair") && p.has(end, fOf) && !p.wordNumberAt(end+1) {
		end++
	}
	a := amount{start: start, end: end, scale: 1}
	switch w {
	case "couple":
		a.val, a.approx = 2, true
	case "pair":
		a.val = 2
	case "few":
		a.val, a.lo, a.hi, a.vague = 3, 2, 9, true
	case "several":
		a.val, a.lo, a.hi, a.vague = 3, 3, 9, true
	}
	if (w == "few" || w == "several") && (p.has(k, fScale|fDozen) || p.lowerIs(k, "hundred")) {
		s := p.info(k).val
		a.lo, a.hi, a.val = a.lo*s, a.hi*s, a.val*s
		a.end = k + 1
	}
	a.raw = a.val
	return a, true
}

// currencyPrefix reads a currency written before the number: $, US$, C$,
// €, USD, Rs., MUSD. It returns the code, a multiplier (1e6 for MUSD), and
// where the number starts.
func (p *parser) currencyPrefix(j int) (string, float64, int, bool) {
	if j >= len(p.toks) {
		return "", 1, j, false
	}
	w := p.info(j)
	// Letters then $: US$, C $, HK$, u.s $, Mex$.
	if p.isWord(j) {
		ls := strings.ToLower(p.str(j))
		if code, ok := vocab.symPrefix[ls]; ok && p.isSym(j+1, "$") && (p.attached(j+1) || ls == "us" || ls == "hk" || ls == "c") {
			// Spaced only for the forms tokenised corpora use ("us $ 150",
			// "c $ 16.4"): "it's $5" is not Singapore dollars.
			return code, 1, j + 2, true
		}
		if k, ok := p.usDotS(j); ok && p.isSym(k, "$") {
			return "USD", 1, k + 1, true
		}
	}
	if w.flags&fCurSym != 0 {
		return w.cur, 1, j + 1, true
	}
	if w.flags&fCurPrefix != 0 && (p.isNum(j+1) || p.isSym(j+1, "$") || p.isSym(j+1, ".") && p.isNum(j+2)) {
		code := w.cur
		if !p.codeCaseOK(j) {
			return "", 1, j, false
		}
		s := strings.ToLower(p.str(j))
		if (s == "rm" || s == "rs") && !p.capitalised(j) {
			return "", 1, j, false
		}
		mult := 1.0
		if _, ok := vocab.mCodes[s]; ok {
			mult = 1e6
		}
		k := j + 1
		if p.isSym(k, "$") || p.isSym(k, ".") && p.isNum(k+1) && (s == "rs") {
			k++
		}
		return code, mult, k, true
	}
	return "", 1, j, false
}

// lowerCodes are the currency codes read in lower case too ("usd 200");
// other codes must be in capitals, since many are also words or names (Ron, cop, mad).
var lowerCodes = map[string]bool{"usd": true, "eur": true, "gbp": true, "rmb": true, "btc": true, "cny": true,
	"jpy": true, "chf": true, "inr": true, "musd": true, "meur": true, "mgbp": true, "maud": true, "nis": true, "rs": true}

func (p *parser) codeCaseOK(i int) bool {
	s := p.str(i)
	if lowerCodes[strings.ToLower(s)] {
		return true
	}
	return strings.ToUpper(s) == s || len(s) == 4 && s[0] == 'M' && strings.ToUpper(s[1:]) == s[1:]
}

// usDotS reads "U.S." or "u.s" at token i and returns the token after it.
func (p *parser) usDotS(i int) (int, bool) {
	if !p.lowerIs(i, "u") || !p.isSym(i+1, ".") || !p.lowerIs(i+2, "s") {
		return i, false
	}
	k := i + 3
	if p.isSym(k, ".") {
		k++
	}
	return k, true
}

// curSuffixAt reports whether a currency follows at token k.
func (p *parser) curSuffixAt(k int) bool {
	_, _, _, ok := p.currencySuffix(k)
	return ok
}

// currencySuffix reads a currency written after the number: 20€, 10
// dollars, 420 million finnish markka, 3 USD.
func (p *parser) currencySuffix(k int) (string, float64, int, bool) {
	if k >= len(p.toks) || p.toks[k].Break {
		return "", 1, k, false
	}
	w := p.info(k)
	if w.flags&fCurSym != 0 {
		return w.cur, 1, k + 1, true
	}
	if p.isWord(k) && p.isSym(k+1, "$") && p.attached(k+1) {
		if code, ok := vocab.symPrefix[strings.ToLower(p.str(k))]; ok && p.attached(k) {
			return code, 1, k + 2, true // 3.14US$
		}
	}
	if w.flags&fCurAdj != 0 {
		// Two- and three-word names: US dollars, new Israeli shekels.
		for n := 3; n >= 2; n-- {
			if k+n > len(p.toks) {
				continue
			}
			parts := make([]string, 0, n)
			ok := true
			for i := k; i < k+n; i++ {
				if !p.isWord(i) || p.toks[i].Break {
					ok = false
					break
				}
				parts = append(parts, strings.ToLower(p.str(i)))
			}
			if !ok {
				continue
			}
			if code, found := vocab.curPhrases[strings.Join(parts, " ")]; found {
				return code, 1, k + n, true
			}
		}
		if d, ok := p.usDotS(k); ok && (p.lowerIs(d, "dollars") || p.lowerIs(d, "dollar")) {
			return "USD", 1, d + 1, true
		}
	}
	if w.flags&fCurWord != 0 {
		s := strings.ToLower(p.str(k))
		code := w.cur
		if w.flags&fCurPrefix != 0 && !p.codeCaseOK(k) {
			return "", 1, k, false
		}
		mult := 1.0
		if _, ok := vocab.mCodes[s]; ok {
			mult = 1e6
		}
		if s == "grand" {
			mult = 1000
		}
		end := k + 1
		if (s == "pounds" || s == "pound") && p.lowerIs(end, "sterling") {
			end++
		}
		return code, mult, end, true
	}
	return "", 1, k, false
}

// subunitTail reads cents after a whole amount: "and 43 cents", "43c",
// "50" in "15 dollars 50".
func (p *parser) subunitTail(k int) (float64, int, bool) {
	if k >= len(p.toks) || p.toks[k].Break {
		return 0, k, false
	}
	j := k
	if p.has(j, fAnd) {
		j++
	}
	var n float64
	switch {
	case p.isNum(j):
		v, dec, kind := parseDigits(p.str(j))
		if dec || kind != numPlain || v >= 100 || len(p.str(j)) > 2 {
			return 0, k, false
		}
		n = v
		j++
	case p.has(j, fUnit|fTens) && p.isWord(j):
		a, ok := p.words(j, amount{})
		if !ok || a.val >= 100 || a.decimals {
			return 0, k, false
		}
		n = a.val
		j = a.end
	default:
		return 0, k, false
	}
	if p.has(j, fSubunit) && (p.isWord(j) || p.isSym(j, "¢")) {
		return n / 100, j + 1, true
	}
	// A bare number is cents only where nothing else could claim it: "15
	// dollars 50." but not "$4.25 and 32 is the quantity".
	if p.endsPhrase(j) && !p.isSym(j, "%$€£") && !p.has(j, fCurWord|fCurPrefix) {
		return n / 100, j, true
	}
	return 0, k, false
}

// percentSuffix reads %, percent, per cent, pct, percentage points.
func (p *parser) percentSuffix(k int) (int, bool, bool) {
	if k >= len(p.toks) || p.toks[k].Break {
		return k, false, false
	}
	switch {
	case p.isSym(k, "%"):
		return k + 1, false, true
	case p.lowerIs(k, "per") && p.lowerIs(k+1, "cent"):
		return k + 2, false, true
	case p.lowerIs(k, "percentage") && (p.lowerIs(k+1, "points") || p.lowerIs(k+1, "point")):
		return k + 2, true, true
	case p.lowerIs(k, "pp") || p.lowerIs(k, "ppt") || p.lowerIs(k, "ppts"):
		return k + 1, true, true
	case p.has(k, fPercent) && !p.lowerIs(k, "per"):
		return k + 1, false, true
	}
	return k, false, false
}
