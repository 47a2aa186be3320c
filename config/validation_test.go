package config

import (
	"errors"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestSyntaxErrorsAtTheirLine loads each file in testdata/syntax, whose
// first line says where the error must be reported and what it says.
func TestSyntaxErrorsAtTheirLine(t *testing.T) {
	forEachWant(t, "testdata/syntax", func(t *testing.T, f, want string) {
		_, err := load(f, noEnv)
		if err == nil {
			t.Fatal("loaded without error")
		}
		pos, msg, _ := strings.Cut(want, " ")
		if got := err.Error(); !strings.HasPrefix(got, f+":"+pos+": YAML syntax: "+msg) {
			t.Errorf("got  %s\nwant %s:%s: YAML syntax: %s", got, f, pos, msg)
		}
	})
}

func TestFlowMappingWithEnvVarHints(t *testing.T) {
	_, err := load("testdata/syntax/flow-mapping-env.yaml", noEnv)
	if err == nil || !strings.Contains(err.Error(), `quote the value (token: "${VAR}")`) {
		t.Errorf("want a hint to quote ${VAR}, got %v", err)
	}
}

func TestRuleFilesGlobMatchingNothingIsAnError(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"config.yaml":       "store: ./x.db\nrule_files:\n  - metrics/*.yaml\n  - \"metric/*.yml\"\n",
		"metrics/toll.yaml": "metrics:" + validMetric,
	})
	_, err := load(filepath.Join(dir, "config.yaml"), noEnv)
	var errs Errors
	if !errors.As(err, &errs) || len(errs) != 1 {
		t.Fatalf("want exactly one error, got %v", err)
	}
	if got := errs[0].Error(); !strings.Contains(got, "config.yaml:4:5: rule_files[1]: metric/*.yml matches no file") {
		t.Errorf("got %s", got)
	}
}

func TestConfigWithNoMetricIsAnError(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"config.yaml": "store: ./x.db\nsources:\n  - name: wire\n    feed: https://example.org/rss\n",
	})
	_, err := load(filepath.Join(dir, "config.yaml"), noEnv)
	if err == nil || !strings.Contains(err.Error(), "no metric is defined") {
		t.Fatalf("want 'no metric is defined', got %v", err)
	}
	// A file whose syntax is broken says that, not also "no metric".
	dir = writeFiles(t, map[string]string{"config.yaml": "store: [\n"})
	_, err = load(filepath.Join(dir, "config.yaml"), noEnv)
	if err == nil || strings.Contains(err.Error(), "no metric") {
		t.Errorf("syntax error: got %v", err)
	}
}

func TestDroppedMetrics(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"old.yaml": "metrics:\n  - id: toll\n    keywords: [killed]\n  - id: displaced\n    keywords: [displaced]\n  - id: aid\n    keywords: [aid]\n",
		"new.yaml": "metrics:\n  - id: aid\n    keywords: [aid]\n  - id: hostages\n    keywords: [hostages]\n",
	})
	old, err := load(filepath.Join(dir, "old.yaml"), noEnv)
	if err != nil {
		t.Fatal(err)
	}
	next, err := load(filepath.Join(dir, "new.yaml"), noEnv)
	if err != nil {
		t.Fatal(err)
	}
	if got := DroppedMetrics(old, next); !slices.Equal(got, []string{"displaced", "toll"}) {
		t.Errorf("dropped %v, want [displaced toll]", got)
	}
	if got := DroppedMetrics(next, next); len(got) != 0 {
		t.Errorf("same config drops %v", got)
	}
}

func TestWebhookDelivery(t *testing.T) {
	for body, want := range map[string]string{
		"slack:\n  webhook_url: https://hooks.example.org/x\n  webhook_delivery: at_most_once\n":  "",
		"slack:\n  webhook_url: https://hooks.example.org/x\n  webhook_delivery: at_least_once\n": "",
		"slack:\n  webhook_url: https://hooks.example.org/x\n  webhook_delivery: exactly_once\n":  "config.yaml:3:21: slack.webhook_delivery: \"exactly_once\": use at_least_once",
	} {
		dir := writeFiles(t, map[string]string{"config.yaml": body + "metrics:" + validMetric})
		cfg, err := load(filepath.Join(dir, "config.yaml"), noEnv)
		switch {
		case want == "" && err != nil:
			t.Errorf("%q: %v", body, err)
		case want == "" && !strings.Contains(body, cfg.Slack.WebhookDelivery):
			t.Errorf("%q: decoded %q", body, cfg.Slack.WebhookDelivery)
		case want != "" && (err == nil || !strings.Contains(err.Error(), want)):
			t.Errorf("%q: got %v, want %s", body, err, want)
		}
	}
}

