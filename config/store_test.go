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
