package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A swap's terms told beside its totals. A sentence may give the rate or
// the formula a swap was struck at together with the numbers it came to:
// "two detainees for each of the 26 captives sent home, 52 altogether";
// "under the formula of one Israeli captive for three Palestinian
// detainees, 70 were released from Gaza and 210 from Ofer". The terms count nobody (a ratio alone is none:
// rateper.go, ratiocomplement.go); the totals are the pair, and the
// arithmetic says which total is which side's: the totals stand in the
// terms' proportion (52 = 2 x 26; 70 : 210 = 1 : 3). A formula with no
// totals beside it is no pair either (swap_totals.yaml).

// swapTerms is a swap's terms: term a of value va for term b of value vb.
// A rate's b is 1, the "each" it is taken per, with no figure (fb < 0).
type swapTerms struct {
	a, b     float64
	va, vb   int
	fa, fb   int
	ratioMet bool // a ratio noun names the terms ("the formula", "the ratio")
}

// maxSwapTerm is the largest figure a formula's term may be: terms are
// small numbers ("one for three", "1-to-30"), totals larger.
const maxSwapTerm = 50

// swapTotals returns the figures of a two-value metric's pair when sentence
// s gives a swap's terms and, beside them, two figures the metric takes in
// the terms' proportion (totals[va], totals[vb]); found reports whether the
// sentence gives terms t at all, and ok whether it gives their totals.
func (m *metric) swapTotals(st *docState, s *figures.Sentence, hits []hit) (t swapTerms, totals [2]int, found, ok bool) {
	if len(m.valueNames) != 2 {
		return t, totals, false, false
	}
	d := st.d
	t, found = m.swapTermsIn(d, s, hits)
	if !found || t.a == t.b {
		return t, totals, found, false // "one for one": the proportion tells no side
	}
	n := 0
	for x := s.FigStart; x < s.FigEnd; x++ {
		if x == t.fa || x == t.fb || !m.valueFigure(st, s, x, hits, nil) {
			continue
		}
		for y := s.FigStart; y < s.FigEnd; y++ {
			if y == x || y == t.fa || y == t.fb || !m.valueFigure(st, s, y, hits, nil) {
				continue
			}
			vx, vy := d.Figures[x].Value, d.Figures[y].Value
			if vx <= t.a && vy <= t.b || vx*t.b != vy*t.a {
				continue
			}
			n++
			totals[t.va], totals[t.vb] = x, y
		}
	}
	return t, totals, true, n == 1
}

// swapTermsIn finds a swap's terms in sentence s: a rate whose side's word
// follows it ("two detainees for each of the 26 captives", "3 prisoners
// per hostage"), or two small figures, one of them 1, each followed by its
// side's word and joined by "for" or "to" ("one Israeli captive for
// three Palestinian detainees", "three prisoners to one hostage"). Two figures neither of
// them 1 are a batch ("ten hostages a day for 30 prisoners"), a pair of
// the deal's own, not its terms (README, Prisoners for hostages).
func (m *metric) swapTermsIn(d *figures.Document, s *figures.Sentence, hits []hit) (swapTerms, bool) {
	for fa := s.FigStart; fa < s.FigEnd; fa++ {
		f := &d.Figures[fa]
		if f.Kind != figures.Count || f.Value <= 0 || f.Value > maxSwapTerm {
			continue
		}
		_, ae := d.FigureTokens(fa)
		va := m.sideAfter(d, s, hits, ae)
		// A rate cut off before its unit ("three prisoners for each", a
		// text that ends there) names no side to read.
		if u := rateUnit(d, s, fa); u >= 0 && u < s.TokEnd && !timeUnit(d.LowerTokenText(u)) {
			if va < 0 {
				// "39 Palestinians, three per hostage": the unit is one
				// side, the rate the other's.
				if vu := m.sideAfter(d, s, hits, u); vu >= 0 {
					va = 1 - vu
				}
			}
			if va >= 0 {
				return swapTerms{a: f.Value, b: 1, va: va, vb: 1 - va, fa: fa, fb: -1, ratioMet: ratioNounBefore(d, s, fa)}, true
			}
			continue
		}
		if va < 0 {
			continue
		}
		for fb := fa + 1; fb < s.FigEnd; fb++ {
			g := &d.Figures[fb]
			bs, be := d.FigureTokens(fb)
			if bs-ae > 4 || g.Kind != figures.Count || g.Value <= 0 || g.Value > maxSwapTerm || !termsJoined(d, ae, bs) {
				break
			}
			if f.Value != 1 && g.Value != 1 {
				break // a batch ("10 hostages for 30 prisoners"), a pair of its own: terms are one for N
			}
			if vb := m.sideAfter(d, s, hits, be); vb >= 0 && vb != va {
				return swapTerms{a: f.Value, b: g.Value, va: va, vb: vb, fa: fa, fb: fb, ratioMet: ratioNounBefore(d, s, fa)}, true
			}
		}
	}
	return swapTerms{}, false
}

// sideAfter returns the value whose words stand right after token k, in the
// figure's noun phrase (at most one word before them: "Palestinian
// detainees"; not what a rate is taken per, "three per hostage"), or -1.
func (m *metric) sideAfter(d *figures.Document, s *figures.Sentence, hits []hit, k int) int {
	for _, h := range hits {
		if h.ref.role == roleValue && h.start >= k && h.start <= k+1 && h.end <= s.TokEnd && wordsOnly(d, k, h.start) && (h.start == k || !perUnit(d, h)) {
			return m.valueOf[h.ref.index]
		}
	}
	return -1
}

// termsJoined reports whether tokens [from, to) join a formula's two terms:
// words only (a side's noun phrase), the last "for" or "to".
func termsJoined(d *figures.Document, from, to int) bool {
	if to-from < 1 || !wordsOnly(d, from, to) {
		return false
	}
	w := d.LowerTokenText(to - 1)
	return w == "for" || w == "to"
}

// ratioTermReach is how many tokens before a formula's first term its
// ratio noun may stand: "the formula, one", "a formula of one", "the ratio
// held at one", "the formula would be one".
const ratioTermReach = 4

// ratioNounBefore reports whether a ratio noun governs the terms whose first
// figure is fa: "the formula", "the ratio", "the exchange rate", "the terms"
// at most ratioTermReach tokens before it, with no figure between. A noun
// elsewhere in the sentence names no terms ("one hostage for three
// prisoners serving life terms").
func ratioNounBefore(d *figures.Document, s *figures.Sentence, fa int) bool {
	fs, _ := d.FigureTokens(fa)
	for k := fs - 1; k >= s.TokStart && k >= fs-ratioTermReach; k-- {
		if inFigure(d, k) {
			return false
		}
		switch strings.ToLower(d.TokenText(k)) {
		case "formula", "ratio", "rate", "terms", "equation":
			return true
		}
	}
	return false
}
