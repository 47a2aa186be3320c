package newstext

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"
)

// Article is what a generated page says: its own story, title and date.
type Article struct {
	Path      string // the page's path on its site, e.g. /world/2024/03/12/story-7
	Title     string
	Published time.Time
	Story     string // paragraphs separated by blank lines, as Story writes them
	Seed      uint64 // picks the page's furniture: menus, teasers, cards
}

// PageShape says how much of a real news page surrounds the story.
type PageShape int

const (
	// BarePage is the story in <p> elements under an <article>, with a
	// one-link nav and a one-line footer: the least a page can be.
	BarePage PageShape = iota
	// NewsPage is built like an article page of a news site: a head of
	// meta tags, JSON-LD, CSS and a serialised app state; a header with a
	// section menu; a byline, a photo and share buttons; a "read more" box
	// and an advertising slot among the paragraphs; tags, an author box, a
	// most-read list, a grid of story cards, a newsletter form and a
	// footer of link columns: many times the story's size, as on the real
	// pages in ../shared/pages (docs/performance.md, "The tracker", gives
	// the sizes of both).
	NewsPage
)

// furnitureVariants is how many different sets of menus, teasers and
// cards NewsPage pages are built from: enough that no one set dominates,
// few enough that a server can keep them all.
const furnitureVariants = 8

// Pages builds article pages of one shape. Pages of the NewsPage shape
// share their furniture, so Parts lets a server keep only each article's
// own bytes.
type Pages struct {
	shape PageShape
	site  string
	// top[v] runs from the end of an article's meta tags to its headline;
	// bottom[v] from the end of its story to </html>.
	top, bottom [furnitureVariants][]byte
	share       string // the share buttons, above and below each article
}

// NewPages returns a page builder for the site called site.
func NewPages(shape PageShape, site string) *Pages {
	p := &Pages{shape: shape, site: site}
	if shape == NewsPage {
		p.share = shareButtons()
		for v := range furnitureVariants {
			r := rand.New(rand.NewPCG(uint64(v), 0x6675726e))
			p.top[v] = []byte(p.newsTop(r))
			p.bottom[v] = []byte(p.newsBottom(r))
		}
	}
	return p
}

// Page returns a's page.
func (p *Pages) Page(a Article) []byte {
	var b []byte
	for _, part := range p.Parts(a) {
		b = append(b, part...)
	}
	return b
}

// Parts returns a's page in pieces that, written in order, make Page(a).
// The first and third are a's own; the others are shared between pages.
func (p *Pages) Parts(a Article) [][]byte {
	if p.shape == BarePage {
		return [][]byte{[]byte(p.bare(a))}
	}
	v := a.Seed % furnitureVariants
	head, body := p.newsArticle(a)
	return [][]byte{[]byte(head), p.top[v], []byte(body), p.bottom[v]}
}

func (p *Pages) bare(a Article) string {
	var b strings.Builder
	fmt.Fprintf(&b, `<!doctype html><html><head><title>%s</title><meta property="article:published_time" content="%s"></head><body><nav><a href="/">Home</a></nav><article><h1>%s</h1>`,
		a.Title, a.Published.Format(time.RFC3339), a.Title)
	for _, para := range strings.Split(a.Story, "\n\n") {
		fmt.Fprintf(&b, "<p>%s</p>\n", para)
	}
	fmt.Fprintf(&b, "</article><footer>© %s</footer></body></html>", p.site)
	return b.String()
}

var sections = []string{"World", "Middle East", "Europe", "Americas", "Africa", "Asia", "Politics", "Business",
	"Markets", "Climate", "Health", "Science", "Technology", "Opinion", "Analysis", "Investigations", "Sport", "Culture"}

