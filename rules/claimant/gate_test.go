package claimant

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/claimtrack/claimtrack/internal/newstext"
	"github.com/claimtrack/claimtrack/rules/figures"
)

// gateTexts are texts with speaker labels, quotations and headlines (the
// corpora) and the benchmark's prose with its quotes and paragraphs.
func gateTexts(t *testing.T) []string {
	texts := []string{newstext.Generate(1 << 16), newstext.Stories(1<<16, 4000)}
	var all []string
	for _, name := range append([]string{"corpus.dev.yaml", "corpus.dev2.yaml", "corpus.dev3.yaml"}, mechanismsFiles(t)...) {
		_, cases := loadCorpus(t, name)
		for _, c := range cases {
			texts = append(texts, c.Text)
			all = append(all, c.Text)
		}
	}
	// The cases run together, as paragraphs of one page: labels and quotes
	// away from the text's start, and lines longer than five sentences.
	return append(texts, strings.Join(all, "\n"), strings.Join(all, " "))
}

// TestGatesSkipOnlyEmptyReadings: wherever the full reading finds a
// speaker label or a quotation around a figure, the gates let it through.
func TestGatesSkipOnlyEmptyReadings(t *testing.T) {
	f, err := New(Defaults())
	if err != nil {
		t.Fatal(err)
	}
	labels, quotes := 0, 0
	for _, text := range gateTexts(t) {
		d := figures.Analyze(text)
		doc := f.Doc(d)
		c := &doc.c
		for si := range d.Sentences {
			if _, _, ok := c.readLabel(si); ok {
				labels++
				if !c.labelPossible(si) {
					t.Errorf("%q: the label gate skips sentence %d, which has a label", text, si)
				}
			}
		}
		for _, fig := range d.Figures {
			ps, pe := c.lineBounds(fig.Start)
			for _, q := range c.quotations(ps, pe) {
				if q[0] <= fig.Start && fig.End <= q[1] {
					quotes++
					if !c.quotePossible(fig.Start, fig.End) {
						t.Errorf("%q: the quotation gate skips %q, which is quoted", text, fig.Text)
					}
				}
			}
		}
		doc.Release()
	}
	// The gates were tested on some labels and quotations.
	if labels < 5 || quotes < 20 {
		t.Fatalf("only %d labels and %d quoted figures read", labels, quotes)
	}
}

// TestSentenceAt: the search from the last sentence found gives
// Document.SentenceAt's answer, whatever order offsets are asked in.
func TestSentenceAt(t *testing.T) {
	f, err := New(Defaults())
	if err != nil {
		t.Fatal(err)
	}
	text := newstext.Stories(1<<14, 2000) + "\n\n  trailing  "
	d := figures.Analyze(text)
	doc := f.Doc(d)
	defer doc.Release()
	r := rand.New(rand.NewPCG(3, 4))
	offs := r.Perm(len(text) + 2)
	for i := range text {
		offs = append(offs, i) // in order, as figures mostly are
	}
	for _, off := range offs {
		off-- // -1 and len(text) too
		if got, want := doc.c.sentenceAt(off), d.SentenceAt(off); got != want {
			t.Fatalf("sentenceAt(%d) = %d, SentenceAt %d", off, got, want)
		}
	}
}

// TestNearestSearch: from wherever it starts, nearestSearch answers as
// sort.Search does.
func TestNearestSearch(t *testing.T) {
	for n := 0; n <= 9; n++ {
		for answer := 0; answer <= n; answer++ {
			f := func(i int) bool { return i >= answer }
			for from := -1; from <= n+1; from++ {
				if got := nearestSearch(n, from, f); got != answer {
					t.Errorf("n=%d from=%d: %d, want %d", n, from, got, answer)
				}
			}
		}
	}
}
