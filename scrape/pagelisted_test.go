package scrape

import (
	"net/url"
	"strings"
	"testing"
)

// sectionPage is a paper's section page: three cards, one of them with a
// relative time, and a footer linking elsewhere.
func sectionPage(teaser, updated, ago string) []byte {
	return []byte(`<html><head><title>World</title></head><body>
<article class="card"><h2><a href="/flood-live">Haldor floods: live</a></h2>
<p>` + teaser + `</p><time datetime="` + updated + `">` + ago + `</time></article>
<article class="card"><h2><a href="/refugees">Refugees cross at Kesh</a></h2><p>Aid groups ask for tents.</p>
<a href="/refugees">Read more</a></article>
<div><h2><a href="/dam">Dam holds</a></h2></div>
<footer><a href="/about">About</a> <a href="/contact">Contact</a></footer>
</body></html>`)
}

// TestPageLinksListCards: each link of a section page carries what the
// page shows of it; a card's teaser or datetime changing changes its
// fingerprint, its <time> words alone ("5 minutes ago") do not, and the
// other cards keep theirs.
func TestPageLinksListCards(t *testing.T) {
	page, _ := url.Parse("https://paper.example/world")
	read := func(body []byte) map[string]string {
		t.Helper()
		links, err := PageLinks(body, "text/html", page, "h2 a")
		if err != nil {
			t.Fatal(err)
		}
		out := map[string]string{}
		for _, l := range links {
			if l.Listed == "" {
				t.Errorf("%s: no fingerprint", l.URL)
			}
			out[l.URL] = l.Listed
		}
		return out
	}
	live, refugees := "https://paper.example/flood-live", "https://paper.example/refugees"
	before := read(sectionPage("47,500 displaced, officials say.", "2026-12-07T09:00:00Z", "5 minutes ago"))
	if len(before) != 3 {
		t.Fatalf("links: %v", before)
	}
	ago := read(sectionPage("47,500 displaced, officials say.", "2026-12-07T09:00:00Z", "9 minutes ago"))
	teaser := read(sectionPage("Now 52,000 displaced, officials say.", "2026-12-07T09:00:00Z", "1 minute ago"))
	moved := read(sectionPage("47,500 displaced, officials say.", "2026-12-07T10:15:00Z", "5 minutes ago"))
	if ago[live] != before[live] {
		t.Error("the card's relative time alone changed its fingerprint")
	}
	if teaser[live] == before[live] || moved[live] == before[live] {
		t.Error("a changed teaser or datetime left the card's fingerprint as it was")
	}
	if teaser[refugees] != before[refugees] || moved[refugees] != before[refugees] {
		t.Error("another card's change changed this one's fingerprint")
	}
}

// TestLivePageListsItself: a live blog read through page: says it is this
// article (JSON-LD for its own address, or og:type article with a
// publication time and its own canonical): it is its own first link, its
// fingerprint its text. A section page is not, though it carries an
// article:modified_time, og:type article or JSON-LD of its stories.
func TestLivePageListsItself(t *testing.T) {
	page, _ := url.Parse("https://paper.example/flood-live")
	ld := `<script type="application/ld+json">{"@context":"https://schema.org","@type":"LiveBlogPosting","url":"https://paper.example/flood-live"}</script>`
	meta := `<meta property="og:type" content="article"><meta property="article:published_time" content="2026-12-07T06:00:00Z"><link rel="canonical" href="/flood-live">`
	live := func(head, update string) Link {
		t.Helper()
		body := `<html><head><title>Haldor floods: live</title>` + head + `</head><body>
<article><p>` + update + `</p><p>Earlier: <a href="/dam">the dam holds</a>.</p></article></body></html>`
		links, err := PageLinks([]byte(body), "text/html", page, "")
		if err != nil || len(links) != 2 || links[0].URL != "https://paper.example/flood-live" {
			t.Fatalf("links %+v (%v)", links, err)
		}
		return links[0]
	}
	for _, head := range []string{ld, meta} {
		a, b := live(head, "09:10 Some 47,500 people are displaced."), live(head, "10:40 Now 52,000 people are displaced.")
		if a.Listed == "" || a.Listed == b.Listed {
			t.Errorf("the live page's fingerprints %q, %q: want two", a.Listed, b.Listed)
		}
	}
	section, _ := url.Parse("https://paper.example/world")
	heads := []string{
		`<meta property="article:modified_time" content="2026-12-07T09:00:00Z"><meta property="og:type" content="article">`,
		`<meta property="og:type" content="article"><meta property="article:published_time" content="2026-12-07T06:00:00Z"><link rel="canonical" href="/flood-live">`,
		`<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","url":"https://paper.example/flood-live"},{"@type":"NewsArticle","url":"https://paper.example/refugees"}]}</script>`,
	}
	for _, head := range heads {
		body := strings.Replace(string(sectionPage("47,500 displaced.", "2026-12-07T09:00:00Z", "now")), "<head>", "<head>"+head, 1)
		links, err := PageLinks([]byte(body), "text/html", section, "h2 a")
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range links {
			if l.URL == "https://paper.example/world" {
				t.Errorf("a section page listed itself (head %s)", head)
			}
		}
	}
}
