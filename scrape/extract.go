// Package scrape turns web pages into articles: it finds their main text,
// title, date and canonical URL. Fetching and discovery build on it.
package scrape

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"mime"
	"net"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/PuerkitoBio/goquery"
	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
	"golang.org/x/net/publicsuffix"
)

// Article is a page reduced to what the rules read.
type Article struct {
	URL          string    // where it was fetched
	CanonicalURL string    // the page's own idea of its address, tracking parameters removed
	Title        string    //
	Outlet       string    // site name from the page's metadata, if any
	Published    time.Time // zero when the page does not say
	Text         string    // main text, paragraphs separated by blank lines
	TextHash     string    // hash of Text with white space folded: spots re-published copies
	// Cut is the bytes of the page's text left unread: past
	// MaxExtractedText before extraction, or past MaxTextBytes after it.
	// Zero for an article read whole.
	Cut int
}

// ExtractOptions are per-source overrides of automatic extraction.
type ExtractOptions struct {
	// Content is a CSS selector whose text is the article; empty for
	// automatic extraction.
	Content string
	// Remove lists CSS selectors dropped before extraction.
	Remove []string
	// Boilerplate holds line patterns to drop from the text; nil means
	// DefaultBoilerplate.
	Boilerplate []*regexp.Regexp
	// AllowCrossDomainCanonical accepts a canonical URL (<link
	// rel=canonical>, og:url) on another registrable domain than the
	// page's and its listing's. Off, such a URL is ignored: the canonical
	// URL is the article's key in the store, and a page naming another
	// outlet's address would otherwise stand in for that outlet's article.
	AllowCrossDomainCanonical bool
	// Listing is the feed, section page or sitemap the page was linked
	// from: a canonical URL on its domain is the outlet's own too.
	// Fetcher.Article sets it from the source.
	Listing string
}

// DefaultBoilerplate matches lines of page furniture that survive
// extraction: "See also ...", "Follow us on ...", copyright lines.
var DefaultBoilerplate = []*regexp.Regexp{
	regexp.MustCompile(`(?i)^\s*(see also|read more|read also|related( articles| stories| coverage)?|more on this|recommended|most read|trending)\b`),
	regexp.MustCompile(`(?i)^\s*(follow us|follow @|join (our|us)|sign up|subscribe|download (our|the) app|get our newsletter)\b`),
	regexp.MustCompile(`(?i)^\s*(copyright\b|©|\(c\) \d{4})`),
	// A short line that ends "All rights reserved" is a copyright notice;
	// a paragraph that ends so is not. The bound also keeps the pattern
	// cheap: unanchored, Go's regexp would try it at every position of
	// every line, which was most of CleanText's time.
	regexp.MustCompile(`(?i)^.{0,80}\ball rights reserved\.?\s*$`),
	regexp.MustCompile(`(?i)^\s*((share this|share on|advertisement|click here|listen to this article)\b|(watch|photo|image):)`),
}

// Boilerplate returns the default line patterns followed by extra ones.
func Boilerplate(extra []string) ([]*regexp.Regexp, error) {
	out := append([]*regexp.Regexp(nil), DefaultBoilerplate...)
	for _, s := range extra {
		re, err := regexp.Compile(s)
		if err != nil {
			return nil, fmt.Errorf("boilerplate pattern %q: %w", s, err)
		}
		out = append(out, re)
	}
	return out, nil
}

// ErrNotHTML is returned for a response that is not a web page.
var ErrNotHTML = errors.New("not an HTML page")

// IsHTML reports whether a Content-Type (or, when it is empty, the body)
// is HTML.
func IsHTML(contentType string, body []byte) bool {
	if contentType == "" {
		contentType = http.DetectContentType(body)
	}
	mt, _, err := mime.ParseMediaType(contentType)
	if err != nil {
		return false
	}
	return mt == "text/html" || mt == "application/xhtml+xml"
}

// ParseHTML parses a page once. Bytes that are valid UTF-8 are parsed as
// they are (whatever the page claims); anything else is decoded with the
// charset the Content-Type or the page's <meta> names.
func ParseHTML(body []byte, contentType string) (*html.Node, error) {
	var r = bytes.NewReader(body)
	if utf8.Valid(body) {
		return html.Parse(r)
	}
	dr, err := charset.NewReader(r, contentType)
	if err != nil {
		return nil, fmt.Errorf("decode charset of %q: %w", contentType, err)
	}
	return html.Parse(dr)
}

// ExtractHTML finds the article in an HTML page fetched from pageURL.
func ExtractHTML(body []byte, contentType string, pageURL *url.URL, opts ExtractOptions) (*Article, error) {
	return extractHTML(body, contentType, pageURL, opts, MaxExtractedText)
}

