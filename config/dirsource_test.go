package config

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestDirSourceReadsNothing loads each file of testdata/dirsource: a dir:
// source whose folder holds no file it reads (only other endings, or only
// folders) is a warning at its dir: line naming the folder and what it
// holds; a folder with a file it reads, in any case, says nothing. ({dir}
// in a want stands for the folder's absolute path.)
func TestDirSourceReadsNothing(t *testing.T) {
	forEachWant(t, "testdata/dirsource", func(t *testing.T, f, want string) {
		cfg, err := load(f, noEnv)
		if err != nil {
			t.Fatal(err)
		}
		if strings.HasPrefix(want, "no warning") {
			if len(cfg.Warnings) != 0 {
				t.Errorf("want no warning, got %q", cfg.Warnings)
			}
			return
		}
		dir, _ := filepath.Abs(filepath.Join(filepath.Dir(f), strings.TrimSuffix(filepath.Base(f), ".yaml")))
		pos, msg, _ := strings.Cut(want, " ")
		msg = strings.ReplaceAll(msg, "{dir}", dir)
		if len(cfg.Warnings) != 1 || cfg.Warnings[0] != f+":"+pos+": "+msg {
			t.Errorf("got  %q\nwant %s:%s: %s", cfg.Warnings, f, pos, msg)
		}
	})
}
