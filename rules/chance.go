package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// What a chance is given of ("the risk of 2 million more displaced") and
// what is said to be possible: no count, as a projection is none
// (projection.go).

// chanceOf reports whether figure fi is what a chance is given of: "the
// chance of more than 100,000 deaths", "the risk of 2 million more
// displaced". A chance of a count is no count, nor is a count said to be
// possible (saidPossible).
func chanceOf(d *figures.Document, fi int) bool {
	// The walk reads at most chanceReach words before the figure
	// (sentenceMarks.chance stands for them).
	fs, _ := d.FigureTokens(fi)
	if fs < 2 {
		return false
	}
	// The figure may close the noun phrase the chance is of: "a 47 per
	// cent chance on a death toll between 10,000 and 100,000", "the risk
	// of a toll above 50,000". Only words of that phrase stand between:
	// no punctuation, no verb of a clause of its own.
	//
	// The chance may also take a clause of its own with "that", its verb
	// and all: "a thirty-five per cent chance that deaths exceed a
	// hundred thousand", "the risk that the toll will top 10,000".
	if saidPossible(d, fi) {
		return true
	}
	verb := false
	for p := fs - 1; p >= 1 && p >= fs-chanceReach+1; p-- {
		if !d.Tokens[p].IsWord() {
			return false
		}
		w := d.LowerTokenText(p)
		switch {
		case w == "that":
			return chanceNoun(d.LowerTokenText(p - 1))
		case w == "which":
			return false
		case auxiliary(w) || modalWord(w):
			verb = true
		case (w == "of" || w == "on") && !verb && p >= fs-6:
			// "the chance of", "a 47 per cent probability on"
			if chanceNoun(d.LowerTokenText(p - 1)) {
				return true
			}
		}
	}
	return false
}

// chanceReach is how many words before a figure chanceOf reads: the
// walk's eight and the noun before the last.
const chanceReach = 9

// chanceBefore reports whether a chance noun or an adjective of what may
// be (rmChance) stands among the chanceReach words before sentence s
// that chanceOf's walk back from a figure of s may reach: the walk stops
// at the first token that is no word, most often the stop that ends the
// sentence before.
func chanceBefore(d *figures.Document, s *figures.Sentence) bool {
	for k := s.TokStart - 1; k >= 0 && k >= s.TokStart-chanceReach && d.Tokens[k].IsWord(); k-- {
		if tokenMarked(d, k, rmChance) {
			return true
		}
	}
	return false
}

// saidPossible reports whether figure fi, with at most three lower-case
// words of its noun after it, is the subject of "be" (perhaps a modal
// before it, perhaps an adverb after) and an adjective of what may be:
// "some seismologists suggested 100,000 deaths were possible", "a toll of
// 50,000 is entirely conceivable". What may be is no count.
func saidPossible(d *figures.Document, fi int) bool {
	fs, fe := d.FigureTokens(fi)
	si := d.SentenceAt(d.Figures[fi].Start)
	if si < 0 {
		return false
	}
	end := d.Sentences[si].TokEnd
	k := fe
	for n := 0; n < 3 && k < end && isLowerWord(d.TokenText(k)) && !beForm(d.LowerTokenText(k)) && !modalWord(d.LowerTokenText(k)); n++ {
		k++
	}
	if k < end && modalWord(d.LowerTokenText(k)) {
		k++
	}
	if k >= end || !beForm(d.LowerTokenText(k)) {
		return false
	}
	if k++; k < end && degreeAdverb(d.LowerTokenText(k)) {
		k++
	}
	if k >= end {
		return false
	}
	if !possibleAdjective(d.LowerTokenText(k)) {
		return false
	}
	// "possible to verify" says what can be done with a count that is;
	// a count already given ("the ministry's 40,000 toll is plausible",
	// "the death toll of 42,000") is judged, not guessed at.
	return (k+1 >= end || d.LowerTokenText(k+1) != "to") && !givenCount(d, d.Sentences[si].TokStart, fs)
}

// givenCount reports whether the amount starting at token fs, after
// sentence start start, is a definite count already given: after "the",
// "its", "this", "those" (definiteFigure) or an owner's 's ("the ministry's 40,000 toll"),
// or after "of" and the noun of such a phrase ("Gaza's death toll of
// 42,000"). "a toll of 50,000", "100,000 deaths" name an amount afresh.
func givenCount(d *figures.Document, start, fs int) bool {
	k := fs - 1
	if k > start && d.LowerTokenText(k) == "of" {
		k-- // the noun the amount is "of": "toll of"
		for k > start && fs-k <= 5 && isLowerWord(d.TokenText(k)) && !determiner(d.LowerTokenText(k)) && ownerBefore(d, k+1) < 0 {
			k--
		}
	}
	if k < start {
		return false
	}
	if ownerBefore(d, k+1) >= start {
		return true
	}
	// Not "that": "conceded that 200,000 deaths could be conceivable".
	w := d.LowerTokenText(k)
	return definiteFigure(w) || w == "this" || possessiveDeterminer(w)
}

// possibleAdjective reports whether lower-cased w says a figure may be:
// "possible", "plausible", "conceivable", "feasible" (saidPossible).
func possibleAdjective(w string) bool {
	switch w {
	case "possible", "plausible", "conceivable", "feasible":
		return true
	}
	return false
}

// chanceNoun reports whether lower-cased w names a chance put on what may
// happen: "chance", "risk", "probability", "odds".
func chanceNoun(w string) bool {
	switch w {
	case "chance", "chances", "risk", "risks", "probability", "likelihood", "odds", "possibility", "prospect":
		return true
	}
	return false
}
