package scrape

import (
	"time"

	"github.com/PuerkitoBio/goquery"
)

// modifiedAt finds when a page says it was last revised: JSON-LD's
// dateModified, else the meta tags of social cards and search engines
// (article:modified_time, og:updated_time …). A live blog updated in
// place keeps its first publication date, and its figure is as of its
// revision: the tracker orders a revised article by this time when the
// page gives it (tracker Item.AsOf). The zero time means the page does
// not say, or says a time not after its publication.
func modifiedAt(doc *goquery.Document, published, now time.Time) time.Time {
	t := jsonLDModified(doc)
	if t.IsZero() {
		t = metaModified(doc)
	}
	return laterRevision(t, published, now)
}

// laterRevision is t when it is a revision after published and not ahead
// of now (a fast clock, a typo), else the zero time.
func laterRevision(t, published, now time.Time) time.Time {
	if t.IsZero() || !t.After(published) || t.After(now.Add(futureRevision)) {
		return time.Time{}
	}
	return t
}

// futureRevision is how far ahead of now a page's modification time is
// still believed (a server's clock a few minutes fast).
const futureRevision = 5 * time.Minute

// jsonLDModified reads dateModified from the page's JSON-LD blocks.
func jsonLDModified(doc *goquery.Document) time.Time {
	var modified time.Time
	eachJSONLDObject(doc, func(m map[string]any) bool {
		if d, ok := m["dateModified"].(string); ok {
			modified = parseDate(d)
		}
		return modified.IsZero()
	})
	return modified
}

// modifiedMeta lists the meta tags (property, name or itemprop) that carry
// a modification time, most trusted first.
var modifiedMeta = []string{
	"article:modified_time", "og:article:modified_time", "og:updated_time", "article:modified",
	"datemodified", "last-modified", "dcterms.modified", "dc.date.modified",
}

func metaModified(doc *goquery.Document) time.Time { return metaTime(doc, modifiedMeta) }
