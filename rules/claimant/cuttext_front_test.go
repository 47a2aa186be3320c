package claimant

import (
	"testing"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// TestCutTextsFrontRead holds that every reading bounds its look-behind: a
// paragraph a scraper split, a pull quote or a caption may begin anywhere
// before the figure ("the ministry said, 4,870", "4,870 people have died"),
// and a figure may open the text. Every mechanisms case, cut before each
// byte up to its figure's first, is read without a panic.
func TestCutTextsFrontRead(t *testing.T) {
	f, cases := loadCorpus(t, "mechanisms.yaml")
	var a figures.Analyzer
	failed := 0
	for _, c := range cases {
		s, e, ok := figureSpan(c.Text, c.Figure)
		if !ok {
			continue
		}
		for cut := 0; cut <= s && failed < 10; cut++ {
			text := c.Text[cut:]
			func() {
				defer func() {
					if r := recover(); r != nil {
						failed++
						t.Errorf("%q: %v", text, r)
					}
				}()
				f.Find(a.Analyze(text), s-cut, e-cut)
			}()
		}
	}
}
