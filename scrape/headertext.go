package scrape

import (
	"bufio"
	"fmt"
	"net/url"
	"strings"
	"time"
)

// HeaderText is an article saved as text with a header, as the demo's
// articles are written (demo/articles): "Key: value" lines (Outlet,
// Published, Title and URL, each once and no other), a blank line, then
// the body. Every reader of a saved file reads the header here (the demo,
// extract, rules misses and a dir: source, through ArticleFromBytes), so
// that it gives the article's date, title and outlet and is not taken for
// its text: "URL: /courier/.../gaza-toll-passes-32000" holds a 32000, and
// "Title: ..." was read as a claimant.
type HeaderText struct {
	Outlet    string
	Published time.Time
	Title     string
	Path      string // the URL line: a path on the demo's site, or an address
	Body      string
}

// ParseHeaderText reads s as a HeaderText; an error says why it is not
// one, and a text without such a header is then read as it is.
func ParseHeaderText(s string) (HeaderText, error) {
	var h HeaderText
	s = strings.ReplaceAll(s, "\r\n", "\n")
	head, body, ok := strings.Cut(s, "\n\n")
	if !ok {
		return h, fmt.Errorf("no blank line after the header")
	}
	sc := bufio.NewScanner(strings.NewReader(head))
	for sc.Scan() {
		k, v, ok := strings.Cut(sc.Text(), ": ")
		if !ok {
			return h, fmt.Errorf("header line %q is not Key: value", sc.Text())
		}
		switch k {
		case "Outlet":
			h.Outlet = v
		case "Title":
			h.Title = v
		case "URL":
			h.Path = v
		case "Published":
			t, err := time.Parse(time.RFC3339, v)
			if err != nil {
				return h, fmt.Errorf("Published: %w", err)
			}
			h.Published = t
		default:
			return h, fmt.Errorf("unknown header %q", k)
		}
	}
	h.Body = strings.TrimSpace(body)
	if h.Outlet == "" || h.Title == "" || h.Path == "" || h.Published.IsZero() {
		return h, fmt.Errorf("header needs Outlet, Published, Title and URL")
	}
	return h, nil
}

// Article is the text as a page of it reads: the title as the first
// paragraph, then the body's paragraphs with the lines a site's furniture
// adds dropped (opts.Boilerplate), the date and the outlet; an absolute
// URL line is its canonical address.
func (h HeaderText) Article(opts ExtractOptions) *Article {
	a := &Article{Title: h.Title, Outlet: h.Outlet, Published: h.Published}
	a.setText(h.Title+"\n\n"+h.Body, opts)
	if u, err := url.Parse(h.Path); err == nil && u.IsAbs() {
		a.CanonicalURL = NormalizeURL(u)
	}
	return a
}
