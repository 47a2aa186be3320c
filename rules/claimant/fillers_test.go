package claimant

import (
	"strings"
	"testing"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// TestDropFillers: a view reads a sentence with its speaker's sounds of
// hesitation and their commas gone, and dropFillers' compaction in place
// carries every token's own marks with it: a token kept after a dropped
// one is still marked inside its figure (markFigures ran before the drop)
// exactly where its bytes lie inside an amount figure.
func TestDropFillers(t *testing.T) {
	f, err := New(Defaults())
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ text, want string }{
		{"The army says it has, uh, killed around 14,000 fighters.", "The army says it has killed around 14,000 fighters ."},
		{"Uh, the army says 300 people died.", "the army says 300 people died ."},
		{"The network has, um, uh, documented $85 million in damage.", "The network has documented $ 85 million in damage ."},
		{"MINISTER: Uh, we counted 300 dead.", "MINISTER : we counted 300 dead ."},
		{"He was taken to the ER, where 30 people died.", "He was taken to the ER , where 30 people died ."},
		{"The toll stands at, er 1,200 so far.", "The toll stands at 1,200 so far ."},
	} {
		d := figures.Analyze(c.text)
		marked := 0
		sc := newScratch(f)
		v := newView(d, 0, sc)
		words := make([]string, len(v.toks))
		for i, k := range v.toks {
			words[i] = d.Text[k.start:k.end]
			inAmount := false
			for _, fg := range d.Figures {
				if fg.Kind.IsAmount() && fg.Start <= k.start && k.start < fg.End {
					inAmount = true
				}
			}
			marked += boolInt(k.fig)
			if k.fig != inAmount {
				t.Errorf("%q: token %q marked inside a figure %v, want %v", c.text, words[i], k.fig, inAmount)
			}
		}
		if marked == 0 && strings.Contains(c.text, "$") {
			t.Errorf("%q: no token marked inside its amount", c.text)
		}
		if got := strings.Join(words, " "); got != c.want {
			t.Errorf("%q: view reads %q, want %q", c.text, got, c.want)
		}
	}
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
