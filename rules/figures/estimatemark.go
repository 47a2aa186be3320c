package figures

import "strings"

// The marks that call a figure an estimate from outside its qualifier
// phrase: a bracket after it ("(est.)") and an abbreviation before it
// ("c.", "est."), read by the parser once a figure is whole.

// bracketEstimate reports whether a bracket right after the figure ending
// at token end calls it an estimate and nothing more: "2.3 million
// (est.)", "(estimated)", as "an estimated" before it would. A bracket that
// credits the figure to a source's estimate ("1.4m (UN estimate)", "(OCHA
// est.)") only attributes it, as "UNRWA estimates 1.4 million" does, and
// leaves it exact: so the rules corpus labels a figure a source estimates
// (fifteen cases of the verb, both brackets), and so the bracket naming
// only a source or a date reads.
func (p *parser) bracketEstimate(end int) bool {
	if !p.isSym(end, "(") || end+1 >= len(p.toks) || p.toks[end+1].Kind != tWord {
		return false
	}
	k := end + 1
	switch strings.ToLower(p.str(k)) {
	case "est":
		return p.isSym(k+1, ".") && p.isSym(k+2, ")") || p.isSym(k+1, ")")
	case "estimate", "estimated":
		return p.isSym(k+1, ")")
	}
	return false
}

// estimateAbbrevBefore reports whether a fact box's abbreviation of circa
// or of an estimate stands right before the figure starting at token
// start: "c. 650,000", "est. 90,000". Read here and not as a
// qualifier phrase: a lone letter "c" in the vocabulary would start
// figures and change how "C-69" reads. Lower case, but for "Est." opening
// a line: "Vitamin C. 500 doses" ends a sentence.
func (p *parser) estimateAbbrevBefore(start int) bool {
	if start < 2 || !p.isSym(start-1, ".") || p.toks[start-2].Kind != tWord {
		return false
	}
	switch p.str(start - 2) {
	case "c", "est":
		return start < 3 || !p.isSym(start-3, ".") // not the end of "a.c."
	case "Est":
		// Capitalised, only where a headline or a fact box's line opens:
		// "Est. 90,000 in the camps"; before a bare year it is
		// "established" ("Est. 1921: the family firm ..."), no estimate.
		return (start < 3 || p.toks[start-2].Break) && !plainYearText(p.str(start))
	}
	return false
}

// plainYearText reports whether w is four digits that may name a year,
// 1000 to 2199: after a capitalised "Est." it is the year something was
// established.
func plainYearText(w string) bool {
	if len(w) != 4 || !allDigits(w) {
		return false
	}
	return w[0] == '1' || w[0] == '2' && w[1] <= '1'
}
