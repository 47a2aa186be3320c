package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCheckSaysTheStoreIsNotWritable: check passed a store: this user
// cannot write (a store made by root, the container then running as uid
// 65532), which once refused. It now warns at store:'s line with the path
// and what to do, and neither makes nor changes the store; a store this
// user may write gets no warning. Root writes anywhere, so the refusal is
// handed in (env.writeProblem); store's own tests probe the files.
func TestCheckSaysTheStoreIsNotWritable(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"config.yaml":          "sources:\n  - {name: archive, dir: .}\nstore: ./desk.db\nmetrics:\n  - id: quake_dead\n    keywords: [died]\n",
		"2024-03-01-quake.txt": "Rescuers said 40 villagers died.\n",
	})
	cfg := filepath.Join(dir, "config.yaml")
	var asked []string
	for _, refuse := range []bool{false, true} {
		var out, errb bytes.Buffer
		e := &env{stdin: strings.NewReader(""), stdout: &out, stderr: &errb, getenv: func(string) string { return "" }, owner: testOwner,
			writeProblem: func(dsn, d string) string {
				asked = append(asked, filepath.Join(d, dsn))
				if refuse {
					return "this user (uid 65532) cannot write " + filepath.Join(d, dsn)
				}
				return ""
			}}
		code := dispatch(context.Background(), e, []string{"check", "--config", cfg})
		want := ""
		if refuse {
			want = cfg + ":3:8: warning: store: once and run cannot open it as this user: this user (uid 65532) cannot write " + filepath.Join(dir, "desk.db") + "\n"
		}
		if code != exitOK || errb.String() != want || !strings.Contains(out.String(), "OK: 1 source, 1 metric") {
			t.Errorf("refused %v: check %d\n%s%s\nwant the warning %q", refuse, code, out.String(), errb.String(), want)
		}
	}
	if len(asked) != 2 || asked[0] != filepath.Join(dir, "desk.db") {
		t.Errorf("asked about %q, want the store's path", asked)
	}
	if _, err := os.Stat(filepath.Join(dir, "desk.db")); err == nil {
		t.Error("check made the store")
	}
}
