package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A count its keeper has given up, told in the other ways news tells it
// than supersededFigure's passive ("has since been replaced"): the keeper
// withdraws the count noun as its object ("The UN withdrew a figure of 14
// million displaced", "the agency retracted its estimate of 9.6
// million"), or an aside on the subject's count noun says it was
// withdrawn while the predicate gives the figure ("Kyiv's own estimate,
// which it has since withdrawn, put the civilian toll above 40,000", "A
// regional estimate, later withdrawn by prosecutors, put ..."). Both need a
// count noun in the sentence, so supersededFigure's gate (the givenCount
// mark) covers them. (superseded_figure_forms.yaml)

// withdrawnObjectLead is how many tokens may stand between the verb of
// withdrawing and the count noun: a determiner, an owner, modifiers ("its
// own earlier", "the agency's provisional").
const withdrawnObjectLead = 6

// withdrawnAsideWords is how many tokens the aside on the subject's count
// noun may hold: "which its prosecutors have since quietly withdrawn".
const withdrawnAsideWords = 10

// givenNounOf returns the token of the count noun that gives figure fi ("a
// figure of 14 million", "the 7.9m figure", or the finder's hedge "an
// estimate of 9.6 million", whose noun is inside the figure), or -1.
func givenNounOf(d *figures.Document, s *figures.Sentence, fi int) int {
	fs, fe := d.FigureTokens(fi)
	word := sentenceWords(d, s)
	switch {
	case word(fs-1) == "of" && givenCountNoun(word(fs-2)):
		return fs - 2
	case givenCountNoun(word(fe)):
		return fe
	}
	for k := fs; k+1 < fe; k++ {
		if givenCountNoun(word(k)) && word(k+1) == "of" {
			return k
		}
	}
	return -1
}

// withdrawnObject reports whether the count noun that gives figure fi is
// the object of a verb of withdrawing (or follows "withdrawn" as an
// adjective: "the withdrawn estimate of ..."), the verb not negated.
func withdrawnObject(d *figures.Document, s *figures.Sentence, fi int) bool {
	noun := givenNounOf(d, s, fi)
	if noun < 0 {
		return false
	}
	word := sentenceWords(d, s)
	for k := noun - 1; k >= s.TokStart && k >= noun-1-withdrawnObjectLead; k-- {
		w := word(k)
		if withdrawingVerb(w) {
			return !negation(word(k-1)) && !negation(word(k-2))
		}
		if isClauseMark(w) || figureIn(d, s, k) >= 0 && figureIn(d, s, k) != fi {
			return false
		}
	}
	return false
}

// withdrawnSubjectAside reports whether figure fi stands in the predicate
// of a sentence whose subject is a count noun (its determiner, owner and
// modifiers before it, supersededLead words at most) set off by an aside
// between commas that says the count was withdrawn: "Kyiv's own estimate,
// which it has since withdrawn, put the civilian toll above 40,000". A
// revision in the aside ("which was revised in March") gives the figure
// the predicate tells, and stays.
func withdrawnSubjectAside(d *figures.Document, s *figures.Sentence, fi int) bool {
	word := sentenceWords(d, s)
	start := sentenceOpening(d, s)
	noun := -1
	for k := start; k < s.TokEnd && k <= start+supersededLead; k++ {
		w := word(k)
		if isClauseMark(w) || figureIn(d, s, k) >= 0 {
			return false
		}
		if givenCountNoun(w) {
			noun = k
			break
		}
	}
	if noun < 0 || word(noun+1) != "," {
		return false
	}
	withdrawn, negated := false, false
	closing := -1
	for k := noun + 2; k < s.TokEnd && k <= noun+2+withdrawnAsideWords; k++ {
		w := word(k)
		if w == "," {
			closing = k
			break
		}
		if clauseMark(w) || figureIn(d, s, k) >= 0 {
			return false
		}
		negated = negated || negation(w)
		withdrawn = withdrawn || withdrawingVerb(w)
	}
	if closing < 0 || !withdrawn || negated {
		return false
	}
	fs, _ := d.FigureTokens(fi)
	for k := closing + 1; k < fs; k++ {
		if clauseMark(word(k)) {
			return false
		}
	}
	return fs > closing
}

// withdrawingVerb reports whether lower-cased w is a form of a verb by
// which a keeper gives a count up: "withdrew", "retracted", "scrapped",
// "has since withdrawn". A verb of revising is left out: "the estimate,
// revised in March, put ..." gives the revision.
func withdrawingVerb(w string) bool {
	switch w {
	case "withdraw", "withdraws", "withdrew", "withdrawn", "withdrawing":
		return true
	}
	for _, stem := range [...]string{"retract", "scrap", "discard", "rescind", "disown", "repudiate"} {
		if verbForm(w, stem) {
			return true
		}
	}
	return false
}
