package rules

import (
	"strings"
	"testing"

	"github.com/claimtrack/claimtrack/internal/newstext"
	"github.com/claimtrack/claimtrack/rules/figures"
)

// TestFigureInIsFigureAt holds figureIn, which takes the token's sentence as
// given, to figureAt, which looks the sentence up.
func TestFigureInIsFigureAt(t *testing.T) {
	for _, text := range []string{newstext.Generate(1 << 14), newstext.Stories(1<<14, 4000),
		"Some 1,200 were killed.\n\n\"About 40,000,\" he said. (Up to 3 million.) 5 4 3 2 1 - done"} {
		d := figures.Analyze(text)
		for si := range d.Sentences {
			s := &d.Sentences[si]
			for k := s.TokStart; k < s.TokEnd; k++ {
				if in, at := figureIn(d, s, k), figureAt(d, k); in != at {
					t.Fatalf("token %d (%q): figureIn %d, figureAt %d", k, d.TokenText(k), in, at)
				}
			}
		}
	}
}

// TestQuestionBeforeAt holds questionBeforeAt's quick refusal to the rule
// it stands for: the sentence before, trimmed of closing marks, ends in "?".
func TestQuestionBeforeAt(t *testing.T) {
	questions := 0
	for _, text := range []string{newstext.Stories(1<<14, 4000),
		"Why is Rafah so crowded? About 1.4 million live there. “Why?” About 1,400 were there. (Why?) About 1,400.",
		"Who counts? » About 1,400. 'Who?' 1,400 did. \"Who?\"\t1,400 did. Who’ 40 did. Who. 40 did. Who? 1,400. 2",
		"Why\xbb 40 did. Why?\xbb 40 did. Why?\x99 40 did. 40?"} {
		d := figures.Analyze(text)
		for si := range d.Sentences {
			var want *figures.Sentence
			if si > 0 && !d.Sentences[si].ParagraphStart {
				q := &d.Sentences[si-1]
				if strings.HasSuffix(strings.TrimRight(d.Text[q.Start:q.End], " \t\n\"'’”»)"), "?") {
					want = q
				}
			}
			if want != nil {
				questions++
			}
			if got := questionBeforeAt(d, si); got != want {
				t.Errorf("sentence %d of %q: got %v, want %v", si, text, got, want)
			}
		}
	}
	if questions < 5 {
		t.Errorf("found %d questions: a test that tries little", questions)
	}
}
