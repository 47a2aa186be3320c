package rules

import (
	"github.com/claimtrack/claimtrack/rules/figures"
)

// The noun a figure counts is left out of a later clause of the sentence
// as it is after a semicolon (elided.go) when the clause opens on "and",
// "that" or ", with" and its bare figure is the subject of its verb: "the
// army said 18 had been dismantled and four remained intact in Rafah",
// "Of the 24 battalions it fielded, Israel maintains that as many as four
// are still entrenched in Rafah", "18 have been dismantled, with four left
// in Rafah". Without a semicolon the clause is less plainly a new one
// ("12,000 dead and 3,000 are still missing" counts the missing), so the
// reading holds only for a metric that finds its place in the sentence and
// when the later clause names that place: the later figure is then the
// place's share of the noun the earlier figure counted, as "four remain in
// Rafah" is of "24 battalions".

// elidedClauseFigure returns the first amount after keyword hit h of
// metric m that opens a later clause on "and", "that" or ", with" and is
// its bare subject (elidedSubject), when that clause names the metric's
// place; or -1.
func (m *metric) elidedClauseFigure(st *docState, s *figures.Sentence, h hit) int {
	if !m.scopedInSentence() {
		return -1
	}
	d := st.d
	word := sentenceWords(d, s)
	for fi := s.FigStart; fi < s.FigEnd; fi++ {
		fs, fe := d.FigureTokens(fi)
		if fs <= h.end || !d.Figures[fi].Kind.IsAmount() {
			continue
		}
		participle := false
		switch word(fs - 1) {
		case "and", "that":
		case "with":
			participle = word(fs-2) == ","
			if !participle {
				continue
			}
		default:
			continue
		}
		if !elidedSubject(d, s, fe, participle) {
			continue
		}
		if m.scopeInClause(st, s, fe) {
			return fi
		}
		return -1
	}
	return -1
}

// elidedSubject reports whether the bare figure ending at token fe is the
// subject of a verb that follows it, past at most two adverbs ("four
// remain", "four are still entrenched"), or, after ", with", of a
// participle of remaining ("with four left in Rafah").
func elidedSubject(d *figures.Document, s *figures.Sentence, fe int, participle bool) bool {
	word := sentenceWords(d, s)
	k := fe
	for n := 0; n < 2 && k < s.TokEnd && isLowerWord(d.TokenText(k)) && elidedAdverb(word(k)); n++ {
		k++
	}
	if k >= s.TokEnd {
		return false
	}
	if participle {
		return word(k) == "left" || word(k) == "remaining"
	}
	return verbAfterSubject(word(k))
}

// scopeInClause reports whether one of the metric's scope words stands in
// the clause that runs from token from to its first mark.
func (m *metric) scopeInClause(st *docState, s *figures.Sentence, from int) bool {
	d := st.d
	var buf [64]byte
	for ti := from; ti < s.TokEnd; ti++ {
		if !d.Tokens[ti].IsWord() {
			if isClauseMark(d.TokenText(ti)) {
				return false
			}
			continue
		}
		if m.scopeAt(st, s, ti, lowerInto(&buf, d.TokenText(ti))) {
			return true
		}
	}
	return false
}

// A speaker leaves the noun out of the next sentence too: "We have
// destroyed eighteen of Hamas's twenty-four battalions. Four are left in
// Rafah." A sentence that opens on a bare figure, the subject of its verb,
// counts the noun a figure of the sentence before in its paragraph counts,
// under the same condition as a later clause: the metric finds its place
// in the sentence, and the opening clause names it.

// elidedOpeningHits appends, for each keyword of the sentence before si
// that is the noun counted right after a figure there, a hit right after
// the bare figure that opens sentence si (elidedSubject), when the
// sentence names none of the metric's keywords and its opening clause
// names the metric's place.
func (e *Engine) elidedOpeningHits(st *docState, si int, hits []hit) []hit {
	d := st.d
	s := &d.Sentences[si]
	if si == 0 || s.ParagraphStart || s.FigStart >= s.FigEnd {
		return hits
	}
	fs, fe := d.FigureTokens(s.FigStart)
	if fs != s.TokStart || !d.Figures[s.FigStart].Kind.IsAmount() || !elidedSubject(d, s, fe, false) {
		return hits
	}
	prev := &d.Sentences[si-1]
	before := e.findHits(st, prev, nil)
	for _, h := range before {
		m := e.metrics[h.ref.metric]
		if h.ref.role != roleKeyword || !m.scopedInSentence() || figureEndingAt(d, prev, h.start) < 0 {
			continue
		}
		if hasKeyword(hits, int(h.ref.metric)) || ruledOutAt(d, before, h) || !m.scopeInClause(st, s, fe) {
			continue
		}
		hits = append(hits, hit{ref: h.ref, start: fe, end: fe + 1})
	}
	return hits
}
