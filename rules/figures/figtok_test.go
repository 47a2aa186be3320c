package figures

import (
	"testing"

	"github.com/claimtrack/claimtrack/internal/newstext"
)

// figureTokensByOffsets finds each figure's token range from its byte
// offsets: the tokens it overlaps. The parser records the ranges as it
// emits the figures instead; the two must agree.
func figureTokensByOffsets(d *Document) [][2]int32 {
	out := make([][2]int32, len(d.Figures))
	ti := 0
	for i, f := range d.Figures {
		for ti < len(d.Tokens) && int(d.Tokens[ti].End) <= f.Start {
			ti++
		}
		start := ti
		for ti < len(d.Tokens) && int(d.Tokens[ti].Start) < f.End {
			ti++
		}
		out[i] = [2]int32{int32(start), int32(ti)}
		if ti > start {
			ti = start // list items share a token
		}
	}
	return out
}

// TestFigureTokensMatchOffsets holds the token ranges the parser records
// to the tokens each figure's bytes overlap, over the benchmark texts and
// every testdata case.
func TestFigureTokensMatchOffsets(t *testing.T) {
	texts := []string{newstext.Stories(1<<18, 4000), newstext.Generate(1 << 18)}
	for _, path := range []string{"testdata/find.yaml", "testdata/corpus.yaml", "testdata/corpus2.yaml",
		"testdata/corpus3.yaml", "testdata/corpus4.yaml", "testdata/mechanisms.yaml", "testdata/countlevel.yaml"} {
		for _, c := range loadCases(t, path) {
			texts = append(texts, c.In)
		}
	}
	var a Analyzer
	for _, text := range texts {
		d := a.Analyze(text)
		want := figureTokensByOffsets(d)
		for i := range d.Figures {
			if start, end := d.FigureTokens(i); start != int(want[i][0]) || end != int(want[i][1]) {
				t.Fatalf("figure %q at %d: tokens [%d, %d), its bytes overlap [%d, %d)", d.Figures[i].Text,
					d.Figures[i].Start, start, end, want[i][0], want[i][1])
			}
		}
	}
}
