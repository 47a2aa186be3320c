package rules

import (
	"testing"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// Readings that look a word back from a figure's sentence ("once" before
// "home to", "our" before "earlier version") must read nothing before the
// sentence's first token: not the sentence before, and not token -1 when
// the sentence opens the document.
func TestReadingsAtSentenceStart(t *testing.T) {
	for _, text := range []string{
		"Home to 280,000 people before the war, Rafah now shelters 1.4 million.",
		"Earlier version said 500 people were killed in Gaza.",
		"Population of 2.3 million before the war in Gaza.",
		"Housed 9,000 people until the strike.",
		"She left once. Home to 280,000 people, the city is now empty.",
	} {
		d := figures.Analyze(text)
		for si := range d.Sentences {
			s := &d.Sentences[si]
			for fi := s.FigStart; fi < s.FigEnd; fi++ {
				func() {
					defer func() {
						if r := recover(); r != nil {
							t.Errorf("%q, figure %q: %v", text, d.Figures[fi].Text, r)
						}
					}()
					earlierVersion(d, s, fi)
					residentsBefore(d, s, fi)
					counterfactual(d, s, fi)
					studyEstimate(d, s, fi)
				}()
			}
		}
	}
	// "once" ends the sentence before: it does not make the next one's
	// "home to" a former population.
	d := figures.Analyze("She left once. Home to 280,000 people, the city is now empty.")
	s := &d.Sentences[1]
	if residentsBefore(d, s, s.FigStart) {
		t.Errorf("residentsBefore read %q from the sentence before", "once")
	}
	if w := sentenceWords(d, s)(s.TokStart - 1); w != "" {
		t.Errorf("sentenceWords before the sentence = %q, want \"\"", w)
	}
}

// A name that opens the next sentence is not the subject of an unreal
// condition ("had ... ,") whose "had" ends this one (a line with no full stop).
func TestCounterfactualStaysInSentence(t *testing.T) {
	d := figures.Analyze("In Gaza 500 people would still be alive, had\n\nHamas said nothing.")
	s := &d.Sentences[0]
	if s.FigEnd <= s.FigStart {
		t.Fatal("no figure in the first sentence")
	}
	if counterfactual(d, s, s.FigStart) {
		t.Error("counterfactual read the next sentence's name as the condition's subject")
	}
}

// counterfactual asks the readers of an unreal condition of figure fi of
// sentence s as the withdrawals do (withdrawn.go), without the sentence's
// memo.
func counterfactual(d *figures.Document, s *figures.Sentence, fi int) bool {
	return unrealCondition(d, s, sentenceWords(d, s)) && counterfactualIn(d, s, fi) || imperativeCondition(d, s, fi)
}
