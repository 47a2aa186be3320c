package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A place named only as where something is not ("outside Rafah", "beyond
// Rafah", "far from Rafah") gives a sentence none of its scope: "The maps
// put two more battalions in the central camps, outside Rafah entirely"
// counts battalions elsewhere. What the sentence places outside stands
// before the place; a figure after it is not placed by it ("Tanks massed
// outside Rafah, a city sheltering 1.5 million"). A sentence that names
// the place once more without such a word ("four remain in Rafah and two
// more outside Rafah") keeps it.

// scopeOnlyOutside reports whether every scope word of sentence s, one at
// least, follows a preposition that places a thing outside it, after
// figure fi. Only for a metric that finds its scope in the sentence.
func (m *metric) scopeOnlyOutside(st *docState, s *figures.Sentence, fi int) bool {
	if !m.scopedInSentence() {
		return false
	}
	d := st.d
	_, fe := d.FigureTokens(fi)
	word := sentenceWords(d, s)
	return m.scopeOnlyWhere(st, s, func(ti int) bool { return ti >= fe && outsideBefore(word, s, ti) })
}

// outsideBefore reports whether the words before token ti place a thing
// outside what ti names: "outside", "beyond", "away from", "far from",
// with "the" between allowed ("outside the city").
func outsideBefore(word func(int) string, s *figures.Sentence, ti int) bool {
	k := ti - 1
	if k > s.TokStart && word(k) == "the" {
		k--
	}
	if k < s.TokStart {
		return false
	}
	switch word(k) {
	case "outside", "beyond":
		return true
	case "from":
		return k-1 >= s.TokStart && (word(k-1) == "away" || word(k-1) == "far")
	}
	return false
}