// newsArticle returns the page's own bytes: the head up to the shared CSS
// and scripts, and the article from its headline to its last paragraph.
func (p *Pages) newsArticle(a Article) (head, body string) {
	r := rand.New(rand.NewPCG(a.Seed, 0x61727469))
	section := sections[r.IntN(len(sections))]
	published := a.Published.Format(time.RFC3339)
	standfirst := sentence(r, 14)
	author := authors[r.IntN(len(authors))]
	url := a.Path // the page's own address, as the site serving it resolves it

	var h strings.Builder
	h.WriteString(`<!DOCTYPE html><html lang="en-GB" class="no-js"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">`)
	fmt.Fprintf(&h, `<title>%s | %s | %s</title>`, a.Title, section, p.site)
	fmt.Fprintf(&h, `<meta name="description" content="%s"><link rel="canonical" href="%s">`, standfirst, url)
	fmt.Fprintf(&h, `<meta property="og:type" content="article"><meta property="og:title" content="%s"><meta property="og:description" content="%s"><meta property="og:url" content="%s"><meta property="og:site_name" content="%s"><meta property="og:image" content="https://cdn.example/images/%d/1200x630.jpg">`,
		a.Title, standfirst, url, p.site, a.Seed)
	fmt.Fprintf(&h, `<meta name="twitter:card" content="summary_large_image"><meta name="twitter:title" content="%s"><meta name="twitter:site" content="@loopback">`, a.Title)
	fmt.Fprintf(&h, `<meta property="article:published_time" content="%s"><meta property="article:section" content="%s"><meta property="article:author" content="%s">`, published, section, author)
	fmt.Fprintf(&h, `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":%q,"description":%q,"datePublished":%q,"dateModified":%q,"mainEntityOfPage":%q,"author":[{"@type":"Person","name":%q}],"publisher":{"@type":"Organization","name":%q,"logo":{"@type":"ImageObject","url":"https://cdn.example/logo.png"}},"image":["https://cdn.example/images/%d/1200x630.jpg"],"articleSection":%q,"isAccessibleForFree":true}</script>`,
		a.Title, standfirst, published, a.Published.Add(90*time.Minute).Format(time.RFC3339), url, author, p.site, a.Seed, section)

	var b strings.Builder
	fmt.Fprintf(&b, `<nav class="breadcrumbs" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/%s">%s</a></li></ol></nav>`, slug(section), section)
	fmt.Fprintf(&b, `<article class="article" itemscope itemtype="https://schema.org/NewsArticle"><header class="article__header"><span class="article__kicker"><a href="/%s">%s</a></span><h1 class="article__headline" itemprop="headline">%s</h1><p class="article__standfirst">%s</p>`, slug(section), section, a.Title, standfirst)
	fmt.Fprintf(&b, `<div class="byline"><img class="byline__avatar" src="https://cdn.example/people/%s.jpg" alt="" width="48" height="48" loading="lazy"><div><span class="byline__by">By <a rel="author" href="/people/%s">%s</a></span><time class="byline__time" datetime="%s" itemprop="datePublished">%s</time><span class="byline__updated">Updated %s</span></div></div>`,
		slug(author), slug(author), author, published, a.Published.Format("Mon 2 January 2006 15.04 MST"), a.Published.Add(90*time.Minute).Format("15.04 MST"))
	b.WriteString(p.share)
	b.WriteString(`</header>`)
	fmt.Fprintf(&b, `<figure class="article__lead-image"><picture><source type="image/webp" srcset="https://cdn.example/images/%[1]d/480.webp 480w, https://cdn.example/images/%[1]d/960.webp 960w, https://cdn.example/images/%[1]d/1440.webp 1440w" sizes="(min-width: 960px) 720px, 100vw"><img src="https://cdn.example/images/%[1]d/960.jpg" alt="%[2]s" width="960" height="540"></picture><figcaption><span class="caption">%[2]s</span> <span class="credit">Photograph: Agency staff</span></figcaption></figure>`,
		a.Seed, sentence(r, 12))
	b.WriteString(`<div class="article__body" itemprop="articleBody">`)
	for i, para := range strings.Split(a.Story, "\n\n") {
		fmt.Fprintf(&b, "<p>%s</p>\n", para)
		switch i {
		case 2:
			fmt.Fprintf(&b, `<aside class="read-more"><h2>Read more</h2><ul><li><a href="/%s/%d">%s</a></li><li><a href="/%s/%d">%s</a></li></ul></aside>`,
				slug(section), r.IntN(1e6), headline(r), slug(section), r.IntN(1e6), headline(r))
		case 4:
			fmt.Fprintf(&b, `<div class="ad-slot ad-slot--inline" data-ad-unit="/1234/news/%s/article" data-ad-sizes="300x250,728x90" aria-hidden="true"><span class="ad-slot__label">Advertisement</span></div>`, slug(section))
		}
	}
	b.WriteString(`</div><footer class="article__footer"><ul class="tags">`)
	for range 5 {
		t := lexicon[10+r.IntN(len(lexicon)-10)]
		fmt.Fprintf(&b, `<li><a href="/topic/%s">%s</a></li>`, t, t)
	}
	fmt.Fprintf(&b, `</ul><div class="author-box"><img src="https://cdn.example/people/%s.jpg" alt="" width="96" height="96" loading="lazy"><p><a href="/people/%s">%s</a> %s</p></div>`,
		slug(author), slug(author), author, sentence(r, 16))
	b.WriteString(p.share)
	b.WriteString(`</footer></article>`)
	return h.String(), b.String()
}

