package claimant

import (
	"testing"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// TestReusedScratch: a Doc whose memory served other documents before
// answers as one made afresh. The corpora's sentences are read in turn by
// one Finder, releasing each Doc, and compared with a new Finder's answers.
func TestReusedScratch(t *testing.T) {
	shared, err := New(Defaults())
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, name := range []string{"corpus.dev.yaml", "corpus.dev2.yaml"} {
		_, cases := loadCorpus(t, name)
		for _, c := range cases {
			fresh, err := New(Defaults())
			if err != nil {
				t.Fatal(err)
			}
			d := figures.Analyze(c.Text)
			reused, first := shared.Doc(d), fresh.Doc(d)
			for _, fig := range d.Figures {
				got, gotOK := reused.Find(fig.Start, fig.End)
				want, wantOK := first.Find(fig.Start, fig.End)
				if got != want || gotOK != wantOK {
					t.Errorf("%s: %q in %q: reused scratch gives %+v %v, a fresh one %+v %v", name, fig.Text, c.Text, got, gotOK, want, wantOK)
				}
				n++
			}
			reused.Release()
			first.Release()
		}
	}
	if n < 200 {
		t.Fatalf("only %d figures compared: the corpora did not load", n)
	}
}
