package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A period right after a verb of saying dates the saying, not the count:
// "The UN said this week that more than 10 million people have been
// displaced in Sudan" tells where the total stands, as "the UN said on
// Tuesday" would; so does a period after a source's own noun of what it
// gave, said of a figure before it ("thirteen point two million, that's
// UNHCR's number this week"). A metric's exclude_near word of a period
// ("this week", "last month") is then no reason to turn the figure away.
// The period is the count's own when the figure is the verb's object or a
// label's value right after it ("The IOM reported this week 160,000 people
// newly displaced", "OCHA's update this week: 160,000 displaced in seven
// days"), when the sentence marks the count as a period's flow ("newly",
// "weekly", "of any week", "in seven days"), after the verb of the event
// ("200,000 fled this week"), and marked as a part ("this week alone").

// statedPeriod reports whether exclude_near hit h of sentence s is a
// period that dates a statement of figure fi: it follows a finite verb of
// saying (statementVerb, the claimant finder's reporting verbs) and a
// clause of its own opens after it ("that", or a subject and its verb
// before the figure), or the figure comes before it; or it follows a
// source's noun of what it gave (statementNoun after a possessive) said of
// a figure before it. Not when it is marked as a part ("alone"), owns a
// noun ("this week's"), or the sentence marks a period's flow (flowMarked).
func statedPeriod(d *figures.Document, s *figures.Sentence, fi int, h hit) bool {
	if !periodPhrase(d, h) || h.start-1 <= s.TokStart {
		return false
	}
	word := sentenceWords(d, s)
	if w := word(h.end); w == "alone" || isApostrophe(w) {
		return false
	}
	fs, fe := d.FigureTokens(fi)
	prev := word(h.start - 1)
	var ok bool
	switch {
	case statementVerb(prev) && !strings.HasSuffix(prev, "ers"):
		// "said this week that ...", "said this week more than 10 million
		// people have been ..."; not "reported this week 160,000 people".
		ok = h.start >= fe || h.end < fs && (word(h.end) == "that" || fs-h.end >= 2 && finiteVerbWithin(d, h.end+1, fs-h.end-1))
	case statementNoun(prev):
		owned := word(h.start-2) == "s" && isApostrophe(word(h.start-3)) || word(h.start-2) == "its" || word(h.start-2) == "their"
		ok = owned && h.start >= fe
	}
	return ok && !flowMarked(word, s)
}

// statementNoun reports whether lower-cased w names what a source gave:
// "the IOM's figure", "UNHCR's number", "its update".
func statementNoun(w string) bool {
	switch w {
	case "figure", "figures", "number", "numbers", "answer", "update", "report", "estimate", "statement", "bulletin", "briefing", "data":
		return true
	}
	return false
}

// flowMarked reports whether sentence s marks a count as a period's flow:
// "newly" or "new", "weekly" or "daily", "any week", "seven days", "past
// week".
func flowMarked(word func(int) string, s *figures.Sentence) bool {
	for k := s.TokStart; k < s.TokEnd; k++ {
		switch w := word(k); w {
		case "newly", "new", "weekly", "daily", "monthly", "fresh":
			return true
		case "any", "past", "seven", "single":
			if timeUnit(word(k + 1)) {
				return true
			}
		}
	}
	return false
}
