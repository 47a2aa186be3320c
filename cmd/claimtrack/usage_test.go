package main

import (
	"bufio"
	"os"
	"regexp"
	"strings"
	"testing"
)

// TestHelpPrintsUsageOnce: --help writes the usage to stdout once and
// nothing to stderr.
func TestHelpPrintsUsageOnce(t *testing.T) {
	for _, c := range commands() {
		args := []string{c.name, "--help"}
		if c.name == "rules" {
			args = []string{"rules", "test", "--help"}
		}
		code, out, errs := run(t, "", args...)
		if code != exitOK {
			t.Errorf("%s: exit %d", strings.Join(args, " "), code)
		}
		if n := strings.Count(out, "Usage: claimtrack"); n != 1 {
			t.Errorf("%s: usage printed %d times on stdout:\n%s", strings.Join(args, " "), n, out)
		}
		if errs != "" {
			t.Errorf("%s: wrote to stderr:\n%s", strings.Join(args, " "), errs)
		}
	}
	// A bad flag still shows the usage, once, on stderr.
	code, out, errs := run(t, "", "figures", "--no-such-flag")
	if code != exitUsage || out != "" || strings.Count(errs, "Usage: claimtrack figures") != 1 {
		t.Errorf("bad flag: %d stdout=%q stderr=%q", code, out, errs)
	}
}

// readmeRow matches a command row of README's table: | `claimtrack NAME ARGS` | ... |
var readmeRow = regexp.MustCompile("^\\| `claimtrack ([a-z]+)(?: ([^`]*))?` \\|")

// TestUsageAgreesWithReadme: each command's usage line (claimtrack help,
// COMMAND --help) is the one README's command table shows.
func TestUsageAgreesWithReadme(t *testing.T) {
	f, err := os.Open("../../README.md")
	if err != nil {
		t.Skipf("no README.md: %v", err)
	}
	defer f.Close()
	readme := map[string]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if m := readmeRow.FindStringSubmatch(sc.Text()); m != nil {
			readme[m[1]] = strings.ReplaceAll(m[2], `\|`, "|")
		}
	}
	if len(readme) == 0 {
		t.Fatal("README.md has no command table: did the extraction break?")
	}
	for _, c := range commands() {
		want, ok := readme[c.name]
		if !ok {
			t.Errorf("README's command table has no row for %s", c.name)
			continue
		}
		if c.args != want {
			t.Errorf("%s: usage says %q, README %q", c.name, c.args, want)
		}
		_, out, _ := run(t, "", c.name, "--help")
		if line, _, _ := strings.Cut(out, "\n"); line != strings.TrimSpace("Usage: claimtrack "+c.name+" "+c.args) {
			t.Errorf("%s --help: %q, README %q", c.name, line, "claimtrack "+c.name+" "+want)
		}
	}
}

// TestCheckOKReadsAsASentence: check's summary agrees with its counts,
// none and one included.
func TestCheckOKReadsAsASentence(t *testing.T) {
	code, out, errs := run(t, "", "check", "--config", "testdata/small-limit.yaml")
	if code != exitOK || !strings.Contains(out, ": OK: 0 sources, 1 metric, 0 rule examples passed; messages go to standard output") {
		t.Errorf("check: %d %q %q", code, out, errs)
	}
}

// TestCheckErrorsSayNothingOfChanges: check changes nothing, so its error
// list does not end by saying nothing was changed.
func TestCheckErrorsSayNothingOfChanges(t *testing.T) {
	code, _, errs := run(t, "", "check", "--config", "testdata/unknown-key.yaml")
	if code != exitFail || !strings.Contains(errs, "unknown-key.yaml:2:1: listen_port: unknown key") {
		t.Fatalf("check: %d %q", code, errs)
	}
	if strings.Contains(errs, "nothing was changed") {
		t.Errorf("check's errors end with %q", errs[strings.LastIndex(strings.TrimSpace(errs), "\n")+1:])
	}
}

// helpFlag matches an option line of a command's --help: "  -NAME ...".
var helpFlag = regexp.MustCompile(`(?m)^  -([a-z][a-z0-9-]*)`)

// TestUsageNamesEveryFlag: a command's usage line (and so README's table)
// names every flag its --help lists, so that a reader of README meets no
// option only --help shows. Commands with subcommands list theirs per
// subcommand and are left out.
func TestUsageNamesEveryFlag(t *testing.T) {
	for _, c := range commands() {
		if c.name == "rules" || c.name == "store" || c.name == "notify" {
			continue
		}
		_, out, _ := run(t, "", c.name, "--help")
		for _, m := range helpFlag.FindAllStringSubmatch(out, -1) {
			if !strings.Contains(c.args, "--"+m[1]) {
				t.Errorf("%s: --help lists -%s, the usage line %q does not", c.name, m[1], c.args)
			}
		}
	}
}

// TestOptionsAfterArguments: options typed after the file or metric read as
// they do before it, and after "--" an argument that looks like an option is
// an argument.
func TestOptionsAfterArguments(t *testing.T) {
	story := "testdata/explain-story.txt"
	for _, c := range []struct{ before, after []string }{
		{
			[]string{"extract", "--config", "../../config.yaml", "--explain", story},
			[]string{"extract", story, "--explain", "--config", "../../config.yaml"},
		},
		{
			[]string{"figures", "--json", story},
			[]string{"figures", story, "--json"},
		},
		{
			[]string{"rules", "vocab", "--config", "../../config.yaml", "deaths"},
			[]string{"rules", "vocab", "deaths", "--config", "../../config.yaml"},
		},
	} {
		wantCode, want, _ := run(t, "", c.before...)
		code, got, errs := run(t, "", c.after...)
		if code != wantCode || got != want || wantCode != exitOK {
			t.Errorf("%q: exit %d, want %d like %q\n%s", c.after, code, wantCode, c.before, errs)
		}
	}
	if code, _, errs := run(t, "", "figures", "--", "--json"); code != exitFail || !strings.Contains(errs, "--json") {
		t.Errorf(`figures -- --json: want "--json" read as a file, got exit %d %q`, code, errs)
	}
}
