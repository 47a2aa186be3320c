package config

import (
	"path/filepath"
	"strings"
	"testing"
)

// A SQLite store whose folder does not exist, which run and once would
// refuse, is a warning at the store: line naming the folder, so that
// check does not call the configuration OK in silence; a store in an
// existing folder says nothing.
func TestStoreFolderMissingWarns(t *testing.T) {
	cfg, err := load("testdata/store/missing-folder.yaml", noEnv)
	if err != nil {
		t.Fatal(err)
	}
	dir, _ := filepath.Abs(filepath.Join("testdata", "store", "stat"))
	if w := strings.Join(cfg.Warnings, "\n"); !strings.Contains(w, "missing-folder.yaml:2:8: warning: store: the folder "+dir+" does not exist") ||
		!strings.Contains(w, "create it, or change store:") {
		t.Errorf("want a warning at store: naming %s, got %q", dir, w)
	}
	cfg, err = load("testdata/store/folder-exists.yaml", noEnv)
	if err != nil || len(cfg.Warnings) != 0 {
		t.Errorf("a store in an existing folder: %v %q", err, cfg.Warnings)
	}
}

// TestStoreVariableUnset: a store: whose ${VAR} is not set is a warning at
// its line for check and a refusal for the commands that open the store;
// with a default written on purpose it is neither.
func TestStoreVariableUnset(t *testing.T) {
	f := "testdata/store/env-unset.yaml"
	cfg, err := load(f, noEnv)
	if err != nil {
		t.Fatal(err)
	}
	p := cfg.StoreProblem()
	if p == nil {
		t.Fatal("no store problem")
	}
	if msg := p.Error(); !strings.HasPrefix(msg, f+":3:8: store: environment variable CLAIMTRACK_TEST_UNSET_STORE is not set") ||
		!strings.Contains(msg, "${CLAIMTRACK_TEST_UNSET_STORE:-./claimtrack.db}") {
		t.Errorf("got %s", msg)
	}
	if len(cfg.Warnings) != 1 || !strings.HasPrefix(cfg.Warnings[0], f+":3:8: warning: store: CLAIMTRACK_TEST_UNSET_STORE is not set: run, once") {
		t.Errorf("want one warning at 3:8, got %q", cfg.Warnings)
	}
	if ws := cfg.WarningsBesideRefusals(); len(ws) != 0 {
		t.Errorf("a command that refuses prints the refusal, not the warning too: %q", ws)
	}
	cfg, err = load("testdata/store/env-default.yaml", noEnv)
	if err != nil || cfg.StoreProblem() != nil || len(cfg.Warnings) != 0 {
		t.Errorf("a default on purpose: %v %v %q", err, cfg.StoreProblem(), cfg.Warnings)
	}
	cfg, err = load("testdata/store/env-password-unset.yaml", noEnv)
	if err != nil || cfg.StoreProblem() != nil {
		t.Errorf("a variable that is only part of the store (its password) is not the store unset: %v %v", err, cfg.StoreProblem())
	}
	if err == nil && (len(cfg.Warnings) != 1 || !strings.Contains(cfg.Warnings[0], "CLAIMTRACK_TEST_UNSET_PASSWORD is not set")) {
		t.Errorf("want the general warning of an unset variable, got %q", cfg.Warnings)
	}
}
