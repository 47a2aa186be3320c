package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// An audience counted as the agent of a verb of watching or reading: "a
// film seen by 300,000 people", "the clip, viewed by 2 million", "a diary
// read by 40,000". Those who watch the story are not the people it
// counts, whatever keyword names the story's own people (fa41).
//
// The participles are a closed class on purpose (mendfa41): the senses
// that take an audience are few, and the list must not grow to verbs that
// take witnesses or officials. "read" and "heard" also take those who
// handle a text or a case ("a letter read by 40 officials", "appeals heard
// by 12 judges"), which this refuses too; none of them is a count a metric
// keeps, and a metric's own noun beside them would be the next case.

// audienceSize reports whether figure fi is an audience: "by" right
// before it (past a hedge the figure holds), and a participle of
// watching, reading or hearing right before that, perhaps after an
// adverb ("seen by", "watched online by", "already viewed by").
func audienceSize(d *figures.Document, s *figures.Sentence, fi int) bool {
	fs, _ := d.FigureTokens(fi)
	k := fs - 1
	if k-1 < s.TokStart || d.LowerTokenText(k) != "by" {
		return false
	}
	for j := k - 1; j >= s.TokStart && j >= k-3; j-- {
		if !d.Tokens[j].IsWord() {
			return false
		}
		switch d.LowerTokenText(j) {
		case "seen", "watched", "viewed", "streamed", "read", "heard", "downloaded", "liked":
			return true
		}
	}
	return false
}
