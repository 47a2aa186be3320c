package tracker

import (
	"context"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/internal/newstext"
	"github.com/claimtrack/claimtrack/scrape"
)

// A first pass over an archive of more than a batch counts what it kept
// by the outcomes history shows: a later batch's replay of the archive
// revises figures an earlier batch counted (the folder read newest first:
// its newest was a baseline until the older files came).
func TestPassCountsRevisedOutcomes(t *testing.T) {
	dir := t.TempDir()
	n := batchSize + 5
	for i := range n {
		text := fmt.Sprintf("The Gaza health ministry said %d people had been killed in Gaza since the war began.", 25000+100*i)
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("2024-01-%02d-toll.txt", i+1)), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	st, p := testPass(t)
	res := p.Run(context.Background(), scrape.Source{Name: "archive", Dir: dir, Outlet: "Herald", MaxItems: 100})
	if res.Err != nil || res.Observations != n {
		t.Fatalf("pass: %+v", res)
	}
	hist, err := st.History(context.Background(), "gaza_death_toll")
	if err != nil {
		t.Fatal(err)
	}
	stored := map[string]int{}
	for _, o := range hist {
		stored[o.Outcome]++
	}
	counted := map[string]int{}
	for o, k := range res.Kept {
		counted[o.String()] = k
	}
	if fmt.Sprint(counted) != fmt.Sprint(stored) {
		t.Errorf("the pass counted %v, history shows %v", counted, stored)
	}
}

// A source read in the same run (once) as another, whose older figure
// replays the archive and turns the other's newest figure from baseline
// to backlog, leaves each source's counts saying what history shows:
// RunAll recounts what one pass kept and another revised. The wire's feed
// waits for the folder's figure to be stored, so that the folder's pass
// counts first and the wire's revises it.
func TestRunAllCountsWhatAnotherSourceRevised(t *testing.T) {
	dir := t.TempDir()
	text := "Gaza's health ministry said that 25,900 people had been killed since the war began.\n\n" + newstext.Story(2500, 11)
	if err := os.WriteFile(filepath.Join(dir, "2024-01-10-toll.txt"), []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	st, p := testPass(t)
	ctx := context.Background()
	older := time.Date(2024, 1, 1, 9, 0, 0, 0, time.UTC)
	srv := siteAt(t, func(w http.ResponseWriter, r *http.Request, site string) {
		switch r.URL.Path {
		case "/feed.xml":
			for deadline := time.Now().Add(30 * time.Second); time.Now().Before(deadline); time.Sleep(10 * time.Millisecond) {
				if hist, err := st.History(ctx, "gaza_death_toll"); err == nil && len(hist) > 0 {
					break
				}
			}
			w.Header().Set("Content-Type", "application/rss+xml")
			fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><item><title>Toll</title><link>/news/toll</link><pubDate>%s</pubDate></item></channel></rss>`, older.Format(time.RFC1123Z))
		case "/news/toll":
			head := fmt.Sprintf(`<meta property="article:published_time" content="%s">`, older.Format(time.RFC3339))
			writeStoryWithHead(w, head, "Toll", "Gaza's health ministry said that 25,000 people had been killed since the war began.\n\n"+newstext.Story(2500, 12))
		default:
			http.NotFound(w, r)
		}
	})
	passes, log := passesOn(st, thisProc)
	ran := passes.RunAll(ctx, p, []scrape.Source{{Name: "folder", Dir: dir, Outlet: "Herald"}, {Name: "wire", Feed: srv.URL + "/feed.xml", Outlet: "Wire"}}, RunOptions{})
	hist, err := st.History(ctx, "gaza_death_toll")
	if err != nil {
		t.Fatal(err)
	}
	stored := map[string]string{} // source: outcome
	for _, o := range hist {
		src := "wire"
		if strings.HasPrefix(o.URL, "file:") {
			src = "folder"
		}
		stored[src] += o.Outcome
	}
	for _, r := range ran {
		if r.Err != nil || r.Observations != 1 {
			t.Fatalf("%s: %+v\n%s", r.Source, r.Result, log)
		}
		counted := ""
		for o := range r.Kept {
			counted += o.String()
		}
		for o := range r.Posted {
			counted += o.String()
		}
		if counted != stored[r.Source] {
			t.Errorf("%s counted %q, history shows %q", r.Source, counted, stored[r.Source])
		}
	}
	if stored["folder"] == Baseline.String() {
		t.Errorf("the wire's older figure revised nothing (history: %v): the test no longer tells", stored)
	}
}
