package claimant

import (
	"testing"

	"github.com/claimtrack/claimtrack/internal/newstext"
	"github.com/claimtrack/claimtrack/rules/figures"
)

// TestClauseStemMarked: readAttributions asks cClauseStem of a reporting
// verb instead of stemming its word, so every token of a view that reads
// as a reporting verb (report, whether from its spelling, as an -ing form
// or by closingVerb) has the bit exactly when its stem is one of
// clauseStems. Every sentence of the corpora and of pages of the benchmark
// texts is read.
func TestClauseStemMarked(t *testing.T) {
	f, err := New(Defaults())
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{newstext.Generate(1 << 15), newstext.Stories(1<<15, 4000)}
	for _, name := range []string{"corpus.dev.yaml", "corpus.dev2.yaml", "corpus.dev3.yaml"} {
		_, cases := loadCorpus(t, name)
		for _, c := range cases {
			texts = append(texts, c.Text)
		}
	}
	reports, clause := 0, 0
	for _, text := range texts {
		d := figures.Analyze(text)
		sc := newScratch(f)
		sc.start(len(d.Sentences))
		for si := range d.Sentences {
			v := newView(d, si, sc)
			for i := range v.toks {
				tk := &v.toks[i]
				if !tk.report {
					continue
				}
				reports++
				want := clauseStems[stem(tk.low)]
				if want {
					clause++
				}
				if tk.has(cClauseStem) != want {
					t.Errorf("%q in %q: cClauseStem %v, its stem %q in clauseStems %v", tk.low, text[d.Sentences[si].Start:d.Sentences[si].End], tk.has(cClauseStem), stem(tk.low), want)
				}
			}
		}
		sc.reset()
	}
	if reports < 1000 || clause == 0 {
		t.Fatalf("only %d reporting verbs read, %d of a clause stem", reports, clause)
	}
}
