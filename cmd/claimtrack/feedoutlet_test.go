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

// A feed or sitemap source with no outlet: takes each article's own
// outlet, as a folder's files do (desk54): the page's site name, else its
// listing's name for the site (scrape: a feed's title), else its host,
// never the source's name, which is the desk's word for the source and no
// outlet's. One site keeps one name: the wire's later page names no site,
// and is still "Maple Wire Service", so its level's change is posted
// (review55: as the feed's title it read as another outlet's, "outlets
// disagree"), and a page naming its own site keeps it on a host another
// outlet's pages share (ashfeed: review55's MUST 6). Messages, history and
// its JSON (the API's observation) say it. desk55a: on main every figure
// was "wirefeed", "ashfeed" or "citymap".
func TestFeedAndSitemapSourcesTakeEachPagesOutlet(t *testing.T) {
	var mu sync.Mutex
	items := []string{"/wire/1"} // the feed's items, newest last
	ash := false                 // the Courier's feed lists its page
	page := func(site, para string) string {
		meta := ""
		if site != "" {
			meta = `<meta property="og:site_name" content="` + site + `">`
		}
		return `<html><head><title>Riverton floods</title>` + meta + `</head><body><article><h1>Riverton floods</h1>` +
			`<p>RIVERTON — The Ash River burst its banks after two days of rain.</p><p>` + para + `</p></article></body></html>`
	}
	pages := map[string]string{
		"/wire/1": page("Maple Wire Service", "About 1,200 people were sheltering in Riverton schools, the county emergency office said."),
		"/wire/2": page("", "Evacuations widened on Tuesday as water reached the rail yard, and the county emergency office said 1,600 people "+
			"had spent the night in shelters across Riverton."),
		"/ash/1": page("Ash Courier", "The Courier counted about 1,200 people sheltering in Riverton by dawn, "+
			"according to the county emergency office."),
		"/city/1": page("", "Volunteers at Riverton's high school, where cots lined the gym, said about 1,200 people were sheltering "+
			"in the town, according to the county emergency office."),
	}
	pub := map[string]time.Time{"/wire/1": time.Date(2026, 11, 2, 9, 0, 0, 0, time.UTC), "/city/1": time.Date(2026, 11, 2, 8, 0, 0, 0, time.UTC),
		"/ash/1": time.Date(2026, 11, 2, 7, 0, 0, 0, time.UTC)}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		defer mu.Unlock()
		switch r.URL.Path {
		case "/wire/feed.xml":
			w.Header().Set("Content-Type", "application/rss+xml")
			var b strings.Builder
			b.WriteString(`<?xml version="1.0"?><rss version="2.0"><channel><title>Maplewire Daily</title><link>http://` + r.Host + `/wire/</link><description>d</description>`)
			for _, p := range items {
				fmt.Fprintf(&b, "<item><title>Riverton floods</title><link>http://%s%s</link><pubDate>%s</pubDate></item>", r.Host, p, pub[p].Format(time.RFC1123Z))
			}
			io.WriteString(w, b.String()+`</channel></rss>`)
		case "/ash/feed.xml":
			w.Header().Set("Content-Type", "application/rss+xml")
			item := ""
			if ash {
				item = fmt.Sprintf("<item><title>Riverton</title><link>http://%s/ash/1</link><pubDate>%s</pubDate></item>", r.Host, pub["/ash/1"].Format(time.RFC1123Z))
			}
			io.WriteString(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Ash</title><link>http://`+r.Host+`/ash/</link><description>d</description>`+
				item+`</channel></rss>`)
		case "/city/sitemap.xml":
			w.Header().Set("Content-Type", "application/xml")
			io.WriteString(w, `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`+
				fmt.Sprintf("<url><loc>http://%s/city/1</loc><lastmod>%s</lastmod></url>", r.Host, pub["/city/1"].Format(time.RFC3339))+`</urlset>`)
		default:
			body, ok := pages[r.URL.Path]
			if !ok {
				http.NotFound(w, r)
				return
			}
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			io.WriteString(w, body)
		}
	}))
	defer srv.Close()
	// The city paper is another host: the same server as localhost.
	city := strings.Replace(srv.URL, "127.0.0.1", "localhost", 1)
	cfg := writeDesk(t, map[string]string{})
	writeFiles(t, strings.TrimSuffix(cfg, "config.yaml"), map[string]string{"config.yaml": "store: ./desk.db\nlisten: \"\"\nuser_agent: test\nfetch:\n  per_host_rate: 500\n" +
		"sources:\n  - name: wirefeed\n    feed: " + srv.URL + "/wire/feed.xml\n  - name: citymap\n    sitemap: " + city + "/city/sitemap.xml\n  - name: ashfeed\n    feed: " + srv.URL + "/ash/feed.xml\n" +
		"rule_files: [rules.yaml]\n"})

	// Day one: the archive, the wire's page naming its site, the city
	// paper's (a sitemap's) naming none.
	if code, _, errs := run(t, "", "once", "--config", cfg); code != exitOK {
		t.Fatalf("first once: %d\n%s", code, errs)
	}
	// News: the wire's next page names no site; the Courier's feed, on the
	// wire's host, lists an older page naming its own.
	mu.Lock()
	items, ash = append(items, "/wire/2"), true
	pub["/wire/2"] = time.Now().Add(time.Second) // after the first pass, to the second a feed gives
	mu.Unlock()
	code, out, errs := run(t, "", "once", "--config", cfg)
	if code != exitOK || !strings.Contains(out, "→ *1,600*") || !strings.Contains(out, "via Maple Wire Service") ||
		strings.Contains(out, "wirefeed") || strings.Contains(out, "Maplewire Daily") {
		t.Errorf("second once: %d, want the change posted via Maple Wire Service\n%s%s", code, out, errs)
	}
	for _, args := range [][]string{{"history"}, {"history", "--json"}} {
		code, out, errs := run(t, "", append(args, "--config", cfg, "riverton_sheltering")...)
		if code != exitOK || strings.Count(out, "Maple Wire Service") != 2 || !strings.Contains(out, "localhost") || !strings.Contains(out, "Ash Courier") {
			t.Errorf("%v: %d, want the wire's two figures by Maple Wire Service, the city paper's by localhost, the Courier's by Ash Courier\n%s%s", args, code, out, errs)
		}
		if strings.Contains(out, "wirefeed") || strings.Contains(out, "citymap") || strings.Contains(out, "ashfeed") {
			t.Errorf("%v: a source's name as an outlet\n%s", args, out)
		}
	}
}
