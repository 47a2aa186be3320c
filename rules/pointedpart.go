package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A place pointed back to by "there" or "in the region" is the named part
// it points to, when the words that name it frame the sentence: a label
// that opens it ("Zaporizhzhia: regional governor says 1,050 civilians
// killed in the region since 2022") or the question it answers ("What has
// happened to Kherson since liberation? Regional officials say more than
// 1,000 civilians have been killed there"). The name is a place inside
// the metric's own (names/within.yaml: innerPlaceIn). "In the region" alone, with no such frame, is as often a wider
// place ("the deadliest in the region"), and stays.

// pointedPart reports whether figure fi's clause, after it, points back by
// "there" or "in the region" ("area", "oblast") to a part of the metric's
// place named by the sentence's opening label or its question.
func (m *metric) pointedPart(st *docState, s *figures.Sentence, fi int) bool {
	d := st.d
	_, fe := d.FigureTokens(fi)
	word := sentenceWords(d, s)
	pointed := false
	for k := fe; k < s.TokEnd && k < fe+12 && !pointed; k++ {
		switch word(k) {
		case ",", ";", ":", "—", "and", "but", "while", "including", "among":
			return false
		case "there":
			pointed = true
		case "in":
			pointed = word(k+1) == "the" && regionNoun(word(k+2)) && word(k+3) != "of"
		}
	}
	return pointed && (m.labelPart(st, s) || m.questionPart(st, s))
}

// regionNoun reports whether lower-cased w names an area of a country a
// sentence may point back to: "region", "area", "oblast".
func regionNoun(w string) bool {
	return w == "region" || w == "area" || w == "oblast"
}

// labelPart reports whether sentence s opens with a place's name and a
// colon ("Zaporizhzhia:"), the name a part of the metric's place; a
// speaker's label in capitals ("ANCHOR:") names no place.
func (m *metric) labelPart(st *docState, s *figures.Sentence) bool {
	d := st.d
	j := afterStamp(d, s)
	if j >= s.TokEnd || !named(d, j) || upperWord(d.TokenText(j)) {
		return false // a speaker's label: "ANCHOR:"
	}
	e := placeNameEnd(d, s, j)
	return e > j && e < s.TokEnd && d.TokenText(e) == ":" && m.innerPlaceIn(d, s, j, e)
}

// questionPart reports whether the question sentence s answers names,
// after "to", "in" or "about", a part of the metric's place: "What has
// happened to Kherson since liberation?".
func (m *metric) questionPart(st *docState, s *figures.Sentence) bool {
	d := st.d
	q := questionBefore(d, s)
	if q == nil {
		return false
	}
	for k := q.TokStart + 1; k+1 < q.TokEnd; k++ {
		switch d.LowerTokenText(k) {
		case "to", "in", "about":
		default:
			continue
		}
		j := k + 1
		if !named(d, j) {
			continue
		}
		if e := placeNameEnd(d, q, j); e > j && m.innerPlaceIn(d, q, j, e) {
			return true
		}
	}
	return false
}
