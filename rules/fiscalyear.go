package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A fiscal year named as the time of an amount makes it one year's amount,
// as "a year" does: "Israel received $3.8 billion in US military aid in
// fiscal 2023", "$3.3bn in FY2024", "for the fiscal year ending in
// September". A metric that requires a word of the year (require:
// ["@per_year"]) reads the fiscal year as one. The shape is the book-keeping
// year's, not a word list: "fiscal" before "year" or a year, "FY" before a
// year or joined to its digits; "fiscal years" (a span) and "fiscal" alone
// ("the fiscal crisis") say nothing of a year.

// perYearRequire returns the index in metric m's require phrases of the
// first that comes from the @per_year vocabulary, or -1 when m requires no
// word of the year.
func perYearRequire(m *metric) int {
	const from = `require "@per_year"`
	for i, ph := range m.require {
		if strings.HasPrefix(ph.rule, from) {
			return i
		}
	}
	return -1
}

// fiscalYearAt returns the end of a fiscal year's name starting at token k
// of sentence s ("fiscal 2023", "fiscal year", "FY2024", "FY 24"), or -1.
func fiscalYearAt(d *figures.Document, s *figures.Sentence, k int) int {
	w := d.LowerTokenText(k)
	switch {
	case w == "fiscal" && k+1 < s.TokEnd:
		next := k + 1
		if d.TokenText(next) == "-" && next+1 < s.TokEnd {
			next++ // "fiscal-year 2023"
		}
		if d.LowerTokenText(next) == "year" {
			return next + 1
		}
		if d.Tokens[next].IsNumber() && yearNumber(d.TokenText(next)) {
			return next + 1
		}
	case w == "fy":
		// "FY2024" is two tokens, the letters and the digits.
		if k+1 < s.TokEnd && d.Tokens[k+1].IsNumber() && yearNumber(d.TokenText(k+1)) {
			return k + 2
		}
	}
	return -1
}

// fiscalSpanEnd reports whether the fiscal year in tokens [k, end) of
// sentence s is an end of a span of years: a word or dash of a span stands
// right before it ("over", "between", "from", "to", "-") or right after it
// ("-", "to", "and", "through").
func fiscalSpanEnd(d *figures.Document, s *figures.Sentence, k, end int) bool {
	if k > s.TokStart {
		switch d.LowerTokenText(k - 1) {
		case "over", "between", "from", "to", "through", "thru", "until", "and", "-", "–", "—", "/":
			return true
		}
	}
	if end < s.TokEnd {
		switch d.LowerTokenText(end) {
		case "to", "and", "through", "thru", "until", "-", "–", "—", "/":
			return true
		}
	}
	return false
}

// yearNumber reports whether t is the digits of a year as a fiscal year is
// written: four (2023) or two (24).
func yearNumber(t string) bool {
	if len(t) != 2 && len(t) != 4 {
		return false
	}
	return strings.Trim(t, "0123456789") == ""
}

// fiscalYearHits appends, for each metric that requires a word of the year,
// a require hit on each fiscal year sentence s names.
func (e *Engine) fiscalYearHits(st *docState, s *figures.Sentence, hits []hit) []hit {
	if len(e.perYearMetrics) == 0 {
		return hits
	}
	d := st.d
	for k := s.TokStart; k < s.TokEnd; k++ {
		if t := d.TokenText(k); !d.Tokens[k].IsWord() || t[0] != 'f' && t[0] != 'F' {
			continue // most words: a byte's look before lower-casing any
		}
		end := fiscalYearAt(d, s, k)
		if end < 0 || fiscalSpanEnd(d, s, k, end) {
			continue
		}
		for _, ref := range e.perYearMetrics {
			hits = append(hits, hit{ref: ref, start: k, end: end})
		}
	}
	return hits
}

// perYearRequires lists, one for each metric that requires a word of the
// year, the require phrase its fiscal-year hits stand for.
func (e *Engine) perYearRequires() []phraseRef {
	var refs []phraseRef
	for mi, m := range e.metrics {
		if i := perYearRequire(m); i >= 0 {
			refs = append(refs, phraseRef{metric: int32(mi), role: roleRequire, index: int32(i)})
		}
	}
	return refs
}
