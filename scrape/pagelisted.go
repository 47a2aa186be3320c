package scrape

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"net/url"
	"slices"
	"strings"

	"github.com/PuerkitoBio/goquery"
)

// A section page (page:) says of each story what a feed item does: its
// headline, a teaser, a time. A stored story is otherwise read again only
// at its re-checks (1, 3, 9 hours...), so a live page or a correction a
// paper lists through its section page waited up to an hour, where a
// feed's revised item is read in the same pass (feeditem.go). So each
// link of a page gets a fingerprint of its card, what the page shows of
// it (cardListed), which the pass compares as it does a feed item's
// (ListingRevised, with the tracker's guard against a page whose every
// card changes at each read). And a page that is itself an article (a live
// blog read through page:, selfArticle) is listed as its own first link,
// its fingerprint its text: when it changed, and so was read as a listing
// (an unchanged page answers 304 and the pass reads nothing), it is read
// as an article again in the same pass, from the listing's response
// (Link.held): one request, not two.

// cardDepth is how many levels above a link its card may reach: an <a>
// in an <h2> in a <div> in an <article> or <li>.
const cardDepth = 4

// cardText bounds a card's text, in bytes: a headline and a teaser. A
// larger element around a link is a story's body (a live page's, linking
// once to another story), not its card.
const cardText = 600

// cardListed is the fingerprint of the card of the link a, whose address
// is u: the largest element around it, at most cardDepth levels up and
// cardText long, that links to no other address. Its text is read without its <time>
// elements' words ("5 minutes ago" changes at every read), and with
// their datetime attributes, which say when the story was revised.
func cardListed(a *goquery.Selection, pageURL *url.URL, u string) string {
	card := a
	for p, k := a.Parent(), 0; k < cardDepth && p.Length() > 0 && !p.Is("body, html"); p, k = p.Parent(), k+1 {
		if len(p.Text()) > cardText || !onlyLinksTo(p, pageURL, u) {
			break
		}
		card = p
	}
	h := sha256.New()
	c := card.Clone()
	c.Find("time").Each(func(_ int, t *goquery.Selection) {
		at, _ := t.Attr("datetime")
		h.Write([]byte(strings.TrimSpace(at)))
		h.Write([]byte{0})
		t.Remove()
	})
	c.Find("script, style, noscript").Remove()
	h.Write([]byte(strings.Join(strings.Fields(c.Text()), " ")))
	return hex.EncodeToString(h.Sum(nil)[:12])
}

// onlyLinksTo says every link inside s leads to u (or to no page: "#").
func onlyLinksTo(s *goquery.Selection, pageURL *url.URL, u string) bool {
	only := true
	s.Find("a[href]").EachWithBreak(func(_ int, a *goquery.Selection) bool {
		href, _ := a.Attr("href")
		if v := resolve(pageURL, href); v != "" && v != u {
			only = false
		}
		return only
	})
	return only
}

// selfArticle is the page itself as a link, when it says it is this
// article, as a section page does not: JSON-LD of an article type
// (LiveBlogPosting, NewsArticle, ...) whose url or mainEntityOfPage is this
// page, or og:type "article" with an article:published_time and a
// canonical (or og:url) that is this page. (An article:modified_time, or
// og:type alone, is not enough: some sites give them to every page, their
// sections too.) A live blog read through page:. Its fingerprint is its
// text; ok is false for a section page.
func selfArticle(doc *goquery.Document, pageURL *url.URL) (Link, bool) {
	u := resolve(pageURL, pageURL.String())
	if u == "" || !(ldArticleAt(doc, pageURL, u) || metaArticleAt(doc, pageURL, u)) {
		return Link{}, false
	}
	body := doc.Find("body").Clone()
	body.Find("script, style, noscript, time").Remove()
	h := sha256.Sum256([]byte(strings.Join(strings.Fields(body.Text()), " ")))
	title := strings.Join(strings.Fields(doc.Find("title").First().Text()), " ")
	return Link{URL: u, Title: title, Listed: hex.EncodeToString(h[:12])}, true
}

// metaArticleAt says the page's meta tags make it the article at u:
// og:type "article", an article:published_time, and a canonical link or
// og:url that is u.
func metaArticleAt(doc *goquery.Document, pageURL *url.URL, u string) bool {
	og, _ := doc.Find(`meta[property="og:type"]`).First().Attr("content")
	if !strings.EqualFold(strings.TrimSpace(og), "article") || doc.Find(`meta[property="article:published_time"]`).Length() == 0 {
		return false
	}
	canonical, _ := doc.Find(`link[rel="canonical"]`).First().Attr("href")
	if canonical == "" {
		canonical, _ = doc.Find(`meta[property="og:url"]`).First().Attr("content")
	}
	return resolve(pageURL, canonical) == u
}

// articleTypes are the JSON-LD types of a page that is one story.
var articleTypes = []string{"LiveBlogPosting", "NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "BlogPosting", "Report"}

// ldArticleAt says the page's JSON-LD describes an article (articleTypes)
// whose url or mainEntityOfPage is u: a section page's list of its
// stories names other addresses.
func ldArticleAt(doc *goquery.Document, pageURL *url.URL, u string) bool {
	found := false
	doc.Find(`script[type="application/ld+json"]`).EachWithBreak(func(_ int, s *goquery.Selection) bool {
		var v any
		if json.Unmarshal([]byte(s.Text()), &v) == nil {
			found = ldArticle(v, pageURL, u, 0)
		}
		return !found
	})
	return found
}

// ldArticle is ldArticleAt of one JSON-LD value, at depth (a @graph, a
// list, bounded).
func ldArticle(v any, pageURL *url.URL, u string, depth int) bool {
	if depth > 3 {
		return false
	}
	switch x := v.(type) {
	case []any:
		for _, e := range x {
			if ldArticle(e, pageURL, u, depth+1) {
				return true
			}
		}
	case map[string]any:
		if g, ok := x["@graph"]; ok {
			return ldArticle(g, pageURL, u, depth+1)
		}
		if !ldTyped(x["@type"]) {
			return false
		}
		for _, key := range []string{"url", "mainEntityOfPage", "@id"} {
			at := x[key]
			if m, ok := at.(map[string]any); ok {
				at = m["@id"]
			}
			if str, ok := at.(string); ok && resolve(pageURL, str) == u {
				return true
			}
		}
	}
	return false
}

// ldTyped says a JSON-LD @type (a name or a list of names) is an article's.
func ldTyped(t any) bool {
	switch x := t.(type) {
	case string:
		return slices.Contains(articleTypes, x)
	case []any:
		for _, e := range x {
			if ldTyped(e) {
				return true
			}
		}
	}
	return false
}
