package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A running total's keyword that its own words mark as the whole ("the
// number displaced nationwide passed 10m", "those uprooted across the
// country now exceed 11 million") counts the whole, though a part the
// exclude_near words name stands nearer the figure earlier in the
// sentence: "Khartoum, a city of perhaps 6m before the war, has emptied as
// the number displaced nationwide passed 10m" gives Sudan's total, not
// Khartoum's. The mark follows the keyword right away; a part named after
// the keyword, or a keyword with no such mark, is read as before.
// (nationwide_keyword.yaml)

// nationwideKeyword reports whether keyword hit kw is followed right away
// by a word saying its count is the whole country's ("nationwide",
// "countrywide", "across the country"), and exclude_near hit ex stands
// before the keyword.
func nationwideKeyword(d *figures.Document, s *figures.Sentence, kw, ex hit) bool {
	if ex.end > kw.start || kw.end >= s.TokEnd {
		return false
	}
	switch w := d.LowerTokenText(kw.end); w {
	case "nationwide", "countrywide", "nationally":
		return true
	case "across", "throughout":
		return kw.end+2 < s.TokEnd && d.LowerTokenText(kw.end+1) == "the" && (d.LowerTokenText(kw.end+2) == "country" || d.LowerTokenText(kw.end+2) == "nation")
	}
	return false
}