// TestRuleFileSyntaxErrorIsTheOnlyError: a rule file that does not parse
// leaves no metric, but "no metric is defined" at config.yaml:1:1 would send
// the reader to the wrong file: the syntax error is the one to fix.
func TestRuleFileSyntaxErrorIsTheOnlyError(t *testing.T) {
	_, err := load("testdata/rulefile-syntax/config.yaml", noEnv)
	var errs Errors
	if !errors.As(err, &errs) || len(errs) != 1 || !strings.HasPrefix(errs[0].Error(), filepath.Join("testdata/rulefile-syntax/metrics/flood.yaml")+":3:5: YAML syntax") {
		t.Fatalf("want only the rule file's syntax error, got %v", err)
	}
}

// TestMisspeltKeyIsOneError: "keywrods" is reported once, with its
// did-you-mean, not also as a metric without keywords.
func TestMisspeltKeyIsOneError(t *testing.T) {
	_, err := load("testdata/misspelt/config.yaml", noEnv)
	var errs Errors
	if !errors.As(err, &errs) || len(errs) != 1 || !strings.Contains(errs[0].Error(), `flood.yaml:4:5: metrics[0].keywrods: unknown key "keywrods" (did you mean "keywords"?)`) {
		t.Fatalf("want one error for the misspelt key, got %v", err)
	}
}

// TestConfigKeysInARuleFileSayWhereTheyGo: vocabularies: and claimants:
// written in a rule file are told to move to the configuration file.
func TestConfigKeysInARuleFileSayWhereTheyGo(t *testing.T) {
	_, err := load("testdata/rulefile-config-keys/config.yaml", noEnv)
	var errs Errors
	if !errors.As(err, &errs) || len(errs) != 2 {
		t.Fatalf("want two errors, got %v", err)
	}
	for i, w := range []string{"flood.yaml:4:1: vocabularies: belongs in the configuration file", "flood.yaml:6:1: claimants: belongs in the configuration file"} {
		if !strings.Contains(errs[i].Error(), w) {
			t.Errorf("error %d: %s, want %q", i, errs[i], w)
		}
	}
}

// TestNumberWithSeparatorsSaysHowToWriteIt: a number copied from a sentence
// with its thousands separators ("1,240") is told how to write it; a value
// that is not such a number ("1,0x") gets no hint.
func TestNumberWithSeparatorsSaysHowToWriteIt(t *testing.T) {
	_, err := load("testdata/plain-number/config.yaml", noEnv)
	var errs Errors
	if !errors.As(err, &errs) || len(errs) != 3 {
		t.Fatalf("want three errors, got %v", err)
	}
	for i, w := range []string{
		`cholera.yaml:5:10: metrics[0].min: expected a number, got "1,000": write it plainly (1000), without thousands separators`,
		`cholera.yaml:6:13: metrics[0].window: expected a whole number, got "1,0x"`,
		`cholera.yaml:9:16: metrics[0].examples[0].value: expected a number, got "1,240": write it plainly (1240), without thousands separators`,
	} {
		if s := errs[i].Error(); !strings.HasSuffix(s, w) {
			t.Errorf("error %d: %s, want it to end %q", i, s, w)
		}
	}
}

// The example configuration copied alone: its rule_files pattern names a
// metrics/ folder that is not there, and the error says so and where the
// shipped metrics are, not only that the pattern matched nothing.
func TestRuleFilesFolderMissing(t *testing.T) {
	dir := writeFiles(t, map[string]string{"config.yaml": "store: ./x.db\nrule_files: [\"metrics/*.yaml\"]\n"})
	_, err := load(filepath.Join(dir, "config.yaml"), noEnv)
	var errs Errors
	if !errors.As(err, &errs) || len(errs) != 1 {
		t.Fatalf("want exactly one error, got %v", err)
	}
	if got := errs[0].Error(); !strings.Contains(got, "matches no file") || !strings.Contains(got, "there is no folder "+filepath.Join(dir, "metrics")) ||
		!strings.Contains(got, "the repository's metrics/ folder") {
		t.Errorf("got %s", got)
	}
}
