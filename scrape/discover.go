package scrape

import (
	"bytes"
	"context"
	"encoding/xml"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"net/mail"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
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
	// Path is set for articles read from a local folder.
	Path string
}

// Filter keeps links whose URL matches an include pattern (when there are
// any) and no exclude pattern.
type Filter struct {
	Include, Exclude []*regexp.Regexp
}

// CompileFilter compiles include and exclude patterns.
func CompileFilter(include, exclude []string) (Filter, error) {
	var f Filter
	for _, s := range include {
		re, err := regexp.Compile(s)
		if err != nil {
			return f, fmt.Errorf("include %q: %w", s, err)
		}
		f.Include = append(f.Include, re)
	}
	for _, s := range exclude {
		re, err := regexp.Compile(s)
		if err != nil {
			return f, fmt.Errorf("exclude %q: %w", s, err)
		}
		f.Exclude = append(f.Exclude, re)
	}
	return f, nil
}

// Keep reports whether a URL passes the filter.
func (f Filter) Keep(u string) bool {
	for _, re := range f.Exclude {
		if re.MatchString(u) {
			return false
		}
	}
	if len(f.Include) == 0 {
		return true
	}
	for _, re := range f.Include {
		if re.MatchString(u) {
			return true
		}
	}
	return false
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
		l := Link{URL: u, Title: strings.TrimSpace(it.Title)}
		switch {
		case it.PublishedParsed != nil:
			l.Published = *it.PublishedParsed
		case it.UpdatedParsed != nil:
			l.Published = *it.UpdatedParsed
		}
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
			out = append(out, Link{URL: u, Title: strings.Join(strings.Fields(a.Text()), " ")})
		}
	})
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
		links = append(links, l)
	}
	if sm.XMLName.Local != "urlset" && sm.XMLName.Local != "sitemapindex" {
		return nil, nil, fmt.Errorf("parse sitemap %s: root element is <%s>, not <urlset> or <sitemapindex>", sitemapURL, sm.XMLName.Local)
	}
	return newestFirst(dedupe(links)), children, nil
}

// DirLinks lists the .html, .htm, .txt and .eml files of a folder, newest
// first by modification time.
func DirLinks(dir string) ([]Link, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("read folder %s: %w", dir, err)
	}
	var out []Link
	for _, e := range entries {
		ext := strings.ToLower(filepath.Ext(e.Name()))
		if e.IsDir() || !slices.Contains([]string{".html", ".htm", ".txt", ".eml"}, ext) {
			continue
		}
		info, err := e.Info()
		if err != nil {
			continue
		}
		p := filepath.Join(dir, e.Name())
		abs, _ := filepath.Abs(p)
		out = append(out, Link{URL: (&url.URL{Scheme: "file", Path: filepath.ToSlash(abs)}).String(), Title: e.Name(), Published: info.ModTime(), Path: p})
	}
	return newestFirst(out), nil
}

// ReadFileArticle reads an article from a local .html, .txt or .eml file.
func ReadFileArticle(path string, opts ExtractOptions) (*Article, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	a, err := ArticleFromBytes(data, path, opts)
	if err != nil {
		return nil, err
	}
	abs, _ := filepath.Abs(path)
	a.URL = (&url.URL{Scheme: "file", Path: filepath.ToSlash(abs)}).String()
	if a.CanonicalURL == "" {
		a.CanonicalURL = a.URL
	}
	return a, nil
}

