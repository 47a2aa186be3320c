package scrape

import (
	"bytes"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/claimtrack/claimtrack/internal/newstext"
)

// blocks are the non-empty lines of blockText: one per paragraph, heading
// or list item.
func blocks(n *html.Node) []string {
	var b strings.Builder
	blockText(&b, n)
	var out []string
	for line := range strings.SplitSeq(b.String(), "\n") {
		if line = strings.TrimSpace(line); line != "" {
			out = append(out, line)
		}
	}
	return out
}

// Whatever the limit, what is kept is the page's first paragraphs, whole,
// up to the one in which the limit is passed; what is removed is counted;
// the head and the JSON-LD after the cut stay.
func TestBoundTextKeepsWholeParagraphsAndData(t *testing.T) {
	page, err := os.ReadFile(filepath.Join("testdata", "bound", "liveblog.html"))
	if err != nil {
		t.Fatal(err)
	}
	parse := func() *html.Node {
		root, err := ParseHTML(page, "text/html")
		if err != nil {
			t.Fatal(err)
		}
		return root
	}
	whole := blocks(parse())
	total := textBytes(findBody(parse()))
	longest := 0
	for _, b := range whole {
		longest = max(longest, len(b))
	}
	for limit := 0; limit < total; limit += 61 {
		root := parse()
		cut := boundText(root, limit)
		kept := textBytes(findBody(root))
		if kept+cut != total {
			t.Errorf("limit %d: %d bytes kept and %d cut, want %d in all", limit, kept, cut, total)
		}
		if kept <= limit || kept > limit+longest {
			t.Errorf("limit %d: %d bytes kept, want past the limit by at most a paragraph (%d)", limit, kept, longest)
		}
		got := blocks(root)
		for i, b := range got {
			if i >= len(whole) || b != whole[i] {
				t.Errorf("limit %d: block %d is %q, want the page's own %q", limit, i, b, whole[min(i, len(whole)-1)])
				break
			}
		}
		var out bytes.Buffer
		if err := html.Render(&out, root); err != nil {
			t.Fatal(err)
		}
		for _, want := range []string{"<title>Flooding in the Severn valley", `rel="canonical"`, `"@type":"LiveBlogPosting"`} {
			if !strings.Contains(out.String(), want) {
				t.Errorf("limit %d: %s is gone", limit, want)
			}
		}
	}
	root := parse()
	if cut := boundText(root, total); cut != 0 || len(blocks(root)) != len(whole) {
		t.Errorf("a page at the limit lost %d bytes", cut)
	}
}

// Cut short, the live blog still gives its title, its site's name (from
// the JSON-LD after the cut) and its first entries, and says how much of it
// was left out.
func TestExtractHTMLReportsWhatWasCut(t *testing.T) {
	page, err := os.ReadFile(filepath.Join("testdata", "bound", "liveblog.html"))
	if err != nil {
		t.Fatal(err)
	}
	u, _ := url.Parse("https://courier.example/live/severn-floods")
	whole, err := ExtractHTML(page, "text/html", u, ExtractOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if whole.Cut != 0 || !strings.Contains(whole.Text, "Twenty-three schools") {
		t.Fatalf("the whole page: %d bytes cut, text %q", whole.Cut, whole.Text)
	}
	a, err := extractHTML(page, "text/html", u, ExtractOptions{}, len(whole.Text)/2)
	if err != nil {
		t.Fatal(err)
	}
	if a.Cut == 0 || !strings.Contains(a.Text, "About 640 people") || strings.Contains(a.Text, "Twenty-three schools") {
		t.Errorf("cut at half: %d bytes cut, text %q", a.Cut, a.Text)
	}
	if a.Title != whole.Title || a.Outlet != whole.Outlet || a.Outlet == "" || a.CanonicalURL != whole.CanonicalURL {
		t.Errorf("cut at half: title %q, outlet %q, URL %s; whole: %q, %q, %s", a.Title, a.Outlet, a.CanonicalURL, whole.Title, whole.Outlet, whole.CanonicalURL)
	}
	// A source's content selector reads the whole page, cut or not.
	sel, err := extractHTML(page, "text/html", u, ExtractOptions{Content: "article"}, len(whole.Text)/2)
	if err != nil {
		t.Fatal(err)
	}
	if sel.Cut != 0 || !strings.Contains(sel.Text, "Twenty-three schools") || sel.Title != whole.Title {
		t.Errorf("with a content selector: %d bytes cut, title %q, text %q", sel.Cut, sel.Title, sel.Text)
	}
}

// A page whose text is one block (lines parted by <br>, or one paragraph)
// is cut inside that block, at a space, keeping the story's start.
func TestBoundTextCutsInsideAnOverlongBlock(t *testing.T) {
	const limit = 200 << 10
	for layout := range layouts {
		root, err := ParseHTML(laidOutPage(layout, 2<<20, 4), "text/html")
		if err != nil {
			t.Fatal(err)
		}
		total := textBytes(findBody(root))
		cut := boundText(root, limit)
		if kept := textBytes(findBody(root)); kept+cut != total || kept <= limit-maxBlockText || kept > limit+maxBlockText {
			t.Errorf("%s: %d bytes kept and %d cut of %d, want about %d kept", layout, kept, cut, total, limit)
		}
		var b strings.Builder
		blockText(&b, findBody(root))
		kept, _ := strings.CutPrefix(strings.Join(strings.Fields(b.String()), " "), "A long story ")
		story := strings.Join(strings.Fields(newstext.Story(2<<20, 4)), " ")
		if len(kept) >= len(story) || !strings.HasPrefix(story, kept) || story[len(kept)] != ' ' {
			t.Errorf("%s: the text kept is not the story's start cut between words: ...%q", layout, kept[max(0, len(kept)-40):])
		}
	}
}
