package daemon

import (
	"path/filepath"
	"testing"
)

// TestStoreShown: the start line names the store so that replicas can be
// seen to share one, and never shows a password.
func TestStoreShown(t *testing.T) {
	dir := t.TempDir()
	for dsn, want := range map[string]string{
		"":                                  filepath.Join(dir, "claimtrack.db"),
		"./desk.db":                         filepath.Join(dir, "desk.db"),
		"postgres://ct:pw@db/ct":            "postgres://ct:***@db/ct",
		"postgres://ct@db/ct?password=pw&x": "postgres://ct@db/ct?password=***&x",
	} {
		if got := storeShown(dsn, dir); got != want {
			t.Errorf("storeShown(%q) = %q, want %q", dsn, got, want)
		}
	}
}