// extractHTML is ExtractHTML with the text that extraction is given
// bounded at textLimit bytes.
func extractHTML(body []byte, contentType string, pageURL *url.URL, opts ExtractOptions, textLimit int) (*Article, error) {
	if !IsHTML(contentType, body) {
		ct := contentType
		if ct == "" {
			ct = http.DetectContentType(body)
		}
		return nil, fmt.Errorf("%w (content type %s)", ErrNotHTML, ct)
	}
	root, err := ParseHTML(body, contentType)
	if err != nil {
		return nil, fmt.Errorf("parse HTML: %w", err)
	}
	doc := goquery.NewDocumentFromNode(root)
	for _, sel := range opts.Remove {
		doc.Find(sel).Remove()
	}
	a := &Article{}
	if pageURL != nil {
		a.URL = pageURL.String()
	}
	a.CanonicalURL = canonicalURL(doc, pageURL, opts)
	// Before trafilatura, which prunes the tree it is given.
	a.Published = publishedAt(doc, pageURL, time.Now())
	stripUnread(root)

	var text string
	if opts.Content != "" {
		sel := doc.Find(opts.Content)
		if sel.Length() == 0 {
			return nil, fmt.Errorf("the content selector %q matches nothing on this page", opts.Content)
		}
		var b strings.Builder
		sel.Each(func(_ int, s *goquery.Selection) {
			for _, n := range s.Nodes {
				blockText(&b, n)
			}
		})
		text = b.String()
	}
	if cut := boundText(root, textLimit); opts.Content == "" {
		// A source's content selector has read its text already, whole;
		// extraction, given the cut page, gives the title only.
		a.Cut = cut
	}
	res, err := trafilatura.ExtractDocument(root, trafilatura.Options{
		OriginalURL:     pageURL,
		EnableFallback:  false,
		ExcludeComments: true,
		HtmlDateMode:    trafilatura.Disabled, // publishedAt has found it
	})
	if err != nil && opts.Content == "" {
		return nil, fmt.Errorf("extract main text: %w", err)
	}
	if res != nil {
		if opts.Content == "" {
			text = res.ContentText
			if res.ContentNode != nil {
				// ContentText runs paragraphs together; render the node so
				// that each paragraph stays on its own. On a page too thin
				// for its main extractor, trafilatura's fallbacks leave the
				// paragraphs they tried in the node beside the text they
				// chose, so the rendering is used only when it holds the
				// same text.
				var b strings.Builder
				blockText(&b, res.ContentNode)
				if sameNonSpace(b.String(), res.ContentText) {
					text = b.String()
				}
			}
			if !strings.Contains(strings.TrimSpace(text), "\n") {
				text = paragraphsFrom(root, text)
			}
		}
		a.Title = strings.TrimSpace(res.Metadata.Title)
		a.Outlet = strings.TrimSpace(res.Metadata.Sitename)
	}
	if a.Title == "" {
		a.Title = strings.TrimSpace(doc.Find("title").First().Text())
	}
	a.setText(text, opts)
	return a, nil
}

// stripUnread removes what no later step reads: scripts other than
// JSON-LD (which trafilatura reads for the site's name), styles, SVG
// drawings, templates, noscript and iframe fallbacks, and comments. On a
// news site's page they are most of the bytes, and trafilatura copies the
// tree it is given several times over before dropping them itself.
func stripUnread(n *html.Node) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if unread(c) {
			n.RemoveChild(c)
		} else if c.Type == html.ElementNode {
			stripUnread(c)
		}
		c = next
	}
}

func unread(n *html.Node) bool {
	switch n.Type {
	case html.CommentNode:
		return true
	case html.ElementNode:
	default:
		return false
	}
	switch n.DataAtom {
	case atom.Style, atom.Svg, atom.Template, atom.Noscript, atom.Iframe:
		return true
	case atom.Script:
		for _, a := range n.Attr {
			if a.Key == "type" && strings.EqualFold(strings.TrimSpace(a.Val), "application/ld+json") {
				return false
			}
		}
		return true
	}
	return false
}

// setText sets an article's text, cleaned with the source's boilerplate
// patterns, and the hash that goes with it: every reader of an article,
// whatever its format, ends here, so no text is stored without its hash.
func (a *Article) setText(raw string, opts ExtractOptions) {
	clean := CleanText(raw, boilerplateOf(opts))
	a.Text = cutText(clean, MaxTextBytes)
	a.Cut += len(clean) - len(a.Text)
	a.TextHash = HashText(a.Text)
}

// MaxTextBytes bounds an article's text. No news story comes near it (the
// longest live pages run to a few hundred kB), and everything after
// extraction (the rules, the fingerprint, the store) holds the text whole,
// for every source read at once.
const MaxTextBytes = 1 << 20

