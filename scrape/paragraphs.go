package scrape

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// isBlockTag reports whether an element of this tag begins a block of
// text of its own: a paragraph break stands before and after it.
func isBlockTag(tag string) bool {
	switch tag {
	case "p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "section", "article", "tr",
		"figcaption", "ul", "ol", "table", "header", "footer", "pre", "dl", "dt", "dd":
		return true
	}
	return false
}

// sameNonSpace reports whether a and b hold the same characters once
// white space is taken out.
func sameNonSpace(a, b string) bool {
	i, j := 0, 0
	for {
		// Most of a text is equal ASCII letters, compared here without a
		// call for each.
		for i < len(a) && j < len(b) && a[i] == b[j] && a[i] > ' ' && a[i] < utf8.RuneSelf {
			i, j = i+1, j+1
		}
		i, j = skipSpace(a, i), skipSpace(b, j)
		if i == len(a) || j == len(b) {
			return i == len(a) && j == len(b)
		}
		if a[i] != b[j] {
			return false
		}
		i, j = i+1, j+1
	}
}

// skipSpace returns the index of the first byte at or after i that does
// not begin a white-space character.
func skipSpace(s string, i int) int {
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf {
			if c != ' ' && (c < '\t' || c > '\r') {
				return i
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsSpace(r) {
			return i
		}
		i += n
	}
	return i
}

// paragraphsFrom returns text with the paragraph breaks it has on the
// page. The fallbacks trafilatura takes on a page too thin for its main
// extractor (a breaking-news stub under 250 characters) read an element's
// text content, which runs its paragraphs together: "...the council
// said.Buses will run...". Found among the page's own blocks, the same
// characters come back with their breaks; text is returned as it is when
// they are not found there.
func paragraphsFrom(root *html.Node, text string) string {
	want := appendNonSpace(nil, nil, text)
	if len(want) == 0 {
		return text
	}
	var b strings.Builder
	blockText(&b, root)
	page := b.String()
	var at []int // at[k] is the offset in page of the k-th byte of chars
	chars := appendNonSpace(make([]byte, 0, len(page)), &at, page)
	k := bytes.Index(chars, want)
	if k < 0 {
		return text
	}
	return page[at[k] : at[k+len(want)-1]+1]
}

// appendNonSpace appends the bytes of s that are not white space to dst
// and, when at is not nil, the offset of each in s to *at.
func appendNonSpace(dst []byte, at *[]int, s string) []byte {
	for i := skipSpace(s, 0); i < len(s); i = skipSpace(s, i) {
		dst = append(dst, s[i])
		if at != nil {
			*at = append(*at, i)
		}
		i++
	}
	return dst
}

// blockText writes the text of n with a line break around each block
// element, so paragraphs stay apart.
func blockText(b *strings.Builder, n *html.Node) {
	writeBlockText(b, n, false)
}

// writeBlockText is blockText for n inside preformatted text (<pre>,
// <code>, <textarea>) when pre.
//
// A line break in a page's source is white space, as a browser shows it:
// "said <em>that 14 schools\nwould stay shut</em>" is one line. Only a
// block element or a <br> breaks the text; kept, the source's breaks would
// cut the sentence into paragraphs, and the rules would read its halves
// apart. Preformatted text (code listings, tables set in text) keeps them.
func writeBlockText(b *strings.Builder, n *html.Node, pre bool) {
	switch n.Type {
	case html.TextNode:
		if pre || !strings.ContainsAny(n.Data, "\n\r") {
			b.WriteString(n.Data)
			return
		}
		for i := 0; i < len(n.Data); i++ {
			c := n.Data[i]
			if c == '\n' || c == '\r' {
				c = ' '
			}
			b.WriteByte(c)
		}
		return
	case html.ElementNode:
		switch n.Data {
		case "script", "style", "noscript", "template", "svg":
			return
		case "pre", "code", "textarea":
			pre = true
		}
	}
	block := n.Type == html.ElementNode && isBlockTag(n.Data)
	// A table's cells stay on their row's line, a space apart: run
	// together, "Deaths" and "1,204" in two cells would read "Deaths1,204".
	cell := n.Type == html.ElementNode && (n.Data == "td" || n.Data == "th")
	if block {
		b.WriteString("\n")
	} else if cell {
		b.WriteString(" ")
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		writeBlockText(b, c, pre)
	}
	if block {
		b.WriteString("\n")
	} else if cell {
		b.WriteString(" ")
	}
}
