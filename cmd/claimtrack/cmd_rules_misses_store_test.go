package main

import (
	"database/sql"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/internal/pgtest"
)

// missesStore copies testdata/misses-store to a folder of its own, with
// its store at dsn when given, and returns the configuration's path.
func missesStore(t *testing.T, dsn string) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS("testdata/misses-store")); err != nil {
		t.Fatal(err)
	}
	cfgPath := filepath.Join(dir, "config.yaml")
	if dsn != "" {
		cfg, err := os.ReadFile(cfgPath)
		if err != nil {
			t.Fatal(err)
		}
		cfg = []byte(strings.Replace(string(cfg), "store: ./claimtrack.db", "store: \""+dsn+"\"", 1))
		if err := os.WriteFile(cfgPath, cfg, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return cfgPath
}

// TestRulesMissesReadsTheStore: `once` stores a folder of pages with their
// texts; `rules misses --store` then lists what the metric missed in them,
// each candidate named by its article's URL, alongside the files given,
// and says how many stored articles it could not search.
func TestRulesMissesReadsTheStore(t *testing.T) {
	for _, dialect := range []string{"sqlite", "postgres"} {
		t.Run(dialect, func(t *testing.T) {
			var dsn string
			if dialect == "postgres" {
				dsn = pgtest.Schema(t)
			}
			cfgPath := missesStore(t, dsn)
			if code, _, errs := run(t, "", "once", "--config", cfgPath); code != exitOK {
				t.Fatalf("once: %d %s", code, errs)
			}
			misses := func(args ...string) (int, string, string) {
				return run(t, "", append([]string{"rules", "misses", "--metric", "flood_deaths", "--config", cfgPath, "--store"}, args...)...)
			}
			code, out, errs := misses()
			if code != exitOK {
				t.Fatalf("misses --store: %d %s", code, errs)
			}
			// "killing", a form of the metric's one keyword, is the miss
			// to read first; "killed 1,240" the rules took.
			first, _, _ := strings.Cut(out, "\n")
			if !strings.Contains(first, "https://herald.example/2026/11/26/floods-toll-rises  1,380") {
				t.Errorf("first candidate: %q\n%s", first, out)
			}
			if strings.Contains(out, "1,240") || strings.Contains(out, "Copyright") {
				t.Errorf("a figure the rules took, or the page's furniture, is listed:\n%s", out)
			}
			if !strings.Contains(errs, "2 documents (2 stored articles), 2 candidate sentences") || strings.Contains(errs, "not searched") {
				t.Errorf("summary: %q", errs)
			}

			// Files and the store together.
			saved := filepath.Join(filepath.Dir(cfgPath), "saved")
			code, out, errs = misses(saved)
			if code != exitOK || !strings.Contains(out, "saved/floods-saturday.txt:5  1,510") || !strings.Contains(errs, "3 documents (2 stored articles)") {
				t.Errorf("files and the store: %d %q\n%s", code, errs, out)
			}

			// Rules from files, tried on the configuration's store.
			rulesFile := filepath.Join(filepath.Dir(cfgPath), "metrics.yaml")
			if code, out, errs = misses("--rules", rulesFile); code != exitOK || !strings.HasPrefix(out, first) {
				t.Errorf("--rules with --store: %d %q\n%s", code, errs, out)
			}

			// Selecting articles: by source, by when they were read.
			if _, _, errs = misses("--source", "other"); !strings.Contains(errs, "0 documents (0 stored articles)") {
				t.Errorf("--source other: %q", errs)
			}
			if _, _, errs = misses("--since", "2h"); !strings.Contains(errs, "(2 stored articles)") {
				t.Errorf("--since 2h: %q", errs)
			}
			if _, _, errs = misses("--since", time.Now().AddDate(0, 0, 2).Format(time.DateOnly)); !strings.Contains(errs, "(0 stored articles)") {
				t.Errorf("--since the day after tomorrow: %q", errs)
			}

			// An article stored before claimtrack kept texts has none: it
			// is counted, not silently skipped.
			forgetText(t, cfgPath, dsn, "https://herald.example/2026/11/26/floods-toll-rises")
			code, out, errs = misses()
			if code != exitOK || strings.Contains(out, "1,380") || !strings.Contains(errs, "(1 stored article)") ||
				!strings.Contains(errs, "1 stored article not searched: no text stored") {
				t.Errorf("an article without text: %d %q\n%s", code, errs, out)
			}
		})
	}
}

// forgetText deletes an article's stored text, leaving the store as it
// was for an article stored before texts were kept.
func forgetText(t *testing.T, cfgPath, dsn, url string) {
	t.Helper()
	driver := "pgx"
	if dsn == "" {
		driver, dsn = "sqlite", "file:"+filepath.Join(filepath.Dir(cfgPath), "claimtrack.db")
	}
	db, err := sql.Open(driver, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	q := `DELETE FROM article_texts WHERE article_id = (SELECT id FROM articles WHERE canonical_url = $1)`
	if res, err := db.Exec(q, url); err != nil {
		t.Fatal(err)
	} else if n, _ := res.RowsAffected(); n != 1 {
		t.Fatalf("%d texts of %s deleted, want 1", n, url)
	}
}

func TestRulesMissesStoreBadInput(t *testing.T) {
	rulesFile := "testdata/misses-store/metrics.yaml"
	for _, args := range [][]string{
		{"--metric", "flood_deaths", "--rules", rulesFile},                                 // nothing to read
		{"--metric", "flood_deaths", "--rules", rulesFile, "--since", "2h", "x.txt"},       // --since without --store
		{"--metric", "flood_deaths", "--rules", rulesFile, "--source", "herald", "x.txt"},  // --source without --store
		{"--metric", "flood_deaths", "--rules", rulesFile, "--store", "--since", "lately"}, // not a time
	} {
		if code, _, errs := run(t, "", append([]string{"rules", "misses"}, args...)...); code != exitUsage {
			t.Errorf("%v: exit %d, want %d (%s)", args, code, exitUsage, errs)
		}
	}
	// A store that does not exist is refused, not created.
	cfgPath := missesStore(t, "")
	code, _, errs := run(t, "", "rules", "misses", "--metric", "flood_deaths", "--config", cfgPath, "--store")
	if code != exitFail || !strings.Contains(errs, "no store at") {
		t.Errorf("no store yet: %d %q", code, errs)
	}
	if _, err := os.Stat(filepath.Join(filepath.Dir(cfgPath), "claimtrack.db")); err == nil {
		t.Error("rules misses --store created a store")
	}
}

func TestParseSince(t *testing.T) {
	now := time.Date(2026, 11, 30, 12, 0, 0, 0, time.UTC)
	for in, want := range map[string]time.Time{
		"72h":                  now.Add(-72 * time.Hour),
		"7d":                   now.AddDate(0, 0, -7),
		"2026-11-01":           time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC),
		"2026-11-01T06:00:00Z": time.Date(2026, 11, 1, 6, 0, 0, 0, time.UTC),
	} {
		if got, err := parseSince(in, now); err != nil || !got.Equal(want) {
			t.Errorf("%s: %v %v, want %v", in, got, err, want)
		}
	}
	for _, in := range []string{"", "lately", "-3h", "7 days", "2026-13-01"} {
		if _, err := parseSince(in, now); err == nil {
			t.Errorf("%q: no error", in)
		}
	}
}