// ArticleFromBytes reads an article by the name it came under: .html and
// .htm go through extraction, .eml is read as an e-mail, .txt as text, and
// anything else (standard input, say) is HTML if it looks like HTML.
func ArticleFromBytes(data []byte, name string, opts ExtractOptions) (*Article, error) {
	var a *Article
	var err error
	ext := strings.ToLower(filepath.Ext(name))
	switch {
	case ext == ".html" || ext == ".htm" || ext != ".txt" && ext != ".eml" && IsHTML("", data):
		a, err = ExtractHTML(data, "text/html", nil, opts)
	case ext == ".eml":
		a, err = readEmail(data, opts)
	default:
		a = &Article{}
		a.setText(string(data), opts)
		a.Title, _, _ = strings.Cut(a.Text, "\n")
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return a, nil
}

// readEmail reads a newsletter or forwarded article saved as .eml: the
// subject is the title, the date the publication time, the text/plain
// part (or the HTML part) the text.
func readEmail(data []byte, opts ExtractOptions) (*Article, error) {
	msg, err := mail.ReadMessage(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("read e-mail: %w", err)
	}
	dec := new(mime.WordDecoder)
	subject, err := dec.DecodeHeader(msg.Header.Get("Subject"))
	if err != nil {
		subject = msg.Header.Get("Subject")
	}
	a := &Article{Title: subject}
	if d, err := msg.Header.Date(); err == nil {
		a.Published = d
	}
	body, ctype, err := emailBody(msg.Header.Get("Content-Type"), msg.Body)
	if err != nil {
		return nil, err
	}
	if strings.HasPrefix(ctype, "text/html") {
		h, err := ExtractHTML(body, ctype, nil, opts)
		if err != nil {
			return nil, err
		}
		a.Text, a.TextHash = h.Text, h.TextHash
		return a, nil
	}
	a.setText(string(body), opts)
	return a, nil
}

// emailBody finds the text/plain part of a message, else its text/html part.
func emailBody(contentType string, r io.Reader) ([]byte, string, error) {
	mt, params, err := mime.ParseMediaType(contentType)
	if err != nil || !strings.HasPrefix(mt, "multipart/") {
		b, err := io.ReadAll(io.LimitReader(r, 16<<20))
		if contentType == "" {
			contentType = "text/plain"
		}
		return b, contentType, err
	}
	mr := multipart.NewReader(r, params["boundary"])
	var html []byte
	var htmlType string
	for {
		part, err := mr.NextPart()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, "", fmt.Errorf("read e-mail part: %w", err)
		}
		ct := part.Header.Get("Content-Type")
		b, ctype, err := emailBody(ct, part)
		if err != nil {
			return nil, "", err
		}
		switch {
		case strings.HasPrefix(ctype, "text/plain"):
			return b, ctype, nil
		case strings.HasPrefix(ctype, "text/html") && html == nil:
			html, htmlType = b, ctype
		}
	}
	if html != nil {
		return html, htmlType, nil
	}
	return nil, "", fmt.Errorf("the e-mail has no text/plain or text/html part")
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

// Source is what the scraper needs to know of a configured source.
type Source struct {
	Name     string
	Feed     string
	Page     string
	Links    string // CSS selector on Page
	Sitemap  string
	Dir      string
	Filter   Filter
	MaxItems int
	Extract  ExtractOptions
}

// maxSitemapChildren bounds how many sitemaps of an index are read.
const maxSitemapChildren = 10

// Discover lists the articles a source points to now, newest first, at
// most MaxItems (default 50).
func (f *Fetcher) Discover(ctx context.Context, src Source) ([]Link, error) {
	links, _, err := f.DiscoverSince(ctx, src, Validators{})
	return links, err
}

// Listing is the address of the feed or section page a source's links
// come from, the one its validators belong to; "" for sitemaps and
// directories.
func (s Source) Listing() string {
	if s.Feed != "" {
		return s.Feed
	}
	return s.Page
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
		links, v, err = f.discoverURL(ctx, src.Feed, v, func(r *Response) ([]Link, error) { return ParseFeed(r.Body, r.URL) })
	case src.Page != "":
		links, v, err = f.discoverURL(ctx, src.Page, v, func(r *Response) ([]Link, error) {
			return PageLinks(r.Body, r.ContentType, r.URL, src.Links)
		})
	case src.Sitemap != "":
		links, err = f.discoverSitemap(ctx, src.Sitemap)
	case src.Dir != "":
		links, err = DirLinks(src.Dir)
	default:
		return nil, v, fmt.Errorf("source %s: no feed, page, sitemap or dir", src.Name)
	}
	if err != nil {
		return nil, v, err
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

func (f *Fetcher) discoverSitemap(ctx context.Context, raw string) ([]Link, error) {
	resp, err := f.Fetch(ctx, raw, Validators{})
	if err != nil {
		return nil, err
	}
	links, children, err := ParseSitemap(resp.Body, resp.URL)
	if err != nil {
		return nil, err
	}
	for i, c := range children {
		if i >= maxSitemapChildren {
			break
		}
		r, err := f.Fetch(ctx, c, Validators{})
		if err != nil {
			return nil, err
		}
		more, _, err := ParseSitemap(r.Body, r.URL)
		if err != nil {
			return nil, err
		}
		links = append(links, more...)
	}
	return newestFirst(dedupe(links)), nil
}

// Article fetches a linked page and extracts it. A 304 (when validators
// are given) returns a nil article and NotModified.
func (f *Fetcher) Article(ctx context.Context, l Link, src Source, v Validators) (*Article, *Response, error) {
	if l.Path != "" {
		a, err := ReadFileArticle(l.Path, src.Extract)
		if err != nil {
			return nil, nil, err
		}
		if a.Published.IsZero() {
			a.Published = l.Published
		}
		return a, &Response{Status: 200}, nil
	}
	resp, err := f.Fetch(ctx, l.URL, v)
	if err != nil {
		return nil, nil, err
	}
	if resp.NotModified {
		return nil, resp, nil
	}
	a, err := f.articleFrom(resp, l, src)
	return a, resp, err
}

func (f *Fetcher) articleFrom(resp *Response, l Link, src Source) (*Article, error) {
	var a *Article
	var err error
	if strings.HasPrefix(resp.ContentType, "text/plain") {
		a = &Article{Title: l.Title, CanonicalURL: NormalizeURL(resp.URL)}
		a.setText(string(resp.Body), src.Extract)
	} else {
		a, err = ExtractHTML(resp.Body, resp.ContentType, resp.URL, src.Extract)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", resp.URL, err)
		}
	}
	a.URL = resp.URL.String()
	if a.Title == "" {
		a.Title = l.Title
	}
	a.Published = betterTime(a.Published, l.Published)
	return a, nil
}

// betterTime picks the more precise of the page's date and the feed's: a
// page often gives only the day, which the feed's timestamp then refines.
func betterTime(page, feed time.Time) time.Time {
	switch {
	case page.IsZero():
		return feed
	case feed.IsZero():
		return page
	}
	y1, m1, d1 := page.UTC().Date()
	y2, m2, d2 := feed.UTC().Date()
	midnight := page.UTC().Hour() == 0 && page.UTC().Minute() == 0 && page.UTC().Second() == 0
	if midnight && y1 == y2 && m1 == m2 && d1 == d2 {
		return feed
	}
	return page
}

func boilerplateOf(o ExtractOptions) []*regexp.Regexp {
	if o.Boilerplate == nil {
		return DefaultBoilerplate
	}
	return o.Boilerplate
}
