package scrape

import (
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"net/url"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/PuerkitoBio/goquery"
	"github.com/mmcdole/gofeed"
)

// Link is an article a source points to.
type Link struct {
	URL       string    // absolute, normalised
	Title     string    // from the feed or the link text
	Published time.Time // zero when unknown
	// Updated is when the listing says the article last changed (a feed
	// entry's updated date, a sitemap's lastmod); zero when it does not
	// say. See Rechecks.
	Updated time.Time
	// Listed is a fingerprint of what a feed says of the item (its title,
	// summary, content and dates: feeditem.go), or of what a section page
	// shows of the story (its card, or a live page's own text:
	// pagelisted.go), stored with its page so that a later pass sees the
	// item revised; "" for sitemaps.
	Listed string
	// Path is set for articles read from a local folder.
	Path string
	// Site is the listing's own name for its site: a feed's channel title,
	// a section page's og:site_name; "" when it gives none. An article
	// whose page names no site is that site's (Fetcher.Article).
	Site string
	// held is the listing's own response when the link is the listing
	// page itself (a live page read through page:, selfArticle): Article
	// reads it rather than fetching the page a second time.
	held *Response
}

// ParseFeed reads the entries of an RSS, Atom or JSON feed.
func ParseFeed(body []byte, feedURL *url.URL) ([]Link, error) {
	parser := gofeed.NewParser()
	// gofeed parses each item's summary and content as HTML to find a
	// picture when the item names none: a full HTML parse per item, of
	// the whole story in feeds that carry it, for a field we never read.
	parser.RSSTranslator = &gofeed.DefaultRSSTranslator{DisableContentImageScan: true}
	feed, err := parser.Parse(bytes.NewReader(body))
	if err != nil {
		return nil, fmt.Errorf("parse feed %s: %w", feedURL, err)
	}
	var out []Link
	for _, it := range feed.Items {
		href := it.Link
		if href == "" && len(it.Links) > 0 {
			href = it.Links[0]
		}
		if href == "" && strings.HasPrefix(it.GUID, "http") {
			href = it.GUID
		}
		u := resolve(feedURL, href)
		if u == "" {
			continue
		}
		l := Link{URL: u, Title: strings.TrimSpace(it.Title), Site: ownSite(feedURL, u, feed.Title)}
		switch {
		case it.PublishedParsed != nil:
			l.Published = *it.PublishedParsed
		case it.UpdatedParsed != nil:
			l.Published = *it.UpdatedParsed
		}
		if it.UpdatedParsed != nil {
			l.Updated = *it.UpdatedParsed
		} else {
			l.Updated = itemModified(it)
		}
		l.Listed = itemListed(it)
		out = append(out, l)
	}
	return newestFirst(dedupe(out)), nil
}

// PageLinks picks article links from a section page with a CSS selector
// (every link when selector is empty).
func PageLinks(body []byte, contentType string, pageURL *url.URL, selector string) ([]Link, error) {
	root, err := ParseHTML(body, contentType)
	if err != nil {
		return nil, fmt.Errorf("parse %s: %w", pageURL, err)
	}
	if selector == "" {
		selector = "a"
	}
	doc := goquery.NewDocumentFromNode(root)
	site, _ := doc.Find(`meta[property="og:site_name"]`).First().Attr("content")
	site = strings.Join(strings.Fields(site), " ")
	var out []Link
	doc.Find(selector).Each(func(_ int, s *goquery.Selection) {
		a := s
		if goquery.NodeName(s) != "a" {
			a = s.Find("a[href]").First()
		}
		href, ok := a.Attr("href")
		if !ok {
			return
		}
		if u := resolve(pageURL, href); u != "" {
			out = append(out, Link{URL: u, Title: strings.Join(strings.Fields(a.Text()), " "), Site: ownSite(pageURL, u, site), Listed: cardListed(a, pageURL, u)})
		}
	})
	// A live blog read through page: is an article itself (pagelisted.go).
	if self, ok := selfArticle(doc, pageURL); ok {
		self.Site = ownSite(pageURL, self.URL, site)
		out = append([]Link{self}, slices.DeleteFunc(out, func(l Link) bool { return l.URL == self.URL })...)
	}
	return dedupe(out), nil
}

type sitemapXML struct {
	XMLName  xml.Name
	URLs     []sitemapURL `xml:"url"`
	Sitemaps []sitemapURL `xml:"sitemap"`
}

type sitemapURL struct {
	Loc     string `xml:"loc"`
	LastMod string `xml:"lastmod"`
	News    struct {
		Title           string `xml:"title"`
		PublicationDate string `xml:"publication_date"`
	} `xml:"news"`
}

