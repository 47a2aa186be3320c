package claimant

import (
	"testing"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// FuzzClaimant runs the finder over every figure of arbitrary text: it
// must not panic, a claimant's words must be the text at its offsets,
// found in one of the four places, and a Doc reusing a released Doc's
// memory must give the same answers.
func FuzzClaimant(f *testing.F) {
	for _, name := range []string{"corpus.dev.yaml"} {
		_, cases := loadCorpus(f, name)
		for _, c := range cases {
			f.Add(c.Text)
		}
	}
	f.Add("HOST: \u201cUN: 5\u201d said")
	f.Add("\"\"\"1,000,\" said\n:")
	fd, err := New(Defaults())
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		d := figures.Analyze(text)
		doc := fd.Doc(d)
		type answer struct {
			c  Claimant
			ok bool
		}
		var answers []answer
		for _, fig := range d.Figures {
			c, ok := doc.Find(fig.Start, fig.End)
			answers = append(answers, answer{c, ok})
			if !ok {
				continue
			}
			if c.Start < 0 || c.End > len(text) || c.Start >= c.End || text[c.Start:c.End] != c.Words {
				t.Fatalf("claimant %+v of %q: words are not the text at its offsets", c, fig.Text)
			}
			switch c.How {
			case InSentence, InQuote, Previous, Next:
			default:
				t.Fatalf("claimant %+v: how %q", c, c.How)
			}
		}
		// A Doc reusing released memory answers the same.
		doc.Release()
		again := fd.Doc(d)
		defer again.Release()
		for i, fig := range d.Figures {
			if c, ok := again.Find(fig.Start, fig.End); c != answers[i].c || ok != answers[i].ok {
				t.Fatalf("%q: reused memory gives %+v %v, first %+v %v", fig.Text, c, ok, answers[i].c, answers[i].ok)
			}
		}
	})
}
