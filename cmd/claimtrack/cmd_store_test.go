package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestStoreStatsAndPrune shows a new store's tables, as text and JSON,
// and prunes it (the store and daemon tests prune stores with something
// in them); an unknown store command is a usage error.
func TestStoreStatsAndPrune(t *testing.T) {
	dir := t.TempDir()
	cfgPath := filepath.Join(dir, "config.yaml")
	cfg, err := os.ReadFile("testdata/store/config.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(cfgPath, cfg, 0o644); err != nil {
		t.Fatal(err)
	}
	// Before anything ran there is no store: stats and prune say so and
	// create none.
	for _, sub := range []string{"stats", "prune"} {
		code, _, errs := run(t, "", "store", sub, "--config", cfgPath)
		if code != exitFail || !strings.Contains(errs, "no store at") {
			t.Errorf("%s without a store: %d %q", sub, code, errs)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "claimtrack.db")); !os.IsNotExist(err) {
		t.Fatalf("store stats created a store: %v", err)
	}
	if code, _, errs := run(t, "", "once", "--config", cfgPath); code != exitOK {
		t.Fatalf("once: %d %s", code, errs)
	}
	code, out, errs := run(t, "", "store", "stats", "--config", cfgPath)
	if code != exitOK {
		t.Fatalf("stats: %d %s", code, errs)
	}
	for _, want := range []string{"TABLE", "articles", "observations", "outbox", "total"} {
		if !strings.Contains(out, want) {
			t.Errorf("stats lacks %q:\n%s", want, out)
		}
	}
	code, out, errs = run(t, "", "store", "stats", "--json", "--config", cfgPath)
	if code != exitOK {
		t.Fatalf("stats --json: %d %s", code, errs)
	}
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var row struct {
			Table string
			Rows  *int64
			Bytes int64
		}
		if err := json.Unmarshal([]byte(line), &row); err != nil || row.Table == "" || row.Rows == nil || row.Bytes <= 0 {
			t.Errorf("stats --json line %q: %+v %v", line, row, err)
		}
	}
	code, out, errs = run(t, "", "store", "prune", "--config", cfgPath)
	if code != exitOK || !strings.Contains(out, "pruned: 0 fingerprints, 0 articles") {
		t.Errorf("prune of a new store: %d %q %s", code, out, errs)
	}
	if code, _, errs := run(t, "", "store", "compact", "--config", cfgPath); code != exitUsage || !strings.Contains(errs, "stats, prune or copy") {
		t.Errorf("an unknown store command: %d %s", code, errs)
	}
}
