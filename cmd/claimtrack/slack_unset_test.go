package main

import (
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestOnceRefusesWithoutSlackSecret: a slack.token whose variable is unset
// must stop once before it reads anything, or the events would be printed,
// recorded as delivered and never reach Slack.
func TestOnceRefusesWithoutSlackSecret(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"config.yaml", "articles/toll.txt"} {
		data, err := os.ReadFile(filepath.Join("testdata/slack-unset", name))
		if err != nil {
			t.Fatal(err)
		}
		os.MkdirAll(filepath.Join(dir, filepath.Dir(name)), 0o755)
		os.WriteFile(filepath.Join(dir, name), data, 0o644)
	}
	cfg := filepath.Join(dir, "config.yaml")
	code, out, errs := run(t, "", "check", "--config", cfg)
	if code != exitOK || !strings.Contains(errs, "run and once refuse") || !strings.Contains(out, "messages go to no destination until slack.token is set (run and once refuse to start without one)") {
		t.Errorf("check: %d %q %q", code, out, errs)
	}
	for _, cmd := range []string{"once", "run"} {
		code, out, errs = run(t, "", cmd, "--config", cfg)
		if code != exitFail || !strings.Contains(errs, "config.yaml:8:10: slack.token: environment variable CLAIMTRACK_TEST_UNSET_TOKEN is not set") || out != "" {
			t.Errorf("%s: %d %q %q", cmd, code, out, errs)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "state.db")); !os.IsNotExist(err) {
		t.Errorf("a refused once or run opened the store: %v", err)
	}
}

// TestNotifyTestSaysSlackIsUnreachable: a token tried on a machine that
// cannot reach Slack got only "dial tcp: ... no such host"; the error now
// says what to check and how to try without Slack. (A closed port on
// loopback stands in for slack.com.)
func TestNotifyTestSaysSlackIsUnreachable(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	cfg := filepath.Join(t.TempDir(), "config.yaml")
	body := "slack:\n  token: xoxb-test\n  channel: \"#floods\"\n  api_url: http://" + addr + "/api/\n" +
		"sources:\n  - {name: archive, dir: .}\nmetrics:\n  - {id: flood_deaths, keywords: [killed]}\n"
	if err := os.WriteFile(cfg, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, errs := run(t, "", "notify", "test", "--config", cfg, "--kind", "change")
	if code != exitFail || !strings.Contains(errs, "Slack could not be reached from this machine") || !strings.Contains(errs, "--dry-run") {
		t.Errorf("notify test to a closed port: %d\n%s", code, errs)
	}
}

// TestReadingCommandsKeepQuietOnSlack: history, extract, rules and store
// stats send nothing to Slack, so an unset Slack secret is none of their
// business: they used to repeat check's warning of it on every call (a
// desk's walk, two rounds running). check still warns, run and once refuse.
func TestReadingCommandsKeepQuietOnSlack(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"config.yaml", "articles/toll.txt"} {
		data, err := os.ReadFile(filepath.Join("testdata/slack-unset", name))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.MkdirAll(filepath.Join(dir, filepath.Dir(name)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	cfg := filepath.Join(dir, "config.yaml")
	article := filepath.Join(dir, "articles/toll.txt")
	for _, args := range [][]string{
		{"history", "--config", cfg, "toll"},
		{"extract", "--config", cfg, article},
		{"rules", "test", "--config", cfg},
		{"rules", "vocab", "--config", cfg},
		{"notify", "test", "--dry-run", "--config", cfg},
		{"store", "stats", "--config", cfg},
	} {
		_, _, errs := run(t, "", args...)
		if strings.Contains(errs, "CLAIMTRACK_TEST_UNSET_TOKEN") {
			t.Errorf("%s warns of the Slack secret it never uses:\n%s", strings.Join(args[:2], " "), errs)
		}
	}
	if _, _, errs := run(t, "", "check", "--config", cfg); !strings.Contains(errs, "CLAIMTRACK_TEST_UNSET_TOKEN") {
		t.Errorf("check no longer warns of the unset secret:\n%s", errs)
	}
}
