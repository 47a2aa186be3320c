package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A total after its parts may be marked after the figure instead of
// before it: "The Feb. 6 quakes killed upward of 50,000 people in Turkey
// and roughly 8,000 in Syria — nearly 60,000 in all", "..., 44,000 in
// Turkey and 6,000 in Syria, 50,000 altogether". The dash or comma opens
// the total's phrase and "in all", "in total", "altogether", "combined"
// after the figure say it sums the parts before, as "for a total of" does
// before it (partsTotal). A word may link the total to its parts after the
// mark: "..., for $3.8 billion in all", "..., or 50,000 altogether".

// dashedTotal returns the sum figure fi of sentence s makes of the parts
// before it when a comma or a dash stands right before fi and a mark of a
// total right after it, or a sumParts with conn -1.
func dashedTotal(d *figures.Document, s *figures.Sentence, fi int) sumParts {
	none := sumParts{conn: -1}
	fs, _ := d.FigureTokens(fi)
	comma := fs - 1
	if comma > s.TokStart && totalLink(d.LowerTokenText(comma)) {
		comma-- // ", for $3.8 billion in all", ", or 50,000 altogether"
	}
	if comma <= s.TokStart || d.TokenText(comma) != "," && !asideMark(d.TokenText(comma)) {
		return none
	}
	if !totalMarkedAfter(d, s, fi) {
		return none
	}
	first := partsBefore(d, s, comma)
	if first < 0 {
		return none
	}
	return sumParts{conn: comma, comma: comma, first: first}
}

// totalMarkedAfter reports whether the words right after figure fi (its
// noun perhaps between) mark it as a total: "in all", "in total",
// "altogether", "combined", "overall", "all told".
func totalMarkedAfter(d *figures.Document, s *figures.Sentence, fi int) bool {
	fs, _ := d.FigureTokens(fi)
	if fs > s.TokStart {
		switch d.LowerTokenText(fs - 1) {
		case "combined", "overall", "total":
			return false // marked before: partsTotal's
		}
	}
	return totalMarked(d, s, fi)
}

// totalLink reports whether w may stand between the comma or dash and a
// total marked after its figure: "for", "or", "making", "so".
func totalLink(w string) bool {
	switch w {
	case "for", "or", "making", "so":
		return true
	}
	return false
}
