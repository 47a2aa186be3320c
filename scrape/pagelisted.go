package scrape

import (
	"crypto/sha256"
	"encoding/hex"
	"net/url"
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
// as an article again in the same pass.

// cardDepth is how many levels above a link its card may reach: an <a>
// in an <h2> in a <div> in an <article> or <li>.
const cardDepth = 4

// cardListed is the fingerprint of the card of the link a, whose address
// is u: the largest element around it, at most cardDepth levels up, that
// links to no other address. Its text is read without its <time>
// elements' words ("5 minutes ago" changes at every read), and with
// their datetime attributes, which say when the story was revised.
func cardListed(a *goquery.Selection, pageURL *url.URL, u string) string {
	card := a
	for p, k := a.Parent(), 0; k < cardDepth && p.Length() > 0 && !p.Is("body, html"); p, k = p.Parent(), k+1 {
		if !onlyLinksTo(p, pageURL, u) {
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

// selfArticle is the page itself as a link, when it dates itself as an
// article does (article:published_time or modified_time) or says it is a
// LiveBlogPosting: a live blog read through page:. (og:type "article"
// alone is not enough: some sites give it every page, their sections
// too.) Its fingerprint is its text; ok is false for a section page.
func selfArticle(doc *goquery.Document, pageURL *url.URL) (Link, bool) {
	article := doc.Find(`meta[property="article:published_time"], meta[property="article:modified_time"]`).Length() > 0
	doc.Find(`script[type="application/ld+json"]`).Each(func(_ int, s *goquery.Selection) {
		article = article || strings.Contains(s.Text(), "LiveBlogPosting")
	})
	u := resolve(pageURL, pageURL.String())
	if !article || u == "" {
		return Link{}, false
	}
	body := doc.Find("body").Clone()
	body.Find("script, style, noscript, time").Remove()
	h := sha256.Sum256([]byte(strings.Join(strings.Fields(body.Text()), " ")))
	title := strings.Join(strings.Fields(doc.Find("title").First().Text()), " ")
	return Link{URL: u, Title: title, Listed: hex.EncodeToString(h[:12])}, true
}
