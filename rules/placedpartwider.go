package rules

import (
	"strings"
	"unicode"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A wider count with the metric's place as its part: "Roughly 40,000
// people have been killed region-wide, including 34,000 in Gaza" gives
// Gaza 34,000. A part after "including", "among them" or ", with" that is
// placed in the metric's own place ("34,000 in Gaza") is the place's
// figure when every word of the place in the sentence stands in that
// part: the whole before it, which names none of the place, is a wider
// one's (a region's, a war's on several fronts), and is no running total
// of the place. An inner place after the scope word ("in Gaza City") or a
// point of the compass before it ("in northern Gaza") makes the part a
// part of the place, which stays one (place_part_of_wider_count.yaml;
// fa55 left it).

// placedPartOfWider reports whether figure fi of sentence s is a part
// placed in the metric's own place after an earlier whole that names none
// of it: "..., including 34,000 in Gaza", "..., among them 34,200 in
// Gaza", "..., with 34,100 in Gaza".
func (m *metric) placedPartOfWider(st *docState, s *figures.Sentence, fi int) bool {
	if len(m.scope) == 0 {
		return false
	}
	d := st.d
	fs, fe := d.FigureTokens(fi)
	open := partOpener(d, s, fs)
	if open < 0 || fe >= s.TokEnd || !placedPartAt(d, s, fs) || d.LowerTokenText(fe) != "in" {
		return false
	}
	whole := false
	for fj := s.FigStart; fj < fi; fj++ {
		if d.Figures[fj].Kind == d.Figures[fi].Kind {
			whole = true
		}
	}
	if !whole {
		return false
	}
	// The place right after "in" (perhaps "the"), ending there.
	t := fe + 1
	if t < s.TokEnd && d.LowerTokenText(t) == "the" {
		t++
	}
	if t >= s.TokEnd {
		return false
	}
	var buf [64]byte
	end, ok := m.scopeEndAt(st, s, t, lowerInto(&buf, d.TokenText(t)))
	if !ok || named(d, end) {
		return false // "in Gaza City": an inner place, whose count is a part of the place's
	}
	return m.scopeOnlyWhere(st, s, func(ti int) bool { return ti > open && ti < end })
}

// partOpener returns the token that opens a part right before the figure
// starting at token fs: "including", "among them" (its "among"), or a
// comma's "with"; -1 for none.
func partOpener(d *figures.Document, s *figures.Sentence, fs int) int {
	k := fs - 1
	if k <= s.TokStart {
		return -1
	}
	switch d.LowerTokenText(k) {
	case "including":
		return k
	case "them":
		if d.LowerTokenText(k-1) == "among" {
			return k - 1
		}
	case "with":
		if d.TokenText(k-1) == "," {
			return k
		}
	}
	return -1
}

// wholeOfPlacedPart reports whether figure fi of sentence s is the whole
// a later part placed in the metric's own place is taken from
// (placedPartOfWider): a wider count, not the place's.
func (m *metric) wholeOfPlacedPart(st *docState, s *figures.Sentence, fi int) bool {
	for fj := fi + 1; fj < s.FigEnd; fj++ {
		if d := st.d; d.Figures[fj].Kind == d.Figures[fi].Kind && m.placedPartOfWider(st, s, fj) {
			return true
		}
	}
	return false
}

// The same wider count told by a partitive whose part's predicate places
// it: "Nearly 4,100 of the 5,000 killed in the storm died in Derna", "Of
// the 5,000 dead across the province, 4,100 were in Derna".
// The part is the clause's subject, the whole's phrase holds a keyword of
// the metric ("killed", "dead": the whole counts what the metric counts,
// not a crowd it befell), and the part's verb group ("died", "were
// killed", "were") then "in" and the metric's place, ending there and
// owning nothing, with every scope word of the sentence in that place,
// makes the whole a wider count than the place's
// (part_of_whole_noun_after.yaml; fa57 left it).

// predicatePlacedWhole returns the whole that count figure fi of sentence
// s is a part of when fi's own predicate places it in the metric's place
// and the whole names none of it: the figure right after fi in "fi of the
// WHOLE ... VERB in PLACE" (partPredicateFrom, partVerbAfterWhole), or the
// amount of a phrase opening the sentence in "Of the WHOLE ..., fi VERB in
// PLACE"; else -1. hits are the metric's in s.
func (m *metric) predicatePlacedWhole(st *docState, s *figures.Sentence, hits []hit, fi int) int {
	d := st.d
	if len(m.scope) == 0 || m.severalPlaces || d.Figures[fi].Kind != figures.Count || st.wordMarks(s).bits&rmOf == 0 {
		return -1 // a part in one of several places is a part of their count
	}
	fs, fe := d.FigureTokens(fi)
	whole, from, wholeEnd := -1, -1, -1
	if fs == afterStamp(d, s) {
		if p := partPredicateFrom(d, s, fi); p >= 0 {
			whole, from = fi+1, p
		} else if p := partVerbAfterWhole(d, s, fi); p >= 0 {
			whole, from = fi+1, p
		}
		wholeEnd = from
	} else if w := frontedWholeFigure(d, s, fs); w >= 0 && d.Figures[w].Kind == figures.Count && openingComma(d, s, fs) == fs-1 {
		whole, from, wholeEnd = w, fe, fs-1
	}
	if whole < 0 || !wholeKeyworded(d, hits, whole, wholeEnd) {
		return -1
	}
	in := placedVerbIn(d, s, from)
	if in < 0 {
		return -1
	}
	t := in + 1
	if t < s.TokEnd && d.LowerTokenText(t) == "the" {
		t++
	}
	if t >= s.TokEnd {
		return -1
	}
	var buf [64]byte
	end, ok := m.scopeEndAt(st, s, t, lowerInto(&buf, d.TokenText(t)))
	if !ok || end < s.TokEnd && (named(d, end) || d.Tokens[end].IsSymbol() && isApostrophe(d.TokenText(end))) {
		// "died in Gaza City": an inner place, whose count is a part of
		// the place's; "killed in Gaza's war": the place owns the event.
		return -1
	}
	if !m.scopeOnlyWhere(st, s, func(ti int) bool { return ti > in && ti < end }) {
		return -1 // the whole's own words name the place: the place's whole
	}
	if timedClause(d, s, end) {
		// "3,120 drowned in Derna in the flood's opening days": a part
		// by time too, no total of the place; the whole keeps its reading.
		return -1
	}
	return whole
}

// timedClause reports whether the clause going on at token k, up to a
// comma, semicolon or the sentence's end, names a span or a point of time:
// a unit of time ("in its opening days", "last week"), a month, or
// a date or a year.
func timedClause(d *figures.Document, s *figures.Sentence, k int) bool {
	for ; k < s.TokEnd; k++ {
		switch d.TokenText(k) {
		case ",", ";", ":", "—", "–":
			return false
		}
		if fi := figureAt(d, k); fi >= 0 && d.Figures[fi].Kind.IsCalendar() {
			return true
		}
		if w := d.LowerTokenText(k); periodWord(w) || monthNumber(w) > 0 {
			return true
		}
	}
	return false
}

// wholeKeyworded reports whether a keyword hit of hits (the metric's in
// s) stands in the phrase of whole figure w, from its end to before token
// end: "the 5,260 people killed by the storm", "the 6,370 dead across the
// coast".
func wholeKeyworded(d *figures.Document, hits []hit, w, end int) bool {
	_, we := d.FigureTokens(w)
	for _, h := range hits {
		if h.ref.role == roleKeyword && h.start >= we && h.end <= end {
			return true
		}
	}
	return false
}

// placedVerbIn returns the "in" that ends a part's verb group starting at
// token k ("died in", "were killed in", "have since died in", "were in"),
// at most four lower-case words, one or more a verb; else -1.
func placedVerbIn(d *figures.Document, s *figures.Sentence, k int) int {
	verb := false
	for n := 0; n <= 4 && k < s.TokEnd; n, k = n+1, k+1 {
		t := d.Tokens[k]
		if !t.IsWord() || !isLowerWord(d.TokenText(k)) {
			return -1
		}
		w := d.LowerTokenText(k)
		if w == "in" {
			if verb {
				return k
			}
			return -1
		}
		switch {
		case beForm(w) || haveForm(w) || modalWord(w) || pastParticipleShape(w):
			verb = true
		case relativeAdverb(w):
		default:
			return -1
		}
	}
	return -1
}

// wholeOfPredicatePlacedPart reports whether figure fi of sentence s is the
// whole that a part placed in the metric's own place by its predicate is
// taken from (predicatePlacedWhole): a wider count, not the place's.
func (m *metric) wholeOfPredicatePlacedPart(st *docState, s *figures.Sentence, hits []hit, fi int) bool {
	d := st.d
	if d.Figures[fi].Kind != figures.Count || st.wordMarks(s).bits&rmOf == 0 {
		return false
	}
	for fj := s.FigStart; fj < s.FigEnd; fj++ {
		if fj != fi && d.Figures[fj].Kind == figures.Count && m.predicatePlacedWhole(st, s, hits, fj) == fi {
			return true
		}
	}
	return false
}

// partVerbAfterWhole returns where the predicate of count figure fi of
// sentence s starts when fi is a part taken of the figure right after it and
// that predicate is a verb with no auxiliary, which partPredicateFrom
// leaves: "9,000 of the 12,000 victims drowned", or past the whole's own
// participle and its phrase, "4,100 of the 5,000 killed in the storm
// died". Else -1.
func partVerbAfterWhole(d *figures.Document, s *figures.Sentence, fi int) int {
	g := fi + 1
	if g >= s.FigEnd || partTaker(d, s, g) != fi {
		return -1
	}
	_, k := d.FigureTokens(g)
	verb := func(k int) bool {
		w := d.LowerTokenText(k)
		return d.Tokens[k].IsWord() && isLowerWord(d.TokenText(k)) && (beForm(w) || haveForm(w) || modalWord(w) || pastParticipleShape(w))
	}
	if k < s.TokEnd && d.Tokens[k].IsWord() && isLowerWord(d.TokenText(k)) && !verb(k) {
		k++ // the whole's noun: "people", "victims"
	}
	if k >= s.TokEnd || !verb(k) {
		return -1
	}
	// A participle with its own phrase after it is the whole's ("killed in
	// the storm"): the part's verb is the next one, before any mark.
	for j := k + 1; j < s.TokEnd && j <= k+10; j++ {
		if !d.Tokens[j].IsWord() {
			if inFigure(d, j) || d.TokenText(j) == "." {
				continue // a date in the whole's phrase: "killed since Oct. 7"
			}
			break
		}
		if verb(j) {
			return j
		}
	}
	return k
}

// scopeNamesSeveral reports whether scope names more than one place: two
// of its capitalised one-word names that share no stem ("Turkey" and
// "Syria"; not "Sudan" and "Sudanese", one place and its people, nor
// "Turkey" and "Türkiye", one place in two spellings). Such a metric
// counts its places together, and the part in any one is a part.
func scopeNamesSeveral(scope []string) bool {
	var first string
	for _, w := range scope {
		if strings.ContainsAny(w, " @") || w == "" || !unicode.IsUpper([]rune(w)[0]) {
			continue
		}
		stem := nameStem(w)
		if first == "" {
			first = stem
		} else if stem != first {
			return true
		}
	}
	return false
}

// nameStem returns the first three letters of name w, lower-cased, with
// the diacritics of Turkish and of the Latin alphabets' common letters
// taken off: "Türkiye" and "Turkey" share "tur".
func nameStem(w string) string {
	w = strings.NewReplacer("ü", "u", "Ü", "u", "ö", "o", "é", "e", "è", "e", "á", "a", "í", "i", "ç", "c", "ş", "s").Replace(w)
	r := []rune(strings.ToLower(w))
	return string(r[:min(3, len(r))])
}
