package scrape

import (
	"crypto/sha256"
	"encoding/hex"
	"html"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"
)

// An RSS 2.0 item revised in place often keeps its guid and link and says
// nothing of the revision: its title, description or content change, or
// its pubDate moves, and many feeds give no <atom:updated> nor dc:date. Atom has <updated>, which Link.Updated carries; for the rest
// a pass compares what the feed says of the item now with what it said
// when the page was last fetched (Link.Listed, stored with the page), and
// a changed item has its page read again in the same pass (ListingRevised)
// instead of at its next scheduled re-check, hours later. Only what a
// reader of the feed sees is compared, the text without its markup: an
// image's cache-busting address or a tracking parameter in a link's
// attributes changes nothing.

// itemListed is the fingerprint of what a feed says of an item: its
// title, summary and content as text, and its dates as written.
func itemListed(it *gofeed.Item) string {
	h := sha256.New()
	for _, s := range []string{it.Title, it.Description, it.Content} {
		h.Write([]byte(markupless(s)))
		h.Write([]byte{0})
	}
	for _, s := range []string{it.Published, it.Updated, extText(it, "dc", "modified"), extText(it, "dcterms", "modified")} {
		h.Write([]byte(strings.TrimSpace(s)))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil)[:12])
}

// itemModified is when an RSS item says it was modified, by
// dc:modified or dcterms:modified, which gofeed does not read as its
// update (it reads dc:date and atom:updated); zero when it says nothing.
func itemModified(it *gofeed.Item) time.Time {
	for _, prefix := range []string{"dcterms", "dc"} {
		if t := parseDate(extText(it, prefix, "modified")); !t.IsZero() {
			return t
		}
	}
	return time.Time{}
}

// extText is the text of an item's first extension element prefix:name.
func extText(it *gofeed.Item, prefix, name string) string {
	if es := it.Extensions[prefix][name]; len(es) > 0 {
		return es[0].Value
	}
	return ""
}

// markupless is a feed field's text: tags dropped, entities read, runs of
// white space one space.
func markupless(s string) string {
	if strings.IndexByte(s, '<') >= 0 {
		var b strings.Builder
		in := false
		for _, r := range s {
			switch {
			case r == '<':
				in = true
			case r == '>' && in:
				in = false
				b.WriteByte(' ')
			case !in:
				b.WriteRune(r)
			}
		}
		s = b.String()
	}
	return strings.Join(strings.Fields(html.UnescapeString(s)), " ")
}

// ListingRevised reports whether a feed says of a stored item something
// other than it did when its page was last fetched (before: the stored
// Link.Listed). Unknown either side, nothing says it was revised: a page
// fetched before fingerprints were kept gets one at its next fetch.
func ListingRevised(l Link, before string) bool {
	return l.Listed != "" && before != "" && l.Listed != before
}
