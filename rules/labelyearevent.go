package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A headline or a live blog's entry may open on a short label and its
// colon before it names an earlier event by its year, with no article, as
// a headline opening on the event does ("Ten years on: 2015 quake killed
// nearly 9,000", "From the archive: 2011 quake claimed ..."). The label
// frames what follows; the year after its colon opens the event as much
// as a year opening the sentence does, so earlierEvent reads it the same.

// afterOpeningLabel reports whether token ts stands right after the colon
// of a short label that opens sentence s (past any dateline): "Haiti
// remembers:", "From the archive:" (openinglabel.go's shape).
func afterOpeningLabel(d *figures.Document, s *figures.Sentence, ts int) bool {
	if ts-1 <= s.TokStart || d.TokenText(ts-1) != ":" {
		return false
	}
	return sentenceLabelColon(d, s, afterStamp(d, s)) == ts-1
}
