package scrape

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// looseTextAsParagraphs reads a block of bare prose as a paragraph: a div,
// header or section that holds text and inline markup only (no paragraph,
// heading or list) and at least a sentence of it (sentenceLike). Such a
// block is how many pages set a story's summary under its headline ("<div
// class="standfirst">Flooding has closed 14 schools and forced 3,000
// people from their homes.</div>", "<header>" inside the article body).
// go-trafilatura reads text in a div only on a page with little paragraph
// text, and text in a header or section never: the summary, which often
// holds the story's figures, was lost. The block becomes a <p> with its
// attributes, so that trafilatura's own tests of class and id (footers,
// author boxes, cookie notices) still read it, and one outside the story's
// container stays out.
func looseTextAsParagraphs(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		switch c.DataAtom {
		case atom.Div, atom.Header, atom.Section:
			if holdsInlineOnly(c) && sentenceLike(c) {
				c.Data, c.DataAtom = "p", atom.P
				continue
			}
		}
		looseTextAsParagraphs(c)
	}
}

// holdsInlineOnly reports whether everything in n is text, inline markup,
// line breaks or pictures.
func holdsInlineOnly(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		switch {
		case c.DataAtom == atom.Br || c.DataAtom == atom.Img:
		case !inlineElement(c) || !holdsInlineOnly(c):
			return false
		}
	}
	return true
}

// minLooseText is the length, in characters, of the shortest block of
// bare text read as a paragraph: a sentence, longer than a byline, a date
// line or a button's label.
const minLooseText = 100

// sentenceLike reports whether the text in n is at least minLooseText
// characters long and holds a sentence's end (a full stop, question or
// exclamation mark at its end or before a space).
func sentenceLike(n *html.Node) bool {
	var b strings.Builder
	blockText(&b, n)
	text := strings.Join(strings.Fields(b.String()), " ")
	if utf8.RuneCountInString(text) < minLooseText {
		return false
	}
	for i := range len(text) {
		switch text[i] {
		case '.', '?', '!':
			if i+1 == len(text) || text[i+1] == ' ' {
				return true
			}
		}
	}
	return false
}
