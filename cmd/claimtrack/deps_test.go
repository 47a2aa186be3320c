package main

import (
	"os/exec"
	"strings"
	"testing"
)

// TestHeavyDependenciesReplaced checks, with the go command, what the
// daemon's binary links. Two modules that go-trafilatura imports cost far
// more than they give claimtrack, and go.mod points each at a stand-in of
// our own under replace/:
//   - go-htmldate imports go-dateparser, whose package variables hold
//     large tables from start-up although claimtrack finds dates itself;
//   - whatlanggo names each page's language, which claimtrack never reads,
//     at a large share of extraction's CPU time.
//
// docs/performance.md gives what each cost.
//
// (A test binary carries no module list in debug.ReadBuildInfo, so the
// check asks go list.)
func TestHeavyDependenciesReplaced(t *testing.T) {
	goCmd, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command on PATH")
	}
	out, err := exec.Command(goCmd, "list", "-deps", "-f", "{{with .Module}}{{.Path}} {{with .Replace}}{{.Path}}{{end}}{{end}}", ".").Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	replaced := map[string]string{}
	for _, line := range strings.Split(string(out), "\n") {
		path, repl, _ := strings.Cut(line, " ")
		replaced[path] = repl
	}
	if _, ok := replaced["github.com/markusmobius/go-trafilatura"]; !ok {
		t.Fatal("go list does not show go-trafilatura: the check below would prove nothing")
	}
	for _, m := range []string{"github.com/markusmobius/go-htmldate", "github.com/RadhiFadlillah/whatlanggo"} {
		if repl, ok := replaced[m]; ok && !strings.HasPrefix(repl, "./replace/") {
			t.Errorf("%s is linked as published, not replaced: check its replace directive in go.mod", m)
		}
	}
	for m := range replaced {
		if strings.Contains(m, "go-dateparser") {
			t.Errorf("%s is linked in", m)
		}
	}
}
