package tracker

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimtrack/claimtrack/scrape"
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
