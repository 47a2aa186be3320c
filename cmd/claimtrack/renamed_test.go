package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestRenamedMetricWarns: a metric whose id is renamed after a week
// starts over under its new id while its history stays under the old
// one. once says so, naming both ids; with the old id kept, it says
// nothing.
func TestRenamedMetricWarns(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"config.yaml", "renamed.yaml", "herald/2024-11-03T0800-toll.txt"} {
		copyTestdata(t, filepath.Join("testdata/renamed", name), filepath.Join(dir, name))
	}
	if code, _, errs := run(t, "", "once", "--config", filepath.Join(dir, "config.yaml")); code != exitOK || strings.Contains(errs, "stored_only") {
		t.Fatalf("the first once: %d\n%s", code, errs)
	}
	if code, _, errs := run(t, "", "once", "--config", filepath.Join(dir, "config.yaml")); code != exitOK || strings.Contains(errs, "stored_only") {
		t.Fatalf("once with the same metrics says they changed: %d\n%s", code, errs)
	}
	code, _, errs := run(t, "", "once", "--config", filepath.Join(dir, "renamed.yaml"))
	if code != exitOK {
		t.Fatalf("once after the rename: %d\n%s", code, errs)
	}
	for _, want := range []string{"level=WARN", "stored_only=[toll]", "never_tracked=[valencia_flood_toll]", "give the metric its old id back"} {
		if !strings.Contains(errs, want) {
			t.Errorf("once after the rename does not say %q:\n%s", want, errs)
		}
	}
	// The old id's history is still there to read, said to be untracked.
	code, out, errs := run(t, "", "history", "--config", filepath.Join(dir, "renamed.yaml"), "toll")
	if code != exitOK || !strings.Contains(out, "158") || !strings.Contains(errs, "no longer tracked") {
		t.Errorf("history of the old id: %d\n%s\n%s", code, out, errs)
	}
	if code, _, errs := run(t, "", "history", "--config", filepath.Join(dir, "renamed.yaml"), "tol"); code != exitFail || !strings.Contains(errs, "no metric \"tol\"") {
		t.Errorf("history of an id nothing ever had: %d\n%s", code, errs)
	}
}
