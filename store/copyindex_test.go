package store

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/internal/newstext"
)

// TestCopyIndexSeesOtherProcesses checks that SQLite's in-memory index
// finds originals that another handle on the same file stored after the
// index was loaded (the daemon and a `claimtrack once` beside it), that a
// corrected text is compared by its new words, and that what a store
// commits itself is found at once.
func TestCopyIndexSeesOtherProcesses(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "shared.db")
	open := func() Store {
		s, err := Open(ctx, path, "")
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { s.Close() })
		return s
	}
	daemon, once := open(), open()
	// Read what the other process stored at every lookup, not once a
	// second, so that the test need not wait.
	daemon.(*sqlStore).copies.syncEvery = 0
	since := t0.Add(-time.Hour)
	first := article("https://wire.example/1", "Wire", t0, newstext.Story(3000, 1))
	if _, err := putArticle(ctx, daemon, first); err != nil {
		t.Fatal(err)
	}
	firstID, err := daemon.NearCopy(ctx, first.Fingerprint, "https://paper.example/1", since)
	if err != nil || firstID == 0 {
		t.Fatalf("the daemon's own article: %d, %v", firstID, err)
	}
	second := article("https://wire.example/2", "Wire", t0, newstext.Story(3000, 2))
	if _, err := putArticle(ctx, once, second); err != nil {
		t.Fatal(err)
	}
	if id, err := daemon.NearCopy(ctx, second.Fingerprint, "https://paper.example/2", since); err != nil || id == 0 || id == firstID {
		t.Errorf("an article the other process stored: got %d, %v", id, err)
	}
	// The daemon corrects the first article with a wholly new text.
	fixed := article("https://wire.example/1", "Wire", t0, newstext.Story(3000, 3))
	if _, err := putArticle(ctx, daemon, fixed); err != nil {
		t.Fatal(err)
	}
	if id, _ := daemon.NearCopy(ctx, first.Fingerprint, "https://paper.example/1", since); id != 0 {
		t.Errorf("the old text still finds the corrected article %d", id)
	}
	if id, _ := daemon.NearCopy(ctx, fixed.Fingerprint, "https://paper.example/1", since); id != firstID {
		t.Errorf("the new text finds %d, want %d", id, firstID)
	}
	// A correction too short to fingerprint leaves nothing to match.
	short := article("https://wire.example/1", "Wire", t0, "Correction: this story was withdrawn.")
	if _, err := putArticle(ctx, daemon, short); err != nil {
		t.Fatal(err)
	}
	if id, _ := daemon.NearCopy(ctx, fixed.Fingerprint, "https://paper.example/1", since); id != 0 {
		t.Errorf("a withdrawn text still matches: %d", id)
	}
	// What the daemon stores itself it finds at once, without reading the
	// store again.
	daemon.(*sqlStore).copies.syncEvery = time.Hour
	third := article("https://wire.example/3", "Wire", t0, newstext.Story(3000, 4))
	if _, err := putArticle(ctx, daemon, third); err != nil {
		t.Fatal(err)
	}
	if id, _ := daemon.NearCopy(ctx, third.Fingerprint, "https://paper.example/3", since); id == 0 {
		t.Error("an article the daemon has just stored is not found")
	}
}

// TestCopyIndexWindow checks that the index forgets what leaves the copy
// window, and still finds what is inside it, as the window moves on.
func TestCopyIndexWindow(t *testing.T) {
	x := newCopyIndex()
	day := 24 * time.Hour
	fps := make([]string, 48)
	for i := range fps {
		fps[i] = Fingerprint(newstext.Story(2000, uint64(100+i)))
		x.put(int64(i+1), ms(t0.Add(time.Duration(i)*time.Hour)), fmt.Sprintf("https://a.example/%d", i), fps[i])
	}
	// A window that starts a day later: the first day's articles are out
	// of it, and compaction drops them.
	since := ms(t0.Add(day))
	if id := x.lookup(fps[3], "https://b.example/", since); id != 0 {
		t.Errorf("an article older than the window was found: %d", id)
	}
	if id := x.lookup(fps[30], "https://b.example/", since); id != 31 {
		t.Errorf("an article inside the window: got %d, want 31", id)
	}
	x.compact(since)
	if len(x.entries) != 24 || len(x.byID) != 24 {
		t.Errorf("after compaction the index holds %d entries (%d ids), want 24", len(x.entries), len(x.byID))
	}
	for i := 24; i < 48; i++ {
		if id := x.lookup(fps[i], "https://b.example/", since); id != int64(i+1) {
			t.Errorf("after compaction, article %d: got %d", i+1, id)
		}
	}
	// The article's own address never finds itself.
	if id := x.lookup(fps[40], "https://a.example/40", since); id != 0 {
		t.Errorf("an article was taken for a copy of itself: %d", id)
	}
}
