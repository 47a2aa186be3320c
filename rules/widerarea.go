package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A count spread "across" or "throughout" a place that holds the metric's
// place (names/within.yaml: Rafah is inside Gaza) counts the wider place:
// "1.9 million displaced across Gaza as Rafah offensive looms", "1.7
// million uprooted throughout the Gaza Strip". So does the whole a
// sentence opens with, "Of the N <the wider place's people>,", whose part
// alone the clause after it meets in the metric's place: "Of the 1.8
// million displaced Gazans, most have sheltered in Rafah". The metric's
// place itself after "across" ("spread across Rafah's camps") or named in
// the whole ("Of the 1.4 million displaced in Rafah") stays
// (wider_place_across.yaml). So does a count whose own clause puts it in
// the metric's place, fronted ("In Rafah, 1.4 million displaced across
// Gaza sleep in tents"), as its subject ("Rafah is sheltering 1.4
// million displaced across Gaza") or after its verb ("... now shelter in
// Rafah"); and "from across" is where the people came from, not where
// they are counted (wider_place_origin.yaml; mend39f).

// widerAreaWords is how many lower-case words (a people noun, the verb
// with its auxiliaries) may stand between a figure and its "across".
const widerAreaWords = 4

// acrossWider reports whether, after figure fi and at most widerAreaWords
// lower-case words, "across" or "throughout" names a place that holds the
// metric's.
func (m *metric) acrossWider(d *figures.Document, s *figures.Sentence, fi int) bool {
	if len(m.spec.Scope) == 0 {
		return false
	}
	_, fe := d.FigureTokens(fi)
	word := sentenceWords(d, s)
	for t, n := fe, 0; t < s.TokEnd && n <= widerAreaWords; t, n = t+1, n+1 {
		w := word(t)
		if w == "across" || w == "throughout" {
			if word(t-1) == "from" {
				return false // where they came from: "displaced from across Gaza" (mend39f)
			}
			k := t + 1
			if word(k) == "the" {
				k++
			}
			k = min(compassEnd(d, k), s.TokEnd)
			return k < s.TokEnd && named(d, k) && m.enclosingName(d.TokenText(k)) && !m.scopeLocates(d, s, fi, k)
		}
		if !isLowerWord(d.TokenText(t)) {
			return false
		}
	}
	return false
}

// scopeLocates reports whether the clause of figure fi, whose wider place
// is named at token k, puts the count in the metric's own place: "in
// <scope>" after the wider place before the clause ends, or before the
// figure in its clause "in <scope>" or the scope place as a subject
// before an auxiliary ("Rafah is sheltering").
func (m *metric) scopeLocates(d *figures.Document, s *figures.Sentence, fi, k int) bool {
	word := sentenceWords(d, s)
	for t, end := k+1, clauseEnd(d, s, k+1); t+1 < end; t++ {
		if (word(t) == "in" || word(t) == "inside") && m.scopeName(d.TokenText(t+1)) {
			return true
		}
	}
	fs, _ := d.FigureTokens(fi)
	for t := clauseStartWithSubject(d, s, fs); t < fs; t++ {
		if !m.scopeName(d.TokenText(t)) {
			continue
		}
		if w := word(t - 1); t > s.TokStart && (w == "in" || w == "inside") || auxiliary(word(t+1)) {
			return true
		}
	}
	return false
}

// ofWiderWhole reports whether sentence s opens on "Of the" and figure
// fi, and the whole's phrase up to its comma names a place that holds the
// metric's, by its name or its people ("Gazans"), and not the metric's
// place.
func (m *metric) ofWiderWhole(d *figures.Document, s *figures.Sentence, fi int) bool {
	if len(m.spec.Scope) == 0 {
		return false
	}
	word := sentenceWords(d, s)
	o := afterStamp(d, s)
	if word(o) != "of" || word(o+1) != "the" {
		return false
	}
	fs, fe := d.FigureTokens(fi)
	if fs < o+2 || fs > o+3 {
		return false // "Of the" and at most a hedge ("roughly") before the figure
	}
	wider := false
	for k := fe; k < s.TokEnd && k <= fe+widerAreaWords; k++ {
		if d.TokenText(k) == "," {
			return wider
		}
		if !d.Tokens[k].IsWord() || m.scopeName(d.TokenText(k)) {
			return false
		}
		if named(d, k) && m.enclosingName(d.TokenText(k)) {
			wider = true
		}
	}
	return false
}

// enclosingName reports whether capitalised w names, or is the people of
// (its first letters: "Gazans"), a place of names/within.yaml that holds a
// one-word scope place of the metric, and is no scope place itself.
func (m *metric) enclosingName(w string) bool {
	if m.scopeName(w) {
		return false
	}
	for _, r := range regions() {
		if !sameStem(r.place, w) {
			continue
		}
		for _, n := range r.within {
			if len(n) == 1 && m.scopeName(n[0]) {
				return true
			}
		}
	}
	return false
}
