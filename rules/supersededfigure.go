package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A count its keeper has since replaced is no count any longer: "An
// earlier ministry figure of 34,844, issued before duplicate records were
// removed, has since been replaced", "The IOM's 12.5m estimate from earlier
// in the year has since been revised down", "The governor's tally of 1,300
// was later withdrawn". The figure is what a count noun gave, as the
// sentence's subject ("a figure of N", "the N estimate"), and the
// sentence's predicate says the count was replaced, withdrawn or revised:
// a reader records none of it. Only the subject's figure is dropped: in
// "The toll of 30,000 was revised to 32,000" the new figure stands after
// "to", outside the subject, and stays. A negation in the predicate ("has
// not been revised") keeps the figure. An outlet correcting its own text
// is read apart (earlierversion.go), as is a spoken correction
// (corrected.go).

// supersededLead is how many words may stand before the count noun at the
// sentence's start: its determiner, owner and modifiers ("An earlier
// ministry", "The UN mission's own").
const supersededLead = 6

// supersededFigure reports whether figure fi of sentence s is what a count
// noun in the sentence's subject gave, and the predicate says that count
// was replaced or withdrawn.
func supersededFigure(d *figures.Document, s *figures.Sentence, fi int) bool {
	if withdrawnObject(d, s, fi) || withdrawnSubjectAside(d, s, fi) {
		return true // "The UN withdrew a figure of 14 million" (supersededforms.go)
	}
	fs, fe := d.FigureTokens(fi)
	word := sentenceWords(d, s)
	start := sentenceOpening(d, s)
	noun := -1
	switch {
	case word(fs-1) == "of" && givenCountNoun(word(fs-2)):
		noun = fs - 2 // "a figure of 34,844"
	case givenCountNoun(word(fe)):
		noun = fe // "the 12.5m estimate"
	}
	if noun < 0 || noun-start > supersededLead+1 || noun < start {
		return false
	}
	for k := start; k < min(noun, fs); k++ {
		if clauseMark(word(k)) || word(k) == "," || figureAt(d, k) >= 0 && figureAt(d, k) != fi {
			return false // the count noun must open the sentence's subject
		}
	}
	return supersedingPredicate(word, max(noun, fe), s.TokEnd)
}

// givenCountNoun reports whether lower-cased w is a noun that gives a
// count as a figure: "figure", "estimate", "tally", "toll".
func givenCountNoun(w string) bool {
	return tallyNoun(w) || w == "figure" || w == "estimate"
}

// supersedingPredicate reports whether, from token k to the sentence's
// end (a semicolon or a colon closes the clause), a form of "be" and up to
// three adverbs stand before a word of replacement: "has since been
// replaced", "was later withdrawn". A "not" or "never" among them keeps
// the count.
func supersedingPredicate(word func(int) string, k, end int) bool {
	negated := false
	for ; k < end; k++ {
		switch w := word(k); {
		case w == ";" || w == ":":
			return false
		case w == ",":
			negated = false
		case negation(w):
			negated = true
		case w == "longer" && word(k-1) == "no" && stillHolds(word(k+1)):
			// "no longer holds", "no longer stands", "is no longer valid":
			// the count has lapsed, as one replaced has
			// (superseded_figure_forms.yaml).
			return !negated
		case beForm(w) && word(k+1) == "out" && word(k+2) == "of" && word(k+3) == "date":
			return !negated // "is out of date"
		case beForm(w) && revisionToCome(word, k):
			// "still being revised", "likely to be revised": a revision
			// under way or to come (revisionongoing.go).
			continue
		case beForm(w):
			p := k + 1
			for n := 0; n < 3 && supersedingAdverb(word(p)); n++ {
				negated = negated || negation(word(p))
				p++
			}
			if supersedingWord(word(p)) {
				return !negated
			}
		}
	}
	return false
}

// supersedingAdverb reports whether lower-cased w may stand between "be"
// and a word of replacement: "has since been replaced", "was quietly
// withdrawn", "has not been revised".
func supersedingAdverb(w string) bool {
	switch w {
	case "already", "subsequently", "quietly", "formally", "officially", "effectively":
		return true
	}
	return adverbBeforeRejection(w)
}

// supersedingWord reports whether lower-cased w says a count gave way to
// another or was taken back: "replaced", "superseded", "withdrawn",
// "revised", "overtaken" (by a newer count: "An earlier combined figure of
// 9,500 ... has since been overtaken", whole_named_together.yaml).
// "Updated" is left out: "the toll of 40,000 was updated on Monday" as
// often tells the new figure as the old.
func supersedingWord(w string) bool {
	switch w {
	case "replaced", "superseded", "withdrawn", "retracted", "revised", "corrected",
		"scrapped", "discarded", "abandoned", "rescinded", "outdated", "obsolete", "overtaken":
		return true
	}
	return false
}

// stillHolds reports whether lower-cased w, after "no longer", says a
// count is still the one to use: "holds", "stands", "applies", "is valid"
// ("valid" after "be" is read as the word after "longer" too: "is no
// longer valid").
func stillHolds(w string) bool {
	switch w {
	case "holds", "hold", "stands", "stand", "applies", "apply", "valid", "accurate", "current", "reliable":
		return true
	}
	return false
}
