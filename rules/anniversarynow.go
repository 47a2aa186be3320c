package rules

import (
	"strconv"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// An anniversary the count was read by or at dates the reading to that
// anniversary (pastdated.go). Whether that is the past depends on when the
// article is written, and the metric's own start says when the war's Nth
// anniversary falls. News writes most such readings in the anniversary's
// own copy ("By the war's first anniversary the UN had confirmed roughly
// 8,000 deaths", in a piece marking it), where the reading is the latest;
// a year on, the same sentence is an old value that would post a false
// "lower figure" alert. So the anniversary is read against the article's
// date:
//
//   - an article dated within a month of the metric's Nth anniversary
//     (the "Nth" written as a word or as "1st", "2nd") reads it as today's;
//   - an article dated further from it, or a metric with no since, or an
//     anniversary with no ordinal, keeps it dated;
//   - an undated article dates nothing to the past (as with years:
//     decade.go's pastYear), so the anniversary is today's;
//   - in every case a sentence that says the count has since grown ("8,006
//     by the war's first anniversary, a number that has grown every month
//     since") keeps it dated, and so does a count named with its
//     anniversary that a past verb then judges ("the count of 8,000 at the
//     first anniversary was far below today's": judgedReading's other
//     side).
//
// The labelled corpora (undated files) write such readings as the metric's
// own 11 to 2 (counted on 2026-12-05, anniv39).

// articleMonth is the article's date as a year and a month, each 0 when
// not known.
type articleMonth struct{ year, month int }

// anniversaryMonths is how many months either side of the metric's Nth
// anniversary an article reads a reading by that anniversary as today's.
const anniversaryMonths = 1

// anniversaryNow reports whether the past time phrase at token k of
// sentence s is an anniversary of the metric's own start (start) that
// the article, dated now, writes around, so that figure fi read by it is
// the current reading.
func anniversaryNow(d *figures.Document, s *figures.Sentence, fi, k int, start StartDate, now articleMonth) bool {
	word := sentenceWords(d, s)
	a := anniversaryAfter(word, k, s.TokEnd)
	if a < 0 || grownSince(d, s, fi) || pastJudged(word, a) {
		return false
	}
	if now.year == 0 {
		return true
	}
	n := 0
	for j := k + 1; j < a && n == 0; j++ {
		n = ordinalAt(word, j)
	}
	if n == 0 || start.Year == 0 {
		return false
	}
	year := start.Year + n
	if now.month == 0 || start.Month == 0 {
		return now.year == year
	}
	months := (now.year-year)*12 + now.month - start.Month
	return months >= -anniversaryMonths && months <= anniversaryMonths
}

// pastJudged reports whether the anniversary at token a closes a noun
// phrase that a past verb right after it (past a dash) judges.
func pastJudged(word func(int) string, a int) bool {
	w := wordAfterAnniversary(word, a)
	return w == "was" || w == "were"
}

// ordinalAt returns the number the ordinal at token j names ("first" 1,
// "twentieth" 20, "2nd" 2, which the tokenizer splits as "2" and "nd"),
// or 0 when it is none.
func ordinalAt(word func(int) string, j int) int {
	w := word(j)
	if n := figures.OrdinalValue(w); n > 0 {
		return n
	}
	switch word(j + 1) {
	case "st", "nd", "rd", "th":
		if n, err := strconv.Atoi(w); err == nil && n > 0 {
			return n
		}
	}
	return 0
}

// ordinalEndingAt returns the first token of the ordinal that ends at
// token j ("tenth" at j; "10" "th" at j-1 and j, as the tokenizer splits
// "10th"), read by ordinalAt, or -1 when none ends there.
func ordinalEndingAt(word func(int) string, j int) int {
	if figures.OrdinalValue(word(j)) > 0 {
		return j
	}
	switch word(j) {
	case "st", "nd", "rd", "th":
		if ordinalAt(word, j-1) > 0 {
			return j - 1
		}
	}
	return -1
}
