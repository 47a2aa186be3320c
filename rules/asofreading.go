package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// "As of" (or "as at") before a period dates the reading of a running
// total: "As of this month, at least 10 million people have been
// displaced by the war in Sudan" is where the count stands this month,
// not the month's own part of it. An exclude_near word of a period ("this
// month", "last week") right after "as of" is then no reason to turn the
// figure away; the same period bounding the count ("displaced this month
// alone", "This month, another 200,000") still is.

// asOfReading reports whether exclude_near hit h of sentence s stands
// right after "as of" or "as at".
func asOfReading(d *figures.Document, s *figures.Sentence, h hit) bool {
	k := h.start - 2
	if k < s.TokStart {
		return false
	}
	if w := d.LowerTokenText(k + 1); w != "of" && w != "at" {
		return false
	}
	return d.LowerTokenText(k) == "as"
}
