package rules

import (
	"github.com/claimtrack/claimtrack/rules/figures"
)

// A metric that counts a part in its place ("Hamas battalions that remain
// in Rafah") and finds its place anywhere in the sentence reads "N of the
// M <noun>" as a part. That part is the place's only when the place
// stands in the part's own phrase: "IDF says 20 of Hamas's 24 battalions
// dismantled, Rafah next" counts the battalions beaten, not those in
// Rafah.

// partElsewhere reports whether figure fi of sentence s takes a part of a
// whole right after it ("20 of Hamas's 24") and none of the metric's scope
// words stands in the part's phrase: from the start of its clause to the
// first comma, semicolon, colon or dash past the whole, or a conjunction
// that opens a clause of its own ("as fighting moved toward El Fasher").
func (m *metric) partElsewhere(st *docState, s *figures.Sentence, fi int) bool {
	if !m.scopedInSentence() || fi+1 >= s.FigEnd {
		return false
	}
	d := st.d
	fs, fe := d.FigureTokens(fi)
	var from, to int
	switch {
	case partTaker(d, s, fi+1) == fi:
		_, ge := d.FigureTokens(fi + 1)
		from, to = clauseStartWithSubject(d, s, fs), ge
	case fs > s.TokStart && d.TokenText(fs-1) == "," && ofThem(d, fe) && d.LowerTokenText(fe+1) != "which" && d.LowerTokenText(fe+1) != "whom":
		// "five battalions, three of those at Deir al-Balah and two near
		// Rafah": the part's phrase runs from the figure up to the list's
		// next item.
		from, to = fs, fe+2
	default:
		return false
	}
	for ; to < s.TokEnd; to++ {
		if w := d.TokenText(to); w == "," || w == ";" || w == ":" || labelMark(w) || clauseBreak(d, to, to+1) || subordinator(d, to) {
			break
		}
		if w := d.LowerTokenText(to); (w == "and" || w == "or") && figureAt(d, to+1) >= 0 {
			break
		}
	}
	// The place named in the part's phrase, or pointed back to ("four of
	// Hamas's 24 battalions are still intact there"), makes it the
	// place's; so does a place the sentence does not name at all (a
	// question before it asked about the place).
	var buf [64]byte
	elsewhere := false
	for ti := s.TokStart; ti < s.TokEnd; ti++ {
		if !d.Tokens[ti].IsWord() {
			continue
		}
		w := lowerInto(&buf, d.TokenText(ti))
		inPart := ti >= from && ti < to
		if inPart && (string(w) == "there" || string(w) == "here") {
			return false
		}
		if m.scopeAt(st, s, ti, w) {
			if inPart {
				return false
			}
			elsewhere = true
		}
	}
	return elsewhere
}

// scopeAt reports whether one of the metric's scope phrases starts at
// token ti of sentence s, w its text lower-cased. A token outside s holds
// none of s's phrases (and has no place in its per-sentence stems).
func (m *metric) scopeAt(st *docState, s *figures.Sentence, ti int, w []byte) bool {
	_, ok := m.scopeEndAt(st, s, ti, w)
	return ok
}

// scopeEndAt is scopeAt that also returns the token after the phrase.
func (m *metric) scopeEndAt(st *docState, s *figures.Sentence, ti int, w []byte) (int, bool) {
	if ti < s.TokStart || ti >= s.TokEnd {
		return 0, false
	}
	for i := range m.scope {
		ph := &m.scope[i]
		if string(w) != ph.words[0] && st.tokenStem(s, ti, w) != ph.keys[0] {
			continue
		}
		if end, ok := matchPhrase(st, s, ti, ph); ok {
			return end, true
		}
	}
	return 0, false
}

// scopedInSentence reports whether the metric finds its scope in the
// sentence and has scope words: only such a metric can have a figure's
// place read from where in the sentence its scope words stand.
func (m *metric) scopedInSentence() bool {
	return m.spec.ScopeIn == "sentence" && len(m.scope) > 0
}

// scopeOnlyWhere reports whether sentence s names one of the metric's
// scope phrases and where holds at the first token of every one of them.
func (m *metric) scopeOnlyWhere(st *docState, s *figures.Sentence, where func(ti int) bool) bool {
	d := st.d
	var buf [64]byte
	found := false
	for ti := s.TokStart; ti < s.TokEnd; ti++ {
		if !d.Tokens[ti].IsWord() || !m.scopeAt(st, s, ti, lowerInto(&buf, d.TokenText(ti))) {
			continue
		}
		if !where(ti) {
			return false
		}
		found = true
	}
	return found
}

