package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/claimtrack/claimtrack/internal/newstext"
	"github.com/claimtrack/claimtrack/rules/claimant"
	"github.com/claimtrack/claimtrack/rules/figures"
)

// figureRecord is a line of figures --json as encoding/json writes it:
// the reference the streaming encoder must equal, byte for byte.
type figureRecord struct {
	Text        string   `json:"text"`
	Start       int      `json:"start"`
	End         int      `json:"end"`
	Value       float64  `json:"value"`
	Low         *float64 `json:"low"`
	High        *float64 `json:"high"`
	Unit        string   `json:"unit,omitempty"`
	Kind        string   `json:"kind"`
	Qualifier   string   `json:"qualifier"`
	Line        int      `json:"line,omitempty"`
	Claimant    *string  `json:"claimant,omitempty"`
	ClaimantHow *string  `json:"claimant_how,omitempty"`
}

// TestFiguresJSONMatchesEncodingJSON runs figures --json --lines
// --claimants over dense news text and a story with quotes and
// attributions, and compares its output with encoding/json's encoding of
// the same figures and claimants.
func TestFiguresJSONMatchesEncodingJSON(t *testing.T) {
	story, err := os.ReadFile("testdata/claimants.txt")
	if err != nil {
		t.Fatal(err)
	}
	// Larger than a few batches (figures_lines.go), so that the order of
	// batches read at once is checked too.
	text := newstext.Generate(3*batchBytes) + "\n" + string(story) + "\nA <b>\"tag\"</b> & 1e-9 \u2028 \xff 33,091 people\n"
	code, out, errs := run(t, text, "figures", "--json", "--lines", "--claimants")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	finder, err := claimant.New(claimant.Defaults())
	if err != nil {
		t.Fatal(err)
	}
	var want bytes.Buffer
	for n, line := range strings.Split(strings.TrimSuffix(text, "\n"), "\n") {
		d := figures.Analyze(line)
		doc := finder.Doc(d)
		for _, f := range d.Figures {
			r := figureRecord{Text: f.Text, Start: f.Start, End: f.End, Value: f.Value, Low: f.Low, High: f.High,
				Unit: f.Unit, Kind: string(f.Kind), Qualifier: f.Qualifier.Name(), Line: n + 1}
			if c, ok := doc.Find(f.Start, f.End); ok {
				name, how := c.Name(), string(c.How)
				r.Claimant, r.ClaimantHow = &name, &how
			}
			b, err := json.Marshal(r)
			if err != nil {
				t.Fatal(err)
			}
			want.Write(b)
			want.WriteByte('\n')
		}
		doc.Release()
	}
	if want.Len() < 100<<10 {
		t.Fatalf("only %d bytes of reference", want.Len())
	}
	if out != want.String() {
		got, exp := strings.Split(out, "\n"), strings.Split(want.String(), "\n")
		for i := range min(len(got), len(exp)) {
			if got[i] != exp[i] {
				t.Fatalf("line %d:\n got %s\nwant %s", i+1, got[i], exp[i])
			}
		}
		t.Fatalf("%d lines, want %d", len(got), len(exp))
	}
}

// TestFiguresLinesStopsAtNUL checks that a NUL byte past the first batches
// stops --lines at its line, after the lines before it are written.
func TestFiguresLinesStopsAtNUL(t *testing.T) {
	head := newstext.Generate(2 * batchBytes)
	n := strings.Count(head, "\n") + 1
	code, out, errs := run(t, head+"\nsome 40 \x00 people\nanother 50 people\n", "figures", "--lines")
	want := fmt.Sprintf("standard input:%d holds a NUL byte", n+1)
	if code != exitFail || !strings.Contains(errs, want) {
		t.Fatalf("exit %d, stderr %q; want %q", code, errs, want)
	}
	last := fmt.Sprintf("\n%d:", n)
	if !strings.Contains(out, last) || strings.Contains(out, fmt.Sprintf("\n%d:", n+1)) {
		t.Errorf("output does not end with line %d's figures: ...%s", n, out[max(0, len(out)-300):])
	}
}
