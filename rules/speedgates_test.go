package rules

import (
	"testing"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// TestSpeedGatesExact checks that the gates by which readers pass over a
// sentence (speed28) turn away only sentences the reader finds nothing in,
// over every text the answer tests read: oneForEach behind
// mayStandOneForEach, earlierReport behind the sentence's marks
// (sentenceMarks.earlier), perArea, gatheringSize and capacityFigure
// behind them (sentenceMarks.area, .gathering, .capacity), and the opening
// label's colon found once per sentence (labelColon, labelWords) against
// the walk it replaced.
func TestSpeedGatesExact(t *testing.T) {
	t.Parallel() // a corpus-wide test: see fixtures_test.go
	if testing.Short() {
		t.Skip("reads every answer text")
	}
	an := new(figures.Analyzer)
	var oneTurned, oneFound, colonTurned, colonFound, earlierTurned, earlierFound, areaTurned, areaFound, crowdTurned, crowdFound, roomTurned, roomFound int
	named := func(d *figures.Document) func(int) bool { return func(k int) bool { return named(d, k) } }
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
					e := earlierReport(d, s, fi)
					if !st.wordMarks(s).earlier {
						earlierTurned++
						if e {
							t.Errorf("%s: %q: earlierReport reads figure %d as an earlier report, but the sentence's marks turn it away", src.name, tx.text, fi)
						}
					} else if e {
						earlierFound++
					}
					a := perArea(d, s, fi)
					if !st.wordMarks(s).area {
						areaTurned++
						if a {
							t.Errorf("%s: %q: perArea reads figure %d as a density, but the sentence's marks turn it away", src.name, tx.text, fi)
						}
					} else if a {
						areaFound++
					}
					c := gatheringSize(d, s, fi)
					if !st.wordMarks(s).gathering {
						crowdTurned++
						if c {
							t.Errorf("%s: %q: gatheringSize reads figure %d as a crowd, but the sentence's marks turn it away", src.name, tx.text, fi)
						}
					} else if c {
						crowdFound++
					}
					r := capacityFigure(d, s, fi)
					if !st.wordMarks(s).capacity {
						roomTurned++
						if r {
							t.Errorf("%s: %q: capacityFigure reads figure %d as a capacity, but the sentence's marks turn it away", src.name, tx.text, fi)
						}
					} else if r {
						roomFound++
					}
				}
				start := afterStamp(d, s)
				for _, label := range []func(int) bool{func(int) bool { return true }, named(d)} {
					want := openingLabelColonWalk(d, s, start, label)
					got := st.labelColon(s)
					if got >= 0 && !labelWords(start, got, label) {
						got = -1
					}
					if got != want {
						t.Errorf("%s: %q: label colon %d, the walk finds %d", src.name, tx.text, got, want)
					}
					if want >= 0 {
						colonFound++
					} else {
						colonTurned++
					}
				}
			}
		}
	}
	t.Logf("oneForEach turned away %d, found %d; label colons none %d, found %d; earlierReport turned away %d, found %d; perArea turned away %d, found %d; gatheringSize turned away %d, found %d; capacityFigure turned away %d, found %d",
		oneTurned, oneFound, colonTurned, colonFound, earlierTurned, earlierFound, areaTurned, areaFound, crowdTurned, crowdFound, roomTurned, roomFound)
	if oneTurned == 0 || oneFound == 0 || colonTurned == 0 || colonFound == 0 || earlierTurned == 0 || earlierFound == 0 || areaTurned == 0 || areaFound == 0 || crowdTurned == 0 || crowdFound == 0 || roomTurned == 0 || roomFound == 0 {
		t.Errorf("a test that tries nothing (every gate must turn some away and let some through): oneForEach turned away %d, found %d; label colons none %d, found %d; earlierReport turned away %d, found %d; perArea turned away %d, found %d; gatheringSize turned away %d, found %d; capacityFigure turned away %d, found %d",
			oneTurned, oneFound, colonTurned, colonFound, earlierTurned, earlierFound, areaTurned, areaFound, crowdTurned, crowdFound, roomTurned, roomFound)
	}
}

// openingLabelColonWalk is the walk labelColon and labelWords replaced:
// the colon that closes a headline's opening label of at most three words
// from token start, each of which label accepts, or -1.
func openingLabelColonWalk(d *figures.Document, s *figures.Sentence, start int, label func(k int) bool) int {
	for k := start; k < s.TokEnd && k < start+4; k++ {
		if d.TokenText(k) == ":" {
			return k
		}
		if !d.Tokens[k].IsWord() || !label(k) {
			return -1
		}
	}
	return -1
}
