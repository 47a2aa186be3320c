package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A question made of a figure and at most its noun offers the figure as a
// guess or a threshold, and nobody asserts it: "Ask the senators what
// figure would move them: a hundred thousand dead? Two hundred
// thousand?", "How many more must die before Washington acts — 60,000?".
// The figure opens its sentence (past a speaker's label or a time stamp)
// or the clause after a colon or a spaced dash (not one that closes an
// aside: "is now saying — what — thirty-eight thousand killed?" goes on
// with its verb), and the sentence's "?" follows it within two words. An
// answer after a question is a statement ("How many have died? 34,000,
// the ministry says."), and a question with a verb of its own is
// doubtedquestion.go's or askedfigure.go's.

// offeredNounReach is how many words may stand between the figure and
// the "?": its noun, perhaps with one modifier ("civilians dead").
const offeredNounReach = 2

// offeredQuestion reports whether figure fi of sentence s stands alone in
// a question that ends s.
func offeredQuestion(d *figures.Document, s *figures.Sentence, fi int) bool {
	end := s.TokEnd - 1
	for end > s.TokStart && isQuoteMark(d.TokenText(end)) {
		end--
	}
	if end <= s.TokStart || d.TokenText(end) != "?" {
		return false
	}
	fs, fe := d.FigureTokens(fi)
	if fe > end || end-fe > offeredNounReach {
		return false
	}
	for k := fe; k < end; k++ {
		if !d.Tokens[k].IsWord() || auxiliary(d.LowerTokenText(k)) || modalWord(d.LowerTokenText(k)) {
			return false
		}
	}
	if fs <= sentenceOpening(d, s) {
		return true
	}
	switch d.TokenText(fs - 1) {
	case ":":
		return true
	case "—", "–":
		return d.Tokens[fs-1].Space && !dashBefore(d, s, fs-1)
	}
	return false
}

// dashBefore reports whether a dash stands in sentence s before token k:
// the dash at k then closes an aside ("is now saying — what — thirty-eight
// thousand killed?"), and the clause goes on past it.
func dashBefore(d *figures.Document, s *figures.Sentence, k int) bool {
	for j := s.TokStart; j < k; j++ {
		if t := d.TokenText(j); t == "—" || t == "–" {
			return true
		}
	}
	return false
}