// ParseSitemap reads a sitemap: its article links, newest first, or, for
// a sitemap index, the child sitemaps to read next.
func ParseSitemap(body []byte, sitemapURL *url.URL) (links []Link, children []string, err error) {
	var sm sitemapXML
	if err := xml.Unmarshal(body, &sm); err != nil {
		return nil, nil, fmt.Errorf("parse sitemap %s: %w", sitemapURL, err)
	}
	for _, s := range sm.Sitemaps {
		if u := resolve(sitemapURL, strings.TrimSpace(s.Loc)); u != "" {
			children = append(children, u)
		}
	}
	for _, e := range sm.URLs {
		u := resolve(sitemapURL, strings.TrimSpace(e.Loc))
		if u == "" {
			continue
		}
		l := Link{URL: u, Title: strings.TrimSpace(e.News.Title)}
		// W3C datetimes by the sitemap protocol, but sites also write
		// "2024-03-25 10:00:00" and the like: read what a page's dates are
		// read with.
		for _, d := range []string{e.News.PublicationDate, e.LastMod} {
			if t := parseDate(d); !t.IsZero() {
				l.Published = t
				break
			}
		}
		l.Updated = parseDate(e.LastMod)
		links = append(links, l)
	}
	if sm.XMLName.Local != "urlset" && sm.XMLName.Local != "sitemapindex" {
		return nil, nil, fmt.Errorf("parse sitemap %s: root element is <%s>, not <urlset> or <sitemapindex>", sitemapURL, sm.XMLName.Local)
	}
	return newestFirst(dedupe(links)), children, nil
}

// ownSite is a listing's name for its site, given to a link on the
// listing's own host (without "www."): an aggregator's feed or a section
// page's "from our partners" links to other outlets' pages, which its name
// is not.
func ownSite(listing *url.URL, link, name string) string {
	u, err := url.Parse(link)
	if err != nil || listing == nil || SiteHost(u) != SiteHost(listing) {
		return ""
	}
	return strings.Join(strings.Fields(name), " ")
}

func resolve(base *url.URL, href string) string {
	href = strings.TrimSpace(href)
	if href == "" || strings.HasPrefix(href, "#") || strings.HasPrefix(strings.ToLower(href), "javascript:") || strings.HasPrefix(strings.ToLower(href), "mailto:") {
		return ""
	}
	u, err := url.Parse(href)
	if err != nil {
		return ""
	}
	if base != nil {
		u = base.ResolveReference(u)
	}
	if u.Scheme != "http" && u.Scheme != "https" || u.Host == "" {
		return ""
	}
	return NormalizeURL(u)
}

func dedupe(links []Link) []Link {
	seen := map[string]bool{}
	out := links[:0]
	for _, l := range links {
		if !seen[l.URL] {
			seen[l.URL] = true
			out = append(out, l)
		}
	}
	return out
}

func newestFirst(links []Link) []Link {
	sort.SliceStable(links, func(i, j int) bool { return links[i].Published.After(links[j].Published) })
	return links
}

// maxSitemapChildren bounds how many sitemaps of an index are read.
const maxSitemapChildren = 10

// Discover lists the articles a source points to now, newest first, at
// most MaxItems (default 50).
func (f *Fetcher) Discover(ctx context.Context, src Source) ([]Link, error) {
	links, _, err := f.DiscoverSince(ctx, src, Validators{})
	return links, err
}

// DiscoverSince is Discover with the validators of the source's last
// listing (see Source.Listing): an unchanged feed or page returns
// ErrNotModified. It returns the listing's new validators without keeping
// them, for the caller to store once it has read every article the
// listing points to: stored sooner, a crash or a failed article would
// leave those articles unread until the feed changes.
func (f *Fetcher) DiscoverSince(ctx context.Context, src Source, v Validators) ([]Link, Validators, error) {
	var links []Link
	var err error
	switch {
	case src.Feed != "":
		links, v, err = f.discoverURL(ctx, src.Feed, v, func(r *Response) ([]Link, error) {
			links, err := ParseFeed(r.Body, r.URL)
			if err != nil {
				return nil, notAFeed(src, r, err)
			}
			return links, nil
		})
	case src.Page != "":
		links, v, err = f.discoverURL(ctx, src.Page, v, func(r *Response) ([]Link, error) {
			links, err := PageLinks(r.Body, r.ContentType, r.URL, src.Links)
			if err == nil && len(links) > 0 && links[0].URL == resolve(r.URL, r.URL.String()) {
				links[0].held = r // the page is an article itself: read once (pagelisted.go)
			}
			if err == nil && len(links) == 0 {
				// A section page always links to stories: none is a selector
				// that is mistyped or that the site's new layout broke, and
				// said as an error the source shows failing instead of
				// reading nothing in silence.
				return nil, &NoLinksError{fmt.Sprintf("%s: links selector %q finds no link on the page: check source %s's links: against the page's HTML", r.URL, linksOrDefault(src.Links), src.Name)}
			}
			return links, err
		})
	case src.Sitemap != "":
		links, err = f.discoverSitemap(ctx, src)
	case src.Dir != "":
		links, err = DirLinks(src.Dir)
	default:
		return nil, v, fmt.Errorf("source %s: no feed, page, sitemap or dir", src.Name)
	}
	if err != nil {
		return nil, v, listingAdvice(src, err)
	}
	kept := links[:0]
	for _, l := range links {
		if l.Path != "" || src.Filter.Keep(l.URL) {
			kept = append(kept, l)
		}
	}
	n := src.MaxItems
	if n <= 0 {
		n = 50
	}
	return kept[:min(n, len(kept))], v, nil
}

