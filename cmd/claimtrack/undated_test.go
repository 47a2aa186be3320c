package main

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// undatedFeeds serves, for each outlet, a feed at /OUTLET/feed.xml whose
// items give no date, and pages that give none either: every article is
// undated, as on a site whose pages carry no date a reader can find.
type undatedFeeds struct {
	mu     sync.Mutex
	listed map[string][]string // by outlet, newest first
	texts  map[string]string   // by path
}

// add publishes an article of the outlet's: the newest of its feed.
func (u *undatedFeeds) add(outlet, slug, text string) {
	u.mu.Lock()
	defer u.mu.Unlock()
	path := "/" + outlet + "/" + slug
	u.listed[outlet] = append([]string{path}, u.listed[outlet]...)
	u.texts[path] = text
}

func (u *undatedFeeds) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	u.mu.Lock()
	defer u.mu.Unlock()
	if outlet, ok := strings.CutSuffix(r.URL.Path, "/feed.xml"); ok {
		w.Header().Set("Content-Type", "application/rss+xml")
		io.WriteString(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>`)
		for _, p := range u.listed[strings.TrimPrefix(outlet, "/")] {
			fmt.Fprintf(w, "<item><title>Floods</title><link>http://%s%s</link></item>", r.Host, p)
		}
		io.WriteString(w, "</channel></rss>")
		return
	}
	text, ok := u.texts[r.URL.Path]
	if !ok {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	fmt.Fprintf(w, "<html><head><title>Floods</title></head><body><article><h1>Floods</h1><p>%s</p></article></body></html>", text)
}

// TestOnceOverUndatedFeeds: a desk's first `once` over a feed whose pages
// give no date reads its archive, of unknown age: nothing is printed (dated
// as read, the older, lower toll was a possible correction), and the
// lower figure is kept in the history. A later `once` that finds a new
// undated article prints it. A source added to the configuration later
// prints nothing of its undated archive, and then its new articles, a
// lower toll too.
func TestOnceOverUndatedFeeds(t *testing.T) {
	site := &undatedFeeds{listed: map[string][]string{}, texts: map[string]string{}}
	site.add("herald", "mourning", "The floods in Valencia have killed 205 people, officials said.")
	site.add("herald", "count", "The floods in Valencia have killed 230 people, the coroners said.")
	srv := httptest.NewServer(site)
	t.Cleanup(srv.Close)
	dir := t.TempDir()
	cfg := filepath.Join(dir, "config.yaml")
	config := func(outlets ...string) {
		var b strings.Builder
		b.WriteString("store: ./state.db\nuser_agent: test\nfetch:\n  per_host_rate: 500\nsources:\n")
		for _, o := range outlets {
			fmt.Fprintf(&b, "  - {name: %s, outlet: %s, feed: %q}\n", o, o, srv.URL+"/"+o+"/feed.xml")
		}
		b.WriteString("metrics:\n  - {id: toll, name: Flood toll, keywords: [killed], scope: [Valencia], total: true}\n")
		if err := os.WriteFile(cfg, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	config("herald")
	code, out, errs := run(t, "", "once", "--config", cfg)
	if code != exitOK || strings.Contains(out, "Flood toll") {
		t.Fatalf("the first once over an undated feed: %d, printed %q\n%s", code, out, errs)
	}
	if !strings.Contains(errs, `1 "first reading", 1 "archive, undated: differs"`) {
		t.Errorf("the first once does not count its undated archive:\n%s", errs)
	}
	if _, out, _ := run(t, "", "history", "--config", cfg, "toll"); !strings.Contains(out, "archive, undated: differs") || strings.Count(out, "\nundated ") != 2 {
		t.Errorf("the undated archive's lower toll is not kept in the history:\n%s", out)
	}

	site.add("herald", "rises", "The floods in Valencia have now killed 240 people, the coroners said.")
	code, out, errs = run(t, "", "once", "--config", cfg)
	if code != exitOK || strings.Count(out, "230 → *240*") != 1 {
		t.Fatalf("once after a new undated article: %d, want one message 230 → 240, printed %q\n%s", code, out, errs)
	}

	site.add("courier", "archive", "The floods in Valencia killed 250 people, the courier counted.")
	config("herald", "courier")
	code, out, errs = run(t, "", "once", "--config", cfg)
	if code != exitOK || strings.Contains(out, "Flood toll") {
		t.Fatalf("once with a source added: %d, printed %q\n%s", code, out, errs)
	}
	site.add("courier", "latest", "The floods in Valencia have killed 262 people, the courier reports.")
	code, out, errs = run(t, "", "once", "--config", cfg)
	if code != exitOK || strings.Count(out, "240 → *262*") != 1 {
		t.Fatalf("once after the added source's new article: %d, want one message 240 → 262, printed %q\n%s", code, out, errs)
	}
	if got := accepted(t, dir); got != 262 {
		t.Errorf("the accepted toll is %v, want 262", got)
	}

	// A later pass's lower undated toll is news too, a possible
	// correction, and the summary counts it as posted.
	site.add("courier", "revised", "The floods in Valencia have killed 255 people, the courier now reports.")
	code, out, errs = run(t, "", "once", "--config", cfg)
	if code != exitOK || !strings.Contains(out, "255") || !strings.Contains(errs, `0 changes, 1 "possible correction" posted`) || strings.Contains(errs, "not posted") {
		t.Fatalf("once after a lower undated toll: %d, printed %q\n%s", code, out, errs)
	}
}
