package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A period right after a verb of saying dates the saying, not the count:
// "The UN said this week that more than 10 million people have been
// displaced in Sudan" tells where the total stands, as "the UN said on
// Tuesday" would; so does a period right after a source's own noun of
// what it gave ("UNHCR's number this week", "The IOM's answer this week:
// 10.7 million"). A metric's exclude_near word of a period ("this week",
// "last month") is then no reason to turn the figure away. The period
// after the verb of the event ("200,000 fled this week"), after the figure
// ("reported 200,000 this week"), or marked as a part ("this week alone")
// still bounds what is counted.

// statedPeriod reports whether exclude_near hit h of sentence s is a
// period that dates a statement: it follows a finite verb of saying
// (statementVerb, the claimant finder's reporting verbs) or a source's noun of what it gave (statementNoun after
// a possessive), and is not marked as a part ("alone") nor owns a noun
// ("this week's").
func statedPeriod(d *figures.Document, s *figures.Sentence, h hit) bool {
	if !periodPhrase(d, h) || h.start-1 <= s.TokStart {
		return false
	}
	word := sentenceWords(d, s)
	if w := word(h.end); w == "alone" || isApostrophe(w) {
		return false
	}
	if statementVerb(word(h.start - 1)) {
		return true
	}
	return statementNoun(word(h.start-1)) && (word(h.start-2) == "s" && isApostrophe(word(h.start-3)) || word(h.start-2) == "its" || word(h.start-2) == "their")
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
