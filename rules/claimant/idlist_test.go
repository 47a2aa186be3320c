package claimant

import (
	"strings"
	"testing"

	"github.com/claimtrack/claimtrack/internal/newstext"
	"github.com/claimtrack/claimtrack/rules/figures"
)

// TestIDListsAgree holds each idList to its map: for every word of the
// lists in idListed (as written, in capitals, capitalised) and every token
// of the corpora and the benchmark's texts, spelt as the view spells it,
// has answers as the map does of the spelling's word.
func TestIDListsAgree(t *testing.T) {
	f, err := New(Defaults())
	if err != nil {
		t.Fatal(err)
	}
	sc := newScratch(f)
	var raws []string
	for _, l := range idListed {
		for w := range l {
			raws = append(raws, w, strings.ToUpper(w), strings.ToUpper(w[:1])+w[1:])
		}
	}
	raws = append(raws, "uh", "um", "er", "12", "1", ",", "")
	texts := []string{newstext.Generate(1 << 14), newstext.Stories(1<<14, 4000)}
	for _, name := range []string{"corpus.dev.yaml", "corpus.dev2.yaml"} {
		_, cases := loadCorpus(t, name)
		for _, c := range cases {
			texts = append(texts, c.Text)
		}
	}
	for _, text := range texts {
		d := figures.Analyze(text)
		for _, tk := range d.Tokens {
			raws = append(raws, text[tk.Start:tk.End])
		}
	}
	n := 0
	for _, raw := range raws {
		if raw == "" {
			continue
		}
		sps := []spelling{*sc.spelling(raw), sc.numberSpelling(raw)}
		for _, sp := range sps {
			for li, l := range idListed {
				il := newIDList(l)
				if got, want := il.has(&sp), l[sp.low]; got != want {
					t.Errorf("%q (low %q, id %d) in list %d: idList says %v, the map %v", raw, sp.low, sp.id, li, got, want)
				}
				if il.has(&sp) {
					n++
				}
			}
		}
	}
	if n == 0 {
		t.Error("no word found in any list")
	}
}
