package tracker

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"gopkg.in/yaml.v3"

	"github.com/claimtrack/claimtrack/model"
	"github.com/claimtrack/claimtrack/scrape"
	"github.com/claimtrack/claimtrack/store"
	"github.com/claimtrack/claimtrack/tracker/health"
)

// An outlet that changes its layout so that extraction finds only the
// headline makes no error: the pass succeeds and its figures stop. The
// pass counts such pages, names one and warns with what to do.
func TestPassSaysAPageGaveNoText(t *testing.T) {
	pages := map[string]string{}
	for _, name := range []string{"story", "shell"} {
		b, err := os.ReadFile(filepath.Join("testdata", "notext", name+".html"))
		if err != nil {
			t.Fatal(err)
		}
		pages["/news/"+name] = string(b)
	}
	srv := siteAt(t, func(w http.ResponseWriter, r *http.Request, site string) {
		if r.URL.Path == "/feed.xml" {
			w.Header().Set("Content-Type", "application/rss+xml")
			fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>`+
				`<item><title>a</title><link>%[1]s/news/story</link></item><item><title>b</title><link>%[1]s/news/shell</link></item></channel></rss>`, site)
			return
		}
		page, ok := pages[r.URL.Path]
		if !ok {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, page)
	})
	st, p := testPass(t)
	var logs strings.Builder
	p.Log = slog.New(slog.NewTextHandler(&logs, nil))
	res := p.Run(context.Background(), scrape.Source{Name: "herald", Feed: srv.URL + "/feed.xml", Outlet: "Valley Herald"})
	if res.Err != nil || res.New != 2 {
		t.Fatalf("pass: %+v", res)
	}
	if res.NoText != 1 || res.NoTextURL != srv.URL+"/news/shell" {
		t.Errorf("NoText %d %q, want 1 naming %s/news/shell", res.NoText, res.NoTextURL, srv.URL)
	}
	warn := logs.String()
	if !strings.Contains(warn, "level=WARN") || !strings.Contains(warn, "source=herald") ||
		!strings.Contains(warn, "example="+srv.URL+"/news/shell") || !strings.Contains(warn, "content: selector") {
		t.Errorf("want a warning naming the source, the page and what to do; logs:\n%s", warn)
	}
	// The source's state carries them to the dashboard's sources page.
	state, err := st.SourceState(context.Background(), "herald")
	if err != nil || state.NoText != 1 || state.NoTextURL != srv.URL+"/news/shell" || state.LastReadArticles != 2 || state.LastRead.IsZero() {
		t.Errorf("source state: %+v %v", state, err)
	}
}

// TestSavedTextBriefIsRead: a saved .txt file is read whole, nothing
// extracted from a layout, so a short brief with no figure a metric takes
// is a brief, not a page whose story was missed: no warning, no count. A
// saved .html page that gives only its headline still counts.
func TestSavedTextBriefIsRead(t *testing.T) {
	brief := "Ridge Fire: a town empties\n\nCrews worked through the night as the fire jumped the river.\n"
	dir := writeFolder(t, map[string]string{
		"2026-11-05-brief.txt":    brief,
		"2026-11-05-brief.md.txt": "Ridge Fire update\n\nTitle: x\n",
		"2026-11-06-shell.html":   "<html><head><title>Valley floods</title></head><body><h1>Valley floods</h1><div id=app></div></body></html>",
	})
	st, p := testPass(t)
	var logs strings.Builder
	p.Log = slog.New(slog.NewTextHandler(&logs, nil))
	res := p.Run(context.Background(), scrape.Source{Name: "desk", Dir: dir, Outlet: "Valley Herald"})
	if res.Err != nil || res.New != 3 {
		t.Fatalf("pass: %+v", res)
	}
	if res.NoText != 1 || !strings.HasSuffix(res.NoTextURL, "2026-11-06-shell.html") {
		t.Errorf("NoText %d %q, want 1, the .html page", res.NoText, res.NoTextURL)
	}
	if state, err := st.SourceState(context.Background(), "desk"); err != nil || state.NoText != 1 {
		t.Errorf("source state: %+v %v", state, err)
	}
}

// A source whose pages give no text besides their title queues one
// source_no_text message when NoTextReport articles in a row, over one
// pass or several, have given none, and no other until a page gives text
// again and a new run reaches it; a video among stories never does. The
// pass that reads text again after a run told of queues one
// source_text_back message, with the run's length; the end of a run
// never told of is not told either (testdata/notext/passes.yaml).
func TestNoTextRunQueuesOneMessage(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("testdata", "notext", "passes.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	var passes []struct {
		New, Run   int
		NoText     int `yaml:"no_text"`
		URL, Error string
		Message    model.EventKind
		Ended      int
	}
	if err := yaml.Unmarshal(b, &passes); err != nil {
		t.Fatal(err)
	}
	eachStore(t, func(t *testing.T, open func() store.Store) {
		s := open()
		now := t0
		for i, p := range passes {
			res := Result{Source: "herald", New: p.New, NoText: p.NoText, NoTextURL: p.URL}
			if p.Error != "" {
				res.Err = errors.New(p.Error)
			}
			st, err := RecordFetch(context.Background(), s, res, now, health.DefaultBackoff)
			if err != nil {
				t.Fatal(err)
			}
			if st.NoText != p.Run {
				t.Errorf("pass %d: %d articles in a row gave no text, want %d (%+v)", i+1, st.NoText, p.Run, st)
			}
			evs := pending(t, s)
			switch p.Message {
			case "":
				if len(evs) > 0 {
					t.Errorf("pass %d queued %+v", i+1, evs)
				}
			case model.EventSourceNoText:
				if len(evs) != 1 || evs[0].Kind != p.Message || evs[0].Payload.Source != "herald" ||
					evs[0].Payload.NoText != p.Run || evs[0].Payload.NoTextURL != p.URL {
					t.Errorf("pass %d: want one source_no_text message of %d articles naming %s, got %+v", i+1, p.Run, p.URL, evs)
				}
			case model.EventSourceTextBack:
				if len(evs) != 1 || evs[0].Kind != p.Message || evs[0].Payload.Source != "herald" || evs[0].Payload.NoText != p.Ended {
					t.Errorf("pass %d: want one source_text_back message after a run of %d, got %+v", i+1, p.Ended, evs)
				}
			default:
				t.Fatalf("pass %d: no message kind %q", i+1, p.Message)
			}
			now = now.Add(time.Hour)
		}
	})
}
