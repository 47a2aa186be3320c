package rules

import (
	"slices"
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// What a run asks of a sentence's hits and figures before and after a
// metric reads it.

// hasTrigger reports whether a metric's hits include a keyword, value or
// pattern word: exclude and exclude_near words alone do not make it a
// candidate.
func hasTrigger(hits []hit) bool {
	for _, h := range hits {
		if h.ref.role.triggers() {
			return true
		}
	}
	return false
}

// metricRoleHit reports whether hits hold one of metric mi in role r.
func metricRoleHit(hits []hit, mi int32, r role) bool {
	for _, h := range hits {
		if h.ref.metric == mi && h.ref.role == r {
			return true
		}
	}
	return false
}

// hasMetric reports whether the sorted hits hold one for metric mi.
func hasMetric(hits []hit, mi int) bool {
	i, ok := slices.BinarySearchFunc(hits, mi, func(h hit, mi int) int { return int(h.ref.metric) - mi })
	return ok && i < len(hits)
}

func hasAmount(d *figures.Document, s *figures.Sentence) bool {
	for i := s.FigStart; i < s.FigEnd; i++ {
		if d.Figures[i].Kind.IsAmount() {
			return true
		}
	}
	return false
}

func countAmounts(d *figures.Document, s *figures.Sentence) int {
	n := 0
	for i := s.FigStart; i < s.FigEnd; i++ {
		if d.Figures[i].Kind.IsAmount() {
			n++
		}
	}
	return n
}

func (m *metric) observation(d *figures.Document, s *figures.Sentence, vals []Value, rule string) Observation {
	return Observation{
		Metric:     m.spec.ID,
		Values:     vals,
		Quote:      strings.TrimSpace(d.Text[s.Start:s.End]),
		QuoteStart: s.Start,
		QuoteEnd:   s.End,
		Rule:       rule,
	}
}

// keywordAt reports whether a keyword hit starts at token k.
func keywordAt(hits []hit, k int) bool {
	for _, h := range hits {
		if h.ref.role == roleKeyword && h.start == k {
			return true
		}
	}
	return false
}
