package main

import (
	"bytes"
	"context"
	"debug/elf"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/demo"
	"github.com/claimtrack/claimtrack/notify"
	"github.com/claimtrack/claimtrack/notify/slack/slackfake"
)

func run(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	e := &env{stdin: strings.NewReader(stdin), stdout: &out, stderr: &errb, getenv: func(string) string { return "" }, owner: testOwner}
	code := dispatch(context.Background(), e, args)
	return code, out.String(), errb.String()
}

func TestExitCodes(t *testing.T) {
	if code, _, _ := run(t, "", "version"); code != exitOK {
		t.Errorf("version: %d", code)
	}
	if code, _, errs := run(t, "", "no-such-command"); code != exitUsage || !strings.HasPrefix(errs, "claimtrack: unknown command \"no-such-command\"\n") {
		t.Errorf("unknown command: %d %q", code, errs)
	}
	// A typo, or another daemon's word for a command, names the command meant.
	for word, want := range map[string]string{"server": "run", "start": "run", "validate": "check", "histroy": "history"} {
		if code, _, errs := run(t, "", word); code != exitUsage || !strings.HasPrefix(errs, fmt.Sprintf("claimtrack: unknown command %q: did you mean %q?\n", word, want)) {
			t.Errorf("%s: %d %q", word, code, errs)
		}
	}
	// A command with subcommands names the word it did not know and the ones it does.
	for _, c := range []struct{ args, want string }{
		{"rules evl", `claimtrack rules: unknown subcommand "evl": give test, eval, misses or vocab`},
		{"rules", "claimtrack rules: give test, eval, misses or vocab"},
		{"notify tset", `claimtrack notify: unknown subcommand "tset": give test`},
		{"store stat", `claimtrack store: unknown subcommand "stat": give stats, prune or copy`},
	} {
		if code, _, errs := run(t, "", strings.Fields(c.args)...); code != exitUsage || !strings.HasPrefix(errs, c.want+"\n") {
			t.Errorf("%s: %d %q", c.args, code, errs)
		}
	}
	if code, _, _ := run(t, "", "figures", "--no-such-flag"); code != exitUsage {
		t.Errorf("bad flag: %d", code)
	}
	for _, c := range commands() {
		args := []string{c.name, "--help"}
		if c.name == "rules" {
			args = []string{"rules", "test", "--help"}
		}
		if code, out, _ := run(t, "", args...); code != exitOK || !strings.Contains(out, "Usage: claimtrack "+c.name) {
			t.Errorf("%s --help: %d %q", c.name, code, out)
		}
	}
}

func TestCheckShippedConfig(t *testing.T) {
	code, out, errs := run(t, "", "check", "--config", "../../config.yaml")
	if code != exitOK || !strings.Contains(out, "OK") {
		t.Fatalf("check: %d\n%s\n%s", code, out, errs)
	}
}

func TestCheckReportsLine(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "config.yaml")
	os.WriteFile(p, []byte("store: ./x.db\nlisten: 127.0.0.1:9464\nlisten_port: 80\n"), 0o644)
	code, _, errs := run(t, "", "check", "--config", p)
	if code != exitFail || !strings.Contains(errs, "config.yaml:3:1: listen_port: unknown key") {
		t.Fatalf("check: %d %q", code, errs)
	}
}

func TestRulesTestShowsExpectedAndGot(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "config.yaml")
	os.WriteFile(p, []byte(`metrics:
  - id: toll
    keywords: [killed]
    examples:
      - text: "Officials said 120 people were killed."
        value: 120
      - text: "Officials said 95 people were killed."
        value: 96
`), 0o644)
	code, out, errs := run(t, "", "rules", "test", "--config", p)
	if code != exitFail {
		t.Fatalf("rules test: %d", code)
	}
	if !strings.Contains(out, "1 passed, 1 failed") || !strings.Contains(errs, "want: 96") || !strings.Contains(errs, `got:  95 from "95"`) || !strings.Contains(errs, "config.yaml:7: toll: examples[1]") {
		t.Errorf("output:\n%s\n%s", out, errs)
	}
}

