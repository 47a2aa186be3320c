package main

import (
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/internal/syncbuf"
	"github.com/claimtrack/claimtrack/model"
	"github.com/claimtrack/claimtrack/store"
	"github.com/claimtrack/claimtrack/tracker"
)

// TestServeShowsTheStoreWithoutFetchingOrPosting: `claimtrack serve` over
// a store that once filled serves the dashboard and API on listen, as run
// does, while it reads no source, posts nothing to Slack (the events once
// left pending stay pending) and prunes nothing; and it never creates a
// store.
func TestServeShowsTheStoreWithoutFetchingOrPosting(t *testing.T) {
	var fetched, posted atomic.Int32
	site := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { fetched.Add(1) }))
	defer site.Close()
	slack := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { posted.Add(1) }))
	defer slack.Close()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()

	dir, cfg := copyConfig(t, "history.yaml")
	os.Mkdir(filepath.Join(dir, "saved"), 0o755)
	extra := fmt.Sprintf("listen: %s\nslack:\n  webhook_url: %s/hook\nsources:\n  - name: wire\n    outlet: Wire\n    feed: %s/feed.xml\n  - name: saved\n    dir: saved\n", addr, slack.URL, site.URL)
	f, err := os.OpenFile(cfg, os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	f.WriteString(extra)
	f.Close()

	// No store yet: serve says so and creates none.
	db := filepath.Join(dir, "history-store", "claimtrack.db")
	os.Mkdir(filepath.Dir(db), 0o755)
	if code, _, errs := run(t, "", "serve", "--config", cfg); code != exitFail || !strings.Contains(errs, "no store at "+db) {
		t.Errorf("serve without a store: %d %q", code, errs)
	}
	if _, err := os.Stat(db); !os.IsNotExist(err) {
		t.Fatalf("serve created %s (%v)", db, err)
	}

	// A store as once leaves it: a baseline, then a change whose event is
	// still pending.
	ctx := context.Background()
	s, err := store.Open(ctx, db, "")
	if err != nil {
		t.Fatal(err)
	}
	judge := func(string) (tracker.Policy, tracker.MetricInfo) {
		return tracker.Policy{Total: true}, tracker.MetricInfo{}
	}
	at := time.Now().Add(-time.Hour)
	for i, v := range []struct {
		n    float64
		text string
	}{{33091, "33,091"}, {34000, "34,000"}} {
		u := fmt.Sprintf("https://news.example/%d", i)
		a := model.Article{Source: "wire", Outlet: "Wire", URL: u, CanonicalURL: u, Published: at.Add(time.Duration(i) * time.Minute), Fetched: at.Add(time.Duration(i) * time.Minute), TextHash: u}
		o := model.Observation{Metric: "gaza_death_toll", Quote: "q", Rule: "r",
			Readings: []model.Reading{{Name: "value", Value: v.n, Qualifier: "exact", Text: v.text}}}
		if _, err := tracker.Process(ctx, s, a, []model.Observation{o}, judge); err != nil {
			t.Fatal(err)
		}
	}
	pending, err := s.PendingCount(ctx)
	s.Close()
	if err != nil || pending == 0 {
		t.Fatalf("the store should hold a pending event: %d %v", pending, err)
	}

	var errs syncbuf.Buffer
	e := &env{stdin: strings.NewReader(""), stdout: io.Discard, stderr: &errs, getenv: func(string) string { return "" }, owner: testOwner}
	sctx, cancel := context.WithCancel(ctx)
	done := make(chan int)
	go func() { done <- dispatch(sctx, e, []string{"serve", "--config", cfg}) }()
	get := func(path string) (int, string) {
		resp, err := http.Get("http://" + addr + path)
		if err != nil {
			return 0, ""
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	waitUntil(t, 30*time.Second, "serve answers /readyz", func() bool { code, _ := get("/readyz"); return code == http.StatusOK })
	for path, want := range map[string]string{
		"/api/metrics/gaza_death_toll/observations": `"text": "34,000"`,
		"/metrics/gaza_death_toll":                  "34,000",
		"/healthz":                                  "ok",
		"/metrics":                                  "claimtrack_outbox_pending",
		// What the configuration has the source read, in full.
		"/api/sources": `"reads": "feed ` + site.URL + `/feed.xml"`,
		"/sources":     `<small class="reads">feed ` + site.URL + `/feed.xml</small>`,
	} {
		if code, body := get(path); code != http.StatusOK || !strings.Contains(body, want) {
			t.Errorf("%s: %d, want %q in:\n%.400s", path, code, want, body)
		}
	}
	// A folder with no outlet: holds several outlets' files: the source's
	// name is none of theirs (desk54: the page said "saved").
	if _, body := get("/api/sources"); !strings.Contains(body, `"name": "saved",
    "outlet": "",`) {
		t.Errorf("/api/sources: the folder's outlet, want \"\":\n%s", body)
	}
	if _, body := get("/sources"); !strings.Contains(body, "<td>each article&#39;s own</td>") {
		t.Errorf("/sources: the folder's outlet, want each article's own:\n%s", body)
	}
	time.Sleep(300 * time.Millisecond) // a run would have read its source and drained the outbox by now
	cancel()
	if code := <-done; code != exitOK {
		t.Fatalf("serve: %d\n%s", code, errs.String())
	}
	if n := fetched.Load(); n != 0 {
		t.Errorf("serve fetched %d times from the source", n)
	}
	if n := posted.Load(); n != 0 {
		t.Errorf("serve posted %d times to Slack", n)
	}
	s, err = store.Open(ctx, db, "")
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if n, _ := s.PendingCount(ctx); n != pending {
		t.Errorf("pending events: %d before serve, %d after", pending, n)
	}
	if !strings.Contains(errs.String(), "no source is read, no message sent") || !strings.Contains(errs.String(), "dashboard=http://"+addr+"/ ") {
		t.Errorf("serve's log does not say what it leaves undone, or where the dashboard is:\n%s", errs.String())
	}
}
