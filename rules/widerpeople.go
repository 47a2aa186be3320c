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
// modifier) that is no scope word's, or an apposition gives it as a share
// of another place's people ("Some 1.7 million people, about three
// quarters of Gaza's population,": shareOfOtherPopulation), and every
// scope word of the sentence stands after a clause break past the figure.
// Only for a metric that finds its scope in the sentence.
func (m *metric) widerPeopleElsewhere(st *docState, s *figures.Sentence, fi int) bool {
	if !m.scopedInSentence() {
		return false
	}
	d := st.d
	_, fe := d.FigureTokens(fi)
	people := fe
	if people < s.TokEnd && isLowerWord(d.TokenText(people)) {
		people++
	}
	if people >= s.TokEnd || !pluralDemonym(d.TokenText(people)) || m.scopeDemonym(d.TokenText(people)) {
		if m.regionOwnsFigure(d, s, fi) {
			// "Gaza's 2.15 million residents ..., and Rafah is ..." (widerowner.go)
			return m.scopeOnlyWhere(st, s, func(ti int) bool { return ti >= fe && (clauseBreak(d, fe, ti) || coordinateClause(d, fe, ti)) })
		}
		if !m.shareOfOtherPopulation(st, s, fe) {
			return false
		}
		// The place may stand in an absolute "with" phrase that tells of a
		// part: "..., with the largest single concentration now in Rafah".
		return m.scopeOnlyWhere(st, s, func(ti int) bool { return ti >= fe && (clauseBreak(d, fe, ti) || commaWithBetween(d, fe, ti)) })
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

// shareOfOtherPopulation reports whether an apposition after a figure's
// noun, ending at token fe, gives the figure as a share of a named place's
// people that is no scope word: ", about three quarters of Gaza's
// population,", ", nearly half of Sudan's people,".
func (m *metric) shareOfOtherPopulation(st *docState, s *figures.Sentence, fe int) bool {
	d := st.d
	word := sentenceWords(d, s)
	t := fe
	if word(t) == "people" || isLowerWord(d.TokenText(min(t, s.TokEnd-1))) && pluralForm(word(t)) {
		t++ // the figure's noun: "people"
	}
	if word(t) != "," {
		return false
	}
	for k := t + 1; k < s.TokEnd && k <= t+6; k++ {
		if word(k) == "," || word(k) == ";" {
			return false
		}
		if word(k) != "of" {
			continue
		}
		if word(k+1) == "the" {
			k++ // "of the Strip's inhabitants"
		}
		if !named(d, k+1) || !isApostrophe(word(k+2)) || word(k+3) != "s" {
			return false
		}
		var buf [64]byte
		if m.scopeAt(st, s, k+1, lowerInto(&buf, d.TokenText(k+1))) {
			return false
		}
		switch word(k + 4) {
		case "population", "people", "residents", "inhabitants":
			return true
		}
		return false
	}
	return false
}

// commaWithBetween reports whether ", with" stands between tokens from and
// to: an absolute phrase after the clause.
func commaWithBetween(d *figures.Document, from, to int) bool {
	for k := from; k+1 < to; k++ {
		if d.TokenText(k) == "," && d.LowerTokenText(k+1) == "with" {
			return true
		}
	}
	return false
}
