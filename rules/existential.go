package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// An existential leaves its figure's noun out when an earlier clause of the
// sentence named it: "Only three of the foreign military sales to Israel
// since the war began went before Congress; by one official's tally there
// have been more than 100", "Few of the arms sales ... were announced, but
// in all there have been over 100, officials say". The figure closes its
// clause after "there" and a form of "be" ("there have been", "there
// were", "there are"), with no noun after it: it counts what the keyword
// before it names, as the noun "and four remain" leaves out does (counts.go
// elidedNoun; nearest.go reads both). A figure with a noun
// of its own ("there have been 14 closed hearings") counts that noun.

// existentialElided reports whether figure fi of sentence s is the bare
// complement of an existential: "there", perhaps "have" or "has", a form
// of "be" right before the figure, and a mark of punctuation (or the
// sentence's end) right after it.
func existentialElided(d *figures.Document, s *figures.Sentence, fi int) bool {
	fs, fe := d.FigureTokens(fi)
	if fe < s.TokEnd && !d.Tokens[fe].IsSymbol() {
		return false
	}
	k := fs - 1
	if k <= s.TokStart || !beForm(d.LowerTokenText(k)) {
		return false
	}
	k--
	switch d.LowerTokenText(k) {
	case "have", "has", "had":
		k--
	}
	return k >= s.TokStart && d.LowerTokenText(k) == "there"
}
