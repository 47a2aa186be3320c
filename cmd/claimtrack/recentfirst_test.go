package main

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"
)

// recentSite serves two outlets' RSS feeds of Riverton flood stories, each
// item's page at its path; stories is by feed, each story a path, its
// publication time and its sentence.
type recentStory struct {
	path string
	at   time.Time
	para string
}

func recentSite(t *testing.T, feeds map[string][]recentStory) (*httptest.Server, *sync.Mutex) {
	t.Helper()
	var mu sync.Mutex
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		defer mu.Unlock()
		for slug, stories := range feeds {
			if r.URL.Path == "/"+slug+"/feed.xml" {
				w.Header().Set("Content-Type", "application/rss+xml")
				var b strings.Builder
				b.WriteString(`<?xml version="1.0"?><rss version="2.0"><channel><title>` + slug + `</title><link>http://` + r.Host + `/</link><description>d</description>`)
				for _, s := range stories {
					fmt.Fprintf(&b, "<item><title>Riverton floods</title><link>http://%s%s</link><pubDate>%s</pubDate></item>", r.Host, s.path, s.at.Format(time.RFC1123Z))
				}
				io.WriteString(w, b.String()+`</channel></rss>`)
				return
			}
			for _, s := range stories {
				if r.URL.Path == s.path {
					w.Header().Set("Content-Type", "text/html; charset=utf-8")
					io.WriteString(w, `<html><head><title>Riverton floods</title><meta property="og:site_name" content="`+slug+` news"></head><body><article><h1>Riverton floods</h1>`+
						`<p>RIVERTON — The Ash River burst its banks after two days of rain.</p><p>`+s.para+`</p></article></body></html>`)
					return
				}
			}
		}
		http.NotFound(w, r)
	}))
	t.Cleanup(srv.Close)
	return srv, &mu
}

// recentDesk writes a desk reading the site's feeds (no slack: once prints
// what it would post), with extra under tracker:, and returns its config.
func recentDesk(t *testing.T, srv *httptest.Server, slugs []string, tracker string) string {
	t.Helper()
	cfg := writeDesk(t, map[string]string{})
	var b strings.Builder
	b.WriteString("store: ./desk.db\nlisten: \"\"\nuser_agent: test\nfetch:\n  per_host_rate: 500\nrule_files: [rules.yaml]\n" + tracker + "sources:\n")
	for _, s := range slugs {
		fmt.Fprintf(&b, "  - name: %s\n    feed: %s/%s/feed.xml\n", s, srv.URL, s)
	}
	writeFiles(t, strings.TrimSuffix(cfg, "config.yaml"), map[string]string{"config.yaml": b.String()})
	return cfg
}

// A desk starting claimtrack at 09:00 is told the figure of the 07:30
// story, which changed two days ago's: its first pass reads it as the
// archive's newest, the value, and posts it as the first value ("First
// reading"), once, whether one source holds both stories or two do, and
// whichever answers first, saying which figure it changed; a restart posts
// nothing more, the archive's older figure is not posted itself, and
// history says which figure went out. On main it was "archive: taken as
// the value", never posted (desk54b's walk, desk55a).
func TestARecentFirstValueIsPostedOnce(t *testing.T) {
	now := time.Now()
	older := "About 1,200 people were sheltering in Riverton schools, the county emergency office said."
	recent := "The county emergency office said on Tuesday morning that 1,600 people had spent the night in shelters across Riverton."
	for _, order := range [][]string{{"wire", "wire"}, {"wire", "daily"}, {"daily", "wire"}} {
		feeds := map[string][]recentStory{"wire": nil, "daily": nil}
		feeds[order[0]] = append(feeds[order[0]], recentStory{"/" + order[0] + "/1", now.Add(-50 * time.Hour), older})
		feeds[order[1]] = append(feeds[order[1]], recentStory{"/" + order[1] + "/2", now.Add(-90 * time.Minute), recent})
		srv, _ := recentSite(t, feeds)
		cfg := recentDesk(t, srv, []string{"wire", "daily"}, "")
		code, out, errs := run(t, "", "once", "--config", cfg)
		if code != exitOK || strings.Count(out, "First reading: *1,600*") != 1 ||
			!strings.Contains(out, "(it changed the archive's about 1,200, county emergency office via ") || strings.Count(out, "1,200") != 1 {
			t.Errorf("%v first once: %d, want the 1,600 of 90 minutes ago posted once as the first value\n%s%s", order, code, out, errs)
		}
		if code, out, errs := run(t, "", "once", "--config", cfg); code != exitOK || strings.Contains(out, "First reading") {
			t.Errorf("%v once again: %d, want nothing posted\n%s%s", order, code, out, errs)
		}
		// history says which figure went out (desk55a's walk: it said
		// "archive: taken as the value" alone).
		code, out, errs = run(t, "", "history", "--config", cfg, "riverton_sheltering")
		if code != exitOK || strings.Count(out, "posted as the first value") != 1 ||
			!strings.Contains(out, "archive: taken as the value, the value now, posted as the first value") {
			t.Errorf("%v history: %d\n%s%s", order, code, out, errs)
		}
	}
}

// A past week replayed from feeds, its newest story a day and a half old,
// posts nothing, as README says; so does a recent value with
// tracker.announce_recent: 0s, and a story's very first figure, recent
// but with no older one to change (a first reading, as one read later).
func TestAnOldArchiveOrAnnounceRecentOffPostsNothing(t *testing.T) {
	now := time.Now()
	for _, c := range []struct {
		name, tracker string
		ages          []time.Duration
		want          string
	}{
		{"a past week", "", []time.Duration{7 * 24 * time.Hour, 4 * 24 * time.Hour, 36 * time.Hour}, `"archive: taken as the value"`},
		{"announce_recent: 0s", "tracker:\n  announce_recent: 0s\n", []time.Duration{7 * 24 * time.Hour, 4 * 24 * time.Hour, 90 * time.Minute}, `"archive: taken as the value"`},
		{"a story's first figure", "", []time.Duration{90 * time.Minute}, `not posted: 1 "first reading"`},
	} {
		var stories []recentStory
		for i, d := range c.ages {
			stories = append(stories, recentStory{fmt.Sprintf("/wire/%d", i), now.Add(-d),
				fmt.Sprintf("On day %d about %d people were sheltering in Riverton schools, the county emergency office said.", i+1, 1200+200*i)})
		}
		srv, _ := recentSite(t, map[string][]recentStory{"wire": stories})
		cfg := recentDesk(t, srv, []string{"wire"}, c.tracker)
		code, out, errs := run(t, "", "once", "--config", cfg)
		if code != exitOK || strings.TrimSpace(out) != "" || !strings.Contains(errs, c.want) {
			t.Errorf("%s: %d, want nothing posted\n%s%s", c.name, code, out, errs)
		}
	}
}
