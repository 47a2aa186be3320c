package scrape

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// markStoryContainer names the block that holds most of a page's
// paragraphs as its main region (role="main"), for go-trafilatura to read
// when it knows none of the page's containers by name.
//
// trafilatura looks for the story's container by the names pages give it
// (an <article>, itemprop=articleBody, classes such as "post-content",
// "entry-content" or "main..."). On a page whose container it cannot name
// ("blog-post", "span12"), it gathers the page's bare paragraphs instead:
// the story's subheadings and lists (the steps of a how-to, the bullet
// points of a fact box, with their figures) are lost. The block marked is
// the lowest element holding two thirds of the page's paragraph text (a
// div, section or article without a role of its own). role="main" is the
// last name trafilatura looks for, so a page whose container it can name
// is read as before.
func markStoryContainer(body *html.Node) {
	n := paragraphHolder(body)
	if n == body {
		return
	}
	switch n.DataAtom {
	case atom.Div, atom.Section, atom.Article:
	default:
		return
	}
	for _, a := range n.Attr {
		if a.Key == "role" {
			return
		}
	}
	n.Attr = append(n.Attr, html.Attribute{Key: "role", Val: "main"})
}

// paragraphHolder returns the lowest element under body (body itself when
// there is none) that holds at least two thirds of the text in body's
// paragraphs, and is not a paragraph.
func paragraphHolder(body *html.Node) *html.Node {
	total := paragraphBytes(body, false)
	if total == 0 {
		return body
	}
	n := body
	for {
		var next *html.Node
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && c.DataAtom != atom.P && 3*paragraphBytes(c, false) >= 2*total {
				next = c
				break
			}
		}
		if next == nil {
			return n
		}
		n = next
	}
}
