package main

import (
	"bytes"
	"log/slog"
	"strings"
	"testing"

	"github.com/claimtrack/claimtrack/config"
	"github.com/claimtrack/claimtrack/rules"
)

func TestReloadLogsDroppedMetrics(t *testing.T) {
	cfg := func(ids ...string) *config.Config {
		c := &config.Config{}
		for _, id := range ids {
			c.Metrics = append(c.Metrics, rules.MetricSpec{ID: id})
		}
		return c
	}
	var b bytes.Buffer
	log := slog.New(slog.NewTextHandler(&b, nil))
	logDropped(log, cfg("gaza_death_toll", "gaza_displaced", "aid_trucks"), cfg("aid_trucks"))
	if got := b.String(); !strings.Contains(got, "reload drops metrics") || !strings.Contains(got, "dropped=\"[gaza_death_toll gaza_displaced]\"") {
		t.Errorf("log: %q", got)
	}
	b.Reset()
	logDropped(log, cfg("aid_trucks"), cfg("aid_trucks", "hostages"))
	if b.Len() != 0 {
		t.Errorf("a reload that adds a metric logged %q", b.String())
	}
}

// TestReloadRefusesFailedExamples: a reload whose rules fail one of their
// examples is refused, as check refuses it, naming the example at its line
// and what it took, so that the daemon keeps the running rules.
func TestReloadRefusesFailedExamples(t *testing.T) {
	_, _, err := reloadEngine("testdata/reload-example/config.yaml")
	if err == nil {
		t.Fatal("a rule file with a failed example was taken")
	}
	for _, want := range []string{"1 rule example failed", "flood.yaml:5: flood_evacuated: examples[0]: want 4600", "got 4500", "claimtrack check"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q lacks %q", err, want)
		}
	}
}

// TestReloadSaysBrokenVocabularyAsCheck: a vocabulary that does not load
// is one problem at its line, its uses counted in it, and a SIGHUP's
// reload refuses the configuration in check's words.
func TestReloadSaysBrokenVocabularyAsCheck(t *testing.T) {
	path := "testdata/reload-vocab/config.yaml"
	code, _, stderr := run(t, "", "check", "--config", path)
	if code != 1 {
		t.Fatalf("check exit %d: %s", code, stderr)
	}
	_, _, err := reloadEngine(path)
	if err == nil {
		t.Fatal("a broken vocabulary was taken on reload")
	}
	want := "testdata/reload-vocab/config.yaml:6:5: vocabularies.crossings: expected a mapping of keys to values, got a list"
	uses := "3 uses of it wait on this (testdata/reload-vocab/rules.yaml:3, 6, 7)"
	for _, got := range []string{stderr, err.Error()} {
		if !strings.Contains(got, want) || !strings.Contains(got, uses) || strings.Contains(got, "no vocabulary") {
			t.Errorf("want one problem %q ... %q, got:\n%s", want, uses, got)
		}
	}
	if !strings.Contains(stderr, "1 problem to fix") {
		t.Errorf("check counts other than one problem:\n%s", stderr)
	}
}