// frontedWholeElsewhere reports whether figure fi is the whole of a
// sentence that opens "Of the N <noun> ...," and counts its parts after
// the comma, where the metric's place stands: "Of the 24 battalions Hamas
// began the war with, the army says 18 have been dismantled, with four left
// in Rafah". The place's count is a part, not the whole. A whole whose own
// phrase names the place ("Of the six battalions left in Rafah, four are
// intact") is the place's.
func (m *metric) frontedWholeElsewhere(st *docState, s *figures.Sentence, fi int) bool {
	if !m.scopedInSentence() {
		return false
	}
	d := st.d
	start := ofWholeOpener(d, s) // the sentence's or a clause's (ofwholeopener.go)
	var buf [64]byte
	if start < 0 {
		return false
	}
	k := start + 1
	switch d.LowerTokenText(k) {
	case "the", "its", "their":
		k++
	}
	if ownsNext(d, hit{start: k, end: k + 1}) {
		k += 3 // "Of Hamas's 24 battalions"
	}
	if fs, _ := d.FigureTokens(fi); fs != k {
		return false
	}
	comma := -1
	for t := k; t < s.TokEnd; t++ {
		if d.TokenText(t) == "," {
			comma = t
			break
		}
	}
	if comma < 0 {
		return false
	}
	part := false
	for fj := fi + 1; fj < s.FigEnd; fj++ {
		if gs, _ := d.FigureTokens(fj); gs > comma && d.Figures[fj].Kind == d.Figures[fi].Kind {
			part = true
			break
		}
	}
	if !part {
		return false
	}
	after := false
	for ti := start; ti < s.TokEnd; ti++ {
		if !d.Tokens[ti].IsWord() {
			continue
		}
		if w := lowerInto(&buf, d.TokenText(ti)); m.scopeAt(st, s, ti, w) {
			if ti < comma {
				return false
			}
			after = true
		} else if ti > comma && (string(w) == "there" || string(w) == "here") && !m.scopeNamedIn(st, s) {
			after = true // the place a question before named: "the last four ... are based there"
		}
	}
	return after
}

// partClauseWords is how many tokens after the whole's figure the comma
// of its part clause may stand ("1.9 million people are displaced across
// Gaza, of whom").
const partClauseWords = 10

// placedPartAt reports whether a count opens at token t and a phrase of
// place follows it ("four in Rafah"): a part of a whole said by where it is.
func placedPartAt(d *figures.Document, s *figures.Sentence, t int) bool {
	fj := figureAt(d, t)
	if fj < 0 || !countAt(d, t) {
		return false
	}
	_, je := d.FigureTokens(fj)
	if je >= s.TokEnd {
		return false
	}
	switch d.LowerTokenText(je) {
	case "in", "at", "near", "around", "inside":
		return true
	}
	return false
}

// wholeOfLaterPart reports whether figure fi is the whole a part clause
// after it takes a share of (", of whom over 1.3 million are now crammed
// into Rafah", ", of which", ", of them"), and every scope word of the
// sentence stands in that clause: the place's count is the part, and the
// whole is a wider one's ("1.9 million people are displaced across Gaza,
// of whom ..."). A whole whose own words name the place ("1.4 million
// are sheltering in Rafah, of whom 600,000 are children") is the
// place's. The count of the groups the whole is organised in may stand
// between ("24 battalions in five brigades, of which Rafah's was among
// the smallest"; partitive_relative_place.yaml). Only for a metric that
// finds its scope in the sentence.
func (m *metric) wholeOfLaterPart(st *docState, s *figures.Sentence, fi int) bool {
	if !m.scopedInSentence() {
		return false
	}
	d := st.d
	_, fe := d.FigureTokens(fi)
	word := sentenceWords(d, s)
	for k := fe; k < s.TokEnd && k < fe+partClauseWords; k++ {
		if countAt(d, k) {
			// The groups the whole is organised in ("24 battalions in five
			// brigades, of which Rafah's ..."): a part of the same whole.
			// Any other count may be what the part clause takes from.
			gj := figureIn(d, s, k)
			if p := word(k - 1); gj < 0 || p != "in" && p != "into" && p != "across" {
				return false
			}
			_, ge := d.FigureTokens(gj)
			k = ge - 1
			continue
		}
		if w := word(k); w == ":" || w == "—" || w == "–" || w == "(" {
			// A dash, a bracket or a colon opening a list of the whole's
			// parts by place: "The six battalions Israel says remain —
			// four in Rafah and two in the central camps —" (whole_split_aside.yaml).
			open := k
			return placedPartAt(d, s, k+1) && m.scopeOnlyWhere(st, s, func(ti int) bool { return ti > open })
		} else if w == ";" {
			return false
		} else if w != "," {
			continue
		}
		if word(k+1) != "of" && word(k+1) != "among" {
			return false
		}
		switch word(k + 2) {
		case "whom", "which", "them", "these", "those":
		default:
			return false
		}
		comma := k
		return m.scopeOnlyWhere(st, s, func(ti int) bool { return ti > comma })
	}
	return false
}
