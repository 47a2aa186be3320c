package figures

// InFigure reports whether token i lies inside a figure. The rules ask
// which figure a token is part of thousands of times a document, of words
// most of which are in none; this answers those with one load of a bit set
// of the document's figure tokens, made once, instead of a search of the
// sentences. It fills a cache in the
// Document, as LowerTokenText does.
func (d *Document) InFigure(i int) bool {
	if len(d.inFig) == 0 {
		d.markFigures()
	}
	return d.inFig[i>>6]&(1<<(i&63)) != 0
}

// markFigures sets the bit of every token inside a figure, reusing the
// bit set's memory when the Document is analysed again.
func (d *Document) markFigures() {
	n := len(d.Tokens)>>6 + 1
	if cap(d.inFig) < n {
		d.inFig = make([]uint64, n)
	} else {
		d.inFig = d.inFig[:n]
		clear(d.inFig)
	}
	for _, ft := range d.figTok {
		for k := ft[0]; k < ft[1]; k++ {
			d.inFig[k>>6] |= 1 << (k & 63)
		}
	}
}
