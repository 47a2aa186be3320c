// Package demo holds a small built-in news story, written for claimtrack,
// that moves the shipped metrics over several days: a rising death toll
// the health ministry gives, a prisoner-hostage offer, a syndicated copy,
// a stale article published before what is already known, an outlet's own
// count that disagrees with the ministry's (a conflict between claimants),
// and an outlet that merely agrees, relaying the ministry's figure and
// another claimant's estimate. The demo command and tests read it;
// nothing here touches the network.
package demo

import (
	"embed"
	"fmt"
	"io/fs"
	"sort"
	"time"

	"github.com/claimtrack/claimtrack/scrape"
)

//go:embed articles/*.txt
var files embed.FS

// Article is one built-in news article.
type Article struct {
	Outlet    string
	Published time.Time
	Title     string
	Path      string // URL path on the demo site
	Body      string
}

// Articles returns the built-in articles in file order (the order a
// scraper would find them in).
func Articles() ([]Article, error) {
	names, err := fs.Glob(files, "articles/*.txt")
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	out := make([]Article, 0, len(names))
	for _, n := range names {
		b, err := files.ReadFile(n)
		if err != nil {
			return nil, err
		}
		a, err := Parse(string(b))
		if err != nil {
			return nil, fmt.Errorf("%s: %w", n, err)
		}
		out = append(out, a)
	}
	return out, nil
}

// Read is the article as the demo's scraper reads it from its Page: the
// title, then the body without the lines a site's furniture adds
// ("Follow us on social media ..."), and the date.
func (a Article) Read() (*scrape.Article, error) {
	return scrape.ArticleFromBytes([]byte(Page(a)), "http://demo.invalid"+a.Path, scrape.ExtractOptions{Boilerplate: scrape.DefaultBoilerplate})
}

// Parse reads an article file as the demo's are written, a
// scrape.HeaderText: the reader every command that reads a saved file
// uses, so that the header is not taken for the article's text.
func Parse(s string) (Article, error) {
	h, err := scrape.ParseHeaderText(s)
	if err == nil && (h.Published.IsZero() || h.Path == "") {
		// The demo plays its articles in order, each at its own address.
		err = &scrape.HeaderError{Line: 1, Msg: "a demo article gives each of Outlet, Published, Title, URL"}
	}
	return Article(h), err
}
