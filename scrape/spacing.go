package scrape

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// spaceMark stands for the white space between a word and an inline
// element (a link, bold, a code span) during extraction. go-trafilatura
// trims the text before and after the elements it keeps inside a list item
// (and other blocks it reads node by node), so "call to
// <b>Frontend</b> with" came out "call to Frontendwith" and "<strong>40,000
// </strong> people" "40,000people": words and figures that neither a reader
// nor the rules can split. The mark, a private-use character that is not
// white space, survives the trimming, and the text extraction returns has
// it turned back into a space (unmarkSpaces). No page's text uses it.
const spaceMark = '\uE000'

const spaceMarkStr = string(spaceMark)

// markSpaces puts a spaceMark beside the word at the white space that a
// text node shares with an inline element: "call to\uE000 <b>Frontend</b>
// \uE000with", where trimming takes the spaces and leaves the marks. A text node that is only white space gets a
// mark only between two inline elements ("<b>A</b> <i>B</i>"): between
// blocks a paragraph break parts the text anyway, and marking there would
// give empty elements text.
func markSpaces(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.ElementNode:
			markSpaces(c)
		case html.TextNode:
			markTextNode(c)
		}
	}
}

func markTextNode(t *html.Node) {
	s := t.Data
	if s == "" {
		return
	}
	before := inlineBefore(t)
	after := inlineAfter(t)
	if !before && !after {
		return
	}
	lead := len(s) - len(strings.TrimLeftFunc(s, unicode.IsSpace))
	if lead == len(s) { // all white space
		if before && after {
			t.Data = s + spaceMarkStr
		}
		return
	}
	trail := len(s) - len(strings.TrimRightFunc(s, unicode.IsSpace))
	markLead := before && lead > 0
	markTrail := after && trail > 0
	if !markLead && !markTrail {
		return
	}
	var b strings.Builder
	b.Grow(len(s) + 2*utf8.RuneLen(spaceMark))
	if markLead {
		b.WriteString(s[:lead])
		b.WriteRune(spaceMark)
		s = s[lead:]
	}
	if markTrail {
		b.WriteString(s[:len(s)-trail])
		b.WriteRune(spaceMark)
		b.WriteString(s[len(s)-trail:])
	} else {
		b.WriteString(s)
	}
	t.Data = b.String()
}

// inlineBefore reports whether words run on into n from before it in its
// line: an inline element or text stands before it, or it begins an inline
// element that has such a thing before it ("Technology GUI<i>&nbsp;<b>Oxyd
// </b></i>", whose space is the first thing in the italics). White space
// between them is passed over.
func inlineBefore(n *html.Node) bool {
	return inlineBeside(n, func(s *html.Node) *html.Node { return s.PrevSibling })
}

// inlineAfter reports whether words run on from n into what comes after it
// in its line: inlineBefore's mirror ("<strong>Make a List of
// </strong><em>Everything</em>", whose space is the last thing in the bold
// type).
func inlineAfter(n *html.Node) bool {
	return inlineBeside(n, func(s *html.Node) *html.Node { return s.NextSibling })
}

// inlineBeside reports whether the first thing beside n in the direction
// step walks, other than white space, is text or an inline element; at
// the edge of an inline element it asks the same of the element.
func inlineBeside(n *html.Node, step func(*html.Node) *html.Node) bool {
	for ; n != nil; n = n.Parent {
		for s := step(n); s != nil; s = step(s) {
			if s.Type == html.TextNode && strings.TrimSpace(s.Data) == "" {
				continue
			}
			return inlineElement(s) || s.Type == html.TextNode
		}
		if !inlineElement(n.Parent) {
			return false
		}
	}
	return false
}

// inlineElement reports whether n is an element that runs on in the
// line of text around it.
func inlineElement(n *html.Node) bool {
	if n == nil || n.Type != html.ElementNode {
		return false
	}
	switch n.DataAtom {
	case atom.A, atom.Abbr, atom.B, atom.Bdi, atom.Bdo, atom.Cite, atom.Code, atom.Data, atom.Del, atom.Dfn, atom.Em,
		atom.Font, atom.I, atom.Ins, atom.Kbd, atom.Mark, atom.Q, atom.S, atom.Samp, atom.Small, atom.Span,
		atom.Strike, atom.Strong, atom.Sub, atom.Sup, atom.Time, atom.Tt, atom.U, atom.Var:
		return true
	}
	return false
}

// unmarkSpaces turns markSpaces' marks back into spaces.
func unmarkSpaces(s string) string {
	if !strings.ContainsRune(s, spaceMark) {
		return s
	}
	return strings.ReplaceAll(s, spaceMarkStr, " ")
}
