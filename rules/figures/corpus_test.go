package figures

import (
	"fmt"
	"strings"
	"testing"
)

// corpusFloor is the share of testdata/corpus.yaml's sentences Find must
// read entirely right: every amount found with its qualifier, no amount
// invented.
const corpusFloor = 0.97

// TestCorpus scores the finder on the labelled corpus of news sentences.
// A case is right when each figure it lists is found and Find returns no
// other amount; the misses and false alarms are logged with their line.
func TestCorpus(t *testing.T) {
	const path = "testdata/corpus.yaml"
	cases := loadCases(t, path)
	if len(cases) < 150 {
		t.Fatalf("%s: %d cases; the corpus must hold at least 150", path, len(cases))
	}
	var right, wants, found, falseAlarms int
	var report strings.Builder
	for _, c := range cases {
		got := Find(c.In)
		used := make([]bool, len(got))
		ok := true
		for _, w := range c.Want {
			wants++
			hit := false
			for i, f := range got {
				if !used[i] && w.matches(f) {
					used[i], hit = true, true
					break
				}
			}
			if hit {
				found++
				continue
			}
			ok = false
			fmt.Fprintf(&report, "%s:%d: missed %s in %q; got %s\n", path, c.line, w, c.In, describeAll(got))
		}
		for i, f := range got {
			if !used[i] && f.Kind.IsAmount() {
				ok = false
				falseAlarms++
				fmt.Fprintf(&report, "%s:%d: false alarm %s in %q\n", path, c.line, describe(f), c.In)
			}
		}
		if ok {
			right++
		}
	}
	share := float64(right) / float64(len(cases))
	t.Logf("corpus: %d of %d sentences right (%.3f); %d of %d figures found, %d false alarms", right, len(cases), share, found, wants, falseAlarms)
	if share < corpusFloor {
		t.Errorf("%.3f of the corpus read right, under the floor %.2f:\n%s", share, corpusFloor, report.String())
	} else if testing.Verbose() {
		t.Log("\n" + report.String())
	}
}
