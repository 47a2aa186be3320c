package tracker

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/model"
	"github.com/claimtrack/claimtrack/scrape"
)

// An article published before a metric's tracking began, and updated in
// place after it began (a live blog raising its toll, then correcting it
// down), changed its figure while the desk was watching: the raise is
// news and the fall a possible correction, not the archive's past
// (Candidate.Revised). Before, both were "archive: taken as the value",
// never posted, because the article's publication date came before the
// first pass (user45b's walk).
func TestRevisedArchiveArticleIsNews(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "2024-04-03-toll.txt")
	put := func(text string, mod time.Time) {
		t.Helper()
		writeModified(t, file, text, mod)
	}
	s, p := testPass(t)
	ctx := context.Background()
	src := scrape.Source{Name: "archive", Dir: dir, Outlet: "Valley Herald"}
	written := time.Date(2024, 4, 3, 9, 0, 0, 0, time.UTC)
	put("Gaza toll rises to 33,091\n\nThe death toll in Gaza has risen to 33,091, the health ministry said on Wednesday.\n", written)
	if res := p.Run(ctx, src); res.Err != nil || res.New != 1 {
		t.Fatalf("first read: %+v", res)
	}
	if evs := pending(t, s); len(evs) != 0 {
		t.Fatalf("the first pass posted %d events, want none (a baseline)", len(evs))
	}
	put("Gaza toll rises to 33,500\n\nThe death toll in Gaza has risen to 33,500, the health ministry said on Wednesday.\n", written.Add(time.Hour))
	if res := p.Run(ctx, src); res.Err != nil || res.Corrected != 1 || res.Changes != 1 {
		t.Fatalf("the raised figure: %+v, want one change", res)
	}
	evs := pending(t, s)
	if len(evs) != 1 || evs[0].Kind != model.EventChange || evs[0].Payload.Old.Readings[0].Value != 33091 || evs[0].Payload.New.Readings[0].Value != 33500 {
		t.Fatalf("want the revised article posted as 33,091 → 33,500: %+v", evs)
	}
	put("Gaza toll revised to 33,300\n\nThe death toll in Gaza has been revised to 33,300, the health ministry said on Wednesday.\n", written.Add(2*time.Hour))
	if res := p.Run(ctx, src); res.Err != nil || res.Corrected != 1 {
		t.Fatalf("the figure corrected down: %+v", res)
	}
	evs = pending(t, s)
	if len(evs) != 1 || evs[0].Kind != model.EventDecrease || evs[0].Payload.New.Readings[0].Value != 33300 {
		t.Fatalf("want the figure corrected down posted as a possible correction: %+v", evs)
	}
}

// The near miss: an archive article older than the accepted value's,
// revised with a higher figure, is still older than the value: its
// publication date orders it, and nothing is posted.
func TestRevisedOlderArchiveArticleIsNotNews(t *testing.T) {
	dir := t.TempDir()
	older := filepath.Join(dir, "2024-04-02-toll.txt")
	s, p := testPass(t)
	ctx := context.Background()
	src := scrape.Source{Name: "archive", Dir: dir, Outlet: "Valley Herald"}
	written := time.Date(2024, 4, 3, 9, 0, 0, 0, time.UTC)
	writeModified(t, older, "Gaza toll rises to 32,800\n\nThe death toll in Gaza has risen to 32,800, the health ministry said on Tuesday.\n", written.Add(-24*time.Hour))
	writeModified(t, filepath.Join(dir, "2024-04-03-toll.txt"), "Gaza toll rises to 33,091\n\nThe death toll in Gaza has risen to 33,091, the health ministry said on Wednesday.\n", written)
	if res := p.Run(ctx, src); res.Err != nil || res.New != 2 {
		t.Fatalf("first read: %+v", res)
	}
	pending(t, s)
	writeModified(t, older, "Gaza toll rises to 32,950\n\nThe death toll in Gaza has risen to 32,950, the health ministry said on Tuesday.\n", written.Add(time.Hour))
	if res := p.Run(ctx, src); res.Err != nil || res.Corrected != 1 || res.Changes != 0 {
		t.Fatalf("the older article revised: %+v, want no change", res)
	}
	if evs := pending(t, s); len(evs) != 0 {
		t.Fatalf("the older article's revision posted %d events, want none: %+v", len(evs), evs[0].Payload)
	}
	want := map[float64]string{33091: "backlog", 32800: "baseline", 32950: "stale"}
	if got := outcomesOf(t, s, "gaza_death_toll"); fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("outcomes: %v, want %v", got, want)
	}
}

// writeModified writes text to file and sets its modification time to
// mod: a folder source reads a file's time as when it was last revised.
func writeModified(t *testing.T, file, text string, mod time.Time) {
	t.Helper()
	if err := os.WriteFile(file, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Chtimes(file, mod, mod); err != nil {
		t.Fatal(err)
	}
}
