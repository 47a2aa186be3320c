package figures

import (
	"fmt"
	"strings"
	"testing"
)

// corpora are the labelled corpora and the share of each one's sentences
// Find must read entirely right: every amount found with its qualifier,
// no amount invented. corpus2.yaml and corpus3.yaml were written after
// the finder learned corpus.yaml, to measure it on sentences it was not
// built against (corpus3.yaml read 36 of 36 right when first scored).
// corpus5.yaml holds number forms as papers write them (issue 17) and was
// written before the finder learned them: 115 of 172 read right at first
// (112 before five of its labels were corrected: a count of two companies
// and of one of 14 children, a fraction "nearly half", a time and a date
// each one figure). corpus6.yaml holds the forms the finder still misread
// at the seventeenth round (num17), a quarter of them non-amounts, written
// before the finder learned them: 151 of 171 read right at first (148 as
// written: three labels follow the finder's conventions), 171 after.
var corpora = []struct {
	path  string
	floor float64
	min   int
}{
	{"testdata/corpus.yaml", 0.97, 150},
	{"testdata/corpus2.yaml", 0.95, 50},
	{"testdata/corpus3.yaml", 0.95, 30},
	{"testdata/corpus4.yaml", 0.75, 200},
	{"testdata/corpus5.yaml", 0.92, 150},
	{"testdata/corpus6.yaml", 0.99, 150},
	{"testdata/mechanisms.yaml", 1, 10},
	{"testdata/countlevel.yaml", 1, 8},
}

// TestCorpus scores the finder on the labelled corpus of news sentences.
// A case is right when each figure it lists is found and Find returns no
// other amount; the misses and false alarms are logged with their line.
func TestCorpus(t *testing.T) {
	for _, c := range corpora {
		t.Run(strings.TrimSuffix(strings.TrimPrefix(c.path, "testdata/"), ".yaml"), func(t *testing.T) {
			scoreCorpus(t, c.path, c.floor, c.min)
		})
	}
}

func scoreCorpus(t *testing.T, path string, floor float64, min int) {
	cases := loadCases(t, path)
	if len(cases) < min {
		t.Fatalf("%s: %d cases; the corpus must hold at least %d", path, len(cases), min)
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
		for _, f := range got {
			// A case's never lists qualifiers no figure may carry, vague
			// ones included: "He scores twice" reads no vague "scores".
			for _, q := range c.Never {
				if f.Qualifier.Name() == q {
					ok = false
					fmt.Fprintf(&report, "%s:%d: %q read as %s in %q\n", path, c.line, f.Text, q, c.In)
				}
			}
		}
		for i, f := range got {
			// A vague figure ("tens of thousands") names no amount a
			// reader would record: it is wrong only where a case says so.
			if !used[i] && f.Kind.IsAmount() && f.Qualifier.Name() != "vague" {
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
	t.Logf("%s: %d of %d sentences right (%.3f); %d of %d figures found, %d false alarms", path, right, len(cases), share, found, wants, falseAlarms)
	if share < floor {
		t.Errorf("%.3f of %s read right, under the floor %.2f:\n%s", share, path, floor, report.String())
	} else if testing.Verbose() {
		t.Log("\n" + report.String())
	}
}
