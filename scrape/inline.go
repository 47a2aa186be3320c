package scrape

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// flattenCells takes the inline markup (italics, bold, small print,
// superscripts; links stay) out of the table cells in n, keeping its text
// in place.
//
// go-trafilatura reads a cell that holds elements by taking each element's
// own text and the text after it, not the elements inside it: a paragraph in
// a cell keeps only the words before its first italic or bold word
// ("<td><p>The council said <b>14 schools</b> would stay shut.</p></td>"
// reads "The council said"), and one that begins with such a word ("<p>
// <i>Imprimis</i>: I am a man ...") is lost whole. A page laid out in a
// table (an old site, a literary text, a mail-style newsletter) is one
// cell of such paragraphs. With the markup gone each paragraph is text
// alone, which trafilatura keeps whole.
//
// An inline element hidden by its style or its hidden attribute
// ("<span style="display:none">(1998-02-28)</span>", a date for machines)
// is removed instead: trafilatura removes it by those attributes, which
// unwrapping it would take away. Links are kept because trafilatura's test
// of a table's link density, which drops menus laid out in tables, counts
// them; it takes links out of the tree itself before it reads the cells.
func flattenCells(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if c.DataAtom == atom.Td || c.DataAtom == atom.Th {
			unwrapInline(c)
			continue
		}
		flattenCells(c)
	}
}

// unwrapInline replaces each inline element in n other than a link with
// what it holds, and removes those hidden by their attributes.
func unwrapInline(n *html.Node) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if c.Type == html.ElementNode {
			unwrapInline(c)
			if inlineElement(c) && hiddenByAttribute(c) {
				n.RemoveChild(c)
			} else if inlineElement(c) && c.DataAtom != atom.A {
				unwrap(c)
			}
		}
		c = next
	}
	joinTextNodes(n)
}

// unwrapTimes replaces each <time> element in n with its text.
// go-trafilatura removes <time> elements with what they hold, and the text
// after one in its paragraph with it: "rose to 4,870 <time>on
// Wednesday</time>, the health ministry said" read "rose to 4,870", the
// date, the claimant and the rest of the sentence lost. A time in a page's
// dateline becomes text in the dateline's block, which is read or left as
// the block is.
func unwrapTimes(n *html.Node) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if c.Type == html.ElementNode {
			unwrapTimes(c)
			if c.DataAtom == atom.Time {
				unwrap(c)
			}
		}
		c = next
	}
	joinTextNodes(n)
}

// flattenNestedFormatting unwraps each formatting element in n (bold,
// italics, underline, a superscript) that stands inside another one:
// "<em><strong>has</strong></em>", "<i>&nbsp;<b>open</b></i>".
// go-trafilatura reads one level of such markup in a block; a second level
// it reads twice (in a heading, "What the utility has restored so far" and
// then "has" again as a paragraph of its own) or out of its place (in a
// list item, "Shelters in four towns, with room for 2,000 peopleopen").
// The outer element stays, holding the inner one's text. Links and spans
// between the two do not part them: trafilatura takes those out before it
// reads the block. An inner element hidden by its attributes or its class
// is left for trafilatura to remove.
func flattenNestedFormatting(n *html.Node) {
	flattenFormattingIn(n, false)
}

// flattenFormattingIn is flattenNestedFormatting for the children of n,
// which stand inside a formatting element when inFormatting.
func flattenFormattingIn(n *html.Node, inFormatting bool) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if c.Type == html.ElementNode {
			formatting := formattingElement(c)
			// The children of c are inside formatting when c is, or when
			// c runs on in the line of a formatting element around it.
			flattenFormattingIn(c, formatting || inFormatting && inlineElement(c))
			if inFormatting && formatting && !hiddenByAttribute(c) && hidingClass(c) < 0 {
				unwrap(c)
			}
		}
		c = next
	}
	joinTextNodes(n)
}

// formattingElement reports whether n is an element that go-trafilatura
// keeps as formatting ("hi") inside the blocks it reads.
func formattingElement(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Em, atom.I, atom.B, atom.Strong, atom.U, atom.Kbd, atom.Samp, atom.Tt, atom.Var, atom.Sub, atom.Sup:
		return true
	}
	return false
}

// unwrap replaces n with what it holds. The text nodes that come to stand
// side by side are left for the caller to join, once it has walked the
// parent's children.
func unwrap(n *html.Node) {
	parent := n.Parent
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		n.RemoveChild(c)
		parent.InsertBefore(c, n)
		c = next
	}
	parent.RemoveChild(n)
}

// joinTextNodes merges each run of adjacent text nodes among n's children
// into its first.
func joinTextNodes(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.TextNode {
			continue
		}
		for c.NextSibling != nil && c.NextSibling.Type == html.TextNode {
			t := c.NextSibling
			c.Data += t.Data
			n.RemoveChild(t)
		}
	}
}

// hiddenByAttribute reports whether n is hidden by its style (display:
// none, visibility: hidden), its hidden attribute or aria-hidden.
func hiddenByAttribute(n *html.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return true
		case "aria-hidden":
			if strings.EqualFold(strings.TrimSpace(a.Val), "true") {
				return true
			}
		case "style":
			style := strings.ToLower(strings.ReplaceAll(a.Val, " ", ""))
			if strings.Contains(style, "display:none") || strings.Contains(style, "visibility:hidden") {
				return true
			}
		}
	}
	return false
}
