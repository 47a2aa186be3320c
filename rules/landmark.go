package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A place named only to locate another ("Khan Younis, just north of
// Rafah, has absorbed about 600,000", "Al-Arish ... sits 45 km west of
// Rafah") or only to say where something is not ("Central Gaza, not
// Rafah, is where Hamas keeps its last two battalions") gives a sentence
// none of its scope: the figure counts the other place, as a place named
// after "outside" does (outside.go). A landmark that a clause or an
// appositive then describes ("a camp west of Rafah, where 1.4 million
// shelter") names the place the figure may count, and is not read so; nor
// is a sentence that names the place once more without such words, nor one
// that names no other place for the landmark to locate ("herded into a
// strip of dunes west of Rafah").

// scopeOnlyLandmark reports whether every scope word of sentence s, one at
// least, stands after a point of the compass and "of" ("north of Rafah",
// "north-west of Rafah") or after ", not", and no appositive or clause
// describes it. Only for a metric that finds its scope in the sentence.
func (m *metric) scopeOnlyLandmark(st *docState, s *figures.Sentence) bool {
	if !m.scopedInSentence() {
		return false
	}
	d := st.d
	word := sentenceWords(d, s)
	return m.scopeOnlyWhere(st, s, func(ti int) bool {
		return landmarkBefore(d, word, s, ti) && !describedAfter(word, ti+1) || ownerInAppositive(d, word, s, ti)
	}) &&
		m.otherNameIn(st, s)
}

// otherNameIn reports whether sentence s names something other than the
// metric's scope by a capitalised word after its first: the place the
// landmark locates ("Khan Younis", "Al-Arish"). A landmark with no other
// name locates an unnamed stretch round the place itself ("herded into a
// strip of dunes west of Rafah"), which is read as the place.
func (m *metric) otherNameIn(st *docState, s *figures.Sentence) bool {
	d := st.d
	var buf [64]byte
	for k := s.TokStart + 1; k < s.TokEnd; k++ {
		if named(d, k) && !m.scopeAt(st, s, k, lowerInto(&buf, d.TokenText(k))) {
			return true
		}
	}
	return false
}

// landmarkBefore reports whether the words before token ti name it as a
// reference point: a point of the compass and "of" ("just north of",
// "10km north-west of"), or "not" after a comma (", not Rafah,").
func landmarkBefore(d *figures.Document, word func(int) string, s *figures.Sentence, ti int) bool {
	k := ti - 1
	if k > s.TokStart && word(k) == "the" {
		k--
	}
	switch word(k) {
	case "of":
		return k-1 >= s.TokStart && (skipCompass(d, k-1, s.TokStart) < k-1)
	case "not":
		return k-1 >= s.TokStart && word(k-1) == ","
	}
	return false
}

// describedAfter reports whether a comma at token k opens a phrase that
// describes the place before it: ", where", ", which", ", a city", ",
// home to".
func describedAfter(word func(int) string, k int) bool {
	if word(k) != "," {
		return false
	}
	switch word(k + 1) {
	case "where", "which", "whose", "a", "an", "home":
		return true
	}
	return false
}

// ownerInAppositive reports whether the scope word at token ti owns, by
// its 's, the head of an appositive that describes the name before it:
// "Khan Younis, Rafah's larger neighbour, ...", "Mawasi, Rafah's coastal
// fringe,". The appositive says what the other place is by the metric's,
// which it locates as "north of Rafah" does (owner_appositive_place.yaml).
// A comma opens the appositive after a capitalised name and another, or a
// dash, closes it; only lower-case words stand in it.
func ownerInAppositive(d *figures.Document, word func(int) string, s *figures.Sentence, ti int) bool {
	if ti-2 < s.TokStart || word(ti-1) != "," || !named(d, ti-2) || ownerBefore(d, ti+3) != ti {
		return false
	}
	for k := ti + 3; k < s.TokEnd; k++ {
		switch w := d.TokenText(k); {
		case w == "," || w == "—" || w == "–":
			return k > ti+3
		case !isLowerWord(w):
			return false
		}
	}
	return false
}
