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
