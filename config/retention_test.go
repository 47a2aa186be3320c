package config

import (
	"errors"
	"strings"
	"testing"
	"time"
)

func TestRetention(t *testing.T) {
	cfg, err := load("testdata/retention/defaults.yaml", noEnv)
	if err != nil {
		t.Fatal(err)
	}
	r := cfg.Retention
	if r.Texts() != r.Articles() {
		t.Errorf("texts are kept %v by default, want as long as articles (%v)", r.Texts(), r.Articles())
	}
	if r.Disabled || r.Articles() != 30*24*time.Hour || r.EventPayloads() != 90*24*time.Hour || r.Interval() != 6*time.Hour {
		t.Errorf("defaults: articles %v, payloads %v, every %v, disabled %v", r.Articles(), r.EventPayloads(), r.Interval(), r.Disabled)
	}
	cfg, err = load("testdata/retention/custom.yaml", noEnv)
	if err != nil {
		t.Fatal(err)
	}
	r = cfg.Retention
	if r.Articles() != 60*24*time.Hour || r.EventPayloads() != 365*24*time.Hour || r.Interval() != 24*time.Hour {
		t.Errorf("custom: articles %v, payloads %v, every %v", r.Articles(), r.EventPayloads(), r.Interval())
	}
	if r.Texts() != 14*24*time.Hour {
		t.Errorf("custom: texts %v, want 14 days", r.Texts())
	}
	// Without text_days, texts follow article_days, not its default.
	r.TextDays = 0
	if r.Texts() != r.Articles() {
		t.Errorf("texts without text_days: %v, want article_days' %v", r.Texts(), r.Articles())
	}
}

func TestRetentionErrorsCarryPositions(t *testing.T) {
	for file, want := range map[string][]string{
		"invalid.yaml": {
			"invalid.yaml:4:17: retention.article_days: 3: use at least 7, the copy window",
			"invalid.yaml:5:23: retention.event_payload_days: -1: use a number of days of at least 1",
			"invalid.yaml:6:10: retention.every: 10s: prune at most once a minute",
			"invalid.yaml:7:14: retention.text_days: -2: use a number of days of at least 1",
		},
		"misspelt.yaml": {
			`misspelt.yaml:3:3: retention.article_day: unknown key "article_day" (did you mean "article_days"?)`,
			"misspelt.yaml:4:10: retention.every: expected a duration",
		},
	} {
		_, err := load("testdata/retention/"+file, noEnv)
		var errs Errors
		if !errors.As(err, &errs) {
			t.Fatalf("%s: want Errors, got %v", file, err)
		}
		for _, w := range want {
			if !strings.Contains(errs.Error(), w) {
				t.Errorf("missing error %q in:\n%s", w, errs.Error())
			}
		}
		if len(errs) != len(want) {
			t.Errorf("%s: %d errors, want %d:\n%s", file, len(errs), len(want), errs.Error())
		}
	}
}
