package scrape

import (
	"net/url"
	"testing"
	"time"
)

// rssItem is a one-item RSS 2.0 feed with the Dublin Core namespaces.
func rssItem(title, description, extra string) []byte {
	return []byte(`<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"><channel><title>Wire</title>` +
		`<item><title>` + title + `</title><link>https://wire.example/news/swap</link><guid isPermaLink="false">wire-1</guid>` +
		`<pubDate>Mon, 25 Mar 2024 09:00:00 +0000</pubDate><description>` + description + `</description>` + extra + `</item></channel></rss>`)
}

// TestFeedItemListed: what a reader of the feed sees of an item (its
// title, summary, dates) makes its fingerprint; an image's address or a
// tracking parameter in the summary's markup does not. dc:modified and
// dcterms:modified, which gofeed does not read, are the item's update.
func TestFeedItemListed(t *testing.T) {
	base, _ := url.Parse("https://wire.example/feed.xml")
	listed := func(feed []byte) Link {
		t.Helper()
		links, err := ParseFeed(feed, base)
		if err != nil || len(links) != 1 {
			t.Fatalf("%v, %d links", err, len(links))
		}
		return links[0]
	}
	first := listed(rssItem("Swap completed", `&lt;p&gt;Three hostages freed for 90 prisoners.&lt;img src="a.jpg?v=1"&gt;&lt;/p&gt;`, ""))
	if first.Listed == "" {
		t.Fatal("no fingerprint for an RSS item")
	}
	for name, feed := range map[string][]byte{
		"the summary revised":     rssItem("Swap completed", `&lt;p&gt;Four hostages freed for 120 prisoners.&lt;img src="a.jpg?v=1"&gt;&lt;/p&gt;`, ""),
		"the title revised":       rssItem("Second swap completed", `&lt;p&gt;Three hostages freed for 90 prisoners.&lt;img src="a.jpg?v=1"&gt;&lt;/p&gt;`, ""),
		"a dc:modified stamp set": rssItem("Swap completed", `&lt;p&gt;Three hostages freed for 90 prisoners.&lt;img src="a.jpg?v=1"&gt;&lt;/p&gt;`, "<dc:modified>2024-03-25T11:00:00Z</dc:modified>"),
	} {
		if l := listed(feed); !ListingRevised(l, first.Listed) {
			t.Errorf("%s: not seen as revised", name)
		}
	}
	same := listed(rssItem("Swap completed", "&lt;p&gt;Three hostages freed  for 90 prisoners.&lt;img src=\"a.jpg?v=2\"&gt;&lt;/p&gt;", ""))
	if ListingRevised(same, first.Listed) {
		t.Error("an image's address and white space in the summary read as a revision")
	}
	if ListingRevised(same, "") || ListingRevised(Link{}, first.Listed) {
		t.Error("an unknown fingerprint read as a revision")
	}
	for _, stamp := range []string{"<dc:modified>2024-03-25T11:00:00Z</dc:modified>", "<dcterms:modified>2024-03-25T11:00:00Z</dcterms:modified>"} {
		l := listed(rssItem("Swap completed", "Three hostages freed for 90 prisoners.", stamp))
		if want := time.Date(2024, 3, 25, 11, 0, 0, 0, time.UTC); !l.Updated.Equal(want) {
			t.Errorf("%s: updated %v, want %v", stamp, l.Updated, want)
		}
	}
}
