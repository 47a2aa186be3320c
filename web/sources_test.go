package web

import (
	"context"
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/internal/retryafter"
	"github.com/claimtrack/claimtrack/tracker"
	"github.com/claimtrack/claimtrack/tracker/health"
)

// A source whose pages gave no text besides their title (an outlet that
// changed its layout) says so on the sources page, with how many, one
// such page and what to do, until a pass reads pages that give text; a
// source whose last read gave text says nothing of it.
func TestSourcesSayPagesGaveNoText(t *testing.T) {
	s, _ := story(t)
	ts := newServer(t, s, Options{Sources: storySources})
	_, page := get(t, ts, "/sources")
	rows := sourceRows(t, page)
	wire := rows["wire"]
	for _, want := range []string{`class="alert"`, "Pages with no text:", "the last 4 articles read by 2024-03-27 15:00 UTC",
		`href="https://wire.example/news/ceasefire-talks-resume"`,
		"<code>claimtrack extract --text https://wire.example/news/ceasefire-talks-resume</code>", "<code>content:</code>",
		"503 Service Unavailable"} {
		if !strings.Contains(wire, want) {
			t.Errorf("the Wire's rows lack %q:\n%s", want, wire)
		}
	}
	if h := rows["harbour"]; !strings.Contains(h, "1 of the 5 articles read by") || !strings.Contains(h, "https://harbour.example/video/briefing") {
		t.Errorf("the Harbour's rows:\n%s", h)
	}
	for _, name := range []string{"courier", "ledger", "coastal"} {
		if r := rows[name]; strings.Contains(r, "no text") || strings.Contains(r, "alert") {
			t.Errorf("%s's last read gave text:\n%s", name, r)
		}
	}

	var api []struct {
		Name             string `json:"name"`
		LastReadArticles int    `json:"last_read_articles"`
		NoText           int    `json:"no_text"`
		NoTextURL        string `json:"no_text_url"`
	}
	_, body := get(t, ts, "/api/sources")
	if err := json.Unmarshal([]byte(body), &api); err != nil || len(api) != len(storySources) {
		t.Fatalf("api/sources: %v\n%s", err, body)
	}
	if w := api[1]; w.Name != "wire" || w.NoText != 4 || w.LastReadArticles != 4 || w.NoTextURL != "https://wire.example/news/ceasefire-talks-resume" {
		t.Errorf("api/sources, the Wire: %+v", w)
	}
	if l := api[3]; l.Name != "ledger" || l.NoText != 0 || l.NoTextURL != "" || l.LastReadArticles != 3 {
		t.Errorf("api/sources, the Ledger: %+v", l)
	}
}

// sourceRows splits the sources page's table into each source's rows (its
// own and any detail under it), by the source's name.
func sourceRows(t *testing.T, page string) map[string]string {
	t.Helper()
	rows := map[string]string{}
	for i, src := range storySources {
		from := strings.Index(page, "<td>"+src.Name+"<br>")
		if from < 0 {
			t.Fatalf("no row for %s:\n%s", src.Name, page)
		}
		from = strings.LastIndex(page[:from], "<tr")
		to := strings.Index(page, "</tbody>")
		if i+1 < len(storySources) {
			to = strings.LastIndex(page[:strings.Index(page, "<td>"+storySources[i+1].Name+"<br>")], "<tr")
		}
		rows[src.Name] = page[from:to]
	}
	return rows
}

// The index page, the one a desk opens, lists the sources to check: one
// failing and one whose pages gave no text (testdata/story.yaml's
// passes), each with what is wrong and a link to the sources page; a
// source whose last read gave text and that does not fail is not listed.
func TestIndexListsSourcesToCheck(t *testing.T) {
	s, _ := story(t)
	ts := newServer(t, s, Options{Sources: storySources})
	_, page := get(t, ts, "/")
	from, to := strings.Index(page, `<table class="sources trouble">`), strings.Index(page, `<table class="metrics">`)
	if from < 0 || to < from {
		t.Fatalf("no sources to check above the metrics:\n%s", page)
	}
	trouble := page[from:to]
	for _, want := range []string{`href="/sources"`, `id="src-wire"`, "<strong>Failing:</strong> 3 failures in a row: fetch https://wire.example/feed.xml: 503 Service Unavailable",
		"<strong>Pages with no text:</strong> the last 4 articles read by 2024-03-27 15:00 UTC",
		`href="https://wire.example/news/ceasefire-talks-resume"`, `id="src-harbour"`, "1 of the 5 articles read by"} {
		if !strings.Contains(trouble, want) {
			t.Errorf("sources to check lack %q:\n%s", want, trouble)
		}
	}
	for _, name := range []string{"courier", "ledger", "coastal"} {
		if strings.Contains(trouble, `id="src-`+name+`"`) {
			t.Errorf("%s is listed to check:\n%s", name, trouble)
		}
	}
}

