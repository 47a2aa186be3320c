// Package scrape turns web pages into articles: it finds their main text,
// title, date and canonical URL. Fetching and discovery build on it.
package scrape

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/PuerkitoBio/goquery"
	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
)

// Article is a page reduced to what the rules read.
type Article struct {
	URL          string    // where it was fetched
	CanonicalURL string    // the page's own idea of its address, tracking parameters removed
	Title        string    //
	Outlet       string    // site name from the page's metadata, if any (a fetched page: else its listing's name or host, OutletGuessed)
	Published    time.Time // zero when the page does not say
	Modified     time.Time // when the page or its feed entry says it was revised, if after Published (modifiedAt)
	Text         string    // main text, paragraphs separated by blank lines
	TextHash     string    // hash of Text with white space folded: spots re-published copies
	// OutletGuessed says a fetched page names no site: Outlet is its
	// listing's name for the site or its host (Fetcher.Article).
	OutletGuessed bool
	// Cut is the bytes of the page's text left unread: past
	// MaxExtractedText before extraction, or past MaxTextBytes after it.
	// Zero for an article read whole.
	Cut int
	// AsText: the article is a saved file read as text (ReadsAsText), its
	// text the file's own. Nothing was extracted from a layout, so a short
	// text is a short story, not a page whose story was missed.
	AsText bool
	// HeaderUndated: a text saved with a header that has no Published:
	// line (ParseHeaderText); DateNote is what a folder's reader says of
	// the date it gave it instead (Fetcher.Article).
	HeaderUndated bool
	DateNote      string
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
	var r io.Reader = bytes.NewReader(body)
	if !utf8.Valid(body) {
		dr, err := charset.NewReader(r, contentType)
		if err != nil {
			return nil, fmt.Errorf("decode charset of %q: %w", contentType, err)
		}
		r = dr
	}
	root, err := html.Parse(r)
	if err != nil {
		return nil, fmt.Errorf("parse HTML: %w", err)
	}
	return root, nil
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
		return nil, err // ParseHTML says what it was doing
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
	a.Modified = modifiedAt(doc, a.Published, time.Now())
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
	if opts.Content == "" {
		// Before the bound, so that readers' comments do not use it up.
		dropComments(root)
		if body := findBody(root); body != nil {
			rewriteForExtraction(body)
		}
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
					if dropLeadingRepeat(res.ContentNode) {
						b.Reset()
						blockText(&b, res.ContentNode)
						text = b.String()
					}
				}
			}
			if !strings.Contains(strings.TrimSpace(text), "\n") {
				text = paragraphsFrom(root, text)
			}
			text = unmarkSpaces(text)
		}
		a.Title = strings.TrimSpace(unmarkSpaces(res.Metadata.Title))
		a.Outlet = strings.TrimSpace(unmarkSpaces(res.Metadata.Sitename))
	}
	if a.Title == "" {
		a.Title = strings.TrimSpace(doc.Find("title").First().Text())
	}
	a.setText(text, opts)
	return a, nil
}

// rxURLSiteName is how trafilatura names a site from an address when the
// page names none (its rxSitenameFinder).
var rxURLSiteName = regexp.MustCompile(`(?i)https?://(?:www\.|w[0-9]+\.)?([^/]+)`)

// urlSiteName is the site name trafilatura gives a page at address u that
// names none; "" for an address it reads none from.
func urlSiteName(u string) string {
	if m := rxURLSiteName.FindStringSubmatch(u); m != nil {
		return m[1]
	}
	return ""
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
