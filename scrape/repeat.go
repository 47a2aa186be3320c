package scrape

import (
	"strings"

	"golang.org/x/net/html"
)

// dropLeadingRepeat removes the first blocks of an extracted body that
// come again later in it. When the first container trafilatura names
// yields a single block (a list of what a how-to needs, in a box classed
// "content"), it keeps that block and goes on to the next name; the next
// container, which holds the same block, is read after it, and the block
// would be read twice, the first time out of its place. It reports whether
// it removed any.
func dropLeadingRepeat(body *html.Node) bool {
	dropped := false
	for {
		first := firstElementChild(body)
		if first == nil {
			return dropped
		}
		text := foldedText(first)
		if text == "" {
			return dropped
		}
		repeated := false
		for c := first.NextSibling; c != nil && !repeated; c = c.NextSibling {
			repeated = c.Type == html.ElementNode && foldedText(c) == text
		}
		if !repeated {
			return dropped
		}
		body.RemoveChild(first)
		dropped = true
	}
}

func firstElementChild(n *html.Node) *html.Node {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			return c
		}
	}
	return nil
}

// foldedText is the text of n with its white space folded to single
// spaces.
func foldedText(n *html.Node) string {
	var b strings.Builder
	blockText(&b, n)
	return strings.Join(strings.Fields(b.String()), " ")
}
