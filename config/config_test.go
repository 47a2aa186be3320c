package config

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func writeFiles(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, body := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func noEnv(string) (string, bool) { return "", false }

const validMetric = `
  - id: toll
    keywords: [killed]
`

func TestShippedConfigIsValid(t *testing.T) {
	cfg, err := load("../config.yaml", noEnv)
	if err != nil {
		t.Fatalf("shipped config.yaml: %v", err)
	}
	if len(cfg.Metrics) < 7 {
		t.Errorf("shipped config has %d metrics, want the 7 shipped ones", len(cfg.Metrics))
	}
}

// TestErrorsCarryPositions checks each class of error once, all in one file,
// and that every one is reported (not just the first).
func TestErrorsCarryPositions(t *testing.T) {
	dir := writeFiles(t, map[string]string{"config.yaml": `store: ./x.db
listen: nope
colour: blue
fetch:
  max_redirects: many
  timeout: soon
slack:
  webhook_url: "ftp://example.org/hook"
sources:
  - name: a
    feed: https://example.org/rss
    schedule: "every now and then"
  - name: a
    page: not a url
    links: "a[["
  - feed: https://example.org/rss
    page: https://example.org/
metrics:
  - id: toll
    keywords: [killed]
  - id: toll
    keywords: [dead]
  - id: Bad-Id
    patterns: ["{prisoners} (unclosed"]
    examples:
      - text: "x"
        value: 1
        none: true
  - id: nothing
`})
	_, err := load(filepath.Join(dir, "config.yaml"), noEnv)
	var errs Errors
	if !errors.As(err, &errs) {
		t.Fatalf("want Errors, got %v", err)
	}
	all := errs.Error()
	want := []string{
		"config.yaml:2:9: listen: \"nope\" is not host:port",
		"config.yaml:3:1: colour: unknown key \"colour\"",
		"config.yaml:5:18: fetch.max_redirects: expected a whole number, got \"many\"",
		"config.yaml:6:12: fetch.timeout: expected a duration",
		"config.yaml:8:16: slack.webhook_url: the value is not an http(s) URL",
		"config.yaml:12:15: sources[0].schedule: \"every now and then\" is not a schedule",
		"config.yaml:13:11: sources[1].name: duplicate source name \"a\"",
		"config.yaml:14:11: sources[1].page: \"not a url\" is not an http(s) URL",
		"config.yaml:15:12: sources[1].links: \"a[[\" is not a CSS selector",
		"sources[2].name: required",
		"sources[2]: give exactly one of feed, page, sitemap or dir (found 2)",
		"config.yaml:21:9: metrics[1].id: duplicate metric id \"toll\"",
		"config.yaml:23:9: metrics[2].id: \"Bad-Id\" is not a valid id",
		"metrics[2].patterns[0]: \"{prisoners} (unclosed\" is not a valid pattern",
		"metrics[2].examples[0]: give exactly one of value",
		"metrics[3].keywords: a metric needs keywords",
	}
	for _, w := range want {
		if !strings.Contains(all, w) {
			t.Errorf("missing error %q in:\n%s", w, all)
		}
	}
	for _, e := range errs {
		if e.Pos.Line == 0 {
			t.Errorf("error without a line: %v", e)
		}
	}
}

func TestUnknownKeySuggestsSpelling(t *testing.T) {
	dir := writeFiles(t, map[string]string{"config.yaml": "sources:\n  - name: a\n    feed: https://example.org/rss\n    shedule: \"@hourly\"\n"})
	_, err := load(filepath.Join(dir, "config.yaml"), noEnv)
	if err == nil || !strings.Contains(err.Error(), `config.yaml:4:5: sources[0].shedule: unknown key "shedule" (did you mean "schedule"?)`) {
		t.Fatalf("got %v", err)
	}
}

func TestSyntaxErrorHasLine(t *testing.T) {
	dir := writeFiles(t, map[string]string{"config.yaml": "store: x\nsources:\n  - name: [unclosed\n"})
	_, err := load(filepath.Join(dir, "config.yaml"), noEnv)
	if err == nil || !strings.Contains(err.Error(), "config.yaml:") || !strings.Contains(err.Error(), "YAML syntax") {
		t.Fatalf("got %v", err)
	}
}

func TestEnvExpansionAndRelativePaths(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"config.yaml":  "slack:\n  token: ${TOKEN}\n  channel: ${CHANNEL:-#figures}\n  webhook_url: ${MISSING}\nrule_files: [\"rules/*.yaml\"]\n",
		"rules/a.yaml": "metrics:" + validMetric,
		"rules/b.yaml": "- id: second\n  keywords: [dead]\n",
		"rules/c.yaml": "id: third\nkeywords: [died]\n",
	})
	env := func(k string) (string, bool) {
		if k == "TOKEN" {
			return "xoxb-secret", true
		}
		return "", false
	}
	// Load from another working directory: rule_files resolve against the config's folder.
	t.Chdir(t.TempDir())
	cfg, err := load(filepath.Join(dir, "config.yaml"), env)
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Slack.Token != "xoxb-secret" || cfg.Slack.Channel != "#figures" || cfg.Slack.WebhookURL != "" {
		t.Errorf("expansion: %+v", cfg.Slack)
	}
	if len(cfg.Warnings) != 1 || !strings.Contains(cfg.Warnings[0], "MISSING") {
		t.Errorf("warnings: %v", cfg.Warnings)
	}
	var ids []string
	for _, m := range cfg.Metrics {
		ids = append(ids, m.ID)
	}
	if strings.Join(ids, ",") != "toll,second,third" {
		t.Errorf("metrics from rule files: %v", ids)
	}
}

