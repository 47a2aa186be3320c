package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/store"
)

// TestOnceOverTwoArchives is a desk's first `once` over two outlets'
// saved archives (testdata/backlog): every figure was published before the
// metric's tracking began, so nothing is printed, and the archive is
// judged as if read oldest first: its oldest figure is the baseline, each
// newer one refines it, and the value is the newest figure of either
// source, whichever was read first. (The summary counts each figure as it
// was judged when read: a figure older than all read before is the
// baseline then.) A file saved
// later with an older date is the archive's past too (it refines the
// baseline silently); one published after the first once is news.
func TestOnceOverTwoArchives(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"config.yaml", "herald/2024-11-01T0900-toll.txt", "herald/2024-11-03T0800-toll.txt",
		"courier/2024-11-02T1200-toll.txt", "courier/2024-11-04T1800-toll.txt"} {
		copyTestdata(t, filepath.Join("testdata/backlog", name), filepath.Join(dir, name))
	}
	cfg := filepath.Join(dir, "config.yaml")
	code, out, errs := run(t, "", "once", "--config", cfg)
	if code != exitOK || strings.Contains(out, "Flood toll") {
		t.Fatalf("the first once over two archives: %d, printed %q\n%s", code, out, errs)
	}
	// Its summary says why nothing was printed, and where the figures are.
	if !strings.Contains(errs, `"first reading"`) || !strings.Contains(errs, `"archive: taken as the value"`) || !strings.Contains(errs, "; `claimtrack history METRIC` lists them)") {
		t.Errorf("the first once does not say its figures are the archive's past:\n%s", errs)
	}
	if got := accepted(t, dir); got != 205 {
		t.Errorf("the baseline after the first once is %v, want the newest figure of either archive, 205", got)
	}
	if _, out, _ := run(t, "", "history", "--config", cfg, "toll"); strings.Count(out, "first reading") != 1 || strings.Count(out, "archive: taken as the value") != 3 || strings.Count(out, "the value now") != 1 {
		t.Errorf("the archive is not kept as history read oldest first (one baseline, three figures refining it):\n%s", out)
	}

	// The Herald's 5 November article, saved later: the archive's past.
	copyTestdata(t, "testdata/backlog/later/herald-2024-11-05T0700-toll.txt", filepath.Join(dir, "herald/2024-11-05T0700-toll.txt"))
	code, out, errs = run(t, "", "once", "--config", cfg)
	if code != exitOK || strings.Contains(out, "Flood toll") {
		t.Fatalf("once after an archived article was saved: %d, printed %q\n%s", code, out, errs)
	}
	if got := accepted(t, dir); got != 230 {
		t.Errorf("an archived figure newer than the baseline leaves it at %v, want 230", got)
	}
	if _, out, _ := run(t, "", "history", "--config", cfg, "toll"); !strings.Contains(out, "archive: taken as the value, the value now") {
		t.Errorf("the archived figure's outcome is not backlog:\n%s", out)
	}

	// The Courier's article of this morning (a file name's date and
	// time), published after tracking began: news.
	live := "courier/" + time.Now().UTC().Add(2*time.Minute).Format("2006-01-02T1504") + "-toll.txt"
	copyTestdata(t, "testdata/backlog/later/courier-live.txt", filepath.Join(dir, live))
	code, out, errs = run(t, "", "once", "--config", cfg)
	if code != exitOK || strings.Count(out, "230 (Valley Herald, 5 Nov 2024) → *240*") != 1 || !strings.Contains(out, "Flood toll") {
		// The archived 230 is over a week older than the live 240: dated.
		t.Fatalf("once after a live article: %d, want one message 230 (dated) → 240, printed %q\n%s", code, out, errs)
	}

	// The Herald's article saved this afternoon under today's date alone,
	// as a desk names its files: saved after tracking began, so news, not
	// the archive's past of midnight.
	// It is saved after the Courier's (dated two minutes ahead).
	saved := time.Now().UTC().Add(3 * time.Minute)
	today := filepath.Join(dir, "herald", saved.Format("2006-01-02")+"-toll.txt")
	copyTestdata(t, "testdata/backlog/later/herald-saved-today.txt", today)
	if err := os.Chtimes(today, saved, saved); err != nil {
		t.Fatal(err)
	}
	code, out, errs = run(t, "", "once", "--config", cfg)
	if code != exitOK || strings.Count(out, "240 → *252*") != 1 {
		t.Fatalf("once after an article saved today under its day: %d, want one message 240 → 252, printed %q\n%s", code, out, errs)
	}
}

// copyTestdata copies a testdata file to a test's own folder.
func copyTestdata(t *testing.T, from, to string) {
	t.Helper()
	data, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Dir(to), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(to, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// accepted is the toll's accepted value in the store of a test's folder.
func accepted(t *testing.T, dir string) float64 {
	t.Helper()
	s, err := store.Open(context.Background(), filepath.Join(dir, "state.db"), "")
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	cur, _, err := s.Current(context.Background(), "toll")
	if err != nil || cur == nil {
		t.Fatalf("the toll's accepted value: %v, %v", cur, err)
	}
	return cur.Readings[0].Value
}
