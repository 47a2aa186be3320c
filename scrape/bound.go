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
// would take seconds and gigabytes. Below this bound that cost is small,
// and no news story or live page comes near it: a page's text runs first, so
// what is left out of a longer page is what comes after the story, or the
// end of a page no newsroom writes (see docs/performance-extraction.md).
const MaxExtractedText = 256 << 10

// maxBlockText is the most text of one block element that the cut keeps
// whole. A news paragraph runs to a few hundred bytes; a block of more is
// a page laid out some other way (lines parted by <br> in one <div>, a
// whole text in one <p>), and is cut inside.
const maxBlockText = 64 << 10

// boundText removes from a page's body what follows the point where its
// text passes limit bytes, and returns the bytes of text it removed. The
// cut falls after the paragraph (or list item, heading...) in which the
// limit is passed, so that no paragraph is cut in two, unless that block
// holds more than maxBlockText: then it falls after the text in which the
// limit is passed, itself cut at a space if it is longer. The head and the
// structured data after the cut (JSON-LD scripts, meta and link elements)
// stay: extraction reads the title and the site's name there.
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
	last := at
	for p := at.Parent; p != nil && p != body; p = p.Parent {
		if p.Type == html.ElementNode && isBlockTag(p.Data) {
			if textBytes(p) <= maxBlockText {
				last = p
			}
			break
		}
	}
	if last == at && seen-limit > maxBlockText {
		before := len(strings.TrimSpace(at.Data))
		at.Data = cutText(at.Data, len(at.Data)-(seen-limit))
		cut += before - len(strings.TrimSpace(at.Data))
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

// textBytes is the text of n as boundText counts it: the bytes of its text
// nodes without the white space around each, scripts left out.
func textBytes(n *html.Node) int {
	switch {
	case n.Type == html.TextNode:
		return len(strings.TrimSpace(n.Data))
	case n.Type == html.ElementNode && n.DataAtom == atom.Script:
		return 0
	}
	total := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		total += textBytes(c)
	}
	return total
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
