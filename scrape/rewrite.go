package scrape

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// rewriteForExtraction rewrites a page's body so that go-trafilatura reads
// its story whole: hidden blocks sorted (sortHidden), captions read as
// paragraphs (captionAsParagraph), times unwrapped (unwrapTime), the
// inline markup taken out of table cells (flattenInCell), formatting
// inside formatting unwrapped (flattenInFormatting), loose text read as
// paragraphs (looseTextAsParagraph), the story's container named
// (markStoryContainer) and the spaces beside inline elements marked
// (markSpaces).
//
// Each rewrite reads the page as the rewrites before it in that order left
// it, and three need the whole page first: the hidden blocks are sorted by
// their share of the page's paragraph text as the page came, the story's
// container by its share after every other rewrite, and the spaces are
// marked last because a mark reads what stands beside an element at any
// distance. The rest are made in one walk (rewriteBlocks).
func rewriteForExtraction(body *html.Node) {
	sortHidden(body)
	rewriteBlocks(body, blockContext{})
	markStoryContainer(body)
	markSpaces(body)
}

// blockContext is what the walk of rewriteBlocks knows of an element's
// ancestors.
type blockContext struct {
	inCaption    bool // in a caption made a paragraph: no caption inside is looked for
	inCell       bool // in a table cell
	inFormatting bool // inside a formatting element, in its line (inFormatting)
}

// rewriteBlocks makes, in one walk of the elements in n, the rewrites that
// read no more of the page than an element and what it holds. Each element
// is rewritten twice, at each end of the walk of what it holds:
//
//   - first, before anything in it, captionAsParagraph, which reads what
//     the element holds as the page wrote it (a picture, a caption, inline
//     markup only) and decides what the rest read in it: a caption's
//     elements lose their names;
//   - last, after everything in it, unwrapTime, then flattenInCell (in a
//     cell) or flattenInFormatting (in formatting), then
//     looseTextAsParagraph. Each reads the element's own name and
//     attributes, or, for loose text, what it holds, which the walk has
//     rewritten by then as every rewrite before it would have: in a cell,
//     the inline markup that nested formatting would unwrap is gone
//     already.
//
// The text nodes that unwrapping leaves side by side are joined once an
// element's children are walked, before its own last rewrite.
func rewriteBlocks(n *html.Node, ctx blockContext) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if c.Type == html.ElementNode {
			rewriteBlock(c, ctx)
		}
		c = next
	}
	joinTextNodes(n)
}

// rewriteBlock is rewriteBlocks for one element n and what it holds.
func rewriteBlock(n *html.Node, ctx blockContext) {
	inner := blockContext{
		inCaption: ctx.inCaption,
		inCell:    ctx.inCell || n.DataAtom == atom.Td || n.DataAtom == atom.Th,
	}
	if !ctx.inCaption {
		inner.inCaption = captionAsParagraph(n)
	}
	inner.inFormatting = inFormatting(n, ctx.inFormatting) // after the caption's renaming
	rewriteBlocks(n, inner)
	switch {
	case unwrapTime(n):
	case ctx.inCell && flattenInCell(n):
	case ctx.inFormatting && flattenInFormatting(n):
	default:
		looseTextAsParagraph(n)
	}
}
