package rules

import (
	"github.com/claimtrack/claimtrack/rules/figures"
)

// longAgo returns the token of an "ago" that dates figure fi of sentence s
// long before any count a metric tracks, or -1: "A generation ago, Israel
// traded more than a thousand prisoners for one soldier", "freed 1,027
// prisoners thirteen years ago"; or of an "after" a long span measures
// from the event the figure stands in ("twenty years after the killing
// that displaced 2 million": longSpanAfter). The span is one no running count of
// today reaches back to: a decade or more, a generation, a century (a
// few years ago may still be the metric's own war). The "ago" opens the
// figure's clause before a comma, stands in an aside between its subject
// and its verb ("Darfur's first genocide, two decades ago, displaced
// 2.5m"), or follows the figure in its clause.
func longAgo(d *figures.Document, s *figures.Sentence, fi int) int {
	fs, fe := d.FigureTokens(fi)
	start, end := semicolonStart(d, s.TokStart, fs), semicolonEnd(d, fe, s.TokEnd)
	// Fronted: "A generation ago, ...", "Two decades ago, ...". A
	// contrasting clause that opens the sentence ("Whereas the war two
	// decades ago displaced 2.5 million, the current one has uprooted 14
	// million") is dated on its own: its "ago" dates nothing past its
	// comma.
	if start == s.TokStart {
		start = afterSpeakerLabel(d, s)
	}
	if contrastFronted(d, s, start, fs) {
		start = fs
	}
	for k := start; k < fs && k < start+agoSubjectWords; k++ {
		if d.TokenText(k) == "," {
			// A subject, then an aside that dates it: "Darfur's first
			// genocide, two decades ago, killed ...".
			if j := agoAside(d, k, fs); j >= 0 {
				return j
			}
			break
		}
		if k < start+8 && (longSpanAgo(d, k) || longSpanAfter(d, k)) {
			return k
		}
	}
	// After the figure, in its clause: "... for one soldier 13 years ago";
	// or alone after the clause's comma, closing the sentence: "Perhaps
	// 25,000 civilians died in Chechnya, a generation ago."
	for k := fe; k < end; k++ {
		if w := d.TokenText(k); w == "," || w == ";" || w == ":" {
			if w == "," {
				return agoClosing(d, k, end)
			}
			break
		}
		if longSpanAgo(d, k) {
			return k
		}
	}
	return -1
}

// agoSubjectWords is how many tokens the subject before an aside of time
// may hold ("Russia's war in Chechnya, a generation ago,").
const agoSubjectWords = 12

// agoAsideWords is how many tokens an aside of time may hold ("two
// decades ago", "a quarter of a century ago").
const agoAsideWords = 7

// agoAside returns the token of an "ago" of a long span (longSpanAgo) in
// the aside that opens at the comma at token c and closes with a comma
// before token fs, or -1: the aside dates the subject before it, and the
// clause after it tells what the subject did then.
func agoAside(d *figures.Document, c, fs int) int {
	at := -1
	for k := c + 1; k < fs && k <= c+agoAsideWords+1; k++ {
		if w := d.TokenText(k); w == "," {
			return at
		} else if !d.Tokens[k].IsWord() && w != "-" && !inFigure(d, k) {
			return -1
		}
		if longSpanAgo(d, k) {
			at = k
		}
	}
	return -1
}

// agoClosing returns the token of an "ago" of a long span in the words
// after the comma at token c, when they are only that phrase and close
// the clause at token end (its final mark aside), or -1.
func agoClosing(d *figures.Document, c, end int) int {
	at := -1
	for k := c + 1; k < end; k++ {
		if k > c+agoAsideWords {
			return -1
		}
		if !d.Tokens[k].IsWord() && d.TokenText(k) != "-" && !inFigure(d, k) {
			if k == end-1 && at >= 0 {
				return at // the sentence's full stop
			}
			return -1
		}
		if longSpanAgo(d, k) {
			at = k
		}
	}
	return at
}

// longSpanAgo reports whether token k is an "ago" after a span of a
// decade or more: "a decade ago", "two decades ago", "a generation ago",
// "13 years ago", "half a century ago".
func longSpanAgo(d *figures.Document, k int) bool {
	return k >= 1 && d.LowerTokenText(k) == "ago" && longSpanBefore(d, k)
}

// longSpanAfter reports whether token k is an "after" that a span of a
// decade or more measures from the event it opens: "twenty years after
// the killing that displaced 2 million", "two decades after the war in
// which 300,000 died". Fronted on the figure's clause with no comma
// between, the event holds the figure: its count is of that time. After a
// comma the clause is today's ("Twenty years after the genocide, 2
// million remain displaced").
func longSpanAfter(d *figures.Document, k int) bool {
	return k >= 1 && d.LowerTokenText(k) == "after" && longSpanBefore(d, k)
}

// longSpanBefore reports whether the words right before token k are a
// span of a decade or more: "a decade", "two decades", "a generation",
// "13 years", "half a century".
func longSpanBefore(d *figures.Document, k int) bool {
	switch d.LowerTokenText(k - 1) {
	case "decade", "decades", "generation", "generations", "century", "centuries", "quarter-century":
		return true
	case "years":
		fj := figureAt(d, k-2)
		return k >= 2 && fj >= 0 && d.Figures[fj].Value >= 10
	}
	return false
}

// contrastFronted reports whether the clause from token start opens with
// "Whereas", "While" or "Whilst" and ends at a comma before token fs: a
// clause set against the main clause, which fs stands in.
func contrastFronted(d *figures.Document, s *figures.Sentence, start, fs int) bool {
	switch d.LowerTokenText(start) {
	case "whereas", "while", "whilst":
	default:
		return false
	}
	for k := start + 1; k < fs; k++ {
		if d.TokenText(k) == "," && !inFigure(d, k) {
			return true
		}
	}
	return false
}
