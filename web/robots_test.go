package web

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/internal/pgtest"
	"github.com/claimtrack/claimtrack/scrape"
	"github.com/claimtrack/claimtrack/store"
	"github.com/claimtrack/claimtrack/tracker"
	"github.com/claimtrack/claimtrack/tracker/health"
)

// TestSourcesRobotsTheSameOnEveryReplica is walk58's two daemons on one
// store: the one whose pass read the wire's host showed its robots.txt
// on /api/sources ("allows this URL"), the other "not read yet", its own
// memory. The last pass's reading is stored with the source's state, so
// both show it; a source no pass has read since still shows the process's
// own. Fails on main: the second replica said "not read yet".
func TestSourcesRobotsTheSameOnEveryReplica(t *testing.T) {
	site := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/robots.txt":
			io.WriteString(w, "User-agent: *\nDisallow: /drafts/\n")
		case "/feed.xml":
			w.Header().Set("Content-Type", "application/rss+xml")
			io.WriteString(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title></channel></rss>`)
		default:
			http.NotFound(w, r)
		}
	}))
	defer site.Close()
	fetcher := func() *scrape.Fetcher {
		f, err := scrape.NewFetcher(scrape.FetchConfig{UserAgent: "test", PerHostRate: 1e9, PerHostParallel: 2}, nil)
		if err != nil {
			t.Fatal(err)
		}
		return f
	}
	pgtest.EachStore(t, store.Open, func(t *testing.T, open func() store.Store) {
		s := open()
		ctx := context.Background()
		reader, other := fetcher(), fetcher()
		pass := &tracker.SourcePass{Store: s, Fetcher: reader, Log: slog.New(slog.NewTextHandler(io.Discard, nil)), ConflictWindow: 48 * time.Hour, Backoff: health.DefaultBackoff}
		feed := site.URL + "/feed.xml"
		if res := pass.Run(ctx, scrape.Source{Name: "wire", Feed: feed, Outlet: "Wire"}); res.Err != nil {
			t.Fatalf("the pass: %v", res.Err)
		}
		sources := []Source{{Name: "wire", Outlet: "Wire", URL: feed}, {Name: "radio", Outlet: "Radio", URL: site.URL + "/radio.xml"}}
		for _, c := range []struct {
			replica string
			robots  func(string) string
		}{{"the replica that read the host", reader.RobotsStatus}, {"the other replica", other.RobotsStatus}} {
			srv, err := New(Options{Store: s, Sources: sources, Robots: c.robots})
			if err != nil {
				t.Fatal(err)
			}
			ts := httptest.NewServer(srv.Handler())
			_, body := get(t, ts, "/api/sources")
			ts.Close()
			var got []struct {
				Name   string `json:"name"`
				Robots string `json:"robots"`
			}
			if err := json.Unmarshal([]byte(body), &got); err != nil || len(got) != 2 {
				t.Fatalf("%s: %v %s", c.replica, err, body)
			}
			if g := fmt.Sprint(got[0].Robots, " / ", got[1].Robots); g != fmt.Sprint("allows this URL / ", c.robots(site.URL+"/radio.xml")) {
				t.Errorf("%s: %s", c.replica, g)
			}
		}
	})
}
