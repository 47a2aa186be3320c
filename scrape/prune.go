package scrape

import (
	"strings"
	"unicode/utf8"

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

// sortHidden decides what of a page's hidden blocks extraction reads.
//
// A page may hide the rest of its story behind a "read more" button: the
// rest of the article in a block whose class hides it until the reader
// clicks ("hidden", "hideOnInit", "js-continue-reading-hidden").
// go-trafilatura drops hidden blocks; when the hidden block is most of the
// story, what remains is so little that it undoes all its pruning of the
// container and keeps the page's related stories, slide shows and share
// buttons with the story's first paragraphs. A block hidden by its class
// whose paragraphs (<p>) hold at least a third of the page's paragraph text
// loses the classes that hide it.
//
// Any other block hidden outright by its class (a class that is exactly
// "hidden", "hide", "is-hidden" or "d-none") is removed: share buttons,
// menus, topic lists, "Continue reading the main story" and ad labels,
// which trafilatura keeps because its own test looks for " hidden" after
// another class. Menus and widgets hidden the same way hold links and
// lists, not the page's paragraphs.
//
// Each block's decision rests on the page as it stands before any is
// made, so one walk measures the page and the hidden blocks in it, and the
// decisions follow; a block inside one removed goes with it, whatever its
// own decision.
func sortHidden(body *html.Node) {
	var hidden []hiddenBlock
	total, _ := measureHidden(body, &hidden)
	for _, h := range hidden {
		class := &h.node.Attr[h.class]
		if h.paragraphs > 0 && 3*h.paragraphs >= total {
			class.Val = withoutHidingClasses(class.Val)
		} else if hiddenOutright(class.Val) {
			h.node.Parent.RemoveChild(h.node)
		}
	}
}

// hiddenBlock is an element hidden by a class, with the index of its class
// attribute and the bytes of paragraph text in it (paragraphBytes).
type hiddenBlock struct {
	node       *html.Node
	class      int
	paragraphs int
}

// measureHidden returns the bytes of paragraph text in n (as paragraphBytes
// counts them, n's own text left out) and of all its text, and appends the
// elements in n hidden by a class to hidden, in document order, each with
// its paragraph bytes.
func measureHidden(n *html.Node, hidden *[]hiddenBlock) (inParagraphs, all int) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			all += len(strings.TrimSpace(c.Data))
		case html.ElementNode:
			at := -1
			if i := hidingClass(c); i >= 0 {
				at = len(*hidden)
				*hidden = append(*hidden, hiddenBlock{node: c, class: i})
			}
			p, a := measureHidden(c, hidden)
			if at >= 0 {
				(*hidden)[at].paragraphs = p
			}
			all += a
			if c.DataAtom == atom.P {
				inParagraphs += a
			} else {
				inParagraphs += p
			}
		}
	}
	return inParagraphs, all
}

// hiddenOutright reports whether a class attribute holds a class that does
// nothing but hide its element, and none that shows it again at some
// screen width ("hidden md:block", "d-none d-lg-block": a block for wide
// screens, which a reader on a desktop sees).
func hiddenOutright(class string) bool {
	hidden := false
	for tok := range strings.FieldsSeq(class) {
		if strings.EqualFold(tok, "hidden") || strings.EqualFold(tok, "hide") || strings.EqualFold(tok, "is-hidden") ||
			strings.EqualFold(tok, "d-none") {
			hidden = true
		} else if strings.Contains(tok, ":") || responsiveDisplay(tok) {
			return false
		}
	}
	return hidden
}

// responsiveDisplay reports whether a class sets its element's display at
// a screen width, as Bootstrap's "d-md-block" does.
func responsiveDisplay(tok string) bool {
	rest, ok := strings.CutPrefix(tok, "d-")
	if !ok {
		return false
	}
	for _, bp := range []string{"sm-", "md-", "lg-", "xl-", "xxl-"} {
		if strings.HasPrefix(rest, bp) {
			return rest[len(bp):] != "none"
		}
	}
	return false
}

// hidingClass returns the index of n's class attribute when one of its
// classes hides it, else -1.
func hidingClass(n *html.Node) int {
	for i, a := range n.Attr {
		if a.Key == "class" {
			for tok := range strings.FieldsSeq(a.Val) {
				if hidingToken(tok) {
					return i
				}
			}
			return -1
		}
	}
	return -1
}

// hidingToken reports whether a class hides its element: it names hiding
// ("hidden", "hide", "hideOnInit", "is-hidden", "u-visually-hidden").
func hidingToken(tok string) bool {
	for i := 0; i+3 <= len(tok); i++ {
		if (tok[i] == 'h' || tok[i] == 'H') && strings.EqualFold(tok[i:i+3], "hid") {
			return true
		}
	}
	return false
}

func withoutHidingClasses(class string) string {
	var keep []string
	for tok := range strings.FieldsSeq(class) {
		if !hidingToken(tok) {
			keep = append(keep, tok)
		}
	}
	return strings.Join(keep, " ")
}

// paragraphBytes counts the bytes of text, white space at either end of
// each text node left out, inside the <p> elements in n (n's own text
// too when inP).
func paragraphBytes(n *html.Node, inP bool) int {
	total := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			if inP {
				total += len(strings.TrimSpace(c.Data))
			}
		case html.ElementNode:
			total += paragraphBytes(c, inP || c.DataAtom == atom.P)
		}
	}
	return total
}

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
