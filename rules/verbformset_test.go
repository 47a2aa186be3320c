package rules

import (
	"testing"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// TestVerbFormSetsExact holds changeVerb and revisionVerb, read from
// verbFormSet, to the loops over their stems they replaced: every word of
// every answer text, and every candidate form of the stems, is read the
// same by both.
func TestVerbFormSetsExact(t *testing.T) {
	t.Parallel() // a corpus-wide test: see fixtures_test.go
	if testing.Short() {
		t.Skip("reads every answer text")
	}
	changeLoop := func(w string) bool {
		switch w {
		case "rose", "risen", "grew", "grown", "fell", "fallen", "swollen", "shrank", "shrunk", "shrunken":
			return true
		}
		for _, stem := range [...]string{"rise", "grow", "fall", "swell", "shrink", "climb", "jump", "drop", "increase",
			"decrease", "decline", "surge", "soar", "ease", "dwindle", "slip", "plunge", "edge", "revise", "raise", "lower", "cut"} {
			if verbForm(w, stem) {
				return true
			}
		}
		return false
	}
	revisionLoop := func(w string) bool {
		for _, stem := range [...]string{"correct", "adjust", "amend", "update", "downgrade", "upgrade", "restate"} {
			if verbForm(w, stem) {
				return true
			}
		}
		return false
	}
	words := map[string]bool{}
	for _, stem := range []string{"rise", "grow", "fall", "swell", "shrink", "climb", "jump", "drop", "increase",
		"decrease", "decline", "surge", "soar", "ease", "dwindle", "slip", "plunge", "edge", "revise", "raise", "lower", "cut",
		"correct", "adjust", "amend", "update", "downgrade", "upgrade", "restate"} {
		for _, w := range verbFormCandidates(stem) {
			words[w] = true
			words[w+"s"], words[w[:len(w)-1]] = true, true
		}
	}
	an := new(figures.Analyzer)
	for _, src := range answerSources(t) {
		for _, tx := range src.texts {
			d := an.Analyze(tx.text)
			for k := range d.Tokens {
				words[d.LowerTokenText(k)] = true
			}
		}
	}
	var change, revision int
	for w := range words {
		if got, want := changeVerb(w), changeLoop(w); got != want {
			t.Errorf("changeVerb(%q) = %v, its stems' loop %v", w, got, want)
		} else if got {
			change++
		}
		if got, want := revisionVerb(w), revisionLoop(w); got != want {
			t.Errorf("revisionVerb(%q) = %v, its stems' loop %v", w, got, want)
		} else if got {
			revision++
		}
	}
	t.Logf("%d words: %d change verbs, %d revision verbs", len(words), change, revision)
}
