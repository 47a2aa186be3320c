package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A dash aside may stand between a figure's noun and the verb it is the
// subject of: "Some 27,000 Palestinians – most of them women and children,
// according to the Hamas-run health ministry – have now been killed".
// A comma aside does the same when it holds no comma of its own: "More
// than 9 million Sudanese, or a fifth of the country, have been forced to
// flee", "Some 1.2 million people, most of them from the north, are now
// crammed into the city".
// The aside speaks of the people counted (who they are, who counts them);
// the verb after it, and the keyword it is, are the figure's. So the
// aside's words do not part the figure from that keyword, and an
// exclude_near word in it ("women", "children") says what most of them
// were, not that the figure counts only those. The aside opens with a
// dash or a comma at most nounAsideLead words after the figure, closes
// with the same mark, holds no count and no clause end, and only the
// verb's auxiliaries and adverbs stand between the closing mark and the
// keyword.

// nounAsideLead is how many words (the figure's noun and what modifies
// it: "Palestinians", "people in Gaza") may stand between a figure and the
// dash or comma that opens its aside.
const nounAsideLead = 3

// nounAsideVerbWords is how many words may stand between the closing mark
// and the keyword: the auxiliaries and adverbs of the verb ("are now thought to have died", "have now
// been killed").
const nounAsideVerbWords = 5

// figureNounAside returns the marks (dashes or commas) that open and close
// the aside between figure fi's noun and keyword hit h, the verb of that
// noun, or -1, -1.
func figureNounAside(d *figures.Document, h hit, fi int) (open, close int) {
	_, fe := d.FigureTokens(fi)
	if h.start <= fe {
		return -1, -1
	}
	open = -1
	for t := fe; t < h.start && t <= fe+nounAsideLead; t++ {
		w := d.TokenText(t)
		if isDash(w) || w == "," {
			open = t
			break
		}
		if !wordToken(w) {
			return -1, -1
		}
	}
	if open < 0 || open == fe {
		// No noun: "27,000 — most of them women —" is a figure restated
		// or glossed, not a subject.
		return -1, -1
	}
	close = -1
	comma := d.TokenText(open) == ","
	compared := comparisonAside(d, open+1, h.start)
	for c := open + 1; c < h.start; c++ {
		w := d.TokenText(c)
		if comma && w == "," || !comma && isDash(w) {
			close = c
			break
		}
		if comma && isDash(w) {
			return -1, -1
		}
		if w == ";" || w == ":" || w == "." || w == "?" || w == "!" {
			return -1, -1
		}
		// Another count is another subject ("– 9,000 of them children
		// –"); a share of them ("two-thirds of them women") is not, nor
		// the other term of a comparison the aside makes ("more than the
		// toll of the 1999 Izmit quake three times over").
		if fj := figureAt(d, c); fj >= 0 && !compared && (d.Figures[fj].Kind == figures.Count || d.Figures[fj].Kind == figures.Money) {
			return -1, -1
		}
	}
	if close < 0 || close == open+1 || h.start-close-1 > nounAsideVerbWords {
		return -1, -1
	}
	first := d.LowerTokenText(close + 1)
	if !auxiliary(first) && first != "now" {
		return -1, -1
	}
	for c := close + 1; c < h.start; c++ {
		if w := d.LowerTokenText(c); !auxiliary(w) && !verbAdverb(w) && !catenativeVerb(d, c, h.start) {
			return -1, -1
		}
	}
	return open, close
}

// catenativeVerb reports whether token c, before keyword token kw, is a
// verb in the past that reaches the keyword through "to": "have been
// forced to flee", "were obliged to leave". The verb and its "to" are the
// verb group's, as an auxiliary is; the keyword is still the figure's
// verb. Only the word right before the keyword's "to" counts: "have been
// forced to pay for a war that uprooted ..." holds other words first.
func catenativeVerb(d *figures.Document, c, kw int) bool {
	return c+2 == kw && pastForm(d.LowerTokenText(c)) && strings.EqualFold(d.TokenText(c+1), "to")
}

// figureNounAsideWords counts the words of the aside figureNounAside finds
// between figure fi's noun and keyword hit h, its opening and closing marks
// included.
func figureNounAsideWords(d *figures.Document, h hit, fi int) int {
	open, close := figureNounAside(d, h, fi)
	if open < 0 {
		return 0
	}
	return d.WordPos(close+1) - d.WordPos(open)
}

// inFigureNounAside reports whether exclude_near hit ex lies inside the
// aside between figure fi's noun and keyword hit kw.
func inFigureNounAside(d *figures.Document, kw, ex hit, fi int) bool {
	open, close := figureNounAside(d, kw, fi)
	return open >= 0 && ex.start > open && ex.end <= close
}

// wordToken reports whether w is a word (letters, an apostrophe, a hyphen
// inside), which a noun phrase is made of.
func wordToken(w string) bool {
	if w == "" {
		return false
	}
	return strings.IndexFunc(w, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r == '\'' || r == '’' || r == '-' || r > 127 && r != '—' && r != '–')
	}) < 0
}

// verbAdverb reports whether lower-cased w is an adverb that stands in a
// verb group: "have now been", "were reportedly", "has so far been".
func verbAdverb(w string) bool {
	switch w {
	case "now", "so", "far", "already", "since", "all", "reportedly", "allegedly", "thought", "believed", "said", "to", "confirmed", "also":
		return true
	}
	return strings.HasSuffix(w, "ly")
}

// comparisonAside reports whether the aside whose words start at token k
// opens by comparing the figure with something, within its first three
// words and before token end: "more than the toll of ...", "far more
// than ...", "nearly twice the ...". Its counts are that other term's.
func comparisonAside(d *figures.Document, k, end int) bool {
	for j := k; j < end && j < k+3; j++ {
		if w := d.LowerTokenText(j); w == "than" || w == "twice" || w == "thrice" {
			return true
		}
		if !d.Tokens[j].IsWord() {
			return false
		}
	}
	return false
}
