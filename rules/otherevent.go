package rules

import (
	"strings"
	"unicode"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// Another event of the same kind: "Moroccan earthquake death toll rises to
// nearly 3,000" in a story on the quakes in Turkey and Syria. The metric's
// own words name its places (its description, name and word lists: Turkey,
// Syria, Gaza); a demonym of a place they do not name, right before the
// scope word, makes the sentence about another place's event.

// ownNames are the capitalised words of a metric's spec, lower-cased: the
// places (and peoples) the metric is about.
func ownNames(s MetricSpec) []string {
	var names []string
	add := func(text string) {
		for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) }) {
			if r := []rune(w); len(r) >= 3 && unicode.IsUpper(r[0]) {
				names = append(names, strings.ToLower(w))
			}
		}
	}
	add(s.Name)
	add(s.Description)
	for _, list := range [][]string{s.Scope, s.Keywords, s.Exclude, s.ExcludeNear} {
		for _, w := range list {
			add(w)
		}
	}
	return names
}

// otherEvent reports whether every scope word of sentence s that names the
// event stands right after a demonym of a place the metric does not name
// ("Moroccan earthquake", "Afghan quake"), and there is at least one.
func (m *metric) otherEvent(st *docState, s *figures.Sentence) bool {
	if len(m.scope) == 0 {
		return false
	}
	d := st.d
	// Most sentences hold no foreign demonym: the scope words are only
	// looked for when one is there.
	foreign := false
	for ti := s.TokStart; ti < s.TokEnd && !foreign; ti++ {
		foreign = d.Tokens[ti].IsWord() && m.foreignDemonym(d.TokenText(ti))
	}
	if !foreign {
		return false
	}
	var buf [64]byte
	other := false
	for ti := s.TokStart; ti < s.TokEnd; ti++ {
		if !d.Tokens[ti].IsWord() {
			continue
		}
		w := lowerInto(&buf, d.TokenText(ti))
		for i := range m.scope {
			ph := &m.scope[i]
			if string(w) != ph.words[0] && st.stems.of(w) != ph.keys[0] {
				continue
			}
			if _, ok := matchPhrase(st, s, ti, ph); !ok {
				continue
			}
			if ti == s.TokStart || !m.foreignDemonym(d.TokenText(ti-1)) {
				return false
			}
			other = true
		}
	}
	return other
}

// foreignDemonym reports whether w is a capitalised demonym ("Moroccan",
// "Nepalese", "Afghan", "Iraqi") sharing its first letters with none of
// the metric's own names: Turkish is Turkey's, Syrian Syria's.
func (m *metric) foreignDemonym(w string) bool {
	if len(w) < 5 || w[0] < 'A' || w[0] > 'Z' || !isLowerWord(w[1:]) {
		return false
	}
	if !strings.HasSuffix(w, "an") && !strings.HasSuffix(w, "ese") && !strings.HasSuffix(w, "ish") && !strings.HasSuffix(w, "i") {
		return false
	}
	stem := strings.ToLower(w[:4])
	for _, n := range m.ownNames {
		if strings.HasPrefix(n, stem) {
			return false
		}
	}
	return true
}
