package scrape

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// flattenInCell takes the inline markup (italics, bold, small print,
// superscripts; links stay) out of table cells, keeping its text in
// place.
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
//
// It rewrites one element n inside a table cell, after everything in n is
// rewritten (rewriteForExtraction), and reports whether n was removed or
// unwrapped.
func flattenInCell(n *html.Node) (gone bool) {
	switch {
	case !inlineElement(n):
		return false
	case hiddenByAttribute(n):
		n.Parent.RemoveChild(n)
	case n.DataAtom == atom.A:
		return false
	default:
		unwrap(n)
	}
	return true
}

// unwrapTime replaces a <time> element with its text.
// go-trafilatura removes <time> elements with what they hold, and the text
// after one in its paragraph with it: "rose to 4,870 <time>on
// Wednesday</time>, the health ministry said" read "rose to 4,870", the
// date, the claimant and the rest of the sentence lost. A time in a page's
// dateline becomes text in the dateline's block, which is read or left as
// the block is.
//
// It rewrites one element n, after everything in n is rewritten and before
// n's other rewrites (rewriteForExtraction), and reports whether n was a
// time, and unwrapped.
func unwrapTime(n *html.Node) (gone bool) {
	if n.DataAtom != atom.Time {
		return false
	}
	unwrap(n)
	return true
}

// flattenInFormatting unwraps a formatting element (bold, italics,
// underline, a superscript) that stands inside another one:
// "<em><strong>has</strong></em>", "<i>&nbsp;<b>open</b></i>".
// go-trafilatura reads one level of such markup in a block; a second level
// it reads twice (in a heading, "What the utility has restored so far" and
// then "has" again as a paragraph of its own) or out of its place (in a
// list item, "Shelters in four towns, with room for 2,000 peopleopen").
// The outer element stays, holding the inner one's text. Links and spans
// between the two do not part them: trafilatura takes those out before it
// reads the block. An inner element hidden by its attributes or its class
// is left for trafilatura to remove.
//
// It rewrites one element n that stands inside another formatting element
// (in its line: inFormatting), after everything in n is rewritten
// (rewriteForExtraction), and reports whether n was unwrapped.
func flattenInFormatting(n *html.Node) (gone bool) {
	if !formattingElement(n) || hiddenByAttribute(n) || hidingClass(n) >= 0 {
		return false
	}
	unwrap(n)
	return true
}

// inFormatting reports whether the children of n stand inside a
// formatting element: n is one, or n runs on in the line of one around it
// (parentInFormatting).
func inFormatting(n *html.Node, parentInFormatting bool) bool {
	return formattingElement(n) || parentInFormatting && inlineElement(n)
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
