package main

import (
	"context"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/store"
	"github.com/claimtrack/claimtrack/tracker"
)

// TestOnceLevelBacklogOrder reads the same two archives of a level
// (testdata/backlog-level: no `total: true`) in both orders: one source's
// first pass alone, then the other's added. Whichever comes first, the
// baseline is the newest figure (the Post's 6,150, not the Gazette's
// older "about 5,000" that disagrees with it within the conflict window),
// and the same figure is listed as the disagreement. Then, live, the
// level moves only on its accepted claimant's word: the Gazette's lower
// figure, another claimant's (the head teachers' union, where the Post
// quotes the city council), is a conflict and leaves it, the Post's is
// news. (One claimant quoted by both outlets would be its update, not a
// conflict: tracker.otherSide.)
func TestOnceLevelBacklogOrder(t *testing.T) {
	var first []string
	for _, order := range [][]string{{"gazette", "post"}, {"post", "gazette"}} {
		dir := levelArchive(t)
		if code, out, errs := run(t, "", "once", "--config", filepath.Join(dir, order[0]+".yaml")); code != exitOK || out != "" {
			t.Fatalf("%s's first pass alone: %d, printed %q\n%s", order[0], code, out, errs)
		}
		if code, out, errs := run(t, "", "once", "--config", filepath.Join(dir, "config.yaml")); code != exitOK || out != "" {
			t.Fatalf("%s's first pass after %s's: %d, printed %q\n%s", order[1], order[0], code, out, errs)
		}
		if got := acceptedOf(t, dir, "shelter"); got != 6150 {
			t.Errorf("%s read first: the baseline is %v, want the newest figure, 6,150", order[0], got)
		}
		listed := disputedFiles(t, dir, "shelter")
		if !slices.Equal(listed, []string{"2025-03-10T0900-shelter.txt"}) {
			t.Errorf("%s read first: disagreements listed %v, want the Gazette's older \"about 5,000\"", order[0], listed)
		}
		if first == nil {
			first = listed
		} else if !slices.Equal(listed, first) {
			t.Errorf("the disagreements listed depend on the order: %v, then %v", first, listed)
		}

		// Live, after the backlog: the accepted outlet's and claimant's
		// figure is news; another claimant's through another outlet within
		// the window of it is a conflict, posted, and the level stays.
		now := time.Now().UTC()
		copyTestdata(t, "testdata/backlog-level/later/post-live.txt", filepath.Join(dir, "post", now.Add(2*time.Minute).Format("2006-01-02T1504")+"-shelter.txt"))
		if code, out, errs := run(t, "", "once", "--config", filepath.Join(dir, "config.yaml")); code != exitOK || strings.Count(out, "6,150 (Ridge Post, 11 Mar 2025) → *6,900*") != 1 {
			// The old value is over a week older than the new: the message dates it.
			t.Fatalf("a live figure from the accepted outlet and claimant: %d, want one message 6,150 (dated) → 6,900, printed %q\n%s", code, out, errs)
		}
		copyTestdata(t, "testdata/backlog-level/later/gazette-live.txt", filepath.Join(dir, "gazette", now.Add(3*time.Minute).Format("2006-01-02T1504")+"-shelter.txt"))
		if code, out, errs := run(t, "", "once", "--config", filepath.Join(dir, "config.yaml")); code != exitOK || !strings.Contains(out, "The accepted value stays 6,900") {
			t.Fatalf("a live figure from another outlet within the window: %d, want a conflict posted, printed %q\n%s", code, out, errs)
		}
		if got := acceptedOf(t, dir, "shelter"); got != 6900 {
			t.Errorf("a live conflicting figure from another outlet moved the level to %v, want it to stay 6,900", got)
		}
	}
}

// levelArchive copies testdata/backlog-level's configs and archives to a
// test's own folder.
func levelArchive(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	for _, name := range []string{"config.yaml", "gazette.yaml", "post.yaml",
		"gazette/2025-03-08T0900-shelter.txt", "gazette/2025-03-10T0900-shelter.txt",
		"post/2025-03-09T1200-shelter.txt", "post/2025-03-11T1500-shelter.txt"} {
		copyTestdata(t, filepath.Join("testdata/backlog-level", name), filepath.Join(dir, name))
	}
	return dir
}

// acceptedOf is a metric's accepted value in the store of a test's folder.
func acceptedOf(t *testing.T, dir, metric string) float64 {
	t.Helper()
	s, err := store.Open(context.Background(), filepath.Join(dir, "state.db"), "")
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	cur, _, err := s.Current(context.Background(), metric)
	if err != nil || cur == nil {
		t.Fatalf("%s's accepted value: %v, %v", metric, cur, err)
	}
	return cur.Readings[0].Value
}

// disputedFiles names the files whose figures a metric's history lists as
// disagreements (tracker.Outcome.Disputes), sorted.
func disputedFiles(t *testing.T, dir, metric string) []string {
	t.Helper()
	s, err := store.Open(context.Background(), filepath.Join(dir, "state.db"), "")
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	hist, err := s.History(context.Background(), metric)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, o := range hist {
		if out2, ok := tracker.OutcomeNamed(o.Outcome); ok && out2.Disputes() {
			out = append(out, filepath.Base(o.URL))
		}
	}
	slices.Sort(out)
	return out
}
