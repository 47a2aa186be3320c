package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A vote's tally gives the ayes and the noes as two figures joined by
// "to" or a dash: "the chamber voted 88 to 11 against the motion", "the
// resolution passed by 120 votes to 14", "a 52-47 vote". Neither counts
// what the sentence's other words name: a vote on arms sales counts
// members, not sales (fa41).

// voteTally reports whether figure fi is one side of a vote's tally: it
// and a figure next to it are joined by "to" or a dash, and a word of
// voting stands right before the pair (after "by" or "of": "voted 88 to
// 11", "by a vote of 88 to 11") or right after its first figure ("by 120
// votes to 14").
func voteTally(d *figures.Document, s *figures.Sentence, fi int) bool {
	first := fi
	if fi > 0 && tallyJoined(d, s, fi-1, fi) {
		first = fi - 1
	} else if fi+1 >= len(d.Figures) || !tallyJoined(d, s, fi, fi+1) {
		return false
	}
	fs, fe := d.FigureTokens(first)
	if fe < s.TokEnd && votingWord(d.LowerTokenText(fe)) {
		return true // "by 120 votes to 14"
	}
	k := fs - 1
	if k > s.TokStart && (d.LowerTokenText(k) == "by" || d.LowerTokenText(k) == "of") {
		k--
	}
	return k >= s.TokStart && votingWord(d.LowerTokenText(k))
}

// tallyJoined reports whether figures a and b of sentence s stand side by
// side joined by "to", a dash or a hyphen, each a bare count with nothing
// else between: "88 to 11", "52-47".
func tallyJoined(d *figures.Document, s *figures.Sentence, a, b int) bool {
	as, ae := d.FigureTokens(a)
	bs, _ := d.FigureTokens(b)
	if as < s.TokStart || bs >= s.TokEnd || bs != ae+1 {
		return false
	}
	switch d.LowerTokenText(ae) {
	case "to", "-", "–", "—":
		return true
	}
	return false
}

// votingWord reports whether lower-cased w names a vote or the act of
// voting: "voted", "vote", "votes", "ballot".
func votingWord(w string) bool {
	switch w {
	case "voted", "votes", "vote", "voting", "ballot", "ballots":
		return true
	}
	return false
}
