package demo

import (
	"fmt"
	"html"
	"net/http"
	"sort"
	"strings"
	"sync"
	"time"
)

// Site serves the built-in articles as a small news site: one RSS feed per
// outlet at /{outlet}/feed.xml and each article at its path. Show controls
// how many of the articles (in file order) exist yet, so a demo or a test
// can step through the story one scrape at a time.
type Site struct {
	mu       sync.Mutex
	articles []Article
	visible  int
	// retold, when set, is when the retold story begins (see Retell).
	retold time.Time
}

// RetoldHour is how long an hour of the story lasts when it is retold.
const RetoldHour = 10 * time.Second

// Retell serves the story as if it were happening from start on: each
// article is dated start plus RetoldHour for each hour its own date
// follows the first article's (the stale report, dated before it, as much
// before start). A process following the site live, whose tracking of a
// metric begins when it first reads it, then meets the later articles as
// news published after that, and the stale one as the archive's past; the
// story's own dates (March 2024) would all be the archive's past.
func (s *Site) Retell(start time.Time) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.retold = start
}

// Now is the story's present: a minute after the newest visible article
// was published, as the site dates it. A demo reading the site with this
// as its clock follows the story in its own time.
func (s *Site) Now() time.Time {
	s.mu.Lock()
	defer s.mu.Unlock()
	var now time.Time
	for _, a := range s.articles[:s.visible] {
		if p := s.dated(a).Published; p.After(now) {
			now = p
		}
	}
	return now.Add(time.Minute)
}

// dated is an article as the site serves it: retold, or as written.
func (s *Site) dated(a Article) Article {
	if !s.retold.IsZero() && len(s.articles) > 0 {
		a.Published = s.retold.Add(a.Published.Sub(s.articles[0].Published) / (time.Hour / RetoldHour))
	}
	return a
}

// NewSite serves articles; none is visible until Show.
func NewSite(articles []Article) *Site { return &Site{articles: articles} }

// Show makes the first n articles visible.
func (s *Site) Show(n int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.visible = min(n, len(s.articles))
}

// Outlets lists the outlets as path prefixes ("courier") with their names.
func (s *Site) Outlets() map[string]string {
	out := map[string]string{}
	for _, a := range s.articles {
		out[outletSlug(a)] = a.Outlet
	}
	return out
}

func outletSlug(a Article) string {
	slug, _, _ := strings.Cut(strings.TrimPrefix(a.Path, "/"), "/")
	return slug
}

func (s *Site) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	visible := make([]Article, s.visible)
	for i, a := range s.articles[:s.visible] {
		visible[i] = s.dated(a)
	}
	s.mu.Unlock()
	if r.URL.Path == "/robots.txt" {
		fmt.Fprint(w, "User-agent: *\nAllow: /\n")
		return
	}
	if slug, ok := strings.CutSuffix(strings.TrimPrefix(r.URL.Path, "/"), "/feed.xml"); ok {
		s.feed(w, slug, visible)
		return
	}
	for _, a := range visible {
		if a.Path == r.URL.Path {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprint(w, Page(a))
			return
		}
	}
	http.NotFound(w, r)
}

func (s *Site) feed(w http.ResponseWriter, slug string, visible []Article) {
	var items []Article
	for _, a := range visible {
		if outletSlug(a) == slug {
			items = append(items, a)
		}
	}
	sort.SliceStable(items, func(i, j int) bool { return items[i].Published.After(items[j].Published) })
	w.Header().Set("Content-Type", "application/rss+xml; charset=utf-8")
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>` + html.EscapeString(slug) + `</title>`)
	for _, a := range items {
		fmt.Fprintf(&b, "<item><title>%s</title><link>%s</link><pubDate>%s</pubDate></item>",
			html.EscapeString(a.Title), html.EscapeString(a.Path), a.Published.UTC().Format(time.RFC1123Z))
	}
	b.WriteString("</channel></rss>")
	fmt.Fprint(w, b.String())
}

// Page renders an article as a web page with the furniture a scraper meets.
func Page(a Article) string {
	var b strings.Builder
	fmt.Fprintf(&b, `<!doctype html><html><head><meta charset="utf-8"><title>%s | %s</title>
<meta property="og:site_name" content="%s"><meta property="article:published_time" content="%s">
<link rel="canonical" href="%s"></head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article>
<h1>%s</h1>
`,
		html.EscapeString(a.Title), html.EscapeString(a.Outlet), html.EscapeString(a.Outlet), a.Published.UTC().Format(time.RFC3339),
		html.EscapeString(a.Path), html.EscapeString(a.Title))
	for _, para := range strings.Split(a.Body, "\n\n") {
		fmt.Fprintf(&b, "<p>%s</p>\n", html.EscapeString(strings.TrimSpace(para)))
	}
	b.WriteString(`</article><aside><h3>Most read</h3><ul><li><a href="/x">Markets steady</a></li></ul></aside><footer>Follow us on social media</footer></body></html>`)
	return b.String()
}