// cutText returns text cut to at most limit bytes, at the last paragraph
// break before the limit (else the last space), so that no sentence is cut
// in two.
func cutText(text string, limit int) string {
	if len(text) <= limit {
		return text
	}
	text = text[:limit]
	if i := strings.LastIndex(text, "\n\n"); i > 0 {
		return text[:i]
	}
	if i := strings.LastIndexByte(text, ' '); i > 0 {
		return text[:i]
	}
	return strings.ToValidUTF8(text, "")
}

// CleanText normalises white space, keeps one blank line between
// paragraphs and drops lines matching any boilerplate pattern.
func CleanText(text string, boilerplate []*regexp.Regexp) string {
	var out strings.Builder
	out.Grow(len(text))
	var line []byte // the line being read, its white space folded
	for rest := text; rest != ""; {
		var raw string
		raw, rest, _ = strings.Cut(rest, "\n")
		line = line[:0]
		for w := range strings.FieldsSeq(raw) {
			if len(line) > 0 {
				line = append(line, ' ')
			}
			line = append(line, w...)
		}
		if len(line) == 0 || matchesAny(boilerplate, line) {
			continue
		}
		if out.Len() > 0 {
			out.WriteString("\n\n")
		}
		out.Write(line)
	}
	return out.String()
}

func matchesAny(patterns []*regexp.Regexp, line []byte) bool {
	for _, re := range patterns {
		if re.Match(line) {
			return true
		}
	}
	return false
}

// HashText hashes text with white space folded, so that the same article
// re-published with other line breaks hashes the same.
func HashText(text string) string {
	// The words go to the hash through a small buffer, one space between
	// them, rather than joined into a copy of the text first.
	h := sha256.New()
	var buf [2048]byte
	n := 0
	put := func(s string) {
		for s != "" {
			if n == len(buf) {
				h.Write(buf[:])
				n = 0
			}
			c := copy(buf[n:], s)
			n += c
			s = s[c:]
		}
	}
	first := true
	for w := range strings.FieldsSeq(text) {
		if !first {
			put(" ")
		}
		first = false
		put(w)
	}
	h.Write(buf[:n])
	var sum [sha256.Size]byte
	return hex.EncodeToString(h.Sum(sum[:0])[:16])
}

var blockTags = map[string]bool{"p": true, "div": true, "br": true, "li": true, "h1": true, "h2": true, "h3": true,
	"h4": true, "h5": true, "h6": true, "blockquote": true, "section": true, "article": true, "tr": true, "figcaption": true,
	"ul": true, "ol": true, "table": true, "header": true, "footer": true, "pre": true}

// sameNonSpace reports whether a and b hold the same characters once
// white space is taken out.
func sameNonSpace(a, b string) bool {
	i, j := 0, 0
	for {
		// Most of a text is equal ASCII letters, compared here without a
		// call for each.
		for i < len(a) && j < len(b) && a[i] == b[j] && a[i] > ' ' && a[i] < utf8.RuneSelf {
			i, j = i+1, j+1
		}
		i, j = skipSpace(a, i), skipSpace(b, j)
		if i == len(a) || j == len(b) {
			return i == len(a) && j == len(b)
		}
		if a[i] != b[j] {
			return false
		}
		i, j = i+1, j+1
	}
}

