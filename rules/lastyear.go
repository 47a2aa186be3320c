package rules

import (
	"github.com/claimtrack/claimtrack/rules/figures"
)

// "Last year" dates a figure to the calendar year before the story's: a
// part of a running total that began before it, an earlier count than
// one begun this year, and for a total with no `since`, which counts the
// calendar year (yearspan.go), the year before's whole, not this year's.
// Either way it is not the total now: "58,000 migrants reached Italy by
// sea last year", "Last year, 58,000 ...", "Last year 58,000 ...". A
// count a figure rose to stays the count at that time (countAtTime), as
// after any period. (last_year.yaml)

// lastYearAt reports whether "last year" stands at token t, no owner
// after it ("last year's toll" names a figure of its own), and dates a
// span rather than a moment the total was told at: "10,191 by the end of
// last year", "as of last year" give the total then, a level's date.
func lastYearAt(word func(int) string, t int) bool {
	if word(t) != "last" || word(t+1) != "year" || isApostrophe(word(t+2)) {
		return false
	}
	switch word(t - 1) {
	case "of", "by", "until", "till", "through", "to":
		return false
	}
	return true
}

// lastYearOpens reports whether the sentence's opening (token k, past a
// stamp or dateline) is "Last year" closed by a comma or standing right
// before the figure at token fs: "Last year, 58,000 migrants ...".
func lastYearOpens(d *figures.Document, s *figures.Sentence, k, fs int) bool {
	word := sentenceWords(d, s)
	if !lastYearAt(word, k) || k+2 > fs {
		return false
	}
	return k+2 == fs || d.TokenText(k+2) == ","
}