func TestFiguresJSONLines(t *testing.T) {
	code, out, _ := run(t, "more than 32,000 people\n\nabout $3.3 billion\n", "figures", "--json", "--lines")
	if code != exitOK {
		t.Fatal(code)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 2 {
		t.Fatalf("got %q", out)
	}
	var f struct {
		Text      string   `json:"text"`
		Value     float64  `json:"value"`
		Low       *float64 `json:"low"`
		High      *float64 `json:"high"`
		Qualifier string   `json:"qualifier"`
		Unit      string   `json:"unit"`
		Kind      string   `json:"kind"`
		Line      int      `json:"line"`
		Start     int      `json:"start"`
		End       int      `json:"end"`
	}
	if err := json.Unmarshal([]byte(lines[1]), &f); err != nil {
		t.Fatal(err)
	}
	if f.Text != "about $3.3 billion" || f.Value != 3.3e9 || f.Unit != "USD" || f.Kind != "money" || f.Line != 3 || f.Qualifier != "approximately" || f.Start != 0 || f.End != 18 {
		t.Errorf("got %+v", f)
	}
}

func TestExtractAndDemo(t *testing.T) {
	code, out, errs := run(t, "Rafah, where more than 1.4 million Palestinians are sheltering, braced for an assault.", "extract", "--config", "../../config.yaml", "-")
	if code != exitOK || !strings.Contains(out, "rafah_sheltering: 1400000 (more_than)") {
		t.Errorf("extract: %d\n%s\n%s", code, out, errs)
	}
	code, out, errs = run(t, "", "demo")
	for _, want := range []string{
		"*Gaza death toll: 32,414*\nmore than 32,000 → *32,414* (+414, +1.3%)",
		"32,414 → *33,091*",
		"*30,500*, Northern Ledger's own figure, against the accepted *33,091*, Gaza health ministry via Gulf Courier: claimants disagree.",
		"1 stale figure", "Summary: 4 messages",
		"README's \"A first configuration of your own\"", // what to do next, for a user without a binary or a config
	} {
		if code != exitOK || !strings.Contains(out, want) {
			t.Errorf("demo: %d: missing %q in\n%s\n%s", code, want, out, errs)
		}
	}
}

// TestStaticBuild builds the binary exactly as the Dockerfile does and
// checks that it is static and starts.
func TestStaticBuild(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go tool")
	}
	bin := filepath.Join(t.TempDir(), "claimtrack")
	cmd := exec.Command(goBin, "build", "-trimpath", "-ldflags", "-s -w", "-o", bin, ".")
	cmd.Env = append(os.Environ(), "CGO_ENABLED=0")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	f, err := elf.Open(bin)
	if err != nil {
		t.Fatalf("not an ELF binary: %v", err)
	}
	defer f.Close()
	for _, p := range f.Progs {
		if p.Type == elf.PT_INTERP {
			t.Fatalf("binary has an interpreter: it is dynamically linked")
		}
	}
	if libs, _ := f.ImportedLibraries(); len(libs) > 0 {
		t.Fatalf("binary needs shared libraries %v", libs)
	}
	out, err := exec.Command(bin, "version").CombinedOutput()
	if err != nil || !strings.HasPrefix(string(out), "claimtrack ") {
		t.Fatalf("binary does not start: %v %s", err, out)
	}
}

