package scrape

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// captionAsParagraph keeps the captions of a story's pictures.
// go-trafilatura removes every <figure> with what it holds, and any block
// whose class or id says "caption": with them the caption, which often says
// what the story does not ("There are typically between 400 and 600 water
// main breaks each year, an official said"). A <figcaption> becomes a <p>
// without its classes and ids, and a figure that holds one a <div>, so that
// the caption is read where the picture stands, as a paragraph of the
// container it is in: a figure in a sidebar or a related-stories block goes
// with that block. A figure without a caption is left to be removed.
//
// A page that sets its pictures without <figure> names the caption by its
// class instead ("<div class="media-caption">", "<span
// class="inline-video-caption">", WordPress's "wp-caption-text"): a block
// of text and inline markup only whose class or id holds "caption" is read
// the same way, and a block so named that holds the picture beside its
// caption ("<div class="wp-caption">") loses its names as a figure does.
//
// It rewrites one element n, before anything in n is rewritten
// (rewriteForExtraction), and reports whether n became a caption's
// paragraph: the elements in it are then nameless, and no caption is
// looked for inside it.
func captionAsParagraph(n *html.Node) (caption bool) {
	switch n.DataAtom {
	case atom.Figure:
		if hasFigcaption(n) {
			n.Data, n.DataAtom = "div", atom.Div
		}
	case atom.Figcaption:
		n.Data, n.DataAtom = "p", atom.P
		dropNames(n)
		return true
	case atom.Div, atom.P, atom.Span:
		if namedCaption(n) && holdsInlineOnly(n) {
			n.Data, n.DataAtom = "p", atom.P
			dropNames(n)
			return true
		}
		if namedCaption(n) && holdsPicture(n) {
			dropOwnNames(n)
		}
	}
	return false
}

// namedCaption reports whether one of n's classes or its id names a
// caption: a word of it, split at separators, begins "caption"
// ("media-caption", "wp-caption-text", "captionText"), and none states
// whether there is one ("no_caption", "has-caption").
func namedCaption(n *html.Node) bool {
	for _, a := range n.Attr {
		if a.Key != "class" && a.Key != "id" || !mayNameCaption(a.Val) {
			continue
		}
		for tok := range strings.FieldsSeq(strings.ToLower(a.Val)) {
			if captionToken(tok) {
				return true
			}
		}
	}
	return false
}

// mayNameCaption reports whether a class or id attribute may hold a name
// of a caption: "caption" in any case is in it, or a letter outside ASCII,
// which lower-casing may turn into one of its letters ("İ" into "i"). Most
// pages' names have neither, and are spared the lower-casing and splitting
// that namedCaption does on every div, paragraph and span.
func mayNameCaption(val string) bool {
	for i := 0; i < len(val); i++ {
		if val[i] >= utf8.RuneSelf {
			return true
		}
		if val[i]|0x20 == 'c' && i+len("caption") <= len(val) && strings.EqualFold(val[i:i+len("caption")], "caption") {
			return true
		}
	}
	return false
}

func captionToken(tok string) bool {
	caption := false
	for _, w := range strings.FieldsFunc(tok, func(r rune) bool { return r == '-' || r == '_' }) {
		switch {
		case w == "no" || w == "has" || w == "with" || w == "without":
			return false
		case strings.HasPrefix(w, "caption") || strings.HasSuffix(w, "caption"):
			caption = true
		}
	}
	return caption
}

// holdsPicture reports whether n holds an image, a picture or a video.
func holdsPicture(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		switch c.DataAtom {
		case atom.Img, atom.Picture, atom.Video:
			return true
		}
		if holdsPicture(c) {
			return true
		}
	}
	return false
}

func hasFigcaption(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (c.DataAtom == atom.Figcaption || hasFigcaption(c)) {
			return true
		}
	}
	return false
}

// dropNames removes the class and id attributes of n and of the elements
// in it.
func dropNames(n *html.Node) {
	dropOwnNames(n)
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			dropNames(c)
		}
	}
}

// dropOwnNames removes the class and id attributes of n.
func dropOwnNames(n *html.Node) {
	attrs := n.Attr[:0]
	for _, a := range n.Attr {
		if a.Key != "class" && a.Key != "id" {
			attrs = append(attrs, a)
		}
	}
	n.Attr = attrs
}
