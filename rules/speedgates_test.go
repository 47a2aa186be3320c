package rules

import (
	"testing"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// TestSpeedGatesExact checks that the gates by which readers pass over a
// sentence (speed28) turn away only sentences the reader finds nothing in,
// over every text the answer tests read: oneForEach behind
// mayStandOneForEach.
func TestSpeedGatesExact(t *testing.T) {
	if testing.Short() {
		t.Skip("reads every answer text")
	}
	an := new(figures.Analyzer)
	var oneTurned, oneFound int
	for _, src := range answerSources(t) {
		for _, tx := range src.texts {
			d := an.Analyze(tx.text)
			st := &docState{d: d}
			for si := range d.Sentences {
				s := &d.Sentences[si]
				for fi := s.FigStart; fi < s.FigEnd; fi++ {
					_, fe := d.FigureTokens(fi)
					k := oneForEach(d, s, fe)
					if !st.mayStandOneForEach(s, fe) {
						oneTurned++
						if k >= 0 {
							t.Errorf("%s: %q: oneForEach reads %d after figure %d, but the sentence's marks turn it away", src.name, d.TokenText(k), k, fi)
						}
					} else if k >= 0 {
						oneFound++
					}
				}
			}
		}
	}
	t.Logf("oneForEach turned away %d, found %d", oneTurned, oneFound)
	if oneTurned == 0 || oneFound == 0 {
		t.Errorf("a test that tries nothing: oneForEach turned away %d, found %d", oneTurned, oneFound)
	}
}
