package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A subject may open on a tally noun and "of", run long, and give its
// value in an appositive before its verb: "The number of US arms sales
// cleared for Israel since the war began, more than 100 by officials' own
// count, dwarfs the two that went to Congress". The appositive is the
// tally's value, so the keyword in the "of" phrase counts it however many
// words (a participle, a place, a "since" clause) stand between them. It
// is glossedCount's mirror: there the figure comes first and the tally's
// phrase after it.

// subjectTallyWords is how many tokens the subject may run from its tally
// noun to the comma before the figure.
const subjectTallyWords = 30

// appositiveWords is how many tokens the appositive may run past the
// figure to the comma that closes it.
const appositiveWords = 8

// subjectTally reports whether figure fi of sentence s is an appositive
// set off by commas after a subject that opens its clause with a
// determiner, a tally noun and "of" ("The number of", "That tally of"),
// keyword hit kw standing in that "of" phrase. The phrase runs to the
// comma before the figure with no other comma, clause mark or figure but
// a year; the appositive holds no other figure (but a source's "one"),
// is not a part of the tally
// ("two of them"), and closes with a comma before a word that is no
// figure (its clause's verb, a list's next item being a figure).
func subjectTally(d *figures.Document, s *figures.Sentence, fi int, kw hit) bool {
	fs, fe := d.FigureTokens(fi)
	word := sentenceWords(d, s)
	if word(fs-1) != "," || kw.end > fs-1 || word(fe) == "of" {
		return false
	}
	open := -1
	for k := fs - 2; k > s.TokStart && k >= fs-1-subjectTallyWords; k-- {
		w := word(k)
		if isClauseMark(w) {
			return false
		}
		if fj := figureIn(d, s, k); fj >= 0 && d.Figures[fj].Kind != figures.Year {
			return false
		}
		if w == "of" && tallyNoun(word(k-1)) && k-2 >= s.TokStart && tallyDeterminer(word(k-2)) {
			open = k - 2
			break
		}
	}
	if open < 0 || kw.start <= open+2 {
		return false
	}
	// The subject opens its clause: the sentence's start, a clause mark
	// or a word that joins the clause on ("And", "But") before it.
	if open > s.TokStart {
		switch p := word(open - 1); {
		case isClauseMark(p), p == "?", p == "and", p == "but", p == "yet", p == "so":
		default:
			return false
		}
	}
	for k := fe; k < s.TokEnd && k <= fe+appositiveWords; k++ {
		if fj := figureIn(d, s, k); fj >= 0 && !sourceNumber(d, fj) {
			return false
		}
		if w := word(k); w == "," {
			return k+1 < s.TokEnd && figureIn(d, s, k+1) < 0
		} else if w == ";" || w == ":" || isDash(w) {
			return false
		}
	}
	return false
}

// sourceNumber reports whether figure fj is a small number spelled as a
// word, which in an appositive numbers its source ("by one count",
// "according to two officials"), not a second value.
func sourceNumber(d *figures.Document, fj int) bool {
	f := &d.Figures[fj]
	return f.Value < 10 && isLowerWord(f.Text)
}

// tallyDeterminer reports whether lower-cased w may open a subject on a
// tally noun: "the", "that", "this", "their", "its".
func tallyDeterminer(w string) bool {
	switch w {
	case "the", "that", "this", "their", "its":
		return true
	}
	return false
}

// excludedInSubject reports whether an exclude_near hit of hits stands
// between keyword hit kw and figure fi: a word the metric rules out in the
// subject's own phrase ("displaced in the north since March") names a
// part, so the appositive's figure is left to the distance as before.
func excludedInSubject(d *figures.Document, hits []hit, kw hit, fi int) bool {
	fs, _ := d.FigureTokens(fi)
	for _, h := range hits {
		if h.ref.role == roleNear && h.start >= kw.end && h.end <= fs {
			return true
		}
	}
	return false
}
