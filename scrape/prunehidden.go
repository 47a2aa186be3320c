package scrape

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

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
