package main

import (
	"github.com/claimtrack/claimtrack/scrape"
)

// readArticleFile reads a saved article, data under name, as each command
// that reads one does (extract, rules misses) and as a dir: source does
// (scrape.ArticleFromBytes): HTML and .eml as the scraper reads them, a
// text with the demo's header (scrape.HeaderText) by its header, any
// other text as it is. plain says the article is the file's text as
// written, line for line.
func readArticleFile(data []byte, name string, opts scrape.ExtractOptions) (a *scrape.Article, plain bool, err error) {
	a, err = scrape.ArticleFromBytes(data, name, opts)
	if err != nil {
		return nil, false, err
	}
	if !scrape.ReadsAsText(name, data) {
		return a, false, nil
	}
	_, headed := scrape.ParseHeaderText(string(data))
	return a, headed != nil, nil
}
