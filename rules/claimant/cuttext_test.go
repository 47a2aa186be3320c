package claimant

import (
	"testing"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// TestCutTextsRead holds that every reading bounds its look-ahead and its
// look-behind: a page cut at its size bound, a headline or a caption may
// stop anywhere after the figure ("said Ahmed Saleh, a", "put 200,000
// homes at", "which comes from"), and a split paragraph or a pull quote
// may begin anywhere before it ("report on Tuesday. Burglary claims rose
// to 21,000"), the figure perhaps opening it. Every mechanisms case, cut
// after each byte past its figure and before each byte up to its figure's
// first, is read without a panic.
func TestCutTextsRead(t *testing.T) {
	for _, name := range mechanismsFiles(t) {
		cutTextsRead(t, name)
	}
}

// cutTextsRead reads every case of one mechanisms file cut at each byte.
func cutTextsRead(t *testing.T, name string) {
	f, cases := loadCorpus(t, name)
	var a figures.Analyzer
	failed := 0
	read := func(text string, s, e int) {
		defer func() {
			if r := recover(); r != nil {
				failed++
				t.Errorf("%q: %v", text, r)
			}
		}()
		f.Find(a.Analyze(text), s, e)
	}
	for _, c := range cases {
		s, e, ok := figureSpan(c.Text, c.Figure)
		if !ok {
			continue
		}
		for cut := e; cut <= len(c.Text) && failed < 10; cut++ {
			read(c.Text[:cut], s, e)
		}
		for cut := 0; cut <= s && failed < 10; cut++ {
			read(c.Text[cut:], s-cut, e-cut)
		}
	}
}
