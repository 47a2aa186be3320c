package scrape

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// dropComments removes a page's reader-comment sections before automatic
// extraction. go-trafilatura drops them only when it extracts the comments
// itself or favours precision (which costs recall elsewhere); with comments
// excluded and its balanced focus it keeps a comment section that sits
// inside the container it chose: names, dates, "reply" links and the
// readers' text, all read as the article's.
//
// A comment section is a block container (div, section, aside, a list)
// whose id or one of whose classes names comments (commentSection). One
// that holds the article itself (an <article>, an <h1> or an articleBody)
// stays: a page that wraps its story and comments in one "comments-on"
// block is the story.
func dropComments(n *html.Node) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if c.Type == html.ElementNode {
			if commentSection(c) && !holdsArticle(c) {
				n.RemoveChild(c)
			} else {
				dropComments(c)
			}
		}
		c = next
	}
}

// commentSection reports whether n is a block container named as a
// comment section.
func commentSection(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Div, atom.Section, atom.Aside, atom.Ol, atom.Ul, atom.Dl:
	default:
		return false
	}
	for _, a := range n.Attr {
		switch a.Key {
		case "id", "class":
			for tok := range strings.FieldsSeq(a.Val) {
				if commentName(tok) {
					return true
				}
			}
		}
	}
	return false
}

// commentNames are the words for readers' comments that a section's id or
// class is built on, in the languages of the pages claimtrack reads, and the
// comment systems that fill such sections.
var commentNames = []string{"comment", "kommentar", "comentario", "commentaire", "disqus"}

// commentName reports whether an id or class token names comments: one of
// commentNames followed by nothing, a plural or a separator ("comments",
// "comment-list", "article-comments", "comments_area", "disqus_thread"),
// not by more of a word ("commentary", "commentator": an opinion piece).
// A token that states whether a post takes comments ("has-comments",
// "comments-open", "no-comments") names the post, not its comments.
func commentName(tok string) bool {
	tok = strings.ToLower(tok)
	if commentState(tok) {
		return false
	}
	for _, w := range commentNames {
		for i := 0; ; {
			j := strings.Index(tok[i:], w)
			if j < 0 {
				break
			}
			j += i
			rest := tok[j+len(w):]
			rest = strings.TrimPrefix(strings.TrimPrefix(rest, "e"), "s") // kommentare, comentarios, comments
			if rest == "" || !isASCIILetter(rest[0]) || strings.HasPrefix(rest, "list") || strings.HasPrefix(rest, "area") ||
				strings.HasPrefix(rest, "box") || strings.HasPrefix(rest, "wrap") || strings.HasPrefix(rest, "section") ||
				strings.HasPrefix(rest, "thread") || strings.HasPrefix(rest, "block") {
				return true
			}
			i = j + 1
		}
	}
	return false
}

// commentState reports whether a lower-case token states whether comments
// are taken rather than naming a place for them: one of its words, split
// at separators and wherever it stands ("has-comments", "comments-open",
// "story--comments-enabled-true", "comments-enabled-story",
// "comment-count"), is a word of state or of counting. A theme may put
// such a token on the container of the whole story.
func commentState(tok string) bool {
	for _, w := range strings.FieldsFunc(tok, func(r rune) bool { return r == '-' || r == '_' || r == ' ' }) {
		switch w {
		case "has", "no", "with", "open", "closed", "enabled", "disabled", "on", "off", "allowed", "count", "counter", "number":
			return true
		}
	}
	return false
}

func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// holdsArticle reports whether n holds a page's story: an <article>, an
// <h1> or an element marked itemprop=articleBody.
func holdsArticle(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if c.DataAtom == atom.Article || c.DataAtom == atom.H1 {
			return true
		}
		for _, a := range c.Attr {
			if a.Key == "itemprop" && a.Val == "articleBody" {
				return true
			}
		}
		if holdsArticle(c) {
			return true
		}
	}
	return false
}
