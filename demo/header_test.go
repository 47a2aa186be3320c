package demo

import (
	"testing"

	"github.com/claimtrack/claimtrack/scrape"
)

// TestHeaderTextReadsAsThePage: a demo article saved as its file is read
// by every other reader of a saved file (extract, rules misses, a dir:
// source: scrape.ArticleFromBytes) as the demo's scraper reads its page:
// the same title, date, outlet and text, no header line in it.
func TestHeaderTextReadsAsThePage(t *testing.T) {
	names, err := files.ReadDir("articles")
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range names {
		b, err := files.ReadFile("articles/" + n.Name())
		if err != nil {
			t.Fatal(err)
		}
		d, err := Parse(string(b))
		if err != nil {
			t.Fatalf("%s: %v", n.Name(), err)
		}
		page, err := d.Read()
		if err != nil {
			t.Fatal(err)
		}
		saved, err := scrape.ArticleFromBytes(b, n.Name(), scrape.ExtractOptions{Boilerplate: scrape.DefaultBoilerplate})
		if err != nil {
			t.Fatal(err)
		}
		if saved.Text != page.Text || saved.Title != page.Title || !saved.Published.Equal(page.Published) || saved.Outlet != page.Outlet {
			t.Errorf("%s: the saved file reads\n%q %q %v %q\nthe page\n%q %q %v %q", n.Name(),
				saved.Title, saved.Outlet, saved.Published, saved.Text, page.Title, page.Outlet, page.Published, page.Text)
		}
	}
}
