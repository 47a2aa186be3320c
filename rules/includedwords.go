package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A word the metric rules out names a part the figure holds, not another
// count, when a word of inclusion governs it: after the figure ("about 13
// million, counting those who fled abroad", "including refugees") or in
// the figure's own label or aside before it ("Displaced since April 2023
// (IOM, incl. refugees) | 10.7m", "Sudan's displaced — those uprooted
// within the country together with those who have fled abroad — now number
// 12m"). "not counting" and "without counting" leave the part out, and the
// word then rules the figure out as before.

// inclusionWords is how far before an exclude_near word a word of
// inclusion may stand: "together with those who have fled abroad".
const inclusionWords = 5

// inclusionAt reports whether token k is a word of inclusion: "including",
// "includes", "incl.", "counting" (not "not counting"), "together with",
// "along with".
func inclusionAt(d *figures.Document, k int) bool {
	prev := ""
	if k > 0 {
		prev = d.LowerTokenText(k - 1)
	}
	switch d.LowerTokenText(k) {
	case "including", "includes", "include", "incl":
		return true
	case "counting":
		return prev != "not" && prev != "without"
	case "with":
		return prev == "together" || prev == "along"
	}
	return false
}

// includedBefore reports whether exclude_near hit h stands before the
// figure starting at token fs, within inclusionWords words after a word of
// inclusion in the same clause, with no amount between.
func includedBefore(d *figures.Document, fs int, h hit) bool {
	if h.end > fs {
		return false
	}
	for k, n := h.start-1, 0; k >= 0 && n < inclusionWords; k-- {
		if !d.Tokens[k].IsWord() {
			switch d.TokenText(k) {
			case ",", ";", ":", "|":
				return false
			}
			continue
		}
		if countAt(d, k) {
			return false
		}
		if inclusionAt(d, k) {
			return true
		}
		n++
	}
	return false
}

// A clause of condition or time right after a figure may say the figure is
// reached by adding what an exclude word names: "The official toll,
// between 55,000 and 60,000 once Syria's late figures are added, still
// omits ...", "about 50,000 when Syria's dead are included", "59,000 if
// the Syrian figures are counted". The word names a part the figure holds,
// as after "including". Negated ("once Syria's dead are not counted") or
// another verb ("once Syria's figures are subtracted") leaves it a word
// that rules the figure out.

// addedClauseWords is how many words the clause may run from its opener
// past the exclude word to its participle of adding: "once Syria's late
// figures are added".
const addedClauseWords = 8

// addedInClause reports whether exclude_near hit h stands in a clause
// opened right after the figure ending at token fe by "once", "when",
// "if" or "with", whose verb (a participle of adding) comes after h.
func addedInClause(d *figures.Document, fe int, h hit) bool {
	if fe >= h.start {
		return false
	}
	switch d.LowerTokenText(fe) {
	case "once", "when", "if", "with":
	case ",":
		return addedAbsolute(d, fe, h)
	default:
		if d.Tokens[fe].IsWord() && fe+1 < h.start && d.TokenText(fe+1) == "," {
			return addedAbsolute(d, fe+1, h) // past the figure's noun: "47,000 people, Syria's added"
		}
		return false
	}
	for k := fe + 1; k < h.start; k++ {
		if !d.Tokens[k].IsWord() && !isApostrophe(d.TokenText(k)) || countAt(d, k) {
			return false
		}
	}
	for k, n := h.end, 0; k < len(d.Tokens) && n < addedClauseWords; k, n = k+1, n+1 {
		w := d.LowerTokenText(k)
		switch {
		case w == "not" || w == "never":
			return false
		case addedParticiple(w):
			return true
		case !d.Tokens[k].IsWord() && !isApostrophe(w):
			return false
		}
	}
	return false
}

// addedParticiple reports whether lower-cased w is a participle of adding
// a part to a whole: "added", "included", "counted", "factored".
func addedParticiple(w string) bool {
	switch w {
	case "added", "included", "counted", "factored", "tallied", "combined":
		return true
	}
	return false
}

// An absolute phrase after the figure's comma says the same with no
// opener: "has passed 10 million, refugees abroad included", "reached
// 11.3 million, those who fled to Chad counted". The phrase is the
// exclude word, at most absoluteWords words round it, and a participle of
// adding that closes it (a comma, a dash or the sentence's end after it);
// "refugees abroad not included" leaves the part out.

// absoluteWords is how many words the absolute phrase may hold besides
// its participle: "those who fled to Chad counted".
const absoluteWords = 6

// addedAbsolute reports whether exclude_near hit h opens, right after the
// comma at token comma that follows a figure, an absolute phrase closed by
// a participle of adding.
func addedAbsolute(d *figures.Document, comma int, h hit) bool {
	if h.start != comma+1 && !(h.start == comma+2 && d.Tokens[comma+1].IsWord() && determinerWord(d.LowerTokenText(comma+1))) {
		return false // the phrase opens on the excluded words ("refugees abroad", "the refugees")
	}
	for k, n := h.end, h.end-h.start; k < len(d.Tokens) && n <= absoluteWords; k, n = k+1, n+1 {
		w := d.LowerTokenText(k)
		switch {
		case w == "not" || w == "never":
			return false
		case addedParticiple(w):
			return k+1 >= len(d.Tokens) || closesAbsolute(d.TokenText(k+1))
		case countAt(d, k) || !d.Tokens[k].IsWord() && !isApostrophe(w):
			return false
		}
	}
	return false
}

// closesAbsolute reports whether token text t ends an absolute phrase: a
// comma, a dash, a sentence's end.
func closesAbsolute(t string) bool {
	switch t {
	case ",", ".", ";", "—", "–", "-", "!", "?", ")":
		return true
	}
	return false
}

// The same clause may be fronted before the figure: "with Syria's toll
// added, more than 39,000 are now confirmed dead", "Once the Syrian
// figures are added, the toll stands at about 50,100". It opens on "with",
// "once", "when" or "if" at most inclusionWords words before the exclude
// word, closes with a participle of adding within addedClauseWords words
// after it, and then a comma before the figure; no amount stands in it.

// addedFronted reports whether exclude_near hit h stands in such a clause
// before the figure starting at token fs.
func addedFronted(d *figures.Document, fs int, h hit) bool {
	if h.end > fs {
		return false
	}
	opened := false
	for k, n := h.start-1, 0; k >= 0 && n < inclusionWords && !opened; k, n = k-1, n+1 {
		if !d.Tokens[k].IsWord() && !isApostrophe(d.TokenText(k)) || countAt(d, k) {
			return false
		}
		switch d.LowerTokenText(k) {
		case "with", "once", "when", "if":
			opened = true
		}
	}
	if !opened {
		return false
	}
	for k, n := h.end, 0; k < fs && n < addedClauseWords; k, n = k+1, n+1 {
		w := d.LowerTokenText(k)
		switch {
		case w == "not" || w == "never" || countAt(d, k):
			return false
		case addedParticiple(w):
			return k+1 < fs && d.TokenText(k+1) == ","
		case !d.Tokens[k].IsWord() && !isApostrophe(w):
			return false
		}
	}
	return false
}
