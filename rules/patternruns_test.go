package rules

import (
	"strings"
	"testing"

	"github.com/claimtrack/claimtrack/internal/newstext"
	"github.com/claimtrack/claimtrack/rules/figures"
)

// TestLiteralRunsNeverTurnAwayAMatch holds the runs to what they promise:
// a sentence the expression matches holds every run, whatever its case,
// spacing or folding ("ſ" is a long s, "K" the Kelvin sign: both match s
// and k in a case-insensitive pattern).
func TestLiteralRunsNeverTurnAwayAMatch(t *testing.T) {
	patterns := []string{
		"{prisoners} (Palestinian )?prisoners in exchange for (the return of )?{hostages} hostages",
		"{a} (Palestinian )?prisoners in exchange for {b} hostages7?",
		"{prisoners} prisoners in exchange for {hostages} hostages",
		"(a+)+{n} (x|x|x)*y",
		"{n} tanks",
		"killed {n}",
		"{n}\\s\\s+killed",
		"{n}\\ \\ killed",
		"(?:at least|some) {n} (people )?(were )?killed",
		"{n} (killed|dead)",
		"{n}\\.?,? killed",
		"^{n} killed$",
		"{n}[ \\t]+wounded",
		"{n} \u00e9vacu\u00e9s",
		"{n} \ufffd",
	}
	texts := strings.SplitAfter(newstext.Generate(1<<15), ". ")
	texts = append(texts,
		"Israel freed 700 Palestinian prisoners in exchange for 40 hostages7.",
		"700 PALESTINIAN   PRISONERS IN\tEXCHANGE\nFOR 40 HOSTAGES",
		"700 prisoners in exchange for the return of 40 hostages",
		"they sent 12 TAN\u212a\u017f to the front", "12 tanks", "12 TANKS",
		"killed 40", "KILLED\u00a040", "40  killed", "40 \t killed", "40 killed", "40. killed", "40., killed",
		"at least 40 people were killed", "some 40 killed", "40 dead", "40 \t\t wounded", "40 wounded",
		"40 \u00c9VACU\u00c9S", "40 \xff", "40 \ufffd", "aaa40 xxy", "aaa40 y",
	)
	an := new(figures.Analyzer)
	rejected, matched := 0, map[string]bool{}
	for _, p := range patterns {
		cp, err := compilePattern(p)
		if err != nil {
			t.Fatalf("%q: %v", p, err)
		}
		for _, text := range texts {
			d := an.Analyze(text)
			st := &docState{d: d}
			for si := range d.Sentences {
				masked := st.masked(&d.Sentences[si])
				matches := cp.re.MatchString(masked)
				may := cp.mayMatch(masked)
				if matches && !may {
					t.Errorf("%q matches %q, but its runs turn the sentence away", p, masked)
				}
				if !may {
					rejected++
				}
				if matches {
					matched[masked] = true
				}
			}
		}
	}
	if rejected == 0 || len(matched) < 10 {
		t.Errorf("the runs turned %d sentences away, of which the patterns matched %d: a test that tries nothing", rejected, len(matched))
	}
}

// TestLiteralRuns checks the runs read from an expression.
func TestLiteralRuns(t *testing.T) {
	cp, err := compilePattern("{a} (Palestinian )?prisoners in exchange for {b} hostages")
	if err != nil {
		t.Fatal(err)
	}
	// The longest: "prisoners", "in", "exchange", "for", four spaces and a
	// marker.
	if len(cp.runs) == 0 || len(cp.runs[0]) != 27 {
		t.Fatalf("got %d runs, the longest of %d items", len(cp.runs), len(cp.runs[0]))
	}
	for _, c := range []struct {
		masked string
		may    bool
	}{
		{"Israel would release some \ue0000\ue001 Palestinian prisoners in exchange for the return of \ue0001\ue001 hostages.", false},
		{"some \ue0000\ue001 Palestinian prisoners in exchange for \ue0001\ue001 hostages.", true},
		{"\ue0000\ue001 PRISONERS  in\nexchange FOR \ue0001\ue001 Hostages", true},
	} {
		if got := cp.mayMatch(c.masked); got != c.may {
			t.Errorf("mayMatch(%q) = %v, want %v", c.masked, got, c.may)
		}
	}
}

// TestHoldsRunsIsMayMatch holds the runs found kept per sentence to the
// runs looked for afresh, for patterns that share runs and patterns that
// do not.
func TestHoldsRunsIsMayMatch(t *testing.T) {
	var cps []*compiledPattern
	for _, p := range []string{
		"{a} (Palestinian )?prisoners in exchange for {b} hostages1?",
		"{a} (Palestinian )?prisoners in exchange for {b} hostages2?",
		"{a} prisoners in exchange for (the return of )?{b} hostages",
		"{n} killed", "{n} KILLED", "killed {n}", "{n} wounded",
	} {
		cp, err := compilePattern(p)
		if err != nil {
			t.Fatal(err)
		}
		cps = append(cps, cp)
	}
	d := figures.Analyze(newstext.Generate(1<<14) + " Some 700 prisoners in exchange for 40 hostages2.")
	st := &docState{d: d}
	for si := range d.Sentences {
		s := &d.Sentences[si]
		for _, cp := range cps {
			if got, want := st.holdsRuns(s, cp), cp.mayMatch(st.masked(s)); got != want {
				t.Errorf("%q on %q: holdsRuns %v, mayMatch %v", cp.source, st.masked(s), got, want)
			}
		}
	}
}
