package tracker

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/internal/newstext"
	"github.com/claimtrack/claimtrack/internal/syncbuf"
	"github.com/claimtrack/claimtrack/scrape"
)

// A saved file whose name dates it after it was read (a typo, or a time
// of day written in another zone) is not news from the future: it is
// dated when it was read, and the log names the file; a file a few minutes
// ahead (a clock running fast) is dated so without a word.
func TestFileDatedInTheFutureIsDatedWhenRead(t *testing.T) {
	read := time.Date(2026, 12, 4, 23, 0, 0, 0, time.UTC)
	files := map[string]string{}
	for name, figure := range map[string]string{
		"2026-11-20-toll.txt":      "41,000",
		"2026-12-04T2302-toll.txt": "41,500", // two minutes ahead: a clock, no warning
		"2026-12-04T2310-toll.txt": "42,000", // ten minutes ahead
		"2026-12-14-toll.txt":      "43,000", // ten days ahead (a typo for 12-04)
	} {
		files[name] = "Gaza's health ministry said that " + figure + " people had been killed since the war began."
	}
	dir := writeFolder(t, files)
	st, p := testPass(t)
	var log syncbuf.Buffer
	p.Log = slog.New(slog.NewTextHandler(&log, nil))
	p.Now = func() time.Time { return read }
	if res := p.Run(context.Background(), scrape.Source{Name: "desk", Dir: dir, Outlet: "Herald"}); res.Err != nil || res.Observations != 4 {
		t.Fatalf("pass: %+v\n%s", res, log.String())
	}
	hist, err := st.History(context.Background(), "gaza_death_toll")
	if err != nil {
		t.Fatal(err)
	}
	for _, o := range hist {
		if o.Published.After(read) {
			t.Errorf("%s published %s, after it was read (%s)", o.URL, o.Published.UTC(), read)
		}
	}
	for _, name := range []string{"2026-12-04T2310-toll.txt", "2026-12-14-toll.txt"} {
		if !strings.Contains(log.String(), "dated in the future") || !strings.Contains(log.String(), name) {
			t.Errorf("no warning names %s:\n%s", name, log.String())
		}
	}
	for _, name := range []string{"2026-11-20-toll.txt", "2026-12-04T2302-toll.txt"} {
		if strings.Contains(log.String(), name) {
			t.Errorf("%s warned of:\n%s", name, log.String())
		}
	}
	// Read again, unchanged: said once is enough (desk54: every once
	// said it again of the same file).
	var again syncbuf.Buffer
	p.Log = slog.New(slog.NewTextHandler(&again, nil))
	p.Now = func() time.Time { return read.Add(time.Hour) }
	if res := p.Run(context.Background(), scrape.Source{Name: "desk", Dir: dir, Outlet: "Herald"}); res.Err != nil {
		t.Fatalf("second pass: %+v", res)
	}
	if strings.Contains(again.String(), "dated in the future") {
		t.Errorf("the unchanged files warned of again:\n%s", again.String())
	}
}

// A web page whose published date is ahead of its fetch is dated when it
// was fetched, as a file is: a date hours ahead is warned of with the
// page's address; one a few minutes ahead (a server's clock running fast)
// is dated when read without a word; one in the past keeps its date.
func TestPageDatedInTheFutureIsDatedWhenRead(t *testing.T) {
	now := time.Now().UTC().Truncate(time.Second)
	dates := map[string]time.Time{
		"/news/past": now.Add(-time.Hour),
		"/news/fast": now.Add(2 * time.Minute), // a server clock ahead
		"/news/zone": now.Add(3 * time.Hour),   // a time of day in another zone
	}
	figures := map[string]string{"/news/past": "41,000", "/news/fast": "42,000", "/news/zone": "43,000"}
	srv := siteAt(t, func(w http.ResponseWriter, r *http.Request, site string) {
		if r.URL.Path == "/feed.xml" {
			writeFeed(w, "Toll", []string{site + "/news/past", site + "/news/fast", site + "/news/zone"})
			return
		}
		at, ok := dates[r.URL.Path]
		if !ok {
			http.NotFound(w, r)
			return
		}
		head := fmt.Sprintf(`<meta property="article:published_time" content="%s">`, at.Format(time.RFC3339))
		writeStoryWithHead(w, head, "Toll", "Gaza's health ministry said that "+figures[r.URL.Path]+" people had been killed since the war began.\n\n"+newstext.Story(2500, uint64(len(r.URL.Path))))
	})
	st, p := testPass(t)
	var log syncbuf.Buffer
	p.Log = slog.New(slog.NewTextHandler(&log, nil))
	if res := p.Run(context.Background(), scrape.Source{Name: "wire", Feed: srv.URL + "/feed.xml", Outlet: "Wire"}); res.Err != nil || res.Observations != 3 {
		t.Fatalf("pass: %+v\n%s", res, log.String())
	}
	last := time.Now() // every page was read by now
	hist, err := st.History(context.Background(), "gaza_death_toll")
	if err != nil {
		t.Fatal(err)
	}
	if len(hist) != 3 {
		t.Fatalf("stored %d observations, want 3", len(hist))
	}
	for _, o := range hist {
		path := strings.TrimPrefix(o.URL, srv.URL)
		switch {
		case o.Published.After(last):
			t.Errorf("%s published %s, after it was read (by %s)", path, o.Published.UTC(), last.UTC())
		case path == "/news/past" && !o.Published.Equal(dates[path]):
			t.Errorf("%s published %s, want its own date %s", path, o.Published.UTC(), dates[path])
		case path != "/news/past" && o.Published.Before(now):
			t.Errorf("%s published %s, before it was read (from %s)", path, o.Published.UTC(), now)
		}
	}
	if !strings.Contains(log.String(), "page dated in the future") || !strings.Contains(log.String(), srv.URL+"/news/zone") {
		t.Errorf("no warning names /news/zone:\n%s", log.String())
	}
	for _, quiet := range []string{"/news/fast", "/news/past"} {
		if strings.Contains(log.String(), srv.URL+quiet) {
			t.Errorf("%s warned of:\n%s", quiet, log.String())
		}
	}
}