func TestRuleFileErrorsNameTheRuleFile(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"config.yaml":   "metrics:" + validMetric + "rule_files: [\"m/*.yaml\", \"missing.yaml\"]\n",
		"m/broken.yaml": "metrics:\n  - id: toll\n    keywords: [dead]\n    windw: 3\n",
	})
	_, err := load(filepath.Join(dir, "config.yaml"), noEnv)
	if err == nil {
		t.Fatal("want errors")
	}
	s := err.Error()
	for _, w := range []string{
		filepath.Join("m", "broken.yaml") + ":4:5: metrics[0].windw: unknown key \"windw\" (did you mean \"window\"?)",
		filepath.Join("m", "broken.yaml") + ":2:9: metrics[0].id: duplicate metric id \"toll\" (first defined at",
		"rule_files[1]: missing.yaml does not exist",
	} {
		if !strings.Contains(s, w) {
			t.Errorf("missing %q in:\n%s", w, s)
		}
	}
}

func TestWrongTypes(t *testing.T) {
	dir := writeFiles(t, map[string]string{"config.yaml": "sources: {name: a}\nmetrics:\n  - id: m\n    keywords: [k]\n    total: maybe\n    min_change: lots\n    window: 3.5\n"})
	_, err := load(filepath.Join(dir, "config.yaml"), noEnv)
	s := err.Error()
	for _, w := range []string{
		"config.yaml:1:10: sources: expected a list, got a mapping",
		"config.yaml:5:12: metrics[0].total: expected true or false, got \"maybe\"",
		"config.yaml:6:17: metrics[0].min_change: expected a number (100) or a percentage",
		"config.yaml:7:13: metrics[0].window: expected a whole number, got \"3.5\"",
	} {
		if !strings.Contains(s, w) {
			t.Errorf("missing %q in:\n%s", w, s)
		}
	}
}

func TestSchemaIsCurrent(t *testing.T) {
	for file, gen := range map[string]func() ([]byte, error){"../config.schema.json": Schema, "../rules.schema.json": RuleFileSchema} {
		want, err := gen()
		if err != nil {
			t.Fatal(err)
		}
		got, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		if string(got) != string(want) {
			t.Errorf("%s is stale: regenerate it with\n  go run ./cmd/claimtrack schema > config.schema.json\n  go run ./cmd/claimtrack schema --rules > rules.schema.json", file)
		}
	}
}

func TestTemplatesAndDashboardChecks(t *testing.T) {
	dir := writeFiles(t, map[string]string{"config.yaml": `listen: 0.0.0.0:9464
templates:
  change: "{{.Metric}} {{.Nope}}"
  chnage: "x"
  conflict_title: "{{.Metric"
metrics:` + validMetric})
	cfg, err := load(filepath.Join(dir, "config.yaml"), noEnv)
	var errs Errors
	if !errors.As(err, &errs) {
		t.Fatalf("want Errors, got %v", err)
	}
	all := errs.Error()
	for _, w := range []string{
		"config.yaml:3:11: templates.change: unknown field Nope in template change (line 1): fields: Kind, Key, Metric,",
		"config.yaml:4:11: templates.chnage: no template \"chnage\"",
		"templates.conflict_title: template conflict_title (line 1): unclosed action",
	} {
		if !strings.Contains(all, w) {
			t.Errorf("missing %q in:\n%s", w, all)
		}
	}
	_ = cfg

	dir = writeFiles(t, map[string]string{"config.yaml": "listen: 0.0.0.0:9464\nmetrics:" + validMetric})
	cfg, err = load(filepath.Join(dir, "config.yaml"), noEnv)
	if err != nil {
		t.Fatal(err)
	}
	if w := strings.Join(cfg.Warnings, "\n"); !strings.Contains(w, "dashboard.token") || !strings.HasPrefix(w, filepath.Join(dir, "config.yaml")+":1:9: warning: listen ") {
		t.Errorf("an open listener without a token should warn: %q", w)
	}
	for addr, want := range map[string]bool{"127.0.0.1:1": true, "[::1]:1": true, "localhost:1": true, "0.0.0.0:1": false, ":9464": false, "10.0.0.2:80": false} {
		if Loopback(addr) != want {
			t.Errorf("Loopback(%q) = %v", addr, !want)
		}
	}
}

// README's first configuration has no listen: key, and README and the
// schema say listen defaults to 127.0.0.1:9464: that desk's `run` serves the
// dashboard and /healthz there, and `health` asks there. It used to run
// with no HTTP server at all and `health` said "sets no listen address".
// An empty listen: (or ${VAR:-}) still turns the server off.
func TestListenDefault(t *testing.T) {
	for body, want := range map[string]string{
		"metrics:" + validMetric:                         DefaultListen,
		"listen: \"\"\nmetrics:" + validMetric:           "",
		"listen: 127.0.0.1:9999\nmetrics:" + validMetric: "127.0.0.1:9999",
		"listen: ${NOPE:-}\nmetrics:" + validMetric:      "",
	} {
		dir := writeFiles(t, map[string]string{"config.yaml": body})
		cfg, err := load(filepath.Join(dir, "config.yaml"), noEnv)
		if err != nil {
			t.Fatal(err)
		}
		if cfg.Listen != want {
			t.Errorf("%q: listen %q, want %q", body, cfg.Listen, want)
		}
	}
}