func TestExtractURLAndHTML(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		io.WriteString(w, `<html><head><title>Rafah braces</title><link rel="canonical" href="/rafah?utm_source=x"></head><body><article>
<p>Rafah, where more than 1.4 million Palestinians are sheltering, braced for an assault on Tuesday as talks stalled in Doha.</p>
<p>Officials in the city said shelters were full and that families were sleeping in the streets near the border crossing.</p>
<p>See also: Other news</p></article></body></html>`)
	}))
	defer srv.Close()
	code, out, errs := run(t, "", "extract", "--config", "../../config.yaml", srv.URL+"/story")
	if code != exitOK || !strings.Contains(out, "rafah_sheltering: 1400000 (more_than)") {
		t.Errorf("extract URL: %d\n%s\n%s", code, out, errs)
	}
	code, out, _ = run(t, "", "extract", "--config", "../../config.yaml", "--text", srv.URL+"/story")
	if code != exitOK || !strings.Contains(out, "Canonical URL: "+srv.URL+"/rafah\n") || strings.Contains(out, "See also") {
		t.Errorf("extract --text URL: %d\n%s", code, out)
	}
}

// TestOnceEndToEnd runs `once` after each new article of a story on a test
// news site, posting to a fake Slack as a bot, then again after a
// "restart": every message comes exactly once, in its metric's thread, and
// nothing comes twice.
func TestOnceEndToEnd(t *testing.T) {
	articles, err := demo.Articles()
	if err != nil {
		t.Fatal(err)
	}
	site := demo.NewSite(articles)
	site.Retell(time.Now()) // live: its later articles are news, not the archive of a metric tracked since the first
	srv := httptest.NewServer(site)
	defer srv.Close()
	fake := slackfake.New()
	defer fake.Close()
	dir := t.TempDir()
	var sources strings.Builder
	for slug, outlet := range site.Outlets() {
		fmt.Fprintf(&sources, "  - name: %s\n    outlet: %s\n    feed: %s/%s/feed.xml\n", slug, outlet, srv.URL, slug)
	}
	shipped, _ := os.ReadFile("../../metrics/israel-gaza.yaml")
	os.WriteFile(filepath.Join(dir, "metrics.yaml"), shipped, 0o644)
	cfgPath := filepath.Join(dir, "config.yaml")
	os.WriteFile(cfgPath, []byte("store: ./state.db\nuser_agent: test\nfetch:\n  per_host_rate: 500\n"+
		"slack:\n  token: ${TEST_SLACK_TOKEN}\n  channel: \"#figures\"\n  api_url: "+fake.APIURL()+"\n"+
		"rule_files: [metrics.yaml]\nsources:\n"+sources.String()), 0o644)
	t.Setenv("TEST_SLACK_TOKEN", fake.Token)

	for i := range articles {
		site.Show(i + 1)
		code, _, errs := run(t, "", "once", "--config", cfgPath)
		if code != exitOK {
			t.Fatalf("once after article %d: %d\n%s", i+1, code, errs)
		}
	}
	// A restart with nothing new posts nothing.
	before := len(fake.Messages())
	if code, _, errs := run(t, "", "once", "--config", cfgPath); code != exitOK || len(fake.Messages()) != before {
		t.Errorf("once again with nothing new: %d, %d messages then %d\n%s", code, before, len(fake.Messages()), errs)
	}
	msgs := fake.Messages()
	var posted []string
	for _, m := range msgs {
		posted = append(posted, m.Posted)
	}
	got := strings.Join(posted, "\n\n")
	for _, want := range []string{
		"Gaza death toll: 32,414\nmore than 32,000 → *32,414* (+414, +1.3%)",
		"Gaza death toll: 33,091\n32,414 → *33,091* (+677, +2.1%)",
		"People sheltering in Rafah: more than 1.4 million (1,400,000)\nmore than a million (1,000,000) → *more than 1.4 million (1,400,000)*",
		"Gaza death toll: claimants disagree\n*30,500*, Northern Ledger's own figure, against the accepted *33,091*, Gaza health ministry via Gulf Courier: claimants disagree.",
	} {
		if n := strings.Count(got, want); n != 1 {
			t.Errorf("%q posted %d times, want once", want, n)
		}
	}
	if len(msgs) != 4 {
		t.Errorf("want exactly four messages, got %d:\n%s", len(msgs), got)
	}
	// The toll's thread: the first message heads it, the rest reply, and
	// the head now shows the current value.
	if len(msgs) == 4 {
		head := msgs[0]
		if head.ThreadTS != "" || msgs[1].ThreadTS != head.TS || msgs[3].ThreadTS != head.TS || msgs[2].ThreadTS != "" {
			t.Errorf("threads: %+v", msgs)
		}
		if !strings.Contains(head.Text, "33,091") || head.Updates != 1 {
			t.Errorf("the thread's head should show 33,091 after one update: %d %q", head.Updates, head.Text)
		}
	}
	if v := fake.Violations(); len(v) > 0 {
		t.Errorf("payloads Slack would refuse: %v", v)
	}
	code, out, _ := run(t, "", "history", "--config", cfgPath, "gaza_death_toll")
	for _, want := range []string{"older than the value", "conflict", "first reading", "change", "Northern Ledger"} {
		if code != exitOK || !strings.Contains(out, want) {
			t.Errorf("history lacks %q:\n%s", want, out)
		}
	}
}

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