// skipSpace returns the index of the first byte at or after i that does
// not begin a white-space character.
func skipSpace(s string, i int) int {
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf {
			if c != ' ' && (c < '\t' || c > '\r') {
				return i
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsSpace(r) {
			return i
		}
		i += n
	}
	return i
}

// paragraphsFrom returns text with the paragraph breaks it has on the
// page. The fallbacks trafilatura takes on a page too thin for its main
// extractor (a breaking-news stub under 250 characters) read an element's
// text content, which runs its paragraphs together: "...the council
// said.Buses will run...". Found among the page's own blocks, the same
// characters come back with their breaks; text is returned as it is when
// they are not found there.
func paragraphsFrom(root *html.Node, text string) string {
	want := appendNonSpace(nil, nil, text)
	if len(want) == 0 {
		return text
	}
	var b strings.Builder
	blockText(&b, root)
	page := b.String()
	var at []int // at[k] is the offset in page of the k-th byte of chars
	chars := appendNonSpace(make([]byte, 0, len(page)), &at, page)
	k := bytes.Index(chars, want)
	if k < 0 {
		return text
	}
	return page[at[k] : at[k+len(want)-1]+1]
}

// appendNonSpace appends the bytes of s that are not white space to dst
// and, when at is not nil, the offset of each in s to *at.
func appendNonSpace(dst []byte, at *[]int, s string) []byte {
	for i := skipSpace(s, 0); i < len(s); i = skipSpace(s, i) {
		dst = append(dst, s[i])
		if at != nil {
			*at = append(*at, i)
		}
		i++
	}
	return dst
}

// blockText writes the text of n with a line break around each block
// element, so paragraphs stay apart.
func blockText(b *strings.Builder, n *html.Node) {
	switch n.Type {
	case html.TextNode:
		b.WriteString(n.Data)
		return
	case html.ElementNode:
		switch n.Data {
		case "script", "style", "noscript", "template", "svg":
			return
		}
	}
	block := n.Type == html.ElementNode && blockTags[n.Data]
	if block {
		b.WriteString("\n")
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		blockText(b, c)
	}
	if block {
		b.WriteString("\n")
	}
}

// canonicalURL is <link rel=canonical>, else og:url, else the page URL,
// resolved and stripped of tracking parameters. A canonical URL on another
// site than the page's and its listing's is passed over unless opts allow
// it.
func canonicalURL(doc *goquery.Document, pageURL *url.URL, opts ExtractOptions) string {
	for _, href := range []string{
		doc.Find(`link[rel~="canonical"]`).First().AttrOr("href", ""),
		doc.Find(`meta[property="og:url"]`).First().AttrOr("content", ""),
	} {
		href = strings.TrimSpace(href)
		if href == "" {
			continue
		}
		u, err := url.Parse(href)
		if err != nil {
			continue
		}
		if pageURL != nil {
			u = pageURL.ResolveReference(u)
		}
		if (u.Scheme == "http" || u.Scheme == "https") && (opts.AllowCrossDomainCanonical || sameSite(u, pageURL, opts.Listing)) {
			return NormalizeURL(u)
		}
	}
	if pageURL == nil {
		return ""
	}
	return NormalizeURL(pageURL)
}

// trackingParams are query parameters that identify a campaign or a
// click, not a page.
var trackingParams = map[string]bool{"fbclid": true, "gclid": true, "dclid": true, "msclkid": true, "mc_cid": true,
	"mc_eid": true, "igshid": true, "ref": true, "ref_src": true, "cmpid": true, "ito": true, "ocid": true, "smid": true,
	"share": true, "s_cid": true, "__twitter_impression": true, "at_medium": true, "at_campaign": true}

// NormalizeURL returns u without its fragment, tracking parameters
// (utm_*, fbclid, ...) or default port, with a lower-case host, so that one
// article has one address however it was linked.
func NormalizeURL(u *url.URL) string {
	c := *u
	c.Fragment = ""
	c.RawFragment = ""
	c.Host = strings.ToLower(c.Host)
	if (c.Scheme == "http" && strings.HasSuffix(c.Host, ":80")) || (c.Scheme == "https" && strings.HasSuffix(c.Host, ":443")) {
		c.Host = c.Host[:strings.LastIndexByte(c.Host, ':')]
	}
	if c.RawQuery != "" {
		q := c.Query()
		for k := range q {
			lk := strings.ToLower(k)
			if strings.HasPrefix(lk, "utm_") || trackingParams[lk] {
				q.Del(k)
			}
		}
		c.RawQuery = q.Encode()
	}
	if c.Path == "" {
		c.Path = "/"
	}
	return c.String()
}

// TextFromPlain turns a plain-text article into one paragraph per line
// block, as ExtractHTML returns it.
func TextFromPlain(s string) string {
	s = strings.TrimFunc(s, unicode.IsSpace)
	return CleanText(s, DefaultBoilerplate)
}

func boilerplateOf(o ExtractOptions) []*regexp.Regexp {
	if o.Boilerplate == nil {
		return DefaultBoilerplate
	}
	return o.Boilerplate
}

// sameSite reports whether u is on the registrable domain (example.co.uk
// for www.example.co.uk) of the page or of the listing it was linked from.
// A page with no address (a local file) vouches for itself.
func sameSite(u, page *url.URL, listing string) bool {
	if page == nil {
		return true
	}
	site := registrableDomain(u.Hostname())
	if site == registrableDomain(page.Hostname()) {
		return true
	}
	l, err := url.Parse(listing)
	return listing != "" && err == nil && site == registrableDomain(l.Hostname())
}

// registrableDomain is a host's public suffix plus one label, by the
// Public Suffix List; an IP address or a single-label host is itself.
func registrableDomain(host string) string {
	host = strings.ToLower(strings.TrimSuffix(host, "."))
	if net.ParseIP(host) != nil {
		return host
	}
	d, err := publicsuffix.EffectiveTLDPlusOne(host)
	if err != nil {
		return host
	}
	return d
}
