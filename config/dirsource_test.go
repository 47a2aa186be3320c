package config

import (
	"os"
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

// TestDirSourceNotAFolder: a dir: that names no folder is an error at its
// line that says where the path is taken from and, when a folder beside it
// has a name one slip away ("article" for "articles"), names it as the
// path would be written, and says to create it or correct dir:; a file
// named there is a file, not a folder.
func TestDirSourceNotAFolder(t *testing.T) {
	desk := t.TempDir()
	for _, d := range []string{"news/articles", "other"} {
		if err := os.MkdirAll(filepath.Join(desk, d), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	os.WriteFile(filepath.Join(desk, "notes.txt"), []byte("x"), 0o644)
	for dir, want := range map[string]string{
		"news/article": `"news/article" does not exist (the path is relative to ` + desk + `; did you mean "news/articles"?): create the folder, or correct dir:`,
		"zzz":          `"zzz" does not exist (the path is relative to ` + desk + `): create the folder, or correct dir:`,
		"notes.txt":    `"notes.txt" is a file, not a folder (the path is relative to ` + desk + `)`,
	} {
		cfg := filepath.Join(desk, "config.yaml")
		os.WriteFile(cfg, []byte("store: ./d.db\nmetrics:\n  - {id: m, keywords: [killed]}\nsources:\n  - name: a\n    dir: "+dir+"\n"), 0o644)
		_, err := load(cfg, noEnv)
		if err == nil || !strings.Contains(err.Error(), cfg+":6:10: sources[0].dir: "+want) {
			t.Errorf("dir: %s: %v\nwant %s", dir, err, want)
		}
	}
}

// TestMissingConfigNamesTheNearOne: a configuration file that is not
// there, beside one whose name is a slip away (config.yml for
// config.yaml), names that one.
func TestMissingConfigNamesTheNearOne(t *testing.T) {
	desk := t.TempDir()
	os.WriteFile(filepath.Join(desk, "config.yml"), []byte("store: ./d.db\n"), 0o644)
	os.WriteFile(filepath.Join(desk, "rules.yaml"), []byte("metrics: []\n"), 0o644)
	_, err := load(filepath.Join(desk, "config.yaml"), noEnv)
	if err == nil || !strings.Contains(err.Error(), "did you mean "+filepath.Join(desk, "config.yml")+"?") {
		t.Errorf("config.yaml beside config.yml: %v", err)
	}
	_, err = load(filepath.Join(desk, "desk.yaml"), noEnv)
	if err == nil || strings.Contains(err.Error(), "did you mean") {
		t.Errorf("desk.yaml, nothing near: %v", err)
	}
}
