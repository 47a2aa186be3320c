package scrape

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// looseTextAsParagraph reads a block of bare prose as a paragraph: a div,
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
//
// The same prose standing between blocks, in a container that holds
// paragraphs too ("</div>The flag code has guidelines ... <p>", a
// paragraph a template left without its tags), is wrapped in a <p> of its
// own: trafilatura read it nowhere.
//
// It rewrites one element n, after everything in n is rewritten
// (rewriteForExtraction). What it reads of n (whether n holds only inline
// markup, n's children and their text) is not changed by the same rewrite
// of the blocks inside n, nor does its rewrite of n change what they read,
// so the blocks of a page may be read in any order.
func looseTextAsParagraph(n *html.Node) {
	switch n.DataAtom {
	case atom.Div, atom.Header, atom.Section, atom.Article, atom.Main:
	default:
		return
	}
	if !holdsInlineOnly(n) {
		wrapLooseRuns(n)
	} else if n.DataAtom != atom.Article && n.DataAtom != atom.Main && sentenceLike(n) {
		n.Data, n.DataAtom = "p", atom.P
	}
}

// wrapLooseRuns wraps each run of n's children that holds text and inline
// markup only, between blocks, in a <p> when it is sentenceLike.
func wrapLooseRuns(n *html.Node) {
	var run []*html.Node
	flush := func() {
		if len(run) > 0 && sentenceLike(run...) {
			p := &html.Node{Type: html.ElementNode, Data: "p", DataAtom: atom.P}
			n.InsertBefore(p, run[0])
			for _, r := range run {
				n.RemoveChild(r)
				p.AppendChild(r)
			}
		}
		run = run[:0]
	}
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if runsInline(c) {
			run = append(run, c)
		} else if c.Type == html.ElementNode {
			flush()
		}
		c = next
	}
	flush()
}

// runsInline reports whether n is text or an element that runs on in a
// line of text: inline markup holding no block, a line break, a picture.
func runsInline(n *html.Node) bool {
	switch n.Type {
	case html.TextNode:
		return true
	case html.ElementNode:
		return n.DataAtom == atom.Br || n.DataAtom == atom.Img || inlineElement(n) && holdsInlineOnly(n)
	}
	return false
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

// sentenceLike reports whether the text in nodes is at least minLooseText
// characters long and holds a sentence's end (a full stop, question or
// exclamation mark at its end or before a space).
func sentenceLike(nodes ...*html.Node) bool {
	var b strings.Builder
	for _, n := range nodes {
		blockText(&b, n)
	}
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
