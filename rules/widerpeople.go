package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A metric of a place inside a wider one ("Rafah" in Gaza) reads a figure
// that counts a people named by another place ("1.9m Gazans displaced")
// as the place's only when the place stands in the figure's own clause.
// "1.9m Gazans displaced as Rafah fills up" counts the wider place's
// people, with the metric's place in a clause of its own; "1.4m Gazans
// shelter in Rafah" and "1.4m displaced brace as Rafah assault looms"
// are the place's.

// widerPeopleElsewhere reports whether figure fi of sentence s counts a
// plural demonym ("Gazans", right after it or after one lower-case
// modifier) that is no scope word's, and every scope word of the sentence
// stands after a clause break past the figure. Only for a metric that
// finds its scope in the sentence.
func (m *metric) widerPeopleElsewhere(st *docState, s *figures.Sentence, fi int) bool {
	if m.spec.ScopeIn != "sentence" || len(m.scope) == 0 {
		return false
	}
	d := st.d
	_, fe := d.FigureTokens(fi)
	people := fe
	if people < s.TokEnd && isLowerWord(d.TokenText(people)) {
		people++
	}
	if people >= s.TokEnd || !pluralDemonym(d.TokenText(people)) || m.scopeDemonym(d.TokenText(people)) {
		return false
	}
	return m.scopeOnlyWhere(st, s, func(ti int) bool { return ti >= fe && clauseBreak(d, fe, ti) })
}

// scopeDemonym reports whether demonym w shares its first four letters
// with one of the metric's scope words ("Sudanese" with "Sudan").
func (m *metric) scopeDemonym(w string) bool {
	for _, sc := range m.spec.Scope {
		if sameStem(sc, w) {
			return true
		}
	}
	return false
}
