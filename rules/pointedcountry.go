package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// "There" points back to the place the sentence before named last: "How
// does this compare with Syria? The war there killed an estimated 300,000
// civilians over a decade", "Yemen is the nearest parallel. Some 4 million
// people have been displaced there since 2015". When that place is a
// country that is none of the metric's own, the figure is that country's,
// as it would be with the name written out ("The war in Syria killed
// ..."). Read: "there" right after the noun of an event the sentence opens
// on ("The war there", "the conflict there"), or after the figure in its
// clause ("displaced there"); the sentence itself names none of the
// metric's own places; and the last country the sentence before names
// (same paragraph) is foreign to the metric, a name of several words when
// any of its words is (foreignCountryName: "South Sudan" for Sudan). A part of the metric's own
// place pointed to by "there" is read apart (pointedpart.go).

// pointedEventWords is how many words may open the sentence before the
// event noun "there" follows: "The", "That", "The civil".
const pointedEventWords = 3

// pointedCountry reports whether figure fi of sentence s is placed by a
// "there" that points back to a foreign country the sentence before
// names last.
func (m *metric) pointedCountry(st *docState, s *figures.Sentence, fi int) bool {
	if len(m.ownNames) == 0 {
		return false
	}
	d := st.d
	fs, fe := d.FigureTokens(fi)
	word := sentenceWords(d, s)
	if !eventThere(word, sentenceOpening(d, s), fs) && !thereAfter(word, fe, s.TokEnd) {
		return false
	}
	for k := s.TokStart; k < s.TokEnd; k++ {
		if named(d, k) && !m.foreignName(d.TokenText(k)) {
			return false // the sentence names a place of the metric's own
		}
	}
	si := d.SentenceAt(s.Start)
	if si <= 0 || s.ParagraphStart {
		return false
	}
	q := &d.Sentences[si-1]
	for k := q.TokEnd; k > q.TokStart; k-- {
		if c := countryBefore(d, q, k); c >= 0 {
			return m.foreignCountryName(d, c, k) && !m.insideName(d.TokenText(k-1))
		}
	}
	return false
}

// eventThere reports whether the words from start hold, before token fs
// and within pointedEventWords words of the start, the noun of an event
// and "there" right after it: "The war there killed".
func eventThere(word func(int) string, start, fs int) bool {
	for k := start; k < fs-1 && k <= start+pointedEventWords; k++ {
		if (eventNoun(word(k)) || eventWord(word(k))) && word(k+1) == "there" {
			return true
		}
	}
	return false
}

// thereAfter reports whether "there" stands after token fe in the
// figure's clause, before a comma, a semicolon or a conjunction: "Some 4
// million have been displaced there".
func thereAfter(word func(int) string, fe, end int) bool {
	for k := fe; k < end && k < fe+12; k++ {
		switch word(k) {
		case ",", ";", ":", "—", "and", "but", "while", "including", "among":
			return false
		case "there":
			return true
		}
	}
	return false
}
