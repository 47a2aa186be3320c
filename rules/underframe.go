package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A programme the metric rules out, named before the figure in the
// figure's own clause ("Annual Foreign Military Financing for Israel rose
// to $3.3bn"), says what the figure is; the agreement named only in an
// "under" phrase after it ("... under the 2016 memorandum") is the
// framework the money flows under, a date or a source for the sum, not
// what it counts. So the exclude_near word rules the figure out, however
// much nearer the keyword in that phrase stands, when no keyword of the
// metric stands before the figure: "Annual US military aid to Israel rose
// to $3.8bn under the memorandum" keeps its own keyword, and a programme
// set off by a comma ("What Israel receives, FMF included, comes to")
// is an aside. (under_frame_keyword.yaml)

// underFrameWords is how many words may stand between the figure and
// "under" ("a year", "each year"), and between "under" and the keyword
// ("the 2016", "a ten-year").
const underFrameWords = 3

// underFrameKeyword reports whether keyword hit kw of sentence s stands
// only in an "under" phrase right after figure fi while exclude_near hit
// ex stands before the figure in its clause, and no keyword of the metric
// stands before the figure.
func underFrameKeyword(d *figures.Document, s *figures.Sentence, hits []hit, kw, ex hit, fi int) bool {
	fs, fe := d.FigureTokens(fi)
	if ex.end > fs || kw.start < fe {
		return false
	}
	u := -1
	for k := fe; k < kw.start && k <= fe+underFrameWords; k++ {
		if d.LowerTokenText(k) == "under" {
			u = k
			break
		}
		if !d.Tokens[k].IsWord() || !isLowerWord(d.TokenText(k)) {
			return false // "a year", "each year" only: no mark, no name
		}
	}
	if u < 0 || kw.start-u-1 > underFrameWords || markBetween(d, u, kw.start) || markBetween(d, ex.end, fs) {
		return false
	}
	for _, h := range hits {
		if h.ref.role == roleKeyword && h.start >= s.TokStart && h.end <= fs {
			return false // the whole's own keyword before the figure
		}
	}
	return true
}
