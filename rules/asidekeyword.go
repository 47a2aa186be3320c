package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A figure's noun may be followed by an aside that sets it against a whole
// of its own, between commas or dashes, before the verb that says what the
// figure's people do: "Some 1.5m people — more than half of Gaza's 2.3m
// population — are sheltering in Rafah". The aside's keyword
// ("population") counts the aside's own figure, not the one before it;
// the keyword after the aside ("sheltering", "in Rafah") is the figure's,
// as near as the words outside the aside make it, when it stands in the
// figure's own clause, before the next comma or dash
// (aside_counts_own.yaml).

// asideNounWords is how many words may stand between the figure and the
// mark that opens the aside: its noun, "people", "displaced people".
const asideNounWords = 2

// keywordBeyondAside returns, when keyword hit kw of figure fi stands inside
// an aside that opens with a comma or a dash right after the figure's noun
// and closes with the same mark, the nearest keyword hit after the close
// and its distance from the figure, the aside's words not counted; -1
// otherwise.
func keywordBeyondAside(d *figures.Document, s *figures.Sentence, hits []hit, kw, fi int) (int, int) {
	fs, fe := d.FigureTokens(fi)
	open := fe
	for open < s.TokEnd && open-fe < asideNounWords && isLowerWord(d.TokenText(open)) {
		open++
	}
	mark := d.TokenText(open)
	if open >= s.TokEnd || mark != "," && !isDash(mark) || hits[kw].start <= open {
		return -1, far
	}
	end := -1
	for k := hits[kw].end; k < s.TokEnd; k++ {
		w := d.TokenText(k)
		if w == mark || isDash(w) && isDash(mark) {
			end = k
			break
		}
		if isClauseMark(w) {
			return -1, far // a comma closing a dash's aside, a semicolon: another clause
		}
	}
	if end < 0 {
		return -1, far
	}
	// The figure's clause runs on from the close to its next mark: a
	// keyword past that mark is another clause's (", where many are
	// sheltering in schools": review34a).
	stop := end + 1
	for stop < s.TokEnd && !isClauseMark(d.TokenText(stop)) {
		stop++
	}
	best, dist := -1, far
	for i, h := range hits {
		if h.ref.role != roleKeyword || h.start <= end || h.start >= stop {
			continue
		}
		if n := wordGap(d, fs, fe, open, open+1) + wordGap(d, end, end+1, h.start, h.end); n < dist {
			best, dist = i, n
		}
	}
	return best, dist
}
