package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// copyConfig puts a testdata config in a fresh folder, so that a store it
// names would be created there.
func copyConfig(t *testing.T, name string) (dir, path string) {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	dir = t.TempDir()
	path = filepath.Join(dir, "config.yaml")
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return dir, path
}

func TestHistoryNeverCreatesAStore(t *testing.T) {
	dir, cfg := copyConfig(t, "history.yaml")
	os.Mkdir(filepath.Join(dir, "history-store"), 0o755)
	store := filepath.Join(dir, "history-store", "claimtrack.db")

	code, _, errs := run(t, "", "history", "--config", cfg, "gaza_deaht_toll")
	if code != exitFail || !strings.Contains(errs, `no metric "gaza_deaht_toll"`) || !strings.Contains(errs, `did you mean "gaza_death_toll"?`) {
		t.Errorf("unknown metric: %d %q", code, errs)
	}
	code, _, errs = run(t, "", "history", "--config", cfg, "aid_trucks")
	if code != exitFail || !strings.Contains(errs, "metrics: gaza_death_toll, gaza_displaced") {
		t.Errorf("unknown metric, nothing near: %d %q", code, errs)
	}
	code, _, errs = run(t, "", "history", "--config", cfg, "gaza_death_toll")
	if code != exitFail || !strings.Contains(errs, "no store at "+store) || !strings.Contains(errs, "claimtrack once") {
		t.Errorf("missing store: %d %q", code, errs)
	}
	if _, err := os.Stat(store); !os.IsNotExist(err) {
		t.Errorf("history created %s (%v)", store, err)
	}
	entries, _ := os.ReadDir(filepath.Join(dir, "history-store"))
	if len(entries) != 0 {
		t.Errorf("history left files behind: %v", entries)
	}
}
