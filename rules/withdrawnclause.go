package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A count its keeper gave up may be told by what it said, a content clause
// on the count noun or on a report, rather than by "a figure of N": "The
// UN corrected an earlier estimate that 1.7 million were sheltering in
// Rafah", "A report that 200 arms sales had been approved was later
// corrected by the State Department". The noun heads the clause ("an
// estimate that", "a report that", "claims that"), the figure opens it
// (only hedge words between), and the noun is either the object of a verb
// of withdrawing or correcting (withdrawnObject's reach), or the
// sentence's subject whose predicate, after the clause, says it was
// replaced, withdrawn or corrected (supersedingPredicate). A reader
// records none of it. The correcting verb counts only here, before its
// object: "the estimate, corrected in March, put ..." gives the corrected
// figure (withdrawingVerb leaves "correct" out for that).
// (negs39_withdrawn_clause.yaml)

// withdrawnClauseLead is how many tokens may stand between "that" and the
// figure that opens the clause's subject: "that some", "that as many as".
const withdrawnClauseLead = 3

// withdrawnClause reports whether figure fi of sentence s opens the content
// clause of a count noun or a report that a withdrawing or correcting verb
// takes as its object, or that opens the sentence and is said to have been
// replaced or withdrawn after the clause.
func withdrawnClause(d *figures.Document, s *figures.Sentence, fi int) bool {
	fs, fe := d.FigureTokens(fi)
	word := sentenceWords(d, s)
	that := -1
	for k := fs - 1; k > s.TokStart && k >= fs-1-withdrawnClauseLead; k-- {
		if word(k) == "that" {
			that = k
			break
		}
		if !isLowerWord(d.TokenText(k)) {
			return false
		}
	}
	if that < 0 {
		return false
	}
	noun := that - 1
	if w := word(noun); !givenCountNoun(w) && !claimNoun(w) {
		return false
	}
	for k := noun - 1; k >= s.TokStart && k >= noun-1-withdrawnObjectLead; k-- {
		w := word(k)
		if withdrawingVerb(w) || verbForm(w, "correct") {
			return !negation(word(k-1)) && !negation(word(k-2))
		}
		if isClauseMark(w) || figureIn(d, s, k) >= 0 {
			break
		}
	}
	start := sentenceOpening(d, s)
	if noun < start || noun-start > supersededLead {
		return false
	}
	for k := start; k < noun; k++ {
		if isClauseMark(word(k)) || word(k) == "," || figureIn(d, s, k) >= 0 {
			return false // the noun must open the sentence's subject
		}
	}
	return supersedingPredicate(word, fe, s.TokEnd)
}