// newsTop is the shared part of a page from the end of its own meta tags
// to its breadcrumbs: stylesheets, scripts, app state, the site header.
func (p *Pages) newsTop(r *rand.Rand) string {
	var b strings.Builder
	b.WriteString(`<link rel="preconnect" href="https://cdn.example"><link rel="preload" href="https://cdn.example/fonts/serif.woff2" as="font" crossorigin><link rel="stylesheet" href="https://cdn.example/css/main.4f2a9c.css"><link rel="icon" href="/favicon.ico"><link rel="alternate" type="application/rss+xml" href="/rss">`)
	b.WriteString("<style>")
	for i := range 60 {
		fmt.Fprintf(&b, ".c%d{display:flex;margin:0 %dpx;padding:%dpx %dpx;font:400 1rem/1.5 Georgia,serif;color:#1%02x1%02x1}", i, i%16, i%8, i%12, i, i)
	}
	b.WriteString("</style>")
	b.WriteString(`<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}gtag("js",new Date());gtag("config","G-LOOPBACK",{anonymize_ip:true});</script>`)
	// The serialised state a client-side app hydrates from: on real
	// news sites often tens of kilobytes.
	b.WriteString(`<script id="__APP_STATE__" type="application/json">{"page":{"type":"article"},"navigation":[`)
	for i := range 160 {
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, `{"id":%d,"title":%q,"url":"/%s/%d","image":"https://cdn.example/images/%d/320.jpg"}`, r.IntN(1e6), headline(r), slug(sections[i%len(sections)]), r.IntN(1e6), r.IntN(1e6))
	}
	b.WriteString(`]}</script></head><body class="page page--article">`)
	b.WriteString(`<a class="skip-link" href="#main">Skip to main content</a><div id="consent-banner" hidden><p>We use cookies to improve your experience.</p><button>Accept all</button><button>Manage preferences</button></div>`)
	fmt.Fprintf(&b, `<header class="site-header"><a class="site-header__logo" href="/"><svg viewBox="0 0 160 32" width="160" height="32" role="img" aria-label="%s">%s</svg></a>`, p.site, iconPath)
	b.WriteString(`<form class="search" action="/search" role="search"><label for="q">Search</label><input id="q" name="q" type="search" placeholder="Search"><button type="submit">Go</button></form>`)
	b.WriteString(`<nav class="site-nav" aria-label="Sections"><ul class="site-nav__list">`)
	for _, s := range sections {
		fmt.Fprintf(&b, `<li class="site-nav__item"><a class="site-nav__link" href="/%s">%s</a><div class="mega-menu"><ul>`, slug(s), s)
		for range 4 {
			sub := strings.ToUpper(lexicon[40+r.IntN(120)][:1]) + lexicon[40+r.IntN(120)][1:]
			fmt.Fprintf(&b, `<li><a href="/%s/%s">%s</a></li>`, slug(s), slug(sub), sub)
		}
		b.WriteString(`</ul></div></li>`)
	}
	b.WriteString(`</ul></nav><div class="ticker" aria-live="polite"><span class="ticker__label">Breaking</span><ul>`)
	for range 4 {
		fmt.Fprintf(&b, `<li><a href="/live/%d">%s</a></li>`, r.IntN(1e6), headline(r))
	}
	b.WriteString(`</ul></div></header><main id="main" class="layout"><div class="layout__content">`)
	return b.String()
}

