package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestStoreVariableUnsetRefused: a store: ${VAR} whose variable is unset
// must not become ./claimtrack.db beside the configuration: a replica meant
// for the desk's PostgreSQL database would start a desk of its own there.
// check warns; run, once and a command that reads the store refuse, and no
// file is created.
func TestStoreVariableUnsetRefused(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"config.yaml", "articles/toll.txt"} {
		data, err := os.ReadFile(filepath.Join("testdata/store-unset", name))
		if err != nil {
			t.Fatal(err)
		}
		os.MkdirAll(filepath.Join(dir, filepath.Dir(name)), 0o755)
		os.WriteFile(filepath.Join(dir, name), data, 0o644)
	}
	cfg := filepath.Join(dir, "config.yaml")
	code, _, errs := run(t, "", "check", "--config", cfg)
	if code != exitOK || !strings.Contains(errs, "config.yaml:2:8: warning: store: CLAIMTRACK_TEST_UNSET_STORE is not set: run, once") {
		t.Errorf("check: %d %q", code, errs)
	}
	want := "config.yaml:2:8: store: environment variable CLAIMTRACK_TEST_UNSET_STORE is not set"
	for _, args := range [][]string{{"once"}, {"run"}, {"store", "stats"}} {
		code, out, errs := run(t, "", append(args, "--config", cfg)...)
		if code != exitFail || !strings.Contains(errs, want) || out != "" {
			t.Errorf("%s: %d %q %q", args, code, out, errs)
		}
		if strings.Count(errs, "CLAIMTRACK_TEST_UNSET_STORE is not set") > 1 && args[0] != "store" {
			t.Errorf("%s: the refusal stands in for the warning: %q", args, errs)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "claimtrack.db")); !os.IsNotExist(err) {
		t.Errorf("a refused command created the default store: %v", err)
	}
}
