package rules

import (
	"strings"
	"unicode"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// An exclude_near compound ("aid workers", "Israeli soldiers") rules out a
// kind of its head noun; a figure that counts another kind of the same
// head ("1,060 health workers", "400 medical workers") counts a group of
// the same sort, a subgroup too, not the metric's whole. A head that is a
// keyword's own noun ("Israeli deaths": deaths) names what the metric
// counts, and rules out nothing by itself.

// excludedKinds returns the head nouns of the metric's exclude_near
// compounds, in both numbers, that are none of its own nouns: nil when
// there are none.
func excludedKinds(s MetricSpec) map[string]bool {
	if s.Kind == "money" || s.Kind == "percent" || s.Kind == "fraction" || s.Unit == "" {
		return nil
	}
	// The metric's own nouns: its keywords' heads, its unit, and the words
	// of its description, which names its whole ("Palestinians killed
	// in Gaza", "People displaced by the war"): "internally displaced
	// people" does not make every count of people a subgroup.
	own := map[string]bool{}
	addHeads(own, s, s.Keywords)
	for _, w := range strings.FieldsFunc(strings.ToLower(s.Unit+" "+s.Name+" "+s.Description), func(r rune) bool {
		return !unicode.IsLetter(r)
	}) {
		addHead(own, w)
	}
	kinds := addAgeSexKinds(nil, own, s.ExcludeNear) // "children" rules out "women" (agesex.go)
	for _, p := range s.ExcludeNear {
		p = strings.TrimSpace(p)
		if strings.HasPrefix(p, vocabMark) || !strings.ContainsAny(p, " -") {
			continue
		}
		heads := map[string]bool{}
		addHead(heads, p)
		for h := range heads {
			if own[h] || own[singular(h)] {
				continue
			}
			if kinds == nil {
				kinds = map[string]bool{}
			}
			kinds[h] = true
		}
	}
	return kinds
}

// countsExcludedKind returns the noun figure fi of sentence s counts when
// it is the head of an exclude_near compound of the metric, or "".
func (m *metric) countsExcludedKind(d *figures.Document, s *figures.Sentence, fi int) string {
	if m.excludedKinds == nil {
		return ""
	}
	if t := ageSexCounted(d, s, fi); t >= 0 && m.excludedKinds[d.LowerTokenText(t)] && !ageSexList(d, t, t) {
		return d.TokenText(t) // "50,000 pregnant women" (agesex.go)
	}
	if w := m.tokensStandForKind(d, s, fi); w != "" {
		return w // "12,000 cardboard figures, one per girl who died" (agesex.go)
	}
	t := countedNoun(d, s, fi)
	if t < 0 {
		return ""
	}
	if w := nounText(d, t); m.excludedKinds[w] || m.excludedKinds[singular(w)] {
		if ageSexList(d, t, t) {
			return "" // "700,000 men, women and children": the family together is the whole
		}
		return w
	}
	return ""
}
