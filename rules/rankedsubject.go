package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// An exclude_near name may be the subject a copula ranks or classes, with
// the figure in the same predicate after "at" or "with": "Egypt is the
// second-largest recipient of FMF, at about $1.3 billion a year", "Jordan
// is another recipient of Foreign Military Financing, with about $425
// million". The figure measures the subject, however near the
// complement's keyword stands to it: the name frames the clause as a
// fronted place does (placeOfSentence, which reads an "is" after a name as
// an actor's). The subject opens its clause (the sentence, or after a
// colon, a semicolon, "and", "but", "though", "although", "while",
// "whereas" or "yet"), the copula is "is", "was", "remains" or "remained"
// with a determiner after it, and the predicate runs to the figure with no
// clause of its own ("which", "but", a semicolon).

// rankedSubjectReach is how many tokens the predicate may run from the
// copula to the figure ("is the second-largest recipient of Foreign
// Military Financing, at").
const rankedSubjectReach = 14

// rankedSubject reports whether exclude_near hit h of sentence s is a name
// that opens its clause as the subject of a copula whose predicate holds
// the figure starting at token fs, after "at" or "with".
func rankedSubject(d *figures.Document, s *figures.Sentence, h hit, fs int) bool {
	if h.end+2 >= fs || fs-h.end > rankedSubjectReach || !named(d, h.start) {
		return false
	}
	if w := d.LowerTokenText(fs - 1); w != "at" && w != "with" {
		return false
	}
	switch d.LowerTokenText(h.end) {
	case "is", "was", "remains", "remained":
	default:
		return false
	}
	switch d.LowerTokenText(h.end + 1) {
	case "the", "a", "an", "another":
	default:
		return false
	}
	if !opensRankedClause(d, s, h.start) {
		return false
	}
	for k := h.end + 2; k < fs-1; k++ {
		w := d.LowerTokenText(k)
		if figureAt(d, k) >= 0 || relativeWord(w) || w == "that" || w == ";" || w == ":" || w == "—" || w == "–" || contrastOpener(w) {
			return false
		}
	}
	return true
}

// opensRankedClause reports whether token k opens its clause: the
// sentence's own words, or after a colon, a semicolon or a word that
// opens a clause of its own.
func opensRankedClause(d *figures.Document, s *figures.Sentence, k int) bool {
	if k == hereOpening(d, s) {
		return true
	}
	if k-1 <= s.TokStart {
		return false
	}
	switch w := d.LowerTokenText(k - 1); w {
	case ":", ";", "and":
		return true
	default:
		return contrastOpener(w)
	}
}

// contrastOpener reports whether w opens a clause set against another:
// "but", "though", "although", "while", "whereas", "yet".
func contrastOpener(w string) bool {
	switch w {
	case "but", "though", "although", "while", "whereas", "yet":
		return true
	}
	return false
}
