package scrape

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/internal/newstext"

	"golang.org/x/text/encoding/charmap"
)

// readTestdata reads a file of testdata/.
func readTestdata(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestExtractHTML(t *testing.T) {
	u, _ := url.Parse("https://news.example.org/world/2024/03/27/toll-rises?utm_campaign=x")
	a, err := ExtractHTML(readTestdata(t, "article.html"), "text/html; charset=utf-8", u, ExtractOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Text, "rose to 1,204 on Wednesday") || !strings.Contains(a.Text, "more than 20,000 people had fled") {
		t.Errorf("main text missing:\n%s", a.Text)
	}
	for _, junk := range []string{"See also", "Copyright", "Follow us", "Home"} {
		if strings.Contains(a.Text, junk) {
			t.Errorf("boilerplate %q kept:\n%s", junk, a.Text)
		}
	}
	if strings.Count(a.Text, "\n\n") < 2 {
		t.Errorf("paragraph breaks lost:\n%s", a.Text)
	}
	if a.CanonicalURL != "https://news.example.org/world/2024/03/27/toll-rises?id=7" {
		t.Errorf("canonical URL: %s", a.CanonicalURL)
	}
	if a.Published.IsZero() || a.Published.Year() != 2024 {
		t.Errorf("date: %v", a.Published)
	}
	if a.Outlet != "The Daily Ledger" || !strings.HasPrefix(a.Title, "Toll rises in northern district") {
		t.Errorf("outlet %q title %q", a.Outlet, a.Title)
	}
}

func TestContentAndRemoveSelectors(t *testing.T) {
	a, err := ExtractHTML(readTestdata(t, "article.html"), "text/html", nil, ExtractOptions{Content: "article", Remove: []string{".related", "h1"}})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(a.Text, "Ceasefire talks stall") || strings.Contains(a.Text, "Related stories") {
		t.Errorf("removed block kept:\n%s", a.Text)
	}
	if !strings.HasPrefix(a.Text, "The number of people killed") {
		t.Errorf("content selector text:\n%s", a.Text)
	}
	if _, err := ExtractHTML(readTestdata(t, "article.html"), "text/html", nil, ExtractOptions{Content: ".story-body"}); err == nil || !strings.Contains(err.Error(), `".story-body" matches nothing`) {
		t.Errorf("want a clear error for a selector that matches nothing, got %v", err)
	}
}

func TestCharsets(t *testing.T) {
	page := string(readTestdata(t, "cafe.html"))
	latin, err := charmap.Windows1252.NewEncoder().String(page)
	if err != nil {
		t.Fatal(err)
	}
	for name, c := range map[string]struct{ body, ctype string }{
		"windows-1252 from Content-Type": {latin, "text/html; charset=windows-1252"},
		"UTF-8 with no charset":          {page, "text/html"},
		"UTF-8 mislabelled as latin1":    {page, "text/html; charset=iso-8859-1"},
	} {
		a, err := ExtractHTML([]byte(c.body), c.ctype, nil, ExtractOptions{})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if !strings.Contains(a.Text, "The café on the corner") || !strings.Contains(a.Text, "“It is not enough,”") {
			t.Errorf("%s: text decoded wrongly:\n%s", name, a.Text)
		}
	}
}

func TestNotHTML(t *testing.T) {
	_, err := ExtractHTML([]byte("%PDF-1.7 binary"), "application/pdf", nil, ExtractOptions{})
	if !errors.Is(err, ErrNotHTML) || !strings.Contains(err.Error(), "application/pdf") {
		t.Errorf("got %v", err)
	}
}

func TestNormalizeURL(t *testing.T) {
	for in, want := range map[string]string{
		"HTTPS://News.Example.org:443/a?utm_source=x&b=2&fbclid=y#top": "https://news.example.org/a?b=2",
		"http://example.org":                 "http://example.org/",
		"https://example.org/a?gclid=1":      "https://example.org/a",
		"https://example.org/a?page=2&ref=x": "https://example.org/a?page=2",
	} {
		u, _ := url.Parse(in)
		if got := NormalizeURL(u); got != want {
			t.Errorf("%s: got %s, want %s", in, got, want)
		}
	}
}

func TestHashTextIgnoresLineBreaks(t *testing.T) {
	if HashText("one two\n\nthree") != HashText("one  two three") || HashText("a b") == HashText("a c") {
		t.Error("HashText should fold white space and nothing else")
	}
}

// TestExtractNewsPage reads pages built like a news site's (the
// benchmarks' pages): the menus, teasers, read-more box, advertising
// slots and footer stay out, and the story comes out whole.
func TestExtractNewsPage(t *testing.T) {
	pages := newstext.NewPages(newstext.NewsPage, "The Loopback Herald")
	for seed := range uint64(8) {
		a := newstext.Article{Path: fmt.Sprintf("/world/2024/03/12/story-%d", seed), Title: fmt.Sprintf("Story %d of the day", seed),
			Published: time.Date(2024, 3, 12, 9, 30, 0, 0, time.UTC), Story: newstext.Story(3800, seed), Seed: seed}
		u, _ := url.Parse("https://herald.example" + a.Path + "?utm_source=rss")
		got, err := ExtractHTML(pages.Page(a), "text/html; charset=utf-8", u, ExtractOptions{})
		if err != nil {
			t.Fatal(err)
		}
		// The story with its white space folded, as extraction leaves it.
		if want := CleanText(a.Story, nil); got.Text != want {
			t.Errorf("seed %d: text is not the story:\n%s\nwant:\n%s", seed, got.Text, want)
		}
		if got.Title != a.Title || !got.Published.Equal(a.Published) || got.CanonicalURL != "https://herald.example"+a.Path {
			t.Errorf("seed %d: title %q, published %v, canonical %s", seed, got.Title, got.Published, got.CanonicalURL)
		}
	}
}

// TestHashTextUnchanged holds HashText to the definition stored hashes
// were made with: SHA-256 of the words joined by single spaces, first 16
// bytes in hex.
func TestHashTextUnchanged(t *testing.T) {
	long := strings.Repeat("word\u00a0and\tanother  ", 400) // longer than HashText's buffer
	for _, text := range []string{"", " \n ", "one", "one two\n\nthree", "\u2003lead\u3000ideographic space\u2029", long, newstext.Story(5000, 3)} {
		sum := sha256.Sum256([]byte(strings.Join(strings.Fields(text), " ")))
		if got, want := HashText(text), hex.EncodeToString(sum[:16]); got != want {
			t.Errorf("HashText(%.40q) = %s, want %s", text, got, want)
		}
	}
}

// A page too thin for trafilatura's main extractor (under 250 characters)
// goes through its fallbacks. They left the paragraphs they tried in the
// content node beside the text they chose, and rendering that node
// repeated the story; and they read an element's text content, which runs
// its paragraphs together.
func TestExtractThinPage(t *testing.T) {
	const story = "Flooding closed 14 schools in the valley on Monday, the council said."
	const buses = "Buses will run from Wednesday, and exams set for Thursday move to next week."
	for _, c := range []struct{ page, want string }{
		{`<html><body><p>` + story + `</p></body></html>`, story},
		{`<html><head><title>Schools shut</title></head><body><div><p>` + story + `</p></div></body></html>`,
			"Schools shut\n\n" + story},
		{`<html><body><main><h1>Schools shut</h1><p>` + story + `</p></main></body></html>`,
			"Schools shut\n\n" + story},
		{`<html><body><article><p>` + story + `</p><p>Buses run from Wednesday.</p></article></body></html>`,
			story + "\n\nBuses run from Wednesday."},
		{`<html><head><title>Schools shut | Courier</title></head><body><nav>Home News Sport</nav><article><h1>Schools shut</h1><p>` +
			story + `</p><p>` + buses + `</p></article><footer>Courier</footer></body></html>`,
			"Schools shut\n\n" + story + "\n\n" + buses},
	} {
		a, err := ExtractHTML([]byte(c.page), "text/html", nil, ExtractOptions{})
		if err != nil {
			t.Errorf("%s: %v", c.page, err)
			continue
		}
		if a.Text != c.want {
			t.Errorf("%s:\n got %q\nwant %q", c.page, a.Text, c.want)
		}
	}
}

func TestParagraphsFrom(t *testing.T) {
	root, err := ParseHTML([]byte(`<div><p>Déjà vu: 41 dead.</p><p>Talks resume.</p></div><p>Other</p>`), "text/html")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ text, want string }{
		{"Déjà vu: 41 dead.Talks resume.", "Déjà vu: 41 dead.\n\nTalks resume."},
		{"Talks resume. Other", "Talks resume.\n\nOther"},
		{"Not on the page.", "Not on the page."},
		{"  ", "  "},
	} {
		// Raw block text: CleanText folds its white space later.
		if got := CleanText(paragraphsFrom(root, c.text), nil); got != CleanText(c.want, nil) {
			t.Errorf("paragraphsFrom(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}

func TestSameNonSpace(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"", "", true},
		{" \n", "\t", true},
		{"a b\n\nc", "abc", true},
		{"déjà vu", "déjà\u00a0vu", true},
		{"abc", "ab", false},
		{"ab", "abc ", false},
		{"déjà", "deja", false},
		{"a\u2003b", "a b", true},
	} {
		if got := sameNonSpace(c.a, c.b); got != c.want {
			t.Errorf("sameNonSpace(%q, %q) = %v", c.a, c.b, got)
		}
		if got := sameNonSpace(c.b, c.a); got != c.want {
			t.Errorf("sameNonSpace(%q, %q) = %v", c.b, c.a, got)
		}
	}
}

func TestCleanText(t *testing.T) {
	for _, c := range []struct{ name, in, want string }{
		{"white space folded, one blank line between paragraphs",
			"  Rescuers  reached\tthe village.\r\n\r\n\n Two roads   remain closed. \n",
			"Rescuers reached the village.\n\nTwo roads remain closed."},
		{"non-breaking and other Unicode spaces fold too",
			"More\u00a0than 3,000\u2009people left.",
			"More than 3,000 people left."},
		{"furniture lines dropped",
			"See also: Markets steady\nThe council met on Monday.\nFollow us on social media\nADVERTISEMENT\nShare this story\nPhoto: Ana Ruiz\nRead more: the budget",
			"The council met on Monday."},
		{"copyright notices dropped",
			"The vote passed 41 to 9.\n© 2025 The Valley Courier\nCopyright The Valley Courier 2025\n(c) 2025 Valley Media\nThe Valley Courier, a Valley Media title. All rights reserved.",
			"The vote passed 41 to 9."},
		{"a paragraph that ends with the words is kept",
			"The museum said the family, which sold the collection in 1998 after a long dispute over its value and its export licence, kept all rights reserved.",
			"The museum said the family, which sold the collection in 1998 after a long dispute over its value and its export licence, kept all rights reserved."},
		{"a word that only starts like furniture is kept",
			"Seesaws were removed from 12 parks.\nRelatedly, 3 pools closed.",
			"Seesaws were removed from 12 parks.\n\nRelatedly, 3 pools closed."},
		{"soft hyphens taken out of words",
			"Prime Minister Benjamin Netan\u00adyahu met Vladi\u00admir Putin.",
			"Prime Minister Benjamin Netanyahu met Vladimir Putin."},
		{"nothing left", "\n \n\t\n", ""},
	} {
		if got := CleanText(c.in, DefaultBoilerplate); got != c.want {
			t.Errorf("%s:\n got %q\nwant %q", c.name, got, c.want)
		}
	}
	extra, err := Boilerplate([]string{`^Sponsored by\b`})
	if err != nil {
		t.Fatal(err)
	}
	if got := CleanText("Sponsored by Acme\nFloods hit 4 towns.\nSee also: x", extra); got != "Floods hit 4 towns." {
		t.Errorf("extra pattern with the defaults: %q", got)
	}
	if got := CleanText("See also: x", []*regexp.Regexp{}); got != "See also: x" {
		t.Errorf("no patterns: %q", got)
	}
}

func TestCutText(t *testing.T) {
	for _, c := range []struct {
		text  string
		limit int
		want  string
	}{
		{"Talks resumed.\n\nAid arrived.", 100, "Talks resumed.\n\nAid arrived."},
		{"Talks resumed.\n\nAid arrived.", 20, "Talks resumed."},
		{"Talks resumed on Sunday", 17, "Talks resumed on"},
		{"Déjà", 2, "D"},
	} {
		if got := cutText(c.text, c.limit); got != c.want {
			t.Errorf("cutText(%q, %d) = %q, want %q", c.text, c.limit, got, c.want)
		}
	}
}

// A table's cells keep a space between them, so that a label and its
// figure are two words, not one.
func TestExtractKeepsTableCellsApart(t *testing.T) {
	story := strings.Repeat("The ministry published the week's figures on Monday, region by region, and said the count would be revised. ", 3)
	page := `<html><body><article><h1>The week's figures</h1><p>` + story + `</p><table><tr><th>Region</th><th>Deaths</th></tr>` +
		`<tr><td>North</td><td>1,204</td></tr><tr><td>South</td><td>388</td></tr></table><p>` + story + `</p></article></body></html>`
	a, err := ExtractHTML([]byte(page), "text/html", nil, ExtractOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Region Deaths", "North 1,204", "South 388"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("no %q in:\n%s", want, a.Text)
		}
	}
}

// TestExtractionPairs extracts each page of testdata/extraction (NAME.html,
// written for one kind of page structure that extraction once read wrong)
// and compares its text with NAME.txt, the text a reader sees.
func TestExtractionPairs(t *testing.T) {
	pages, err := filepath.Glob(filepath.Join("testdata", "extraction", "*.html"))
	if err != nil || len(pages) == 0 {
		t.Fatalf("no pages in testdata/extraction: %v", err)
	}
	for _, page := range pages {
		name := strings.TrimSuffix(filepath.Base(page), ".html")
		t.Run(name, func(t *testing.T) {
			want := strings.TrimSpace(string(readTestdata(t, filepath.Join("extraction", name+".txt"))))
			a, err := ExtractHTML(readTestdata(t, filepath.Join("extraction", name+".html")), "text/html", nil, ExtractOptions{})
			if err != nil {
				t.Fatal(err)
			}
			if got := strings.TrimSpace(a.Text); got != want {
				t.Errorf("text:\n%s\n\nwant:\n%s", got, want)
			}
		})
	}
}
