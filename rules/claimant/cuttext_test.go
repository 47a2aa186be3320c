package claimant

import (
	"testing"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// TestCutTextsRead holds that every reading bounds its look-ahead: a page
// cut at its size bound, a headline or a caption may stop anywhere after
// the figure ("said Ahmed Saleh, a", "put 200,000 homes at", "which comes
// from"). Every mechanisms case, cut after each byte past its figure, is
// read without a panic.
func TestCutTextsRead(t *testing.T) {
	f, cases := loadCorpus(t, "mechanisms.yaml")
	var a figures.Analyzer
	failed := 0
	for _, c := range cases {
		s, e, ok := figureSpan(c.Text, c.Figure)
		if !ok {
			continue
		}
		for cut := e; cut <= len(c.Text) && failed < 10; cut++ {
			text := c.Text[:cut]
			func() {
				defer func() {
					if r := recover(); r != nil {
						failed++
						t.Errorf("%q: %v", text, r)
					}
				}()
				f.Find(a.Analyze(text), s, e)
			}()
		}
	}
}
