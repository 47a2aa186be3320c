package rules

import (
	"github.com/claimtrack/claimtrack/rules/figures"
)

// An agreement to come is no agreement in force: "a successor memorandum
// from 2029 will be worth $4bn or more a year", "Under a future
// memorandum, Israel would receive $4bn a year". When the figure's clause
// names an agreement called a later one ("successor", "next", "future")
// before a modal that says what will be, the amount is a hope or a
// proposal, not what is paid. The agreement in force in the future tense
// ("The memorandum will provide $3.8bn a year until 2028") names no later
// one, and stays its amount.

// laterInstrument returns the token that calls the agreement of figure
// fi's clause a later one, before a coming modal that stands before the
// figure in its clause, or -1.
func laterInstrument(d *figures.Document, s *figures.Sentence, fi int) int {
	fs, _ := d.FigureTokens(fi)
	cs := clauseStartAtMark(d, s, fs)
	word := sentenceWords(d, s)
	modal := -1
	for k := fs - 1; k >= cs; k-- {
		if comingModal(word(k)) && !named(d, k) {
			modal = k
			break
		}
	}
	for k := cs; k < modal; k++ {
		if !laterWord(word(k)) {
			continue
		}
		for t := k + 1; t < modal && t <= k+2; t++ {
			if agreementNoun(word(t)) {
				return k
			}
		}
	}
	if modal < 0 {
		if k := soughtInstrument(d, s, cs, fs); k >= 0 {
			return k
		}
	}
	return laterInstrumentAfter(d, s, fi, cs, modal >= 0)
}

// laterAfterWords is how many tokens after a figure laterInstrumentAfter
// reads for the agreement it is paid under ("a year in military aid under
// a successor memorandum").
const laterAfterWords = 12

// laterInstrumentAfter returns the token that calls an agreement a later
// one when the figure's clause names it after the figure, as what the
// amount is paid under ("under the next memorandum", "in a future
// agreement", "for a successor MOU"), and a modal (hasModal) or a verb of
// seeking stands before the figure from token cs: "Israel would receive
// about $4bn a year under the next MOU", "negotiators are asking for up to
// $5bn a year ... under a successor memorandum". The agreement in force
// after the figure ("under the current memorandum"), or a later one past
// a comma or in a clause of its own, leaves the amount; or -1.
func laterInstrumentAfter(d *figures.Document, s *figures.Sentence, fi, cs int, hasModal bool) int {
	fs, fe := d.FigureTokens(fi)
	word := sentenceWords(d, s)
	later := -1
	for k := fe; k+2 < s.TokEnd && k < fe+laterAfterWords && later < 0; k++ {
		switch word(k) {
		case ",", ";", ":", "—", "–", "(", "and", "but", "which", "that":
			return -1
		case "under", "in", "for", "from":
			t := k + 1
			if article(word(t)) {
				t++
			}
			if laterWord(word(t)) && (agreementNoun(word(t+1)) || t+2 < s.TokEnd && agreementNoun(word(t+2))) {
				later = t
			}
		}
	}
	if later < 0 {
		return -1
	}
	if hasModal {
		return later
	}
	for v := cs; v < fs; v++ {
		if seekingVerb(word(v)) {
			return later
		}
	}
	return -1
}

// soughtWords is how many words may stand between a verb of seeking and
// the later word of the agreement it seeks ("seeking a successor", "pushing
// for a new, larger").
const soughtWords = 3

// soughtInstrument returns the token that calls an agreement a later one
// when a verb of seeking takes it as its object before the figure, from
// token cs to fs: "officials are seeking a successor memorandum worth as
// much as $4 billion a year", "negotiating the next memorandum, valued at
// $4bn". What is sought is a proposal, as what will be is; or -1.
func soughtInstrument(d *figures.Document, s *figures.Sentence, cs, fs int) int {
	word := sentenceWords(d, s)
	for k := cs; k < fs; k++ {
		if !laterWord(word(k)) || k+1 >= fs || !agreementNoun(word(k+1)) && (k+2 >= fs || !agreementNoun(word(k+2))) {
			continue
		}
		for v := k - 1; v >= cs && v >= k-1-soughtWords; v-- {
			if seekingVerb(word(v)) {
				return k
			}
		}
	}
	return -1
}

// seekingVerb reports whether lower-cased w is a verb whose object is
// wanted or put forward, not had: "seeking", "negotiating", "proposed",
// "floated", "mooted", "pitching", "weighing". A regular verb is read as
// its stem and the endings of its forms (verbForm).
func seekingVerb(w string) bool {
	switch w {
	case "sought", "lobbying", "pressing", "pushing", "angling":
		return true
	}
	for _, stem := range [...]string{"seek", "ask", "negotiate", "propose", "request", "want", "float", "moot", "pitch",
		"suggest", "discuss", "explore", "weigh", "consider", "eye", "urge", "demand"} {
		if verbForm(w, stem) {
			return true
		}
	}
	return false
}

// laterWord reports whether lower-cased w calls an agreement one to come:
// "successor", "next", "future".
func laterWord(w string) bool {
	switch w {
	case "successor", "next", "future", "forthcoming", "upcoming":
		return true
	}
	return false
}
