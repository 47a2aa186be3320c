package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimtrack/claimtrack/notify"
	"github.com/claimtrack/claimtrack/notify/slack/slackfake"
)

// The Slack destination as the commands meet it: notify test and demo
// posting to a fake Slack, a secret unset or refused (named by where it
// was set, never shown), and once and run listing that refusal with the
// configuration's other problems. Split from main_test.go so that the
// command-line tests read in one sitting each.

// TestOnceRefusesAMissingSecretOnce: once and run refuse a Slack secret
// missing from the environment with one message at its place; check's
// warning, which says the same, is not printed before it.
func TestOnceRefusesAMissingSecretOnce(t *testing.T) {
	t.Setenv("SLACK_WEBHOOK_URL", "") // restored after the test
	os.Unsetenv("SLACK_WEBHOOK_URL")  // missing, not empty (config/envempty_test.go has that)
	code, _, errs := run(t, "", "once", "--config", "../../config.yaml")
	if code != exitFail || strings.Count(errs, "SLACK_WEBHOOK_URL is not set") != 1 || strings.Contains(errs, "warning:") {
		t.Errorf("once without the secret: %d\n%s", code, errs)
	}
	code, _, errs = run(t, "", "check", "--config", "../../config.yaml")
	if code != exitOK || !strings.Contains(errs, "warning: slack.webhook_url is empty") {
		t.Errorf("check without the secret: %d\n%s", code, errs)
	}
}

