package tracker

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/scrape"
)

// TestPageCardChangedIsReadInThePass: a paper's section page (page:)
// lists a story already read; its card's teaser changes with the story's
// figure, before any re-check is due: the story is read again in that
// pass, as a feed's revised item is, and the change posted. It failed on
// main, where it waited for the three-hour re-check. A pass whose page
// shows nothing new reads no story again: one request, the page's.
func TestPageCardChangedIsReadInThePass(t *testing.T) {
	figure, teaser := "33,091", "The toll rises again."
	var requests atomic.Int32
	srv := siteAt(t, func(w http.ResponseWriter, r *http.Request, _ string) {
		requests.Add(1)
		dated := func(text string) {
			writeStoryWithHead(w, fmt.Sprintf(`<meta property="article:published_time" content="%s">`, t0.Format(time.RFC3339)), "Story", text)
		}
		switch r.URL.Path {
		case "/world":
			fmt.Fprintf(w, `<html><body><article><h2><a href="/toll">Gaza toll</a></h2><p>%s</p></article>
<article><h2><a href="/talks">Talks resume</a></h2><p>Envoys meet.</p></article></body></html>`, teaser)
		case "/toll":
			dated(tollStory(figure, 9))
		case "/talks":
			dated(tollStory("33,000", 10))
		default:
			http.NotFound(w, r)
		}
	})
	s, p := testPass(t)
	ctx := context.Background()
	src := scrape.Source{Name: "paper", Page: srv.URL + "/world", Links: "h2 a", Outlet: "Paper"}
	pass := func(at time.Duration) Result {
		t.Helper()
		requests.Store(0)
		p.Now = func() time.Time { return t0.Add(at) }
		res := p.Run(ctx, src)
		if res.Err != nil {
			t.Fatalf("pass at %v: %v", at, res.Err)
		}
		return res
	}
	pass(65 * time.Minute)
	pending(t, s)
	if res := pass(80 * time.Minute); res.New != 0 || requests.Load() != 1 {
		t.Errorf("a pass with nothing new: %d new, %d requests; want 0 and the page's 1", res.New, requests.Load())
	}
	figure, teaser = "33,500", "The toll passes 33,500."
	pass(95 * time.Minute)
	if n := requests.Load(); n != 2 {
		t.Errorf("%d requests, want 2: the page and the story its card changed", n)
	}
	evs := pending(t, s)
	if len(evs) != 1 || evs[0].Payload.New.Readings[0].Value != 33500 {
		t.Errorf("events %+v, want the story's change to 33,500", evs)
	}
}

// TestLivePageReadThroughPageIsReadAgain: a live blog configured as a
// page: source is read as an article itself, and read again in the pass
// that finds it changed. It failed on main, which read only the stories
// the page links to.
func TestLivePageReadThroughPageIsReadAgain(t *testing.T) {
	figure := "33,091"
	var requests atomic.Int32
	srv := siteAt(t, func(w http.ResponseWriter, r *http.Request, site string) {
		requests.Add(1)
		switch r.URL.Path {
		case "/live":
			head := fmt.Sprintf(`<meta property="article:published_time" content="%s"><meta property="og:type" content="article"><link rel="canonical" href="%s/live">`,
				t0.Format(time.RFC3339), site)
			writeStoryWithHead(w, head, "Live", tollStory(figure, 11)+"\n\nEarlier: <a href=\"/talks\">talks resume</a>.")
		case "/talks":
			writeStory(w, "Talks", "Envoys met again in the capital on Tuesday.")
		default:
			http.NotFound(w, r)
		}
	})
	s, p := testPass(t)
	ctx := context.Background()
	src := scrape.Source{Name: "live", Page: srv.URL + "/live", Outlet: "Paper"}
	for i, at := range []time.Duration{65 * time.Minute, 95 * time.Minute} {
		p.Now = func() time.Time { return t0.Add(at) }
		requests.Store(0)
		if res := p.Run(ctx, src); res.Err != nil {
			t.Fatalf("pass %d: %v", i, res.Err)
		}
		if n := requests.Load(); i == 1 && n != 1 {
			t.Errorf("the pass that found the live page changed made %d requests, want 1 (read once, as listing and article)", n)
		}
		if i == 0 {
			pending(t, s)
			figure = "33,500"
		}
	}
	cur, _, err := s.Current(ctx, "gaza_death_toll")
	if err != nil || cur == nil || cur.Readings[0].Value != 33500 || !strings.HasSuffix(cur.URL, "/live") {
		t.Fatalf("current %+v (%v), want the live page's 33,500", cur, err)
	}
}
