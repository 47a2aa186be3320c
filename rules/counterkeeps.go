package rules

import (
	"github.com/claimtrack/claimtrack/rules/figures"
	"github.com/claimtrack/claimtrack/rules/internal/wordform"
)

// The counter a metric's description names keeps its count by a verb as
// often as by a noun: "the UN logs a death once it is confirmed, some
// 10,000 so far", "the deaths the mission lists", "the monitors' tally"
// said as "the mission documented upward of 10,000". And its
// count may stand as the owner of the figure itself: "the mission's
// 11,400 verified deaths". Either names the counter's count as "the UN's
// figure" does (describedcountscope.go), so a sentence-wide scope of the
// kind that counter counts is met the same way, in a text that names the
// kind. Attribution alone ("the UN says") keeps no count: "says" is no
// verb of keeping one, and a country's records are its own.

// counterVerbLead is how many lower-case words may stand between the
// counter and its verb: "the UN mission has only documented".
const counterVerbLead = 3

// keepsCountVerb reports whether lower-cased w is a form of a verb by
// which a counter keeps a count: the vouching verbs (verify, confirm,
// record, ...) and the verbs of counting and listing themselves.
func keepsCountVerb(w string) bool {
	switch w {
	case "log", "logs", "logged", "logging":
		// "log" doubles its last consonant, which wordform.Inflect does not.
		return true
	}
	return vouchingVerb(w) || countKeepingForms[w]
}

// countKeepingForms are the verbs of counting and listing in every form.
var countKeepingForms = wordform.Set([]wordform.Verb{{Base: "count"}, {Base: "list"}, {Base: "document"}, {Base: "tally"}},
	true, wordform.Finite, wordform.Participle)

// counterKeepsCount reports whether the counter named at token k of
// sentence s keeps a count by a verb a few lower-case words after it ("the
// UN counts", "the mission has documented", "deaths the UN lists"), its
// figure the verb's object in the same clause or just before the counter,
// or owns a figure that follows it at once ("the mission's 11,400
// deaths"). A negated verb keeps no count ("a sum the UN has never
// confirmed"), and one after "had" kept an earlier one, since passed ("the
// mission had recorded 9,000 in its last update").
func counterKeepsCount(d *figures.Document, s *figures.Sentence, k int) bool {
	if o := k + 3; ownerBefore(d, o) == k && o < s.TokEnd {
		if fi := figureAt(d, o); fi >= 0 && d.Figures[fi].Kind.IsAmount() {
			return true
		}
	}
	for t := k + 1; t < s.TokEnd && t <= k+1+counterVerbLead; t++ {
		w := d.TokenText(t)
		if !isLowerWord(w) {
			return false
		}
		switch lw := d.LowerTokenText(t); {
		case lw == "not" || lw == "never" || lw == "cannot" || lw == "had":
			return false
		case keepsCountVerb(lw):
			return amountJustBefore(d, s, k) || amountInClauseAfter(d, s, t)
		}
	}
	return false
}

// counterObjectLead is how many tokens may stand between a figure and the
// counter whose verb keeps it, the figure's noun between: "11,000-plus
// deaths the UN lists".
const counterObjectLead = 3

// amountJustBefore reports whether an amount of sentence s ends a few tokens
// before token k.
func amountJustBefore(d *figures.Document, s *figures.Sentence, k int) bool {
	for fi := s.FigStart; fi < s.FigEnd; fi++ {
		if _, fe := d.FigureTokens(fi); fe <= k && fe >= k-counterObjectLead && d.Figures[fi].Kind.IsAmount() {
			return true
		}
	}
	return false
}

// amountInClauseAfter reports whether an amount of sentence s follows
// token t before a dash, semicolon or colon closes t's clause: the
// verb's object, not a figure set off after it ("the total the UN
// confirmed — some ten thousand —" restates one named before).
func amountInClauseAfter(d *figures.Document, s *figures.Sentence, t int) bool {
	end := s.TokEnd
	for u := t + 1; u < s.TokEnd; u++ {
		if w := d.TokenText(u); isDash(w) || w == ";" || w == ":" {
			end = u
			break
		}
	}
	for fi := s.FigStart; fi < s.FigEnd; fi++ {
		if fs, _ := d.FigureTokens(fi); fs > t && fs < end && d.Figures[fi].Kind.IsAmount() {
			return true
		}
	}
	return false
}

// counterKeepsCountIn reports whether sentence s names a counter metric
// m's description names ("the UN", "the mission") keeping a count by a
// verb or owning a figure (counterKeepsCount), outside a comparison's
// other term ("higher than the UN logs").
func (m *metric) counterKeepsCountIn(d *figures.Document, s *figures.Sentence) bool {
	for k := s.TokStart; k < s.TokEnd; k++ {
		if m.describedCounterAt(d, k) && !comparedCounter(d, s, k) && counterKeepsCount(d, s, k) {
			return true
		}
	}
	return false
}
