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
