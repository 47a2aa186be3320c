package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A place's people at a past time of the place are not those in it now:
// "photographs of the city when it had roughly 150,000 residents", "in its
// heyday, the town had a population of some 200,000", "Rafah once counted
// 170,000 inhabitants". The figure is the place's size: its noun is the
// place's people ("residents", "inhabitants", "people") or a residency
// stands before it ("home to", "a population of"), and no keyword is the
// figure's own noun ("when Rafah had 1.4 million displaced people" counts
// the displaced then). The verb in the past that gives it to the place
// ("had", "numbered", "was home to") dates the place: "when" opens its
// clause ("when it had", "when the city was home to") or "once" or
// "formerly" stands before it; the clause names the place's prime ("in
// its heyday", "in better days"); or the sentence names a year before it
// ("I was in Rafah in 2019, it was a town of 250,000"). residentsBefore
// reads the dates that name the event ("before the war").

// Figure fi of sentence s is a place's size at a past time of the place
// when !keywordNoun(d, hits, fi) && placeSizeThen(d, s, fi): the first
// reads the metric's hits, the second no metric.

// keywordNoun reports whether a keyword hit of hits is figure fi's own
// noun, at the token after it or the next ("1.4 million displaced
// people"). A keyword of place there ("people there", "people in Rafah")
// says where they were, not what they are.
func keywordNoun(d *figures.Document, hits []hit, fi int) bool {
	_, fe := d.FigureTokens(fi)
	for _, h := range hits {
		if h.ref.role == roleKeyword && (h.start == fe || h.start == fe+1) && !placeWordAt(d, h.start) {
			return true
		}
	}
	return false
}

// placeWordAt reports whether token k opens a phrase of place rather than
// a noun: "there", "here" or a preposition ("in Rafah").
func placeWordAt(d *figures.Document, k int) bool {
	w := d.LowerTokenText(k)
	return w == "there" || w == "here" || preposition(w)
}

// placeSizeThen is residentsThen without the metric's keywords: whether
// figure fi of sentence s is a place's size at a past time of the place,
// unless a keyword is its noun (keywordNoun). It reads no metric, so it is worked out
// once per figure (docState.placeSizeThen).
func placeSizeThen(d *figures.Document, s *figures.Sentence, fi int) bool {
	fs, fe := d.FigureTokens(fi)
	word := sentenceWords(d, s)
	f := fs
	if f <= s.TokStart {
		return false
	}
	if w := word(f - 1); w == "barely" || w == "just" || w == "only" || w == "scarcely" {
		f-- // "when it was home to barely 60,000"
	}
	f = beforeSpokenAside(d, word, f, s.TokStart)
	v := pastHaving(word, f, s.TokStart)
	// The figure's noun names the place's people, a residency stands
	// before it, or nothing names it and the date follows at once ("a
	// town that had a quarter of a million before all this").
	if v < 0 || !residentsNoun(word(fe)) && residencyAt(word, f, s.TokStart) < 0 && !beforeWord(word, fe) {
		return false
	}
	if w := word(max(v-1, s.TokStart)); w == "once" || w == "formerly" {
		return true // "Rafah once counted 170,000 inhabitants"
	}
	if datedBefore(d, s, word, fs, fe) {
		return true // "Before the war, the governorate had 275,000 residents"
	}
	if yearDatedBefore(d, s, word, fs) {
		return true // "I was in Rafah in 2019, it was a town of 250,000"
	}
	for k := v - 1; k >= s.TokStart && k >= v-4; k-- {
		if w := word(k); w == "when" {
			return true // "when it had", "when the city was home to"
		} else if w == "," || w == ";" || w == "now" {
			break
		}
	}
	for k := fs - 1; k >= s.TokStart && k >= fs-residentsReach; k-- {
		if w := word(k); w == ";" || w == "now" || countAt(d, k) {
			break
		} else if k > s.TokStart && heyday(word, k) {
			return true // "In its heyday, the town had a population of"
		}
	}
	for k := fe; k < s.TokEnd && k < fe+residentsReach; k++ {
		if w := word(k); w == ";" || w == "now" || countAt(d, k) {
			break
		} else if k > fs && heyday(word, k) {
			return true // "..., in its heyday"
		}
	}
	return false
}

// yearDatedBefore reports whether a year the sentence names before the
// figure at token fs, after "in" ("in 2019", "back in twenty-nineteen"),
// dates the place's size: no "now", semicolon or other count stands
// between them. The verb that gives the size is in the past
// (pastHaving), so the year is when the place was that size, not a start
// the count runs from.
func yearDatedBefore(d *figures.Document, s *figures.Sentence, word func(int) string, fs int) bool {
	for k := fs - 1; k > s.TokStart; k-- {
		if w := word(k); w == ";" || w == "now" || w == "today" || countAt(d, k) {
			return false
		}
		if fj := figureIn(d, s, k); fj >= 0 && d.Figures[fj].Kind == figures.Year {
			if js, _ := d.FigureTokens(fj); js == k && word(k-1) == "in" {
				return true
			}
		}
	}
	return false
}

// spokenAsideWords is how many words a speaker's aside between a verb and
// its figure may hold (", what,", ", you know,").
const spokenAsideWords = 3

// beforeSpokenAside returns the token of the comma that opens a short
// aside closed by a comma right before token fs ("had, what, a quarter of
// a million"), so that the verb before the aside is read as the figure's;
// else fs. The aside is lower-case words only: no figure, no name.
func beforeSpokenAside(d *figures.Document, word func(int) string, fs, first int) int {
	if fs-2 < first || word(fs-1) != "," {
		return fs
	}
	for k := fs - 2; k >= first && k >= fs-2-spokenAsideWords; k-- {
		switch {
		case word(k) == ",":
			if k == fs-2 {
				return fs
			}
			return k
		case !isLowerWord(d.TokenText(k)):
			return fs
		}
	}
	return fs
}

// pastHaving returns the token of the verb in the past that gives the
// figure at token fs to a place ("had", "numbered", "was home to", "had a
// population of", "there were"), or -1.
func pastHaving(word func(int) string, fs, first int) int {
	k := fs - 1
	if at := residencyAt(word, fs, first); at >= 0 {
		k = at - 1
	}
	for k > first && (word(k) == "a" || word(k) == "its" || word(k) == "the") {
		k--
	}
	if w := word(k); k > first && (w == "still" || w == "then" || w == "just" || w == "already") {
		k-- // "it was still a small border town of"
	}
	if k < first {
		return -1
	}
	switch word(k) {
	case "had", "was", "housed", "hosted", "numbered", "counted", "held":
		return k
	case "were":
		// "there were maybe 160,000 people": the existential past gives
		// the place its people as "had" does; "were" alone is any
		// subject's verb ("the dead were 2,000").
		if k > first && word(k-1) == "there" {
			return k
		}
	}
	return -1
}

// residentsNoun reports whether lower-cased w names a place's people.
func residentsNoun(w string) bool {
	switch w {
	case "residents", "inhabitants", "people", "population", "souls":
		return true
	}
	return false
}

// heyday reports whether the words at token k name a place's past prime:
// "heyday", "better days", "better times".
func heyday(word func(int) string, k int) bool {
	switch word(k) {
	case "heyday":
		return true
	case "days", "times":
		return word(k-1) == "better"
	}
	return false
}