// TestOnceSaysAFailingExample: a rule just edited whose example no longer
// passes is said by once too (as run says it at start), not only by check.
func TestOnceSaysAFailingExample(t *testing.T) {
	dir := t.TempDir()
	cfg := filepath.Join(dir, "config.yaml")
	body := "store: ./s.db\nsources:\n  - {name: archive, dir: .}\nmetrics:\n  - id: flood_deaths\n    keywords: [killed]\n" +
		"    examples:\n      - {text: \"The floods have claimed 19 lives.\", value: 19}\n"
	if err := os.WriteFile(cfg, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, errs := run(t, "", "once", "--config", cfg)
	if code != exitOK || !strings.Contains(errs, "flood_deaths: examples[0]: want 19, got nothing (warning: this rule example fails; claimtrack check shows why)") {
		t.Errorf("once: %d\n%s", code, errs)
	}
}

// TestOptionsOnlyCommandsRefuseArguments: `claimtrack check desk.yaml`
// checked ./config.yaml and said OK. A command that takes options only
// refuses an argument, and names --config when it looks like one.
func TestOptionsOnlyCommandsRefuseArguments(t *testing.T) {
	for _, args := range [][]string{{"check", "desk.yaml"}, {"once", "desk.yml"}, {"run", "desk.yaml"}, {"store", "stats", "desk.yaml"}} {
		code, out, errs := run(t, "", args...)
		if code != exitUsage || out != "" || !strings.Contains(errs, `unexpected argument "`+args[len(args)-1]+`": to use that configuration, write --config `+args[len(args)-1]) {
			t.Errorf("%v: %d %q", args, code, errs)
		}
	}
	if code, _, errs := run(t, "", "version", "now"); code != exitUsage || !strings.Contains(errs, `claimtrack version: unexpected argument "now": it takes options only`) {
		t.Errorf("version now: %d %q", code, errs)
	}
}

// A first user who runs a command where there is no config.yaml is told
// where claimtrack looked and how to name another file, not an open error.
func TestMissingConfigSaysWhereAndWhat(t *testing.T) {
	wd, _ := os.Getwd()
	for _, args := range [][]string{{"check"}, {"once"}, {"history", "x"}, {"health"}, {"check", "--config", "nope.yaml"}} {
		code, _, errs := run(t, "", args...)
		name := "config.yaml"
		if len(args) == 3 {
			name = "nope.yaml"
		}
		want := fmt.Sprintf("no configuration file %s (in %s): pass --config FILE or set $CLAIMTRACK_CONFIG, or write one", name, wd)
		if code != exitFail || !strings.Contains(errs, want) || strings.Contains(errs, "open ") {
			t.Errorf("%v: %d %q", args, code, errs)
		}
	}
}
