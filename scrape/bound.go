package scrape

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// MaxExtractedText bounds the text of a page that extraction is given.
// go-trafilatura's cost grows with the number of a page's paragraphs times
// their text (it joins the text of every <p> into one string, one
// paragraph at a time, to weigh it), so a page of megabytes of paragraphs
// took seconds and gigabytes. Below this bound that cost is small, and no
// news story or live page comes near it: a page's text runs first, so
// what is left out of a longer page is what comes after the story, or the
// end of a page no newsroom writes (see docs/performance-extraction.md).
const MaxExtractedText = 256 << 10

// boundText removes from a page's body what follows the block element in
// which its text passes limit bytes, and returns the bytes of text it
// removed. The head and the structured data (JSON-LD scripts, meta and link
// elements) after the cut stay: extraction reads the title and the site's
// name there.
func boundText(root *html.Node, limit int) (cut int) {
	body := findBody(root)
	if body == nil {
		return 0
	}
	seen := 0
	var at *html.Node // the text node in which the page passes limit
	var walk func(n *html.Node) bool
	walk = func(n *html.Node) bool {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.TextNode {
				seen += len(strings.TrimSpace(c.Data))
				if seen > limit {
					at = c
					return true
				}
			} else if c.Type == html.ElementNode && c.DataAtom != atom.Script && walk(c) {
				return true
			}
		}
		return false
	}
	if !walk(body) {
		return 0
	}
	// The cut falls after the paragraph (or list item, heading...) that
	// passes the limit, so that no paragraph is cut in two.
	last := at
	for p := at.Parent; p != nil && p != body; p = p.Parent {
		if p.Type == html.ElementNode && blockTags[p.Data] {
			last = p
			break
		}
	}
	for n := last; n != nil && n != body; n = n.Parent {
		for c := n.NextSibling; c != nil; {
			next := c.NextSibling
			removed, _ := dropText(c)
			cut += removed
			c = next
		}
	}
	return cut
}

// dropText removes n from the tree, but for the structured data in it
// (scripts, meta and link elements, and the elements holding them), and
// returns the bytes of text removed and whether n stays.
func dropText(n *html.Node) (cut int, stays bool) {
	switch n.Type {
	case html.TextNode:
		cut = len(strings.TrimSpace(n.Data))
	case html.ElementNode:
		switch n.DataAtom {
		case atom.Script, atom.Meta, atom.Link:
			return 0, true
		}
		for c := n.FirstChild; c != nil; {
			next := c.NextSibling
			removed, s := dropText(c)
			cut, stays = cut+removed, stays || s
			c = next
		}
		if stays {
			return cut, true
		}
	}
	n.Parent.RemoveChild(n)
	return cut, false
}

// findBody returns the page's <body>, which the HTML parser always makes.
func findBody(n *html.Node) *html.Node {
	if n.Type == html.ElementNode && n.DataAtom == atom.Body {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if b := findBody(c); b != nil {
			return b
		}
	}
	return nil
}