func TestNotifyTestAndDemoPostToSlack(t *testing.T) {
	fake := slackfake.New()
	defer fake.Close()
	code, out, errs := run(t, "", "notify", "test", "--config", "../../config.yaml", "--dry-run")
	if code != exitOK || strings.Count(out, `"type": "header"`) != len(notify.SampleEvents()) || !strings.Contains(out, "<https://example.org/daily/ministry-update|Example Daily>") {
		t.Errorf("dry run: %d\n%s\n%s", code, out, errs)
	}
	// The secret unset: refused once, not warned of and then refused.
	if code, _, errs := run(t, "", "notify", "test", "--config", "../../config.yaml"); code != exitFail || strings.Count(errs, "SLACK_WEBHOOK_URL is not set") != 1 {
		t.Errorf("unset secret: %d %s", code, errs)
	}
	// No Slack account yet: the samples printed as once prints messages,
	// a correction among them, and a note naming how to post them
	// and both ways to try Slack without an account.
	noSlack := filepath.Join(t.TempDir(), "config.yaml")
	if err := os.WriteFile(noSlack, []byte("sources:\n  - {name: archive, dir: .}\nmetrics:\n  - {id: flood_deaths, keywords: [killed]}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, out, errs := run(t, "", "notify", "test", "--config", noSlack); code != exitOK || !strings.Contains(errs, "slack.webhook_url") ||
		!strings.Contains(errs, "--dry-run prints the payloads") || !strings.Contains(errs, "slack.api_url") ||
		!strings.Contains(out, "── change (correction)\n") || !strings.Contains(out, "Example Daily corrected its figure: 33,091 → *33,019*") ||
		strings.Count(out, "\n── ")+1 != len(notify.SampleEvents()) {
		t.Errorf("no destination: %d\n%s\n%s", code, out, errs)
	}
	t.Setenv("SLACK_WEBHOOK_URL", fake.WebhookURL())
	if code, out, errs := run(t, "", "notify", "test", "--config", "../../config.yaml", "--kind", "conflict"); code != exitOK || len(fake.Messages()) != 1 {
		t.Errorf("send: %d\n%s\n%s", code, out, errs)
	}
	if code, out, errs := run(t, "", "demo"); code != exitOK || len(fake.Messages()) != 5 || !strings.Contains(out, "4 messages were posted") {
		t.Errorf("demo with SLACK_WEBHOOK_URL: %d, %d messages\n%s\n%s", code, len(fake.Messages()), out, errs)
	}
	if v := fake.Violations(); len(v) > 0 {
		t.Errorf("payloads Slack would refuse: %v", v)
	}
	// A revoked webhook: a clear error, and not the URL.
	fake.Fail(func(string, int) slackfake.Response { return slackfake.Response{Status: 404} })
	code, _, errs = run(t, "", "notify", "test", "--config", "../../config.yaml", "--kind", "change")
	if code != exitFail || !strings.Contains(errs, "create a new incoming webhook") || !strings.Contains(errs, "set SLACK_WEBHOOK_URL to its URL") || strings.Contains(errs, fake.WebhookPath) {
		t.Errorf("revoked webhook: %d %s", code, errs)
	}
}

// TestNotifyTestThroughAFakeSlack: with api_url, check says where the bot's
// calls go (a fake is not the real Slack), and notify test shows what the
// fake answered, as docs/slack.md promises.
func TestNotifyTestThroughAFakeSlack(t *testing.T) {
	fake := slackfake.New()
	defer fake.Close()
	fake.AddChannel("floods", "C0FLOODS", true)
	dir := t.TempDir()
	cfg := filepath.Join(dir, "config.yaml")
	body := "slack:\n  token: " + fake.Token + "\n  channel: \"#floods\"\n  api_url: " + fake.APIURL() + "\n" +
		"sources:\n  - {name: archive, dir: .}\nmetrics:\n  - {id: flood_deaths, keywords: [killed]}\n"
	if err := os.WriteFile(cfg, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, out, errs := run(t, "", "check", "--config", cfg); code != exitOK || !strings.Contains(out, "(bot) through "+fake.APIURL()) {
		t.Errorf("check: %d\n%s\n%s", code, out, errs)
	}
	code, out, errs := run(t, "", "notify", "test", "--config", cfg, "--kind", "change")
	if code != exitOK || !strings.Contains(out, "Slack answered: message ") || !strings.Contains(out, "in channel C0FLOODS") {
		t.Errorf("notify test: %d\n%s\n%s", code, out, errs)
	}
}

// TestRefusedTokenNamesWhatWasSet: most desks give the bot token through
// the environment (token: ${SLACK_BOT_TOKEN}). When Slack refuses it, the
// error names that variable, says a restart is needed to take a new value
// (a reload keeps the environment), and never the token; a token written in
// the file is named by its key and place, and a reload takes it.
func TestRefusedTokenNamesWhatWasSet(t *testing.T) {
	fake := slackfake.New()
	defer fake.Close()
	fake.AddChannel("floods", "C0FLOODS", true)
	dir := t.TempDir()
	cfg := filepath.Join(dir, "config.yaml")
	write := func(token string) {
		t.Helper()
		body := "slack:\n  token: " + token + "\n  channel: \"#floods\"\n  api_url: " + fake.APIURL() + "\n" +
			"sources:\n  - {name: archive, dir: .}\nmetrics:\n  - {id: flood_deaths, keywords: [killed]}\n"
		if err := os.WriteFile(cfg, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("${CLAIMTRACK_TEST_BOT_TOKEN}")
	t.Setenv("CLAIMTRACK_TEST_BOT_TOKEN", "xoxb-revoked-1234")
	code, _, errs := run(t, "", "notify", "test", "--config", cfg, "--kind", "change")
	for _, want := range []string{"invalid_auth", "environment variable CLAIMTRACK_TEST_BOT_TOKEN", "slack.token: ${CLAIMTRACK_TEST_BOT_TOKEN} at " + cfg + ":2:10",
		"set CLAIMTRACK_TEST_BOT_TOKEN to", "restart claimtrack"} {
		if code != exitFail || !strings.Contains(errs, want) {
			t.Errorf("token from the environment: %d, want %q in\n%s", code, want, errs)
		}
	}
	if strings.Contains(errs, "xoxb-revoked-1234") || strings.Contains(errs, "set slack.token") {
		t.Errorf("the error shows the token or asks for the key the user did not set:\n%s", errs)
	}

	write("xoxb-revoked-5678")
	code, _, errs = run(t, "", "notify", "test", "--config", cfg, "--kind", "change")
	if code != exitFail || !strings.Contains(errs, "set slack.token ("+cfg+":2:10) to") || !strings.Contains(errs, "reload") ||
		strings.Contains(errs, "environment variable") || strings.Contains(errs, "xoxb-revoked-5678") {
		t.Errorf("token in the file: %d\n%s", code, errs)
	}
}

// TestOnceListsItsRefusalsWithTheProblems: once and run refuse an unset
// Slack secret, and print that refusal instead of check's warning. When the
// configuration has other problems too, the refusal is listed with them, at
// its line, so that fixing the list is enough: it is not found only on the
// next run. check still warns of it, as before.
func TestOnceListsItsRefusalsWithTheProblems(t *testing.T) {
	dir := t.TempDir()
	cfg := filepath.Join(dir, "config.yaml")
	body := "slack:\n  webhook_url: ${CLAIMTRACK_TEST_UNSET_HOOK}\nsources:\n  - {name: archive, dir: .}\nmetrics:\n  - {id: flood-deaths, keywords: [killed]}\n"
	if err := os.WriteFile(cfg, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	// A saved article, so that the folder gives no warning of its own.
	if err := os.WriteFile(filepath.Join(dir, "2024-03-01-toll.txt"), []byte("Floods killed 12.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, cmd := range []string{"once", "run"} {
		code, _, errs := run(t, "", cmd, "--config", cfg)
		lines := strings.Split(strings.TrimSpace(errs), "\n")
		if code != exitFail || len(lines) != 3 || !strings.HasPrefix(lines[0], cfg+":2:16: slack.webhook_url: environment variable CLAIMTRACK_TEST_UNSET_HOOK is not set") ||
			!strings.HasPrefix(lines[1], cfg+":6:10: metrics[0].id: ") || lines[2] != cfg+": 2 problems to fix" {
			t.Errorf("%s: %d, want the unset secret and the bad id as 2 problems by line:\n%s", cmd, code, errs)
		}
	}
	code, _, errs := run(t, "", "check", "--config", cfg)
	if code != exitFail || !strings.Contains(errs, cfg+":2:16: warning: slack.webhook_url is empty") || !strings.Contains(errs, cfg+": 1 problem to fix") {
		t.Errorf("check: %d\n%s", code, errs)
	}
}