// discoverURL fetches a feed or page conditionally and parses it; it
// returns the validators to send next time.
func (f *Fetcher) discoverURL(ctx context.Context, raw string, v Validators, parse func(*Response) ([]Link, error)) ([]Link, Validators, error) {
	resp, err := f.Fetch(ctx, raw, v)
	if err != nil {
		return nil, v, err
	}
	if resp.NotModified {
		return nil, v, fmt.Errorf("fetch %s: %w", raw, ErrNotModified)
	}
	links, err := parse(resp)
	return links, resp.Validators, err
}

// discoverSitemap reads a sitemap and, when it is an index, the first
// maxSitemapChildren sitemaps it lists (not their own children).
func (f *Fetcher) discoverSitemap(ctx context.Context, src Source) ([]Link, error) {
	links, children, err := f.fetchSitemap(ctx, src, src.Sitemap)
	if err != nil {
		return nil, err
	}
	for _, c := range children[:min(len(children), maxSitemapChildren)] {
		more, _, err := f.fetchSitemap(ctx, src, c)
		if err != nil {
			return nil, err
		}
		links = append(links, more...)
	}
	return newestFirst(dedupe(links)), nil
}

// fetchSitemap fetches one sitemap and parses it: its links and, for an
// index, the sitemaps it lists.
func (f *Fetcher) fetchSitemap(ctx context.Context, src Source, raw string) ([]Link, []string, error) {
	resp, err := f.Fetch(ctx, raw, Validators{})
	if err != nil {
		return nil, nil, err
	}
	links, children, err := ParseSitemap(resp.Body, resp.URL)
	if err != nil {
		return nil, nil, notASitemap(src, resp, err)
	}
	return links, children, nil
}

// notAFeed explains a feed: URL that gives an HTML page instead of a
// feed (a section page, a site's home, a "feeds" page listing them),
// which the feed parser calls only "failed to detect feed type": it says
// which key to fix and how, with the feeds the page itself names
// (<link rel="alternate">) when it names any. Another parse error is kept
// as it was.
func notAFeed(src Source, r *Response, err error) error {
	if gofeed.DetectFeedType(bytes.NewReader(r.Body)) != gofeed.FeedTypeUnknown {
		return err
	}
	if !looksHTML(r) {
		return err
	}
	msg := fmt.Sprintf("%s gives an HTML page, not an RSS, Atom or JSON feed: check source %s's feed: URL", r.URL, src.Name)
	var feeds []string
	if root, perr := ParseHTML(r.Body, r.ContentType); perr == nil {
		goquery.NewDocumentFromNode(root).Find(`link[rel~="alternate"][href]`).Each(func(_ int, s *goquery.Selection) {
			t, _ := s.Attr("type")
			if t = strings.ToLower(t); strings.Contains(t, "rss") || strings.Contains(t, "atom") || strings.Contains(t, "feed+json") {
				if u := resolve(r.URL, s.AttrOr("href", "")); u != "" {
					feeds = append(feeds, u)
				}
			}
		})
	}
	if len(feeds) > 0 {
		msg += fmt.Sprintf(": the page names its feed at %s", strings.Join(feeds, ", "))
	} else {
		msg += ", or read the page as a section page with page: and links: instead of feed:"
	}
	return errors.New(msg)
}

// linksOrDefault is the links selector a page source reads with, as its
// error names it: "a", every link, when the configuration gives none.
func linksOrDefault(sel string) string {
	if sel == "" {
		return "a"
	}
	return sel
}

// NoLinksError is a section page read whole whose links selector finds no
// link: a selector mistyped or broken by a new layout, or a page with no
// story on it yet (a live blog's index before its first entry). The pass
// fails either way; the tracker backs off from it no longer than
// health.EmptyPageMax, so that a page empty on purpose is read again
// when its stories come.
type NoLinksError struct{ msg string }

func (e *NoLinksError) Error() string { return e.msg }
