package main

import (
	"github.com/claimtrack/claimtrack/demo"
	"github.com/claimtrack/claimtrack/scrape"
)

// readArticleFile reads a saved article, data under name, as each command
// that reads one does (extract, rules misses): HTML and .eml as the
// scraper reads them; a text saved as the demo's articles are
// (demo/articles: an Outlet, Published, Title and URL header, a blank
// line, the body) as the demo reads it, so that the header gives the
// date, the title and the outlet and is not a sentence of the text ("URL:
// /courier/.../gaza-toll-passes-32000" holds a 32000, and "Title: ..."
// was read as a claimant); any other text as it is. plain says the
// article is the file's text as written, line for line.
func readArticleFile(data []byte, name string, opts scrape.ExtractOptions) (a *scrape.Article, plain bool, err error) {
	if !scrape.ReadsAsText(name, data) {
		a, err = scrape.ArticleFromBytes(data, name, opts)
		return a, false, err
	}
	if d, err := demo.Parse(string(data)); err == nil {
		a, err := d.Read()
		return a, false, err
	}
	a, err = scrape.ArticleFromBytes(data, name, opts)
	return a, true, err
}