// newsBottom is the shared part of a page after its article: the
// sidebar, more stories, the newsletter form, the footer and scripts.
func (p *Pages) newsBottom(r *rand.Rand) string {
	var b strings.Builder
	b.WriteString(`<section class="comments" id="comments"><h2>Comments</h2><p>Comments are closed on this story.</p></section></div>`)
	b.WriteString(`<aside class="layout__sidebar"><section class="most-read"><h2>Most read</h2><ol>`)
	for i := range 10 {
		fmt.Fprintf(&b, `<li class="most-read__item"><span class="most-read__rank">%d</span><a href="/%s/%d"><h3>%s</h3></a></li>`, i+1, slug(sections[r.IntN(len(sections))]), r.IntN(1e6), headline(r))
	}
	b.WriteString(`</ol></section><div class="ad-slot ad-slot--sidebar" data-ad-unit="/1234/news/sidebar" aria-hidden="true"><span class="ad-slot__label">Advertisement</span></div>`)
	b.WriteString(`<section class="newsletter"><h2>Sign up to the morning briefing</h2><p>The day's biggest stories, in your inbox before breakfast.</p><form action="/newsletters/subscribe" method="post"><label for="email">Email address</label><input id="email" type="email" name="email" required><label><input type="checkbox" name="consent"> I agree to the privacy policy</label><button type="submit">Sign up</button></form></section></aside></main>`)
	b.WriteString(`<section class="more-stories"><h2>More stories</h2><div class="card-grid">`)
	for range 12 {
		s := sections[r.IntN(len(sections))]
		fmt.Fprintf(&b, `<article class="card"><a class="card__link" href="/%[1]s/%[2]d"><img class="card__image" src="https://cdn.example/images/%[2]d/320.jpg" alt="" width="320" height="180" loading="lazy"><span class="card__kicker">%[3]s</span><h3 class="card__headline">%[4]s</h3></a><p class="card__teaser">%[5]s</p><time class="card__time">%[6]d hours ago</time></article>`,
			slug(s), r.IntN(1e6), s, headline(r), sentence(r, 14), 1+r.IntN(23))
	}
	b.WriteString(`</div></section><footer class="site-footer"><div class="site-footer__columns">`)
	for _, col := range []string{"News", "Sections", "Services", "About us", "Follow"} {
		fmt.Fprintf(&b, `<div class="site-footer__column"><h2>%s</h2><ul>`, col)
		for range 8 {
			w := lexicon[40+r.IntN(200)]
			fmt.Fprintf(&b, `<li><a href="/%s">%s</a></li>`, w, strings.ToUpper(w[:1])+w[1:])
		}
		b.WriteString(`</ul></div>`)
	}
	b.WriteString(`</div><ul class="social">`)
	for _, s := range []string{"Facebook", "X", "Instagram", "YouTube", "LinkedIn"} {
		fmt.Fprintf(&b, `<li><a href="https://social.example/%s" aria-label="%s"><svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true">%s</svg></a></li>`, strings.ToLower(s), s, iconPath)
	}
	fmt.Fprintf(&b, `</ul><p class="legal">© 2024 %s. All rights reserved. Registered in England and Wales. <a href="/terms">Terms</a> <a href="/privacy">Privacy policy</a> <a href="/cookies">Cookie settings</a></p></footer>`, p.site)
	b.WriteString(`<script src="https://cdn.example/js/vendor.8d1e3f.js" defer></script><script src="https://cdn.example/js/main.4f2a9c.js" defer></script><script async src="https://ads.example/tag.js"></script>`)
	b.WriteString(`<script>(function(){var s=document.querySelectorAll("[data-ad-unit]");for(var i=0;i<s.length;i++){s[i].setAttribute("data-ready","1")}document.documentElement.className="js";})();</script></body></html>`)
	return b.String()
}

var authors = []string{"Amira Haddad", "Daniel Okafor", "Sofia Lindqvist", "Tomás Herrera", "Priya Raman", "James Whitfield", "Leila Nasser", "Marek Nowak"}

// iconPath is the path data of an icon, as sites inline their SVGs.
const iconPath = `<path d="M12 2C6.48 2 2 6.48 2 12c0 5.02 3.66 9.18 8.44 9.94v-7.03H7.9V12h2.54V9.8c0-2.51 1.49-3.89 3.78-3.89 1.09 0 2.24.2 2.24.2v2.47h-1.26c-1.24 0-1.63.77-1.63 1.56V12h2.78l-.44 2.91h-2.34v7.03C18.34 21.18 22 17.02 22 12c0-5.52-4.48-10-10-10z"/>`

// shareButtons is a row of share links with their icons.
func shareButtons() string {
	var b strings.Builder
	b.WriteString(`<ul class="share" aria-label="Share this story">`)
	for _, s := range []string{"Facebook", "X", "WhatsApp", "Email", "LinkedIn", "Copy link"} {
		fmt.Fprintf(&b, `<li><a class="share__%s" href="#share-%s" aria-label="Share on %s"><svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">%s</svg></a></li>`, slug(s), slug(s), s, iconPath)
	}
	b.WriteString(`</ul>`)
	return b.String()
}

// headline is a short title of words from the lexicon.
func headline(r *rand.Rand) string {
	s := sentence(r, 6+r.IntN(5))
	return strings.TrimSuffix(s, ".")
}

// sentence is about n words from the lexicon, capitalised, with a full stop.
func sentence(r *rand.Rand, n int) string {
	var b strings.Builder
	writeSentence(&b, n, func() string { return lexicon[r.IntN(len(lexicon))] })
	return b.String()
}

func slug(s string) string {
	return strings.ToLower(strings.ReplaceAll(s, " ", "-"))
}
