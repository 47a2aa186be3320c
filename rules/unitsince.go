package rules

import (
	"slices"
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// Once an article has said what kind of sales it counts, a writer counts
// them by the bare noun and dates them from the war's start: "the 100-plus
// sales Washington has approved to Israel since October", "we've approved
// over a hundred sales since October the seventh", "The sales, more than 100 in all since
// October 7, included ...". The noun is the metric's unit and the head of
// one of its keywords ("arms sales", "separate sales") with the modifier
// left out; the "since" in the same clause, naming the metric's own start
// (its month, or the war or invasion itself), is what makes the bare noun
// the running count the metric keeps. The noun then stands for that
// keyword, and the rest of the engine judges the figure as it would
// beside the keyword. "Only" or "just" before the figure picks a few of
// the sales out ("Only two sales to Israel since October were notified to
// Congress"), and the rest of the sentence says what sets them apart: not
// the count. Without the "since" ("Those 100-plus sales, nearly
// all below the threshold") or with another start ("sales since March",
// "since 2019") the noun says nothing of which sales are counted.

// unitSinceWords is how many words may stand between the noun and its
// "since": "sales Washington has quietly approved to Israel since".
const unitSinceWords = 10

// unitHeadKeyword returns the index of the first keyword phrase of m of
// more than one word whose last word is the metric's unit ("arms sales"
// for unit sales), or -1; only for a metric that counts from a start.
func unitHeadKeyword(m *metric) int {
	unit := strings.ToLower(strings.TrimSpace(m.spec.Unit))
	if m.countFrom == 0 || unit == "" || strings.Contains(unit, " ") {
		return -1
	}
	for ki, ph := range m.keywords {
		if n := len(ph.words); n > 1 && ph.words[n-1] == unit {
			return ki
		}
	}
	return -1
}

// unitSinceMetrics maps each unit that heads a keyword of its metric
// (unitHeadKeyword), lower-cased, to the metrics it does so for, in order.
func (e *Engine) unitSinceMetrics() map[string][]int {
	var by map[string][]int
	for mi, m := range e.metrics {
		if m.unitHead < 0 {
			continue
		}
		if by == nil {
			by = map[string][]int{}
		}
		unit := strings.ToLower(strings.TrimSpace(m.spec.Unit))
		by[unit] = append(by[unit], mi)
	}
	return by
}

// unitSinceHits appends, for each metric whose unit heads one of its
// keywords (unitHeadKeyword), a keyword hit on that unit counted by a
// figure of sentence s and dated from the metric's start (unitSinceNoun),
// when the sentence holds no keyword of the metric (an exclude_near word
// alone, "two emergency transfers", leaves the noun to read). Only the
// metrics whose unit is a word of the sentence can be read so, and only
// in a sentence with a "since".
func (e *Engine) unitSinceHits(st *docState, s *figures.Sentence, hits []hit) []hit {
	if len(e.unitSince) == 0 || !st.wordMarks(s).since {
		return hits
	}
	d := st.d
	var candidates []int
	for k := s.TokStart; k < s.TokEnd; k++ {
		if d.Tokens[k].IsWord() {
			candidates = append(candidates, e.unitSince[d.LowerTokenText(k)]...)
		}
	}
	slices.Sort(candidates)
	for _, mi := range slices.Compact(candidates) {
		m := e.metrics[mi]
		if hasKeyword(hits, mi) {
			continue
		}
		for fi := s.FigStart; fi < s.FigEnd; fi++ {
			if !d.Figures[fi].Kind.IsAmount() {
				continue
			}
			if noun := m.unitSinceNoun(d, s, fi); noun >= 0 {
				hits = append(hits, hit{ref: phraseRef{metric: int32(mi), role: roleKeyword, index: int32(m.unitHead)}, start: noun, end: noun + 1})
				break
			}
		}
	}
	return hits
}

// restrictingOnly reports whether lower-cased w picks a few out of more
// before a figure: "only", "just", "merely".
func restrictingOnly(w string) bool {
	return w == "only" || w == "just" || w == "merely"
}

// unitSinceNoun returns the token of the metric's unit that figure fi
// counts, right after it ("100 sales") or before it in apposition ("The sales, numbering more
// than 100"), when a "since" naming the metric's start follows in the
// same clause; or -1.
func (m *metric) unitSinceNoun(d *figures.Document, s *figures.Sentence, fi int) int {
	unit := strings.ToLower(strings.TrimSpace(m.spec.Unit)) // the last word of keyword unitHead
	word := sentenceWords(d, s)
	fs, fe := d.FigureTokens(fi)
	if w := word(fs - 1); restrictingOnly(w) || restrictingOnly(word(fs)) {
		return -1 // "Only two sales since October were notified": a few of them
	}
	noun, from := -1, fe
	switch after := unitNounAfter(d, s, fe); {
	case word(after) == unit:
		noun, from = after, after+1
	default:
		// "The sales, numbering more than 100 since October 7": the noun
		// before the figure's comma, perhaps with "numbering" between.
		k := fs - 1
		if word(k) == "numbering" || word(k) == "totalling" || word(k) == "totaling" {
			k--
		}
		if word(k) == "," && word(k-1) == unit {
			noun = k - 1
		}
	}
	if noun < 0 {
		return -1
	}
	for k, n := from, 0; k < s.TokEnd && n <= unitSinceWords; k++ {
		if !d.Tokens[k].IsWord() {
			switch d.TokenText(k) {
			case ",", ";", ":", "—", "–", "(", ")":
				return -1
			}
			continue
		}
		if figureAt(d, k) >= 0 && d.Figures[figureAt(d, k)].Kind.IsAmount() {
			return -1 // another count: "100 sales and 14,000 bombs since"
		}
		if word(k) == "since" {
			if m.namesOwnStart(d, s, k) {
				return noun
			}
			return -1
		}
		n++
	}
	return -1
}

// namesOwnStart reports whether the "since" at token k names the metric's
// start: its start month with no earlier year ("since October", "since
// Oct. 7", "since October the seventh"), or the event itself ("since the
// war began", "since the invasion").
func (m *metric) namesOwnStart(d *figures.Document, s *figures.Sentence, k int) bool {
	end := sinceEnd(d, s, k)
	t := k + 1
	if t < end && d.LowerTokenText(t) == "the" {
		t++
	}
	if t >= end {
		return false
	}
	w := d.LowerTokenText(t)
	if n := monthNumber(w); n > 0 {
		if month := m.countFromMonth(); month != 0 && n != month {
			return false // "since March": a later start
		}
		for u := t + 1; u < end; u++ {
			if fj := figureAt(d, u); fj >= 0 && d.Figures[fj].Kind == figures.Year && int(d.Figures[fj].Value) != m.countFrom {
				return false // "since October 2019"
			}
		}
		return true
	}
	if !eventNoun(w) || w == "population" || w == "offensive" {
		return false
	}
	// "since the war began", "since the invasion": the event and nothing
	// that dates another phase of it ("since the war's second year").
	for u := t + 1; u < end; u++ {
		if fj := figureAt(d, u); fj >= 0 {
			return false
		}
		if phaseChange(d.LowerTokenText(u)) || laterTime(d.LowerTokenText(u)) {
			return false
		}
	}
	return true
}

// countFromMonth is the month the metric counts from: its start month, or
// the month its description names right before the year it counts from
// ("since 7 October 2023"), or 0.
func (m *metric) countFromMonth() int {
	if m.startMonth != 0 {
		return m.startMonth
	}
	return monthBeforeYear(m.spec.Description, m.countFrom)
}

// unitNounAfter returns the token where the noun a figure ending at token
// fe counts stands: right after it, or past the quote marks that close a
// figure quoted from a source ("'upwards of 100' sales") and one name of
// whose sales they are, an initialism or a capitalised word ("100 U.S.
// sales", "110 American sales"). A name says whose sales, not which kind:
// a lower-case word there ("100 bond sales") is left where it stands, so
// the noun is not the unit.
func unitNounAfter(d *figures.Document, s *figures.Sentence, fe int) int {
	k := fe
	for k < s.TokEnd && isQuoteMark(d.TokenText(k)) {
		k++
	}
	if e := initialismEnd(d, s, k); e > k {
		return e
	}
	if k < s.TokEnd && capitalised(d, k) {
		return k + 1
	}
	return k
}

// initialismEnd returns the token after an initialism that opens at token
// k, single capitals each with its full stop ("U.S.", "U.K."), or k.
func initialismEnd(d *figures.Document, s *figures.Sentence, k int) int {
	e := k
	for e+1 < s.TokEnd {
		w := d.TokenText(e)
		if len(w) != 1 || w[0] < 'A' || w[0] > 'Z' || d.TokenText(e+1) != "." {
			break
		}
		e += 2
	}
	if e-k < 4 {
		return k // one capital and a stop is an initial or a sentence's end
	}
	return e
}
