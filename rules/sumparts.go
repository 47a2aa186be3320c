package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A total after its parts: "The toll stands at 36,187 in Turkey and 5,800
// in Syria, for a total of nearly 42,000". Each part names a place the
// metric's exclude_near words rule out; the phrase after them sums the
// parts, so the total is the count the keyword before the parts speaks
// of, however many words the parts take, and the parts' places are not
// its own. ("..., taking the total to", "bringing the combined toll to"
// after parts are broughtTotal's; "N in all" is dashedTotal's.)

// sumParts describes a total after its parts: conn is the token that
// opens the total's phrase ("for", "making", or "a" right after the
// comma), comma the comma (or dash) before it, first the first token of
// the first part. conn is -1 when figure fi is no such total.
type sumParts struct {
	conn, comma, first int
}

// partsTotal reads the phrase before figure fi of sentence s: a comma or
// a dash, an optional verb or "for", "a" or "an", and "total of" (with
// "combined", "grand" or "overall" before "total") or "combined"
// ("for a combined 50,132"). Before the comma stand the parts: two or
// more amounts, the last two joined by "and", each at most partGap words
// from the next, with no clause mark (semicolon, colon) among them.
func partsTotal(d *figures.Document, s *figures.Sentence, fi int) sumParts {
	if p := dashedTotal(d, s, fi); p.conn >= 0 {
		return p // "— nearly 60,000 in all" (dashedtotal.go)
	}
	if p := broughtTotal(d, s, fi); p.conn >= 0 {
		return p // "..., bringing the total to 59,000" (broughttotal.go)
	}
	none := sumParts{conn: -1}
	fs, fe := d.FigureTokens(fi)
	word := sentenceWords(d, s)
	// The figure finder may hold the phrase in the figure: "a total of
	// 50,132".
	t := fs
	for t < fe-1 && totalPhraseWord(word(t)) {
		t++
	}
	t--
	if t <= s.TokStart {
		return none
	}
	switch word(t) {
	case "of":
		t--
		switch word(t) {
		case "total", "sum", "tally":
		default:
			return none
		}
	case "combined":
	default:
		return none
	}
	t--
	for t > s.TokStart && (word(t) == "combined" || word(t) == "grand" || word(t) == "overall") {
		t--
	}
	if t <= s.TokStart || word(t) != "a" && word(t) != "an" {
		return none
	}
	conn := t
	switch word(t - 1) {
	case "for", "making", "makes", "made", "giving", "gives", "gave":
		t--
		conn = t
	}
	comma := t - 1
	if comma <= s.TokStart || d.TokenText(comma) != "," && !asideMark(d.TokenText(comma)) {
		return none
	}
	first := partsBefore(d, s, comma)
	if first < 0 {
		return none
	}
	return sumParts{conn: conn, comma: comma, first: first}
}

// totalPhraseWord reports whether w is a word of the phrase "a combined
// total of" that the figure finder may hold in the figure.
func totalPhraseWord(w string) bool {
	switch w {
	case "a", "an", "total", "of", "combined", "grand", "overall", "sum", "tally":
		return true
	}
	return false
}

// partGap is the most words between one part's figure and the next, from
// the end of the one to the start of the other: "N
// people in the province of Hatay and M".
const partGap = 6

// partWords counts the words from token from to token to, a name of
// several capitalised words as one: "$3.3 billion a year in Foreign
// Military Financing plus $500 million" is five words between the parts,
// as "in FMF plus" would be.
func partWords(d *figures.Document, from, to int) int {
	n := 0
	for k := from; k < to; k++ {
		if !d.Tokens[k].IsWord() || k > from && named(d, k) && named(d, k-1) {
			continue
		}
		n++
	}
	return n
}

// partsBefore returns the first token of the first of the parts that end
// at the comma at token end (see partsTotal), or -1.
func partsBefore(d *figures.Document, s *figures.Sentence, end int) int {
	first, parts, joined := -1, 0, false
	lastStart := end // the start of the part found last (the one after)
	for k := end - 1; k >= s.TokStart; k-- {
		switch w := d.LowerTokenText(k); w {
		case ";", ":", "|":
			k = s.TokStart // a list's item or another clause: the parts end here
			continue
		case "and", "plus":
			// "plus" joins two sums as "and" does: "$3.3bn in FMF, plus
			// $500m for missile defence, for a total of $3.8bn".
			if parts == 1 {
				joined = true
			}
		}
		fj := figureAt(d, k)
		if fj < 0 {
			continue
		}
		fs, fe := d.FigureTokens(fj)
		k = fs
		if !d.Figures[fj].Kind.IsAmount() {
			continue
		}
		// The words between are counted from the end of this part's
		// figure: the figure's own words ("$3.3 billion", "forty-four
		// thousand") are no gap.
		if parts > 0 && partWords(d, fe, lastStart) > partGap {
			break
		}
		parts++
		first, lastStart = fs, fs
	}
	if parts < 2 || !joined {
		return -1
	}
	return first
}

// partPlace reports whether exclude_near hit h is the place of one of the
// parts p sums: a capitalised name right after "in", "across" or
// "throughout", between the first part and the comma ("5,800 in Syria").
// An owner ("in Syria's north-west") or a name after "of" ("areas of
// Syria") names a place the parts are in. A point of the compass before
// the name is the name's ("8,476 in north-west Syria"), and so is a hit on
// the point itself.
func partPlace(d *figures.Document, p sumParts, h hit) bool {
	if p.conn < 0 || h.start < p.first || h.end > p.comma || ownerHit(d, h) {
		return false
	}
	start := h.start
	if !named(d, start) {
		if compassEnd(d, start) != h.end || !named(d, h.end) || h.end >= p.comma {
			return false
		}
	} else {
		start = skipCompass(d, start-1, p.first) + 1
	}
	switch d.LowerTokenText(start - 1) {
	case "in", "across", "throughout":
		return true
	}
	return false
}

// wholeOfParts reports whether the parts p sums make the metric's whole:
// they name two places or more, or the inside and the outside ("8.8
// million are displaced inside the country and 3.2 million more have
// crossed its borders — 12 million in total": insideOutPart), and every
// exclude_near word of the sentence before the total is one of those. Any other (the
// injured, "alone", a place the sentence opens with or owns the parts:
// "In Syria, ...", "Syria's health ministry said ...") makes the parts
// another count, or the parts of a part.
func wholeOfParts(d *figures.Document, p sumParts, hits []hit) bool {
	if p.conn < 0 {
		return false
	}
	n := 0
	for _, h := range hits {
		if h.ref.role != roleNear || h.start >= p.conn {
			continue
		}
		if insideOutPart(d, p, h) {
			n += 2 // one side of the border of two: the halves make the whole
			continue
		}
		if !partPlace(d, p, h) {
			return false
		}
		n++
	}
	return n >= 2
}

// excludedPart returns the index in hits of an exclude_near word inside
// the parts p sums (between the first part and the comma), or -1. When the
// parts do not make the whole (wholeOfParts), such a word rules out the
// total with its parts: "Syria's health ministry said the quake killed
// 4,400 people in Idlib and 1,414 in Aleppo, for a total of 5,814" sums
// two parts of Syria's count.
func excludedPart(p sumParts, hits []hit) int {
	if p.conn < 0 {
		return -1
	}
	for i, h := range hits {
		if h.ref.role == roleNear && h.start >= p.first && h.end <= p.comma {
			return i
		}
	}
	return -1
}