// TestSourcesSayWhatTheyRead: each source shows what its configuration
// has it read, filters included, and, when its last pass read something
// else (the stored address), that too: the desk corrected it since, and a
// source backing off says so and that its next pass reads it at once. A
// source that failed before the store kept addresses says none is
// recorded and that its next pass reads it at once too, unless the site
// asked to wait (Retry-After). The API gives the stored address.
func TestSourcesSayWhatTheyRead(t *testing.T) {
	s := tollStore(t)
	now := time.Now()
	fail := func(name, address string, err error) {
		t.Helper()
		if _, e := tracker.RecordFetch(context.Background(), s, tracker.Result{Source: name, Address: address, Err: err}, now, health.DefaultBackoff); e != nil {
			t.Fatal(e)
		}
	}
	fail("moved", "feed https://old.example/feed.xml", errors.New("fetch https://old.example/feed.xml: 404 Not Found"))
	fail("waits", "feed https://down.example/feed.xml include /world/", errors.New("fetch https://down.example/feed.xml: 503 Service Unavailable"))
	fail("upgraded", "", errors.New("fetch https://up.example/feed.xml: 404 Not Found"))
	fail("polite", "", &retryafter.Error{Wait: time.Hour, Err: errors.New("fetch https://busy.example/feed.xml: 429 Too Many Requests")})
	sources := []Source{
		{Name: "moved", URL: "https://new.example/feed.xml", Reads: "feed https://new.example/feed.xml"},
		{Name: "waits", URL: "https://down.example/feed.xml", Reads: "feed https://down.example/feed.xml include /world/"},
		{Name: "upgraded", URL: "https://up.example/feed.xml", Reads: "feed https://up.example/feed.xml"},
		{Name: "polite", URL: "https://busy.example/feed.xml", Reads: "feed https://busy.example/feed.xml"},
		{Name: "unread", URL: "https://new.example/other.xml", Reads: "feed https://new.example/other.xml"},
	}
	ts := newServer(t, s, Options{Sources: sources})
	_, page := get(t, ts, "/sources")
	row := func(name string) string {
		from := strings.Index(page, "<td>"+name+"<br>")
		if from < 0 {
			t.Fatalf("no row for %s:\n%s", name, page)
		}
		to := strings.Index(page[from:], "</tr>")
		return page[from : from+to]
	}
	for name, want := range map[string][]string{
		"moved": {`<small class="reads">feed https://new.example/feed.xml</small>`, "changed since its last pass, which read feed https://old.example/feed.xml",
			"backing off until ", "its next pass reads it at once: its configuration changed since it failed"},
		"waits":    {"feed https://down.example/feed.xml include /world/", "backing off until "},
		"upgraded": {"what its last pass read is not recorded", "its next pass reads it at once: its configuration may have changed since it failed"},
		"polite":   {"what its last pass read is not recorded", "backing off until "},
		"unread":   {"feed https://new.example/other.xml"},
	} {
		r := row(name)
		for _, w := range want {
			if !strings.Contains(r, w) {
				t.Errorf("%s's row lacks %q:\n%s", name, w, r)
			}
		}
		if name != "moved" && strings.Contains(r, "changed since its last pass") {
			t.Errorf("%s's row says it changed:\n%s", name, r)
		}
		if (name == "waits" || name == "polite") && strings.Contains(r, "at once") {
			t.Errorf("%s is not read at once:\n%s", name, r)
		}
		if name == "unread" && (strings.Contains(r, "not recorded") || strings.Contains(r, "backing off")) {
			t.Errorf("a source never read:\n%s", r)
		}
	}
	var api []struct {
		Name    string `json:"name"`
		Reads   string `json:"reads"`
		Address string `json:"address"`
	}
	_, body := get(t, ts, "/api/sources")
	if err := json.Unmarshal([]byte(body), &api); err != nil || len(api) != len(sources) {
		t.Fatalf("api/sources: %v\n%s", err, body)
	}
	if m := api[0]; m.Reads != "feed https://new.example/feed.xml" || m.Address != "feed https://old.example/feed.xml" {
		t.Errorf("api/sources, the moved source: %+v", m)
	}
	if u := api[2]; u.Address != "" || u.Reads == "" {
		t.Errorf("api/sources, the upgraded source: %+v", u)
	}
}
