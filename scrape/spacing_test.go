package scrape

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// The space between a word and a bold, linked or code span stays a space
// through extraction (trafilatura trimmed it away in list items), and no
// mark is left in the text or the title.
func TestExtractKeepsSpacesAroundInlineElements(t *testing.T) {
	story := strings.Repeat("The council said on Monday that the schools in the valley would stay shut until the water had gone down. ", 3)
	page := `<html><head><title>Schools shut</title></head><body><article><h1>Schools <em>shut</em> again</h1><p>` + story + `</p>` +
		`<ul><li>Flooding closed <strong>14</strong> schools, and <b>40,000</b> people were moved, the <a href="/c">council</a> said.</li>` +
		`<li>Call <code>schedule</code> to <i>book</i> a bus.</li></ul><p>` + story + `</p></article></body></html>`
	a, err := ExtractHTML([]byte(page), "text/html", nil, ExtractOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"closed 14 schools", "and 40,000 people were moved, the council said.", "Call schedule to book a bus."} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("no %q in:\n%s", want, a.Text)
		}
	}
	if strings.ContainsRune(a.Text, spaceMark) || strings.ContainsRune(a.Title, spaceMark) {
		t.Errorf("a space mark is left: %q / %q", a.Title, a.Text)
	}
}

func TestMarkSpaces(t *testing.T) {
	for _, c := range []struct{ page, want string }{
		{`<p>call to <b>Frontend</b> with</p>`, "call to\ue000 <b>Frontend</b> \ue000with"},
		{`<p>a<b>b</b>c</p>`, "a<b>b</b>c"},
		{`<p><b>A</b> <i>B</i></p>`, "<b>A</b> \ue000<i>B</i>"},
		{`<div>  <p>text</p>  </div>`, "  <p>text</p>  "},
	} {
		root, err := ParseHTML([]byte(c.page), "text/html")
		if err != nil {
			t.Fatal(err)
		}
		body := findBody(root)
		markSpaces(body)
		var b strings.Builder
		for n := body.FirstChild.FirstChild; n != nil; n = n.NextSibling {
			if err := html.Render(&b, n); err != nil {
				t.Fatal(err)
			}
		}
		if got := b.String(); got != c.want {
			t.Errorf("%s: got %q, want %q", c.page, got, c.want)
		}
	}
}
