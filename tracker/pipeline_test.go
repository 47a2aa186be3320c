package tracker

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/internal/newstext"
	"github.com/claimtrack/claimtrack/scrape"
)

// TestPassJudgesCopiesWithinOneBatch serves one feed holding a story, the
// same text under a second URL and a re-spun copy of it. They are stored
// together in one transaction, yet judged as if one after the other: the
// second URL is a copy, the re-spun text is linked to the original, and a
// second pass finds nothing new.
func TestPassJudgesCopiesWithinOneBatch(t *testing.T) {
	story := "Gaza's health ministry said on Sunday that 32,490 people had been killed since the war began.\n\n" + newstext.Story(2500, 7)
	respun := strings.Replace(strings.Replace(story, " said ", " told reporters ", 2), " the ", " a ", 3)
	pages := map[string]string{"/a/original": story, "/b/same-text": story, "/c/respun": respun}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/feed.xml" {
			w.Header().Set("Content-Type", "application/rss+xml")
			io.WriteString(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>`)
			for _, p := range []string{"/a/original", "/b/same-text", "/c/respun"} {
				fmt.Fprintf(w, "<item><title>Toll</title><link>%s</link></item>", p)
			}
			io.WriteString(w, "</channel></rss>")
			return
		}
		text, ok := pages[r.URL.Path]
		if !ok {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprintf(w, "<html><head><title>Toll</title></head><body><article><h1>Toll rises</h1>")
		for _, para := range strings.Split(text, "\n\n") {
			fmt.Fprintf(w, "<p>%s</p>", para)
		}
		io.WriteString(w, "</article></body></html>")
	}))
	defer srv.Close()
	ctx := context.Background()
	store, err := Open(ctx, filepath.Join(t.TempDir(), "t.db"), "")
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	f, _ := scrape.NewFetcher(scrape.FetchConfig{UserAgent: "test", PerHostRate: 1e9, PerHostParallel: 2, IgnoreRobots: true}, nil)
	p := &Pipeline{Store: store, Fetcher: f, Engine: shippedEngine(t), Log: slog.New(slog.NewTextHandler(io.Discard, nil)), ConflictWindow: 48 * time.Hour, Backoff: scrape.DefaultBackoff}
	src := Source{Source: scrape.Source{Name: "wire", Feed: srv.URL + "/feed.xml"}, Outlet: "Wire"}

	res := p.RunSource(ctx, src)
	if res.Err != nil || res.New != 2 || res.Skipped != 1 || res.Failed != 0 {
		t.Fatalf("first pass: %+v; want 2 new (original, re-spun) and 1 skipped (same text)", res)
	}
	if res.Observations != 2 {
		t.Errorf("observations: %d, want one from each new article", res.Observations)
	}
	db := store.(*sqlStore).db
	var origID, copyOf int64
	if err := db.QueryRow(`SELECT id FROM articles WHERE canonical_url = ?`, srv.URL+"/a/original").Scan(&origID); err != nil {
		t.Fatal(err)
	}
	for _, path := range []string{"/b/same-text", "/c/respun"} {
		if err := db.QueryRow(`SELECT coalesce(copy_of, 0) FROM articles WHERE canonical_url = ?`, srv.URL+path).Scan(&copyOf); err != nil {
			t.Fatal(err)
		}
		if copyOf != origID {
			t.Errorf("%s: copy_of %d, want the original %d", path, copyOf, origID)
		}
	}
	if _, agree, _ := store.Current(ctx, "gaza_death_toll"); len(agree) != 1 {
		t.Errorf("agreeing outlets: %v", agree)
	}

	res = p.RunSource(ctx, src)
	if res.Err != nil || res.New != 0 || res.Observations != 0 {
		t.Errorf("second pass: %+v; want nothing new", res)
	}
}
