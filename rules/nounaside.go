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
// keyword. A count after a share in the aside is the whole the share is
// of ("about a quarter of Sudan's population of 48m"), no other subject.

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
	share := false
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
		if fj := figureAt(d, c); fj >= 0 && !compared && !share && (d.Figures[fj].Kind == figures.Count || d.Figures[fj].Kind == figures.Money) {
			return -1, -1
		}
		// A share the aside gives the figure as ("about a quarter of
		// Sudan's population of 48m", "or 90 per cent of its 2.2 million
		// people"): a count after it is the whole it is of.
		if fj := figureAt(d, c); fj >= 0 && (d.Figures[fj].Kind == figures.Fraction || d.Figures[fj].Kind == figures.Percent) {
			share = true
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
		open, close = asideBeforeNoun(d, h, fi)
	}
	if open < 0 {
		return 0
	}
	return d.WordPos(close+1) - d.WordPos(open)
}

// inFigureNounAside reports whether exclude_near hit ex lies inside the
// aside between figure fi's noun and keyword hit kw, or between the
// figure and its noun (asideBeforeNoun).
func inFigureNounAside(d *figures.Document, kw, ex hit, fi int) bool {
	open, close := figureNounAside(d, kw, fi)
	if open < 0 {
		open, close = asideBeforeNoun(d, kw, fi)
	}
	return open >= 0 && ex.start > open && ex.end <= close
}

// An aside may stand between the figure and its noun as well: "The 30,000
// — a number reached on the last day of February — Palestinians the
// ministry counts as dead", "Some 37,000 (the figure comes from the
// Hamas-run health ministry) Palestinians have died", "The 12.6 million —
// the IOM's latest count, including those who have crossed into Chad —
// people displaced by Sudan's war". The aside glosses the figure (whose it
// is, when it was reached); the noun after it is what the figure counts,
// and the clause goes on from there. Only a pair of dashes or brackets
// sets such an aside off, and a noun must follow it: "27,000 — most of
// them women — have been killed" glosses a figure with no noun, and a
// verb after the aside is read as before.

// asideBeforeNoun returns the marks (a pair of dashes, or brackets) of an
// aside right after figure fi, before the noun that keyword hit h, after
// it, says the figure counts, or -1, -1.
func asideBeforeNoun(d *figures.Document, h hit, fi int) (open, close int) {
	open, close = glossBeforeNoun(d, fi, h.start)
	if open < 0 || close+1 >= h.start {
		return -1, -1
	}
	return open, close
}

// glossBeforeNoun returns the marks of an aside right after figure fi
// that closes before token limit and is followed by a noun, or -1, -1.
func glossBeforeNoun(d *figures.Document, fi, limit int) (open, close int) {
	_, fe := d.FigureTokens(fi)
	if limit <= fe+2 {
		return -1, -1
	}
	dash := isDash(d.TokenText(fe))
	if !dash && d.TokenText(fe) != "(" {
		return -1, -1
	}
	close = -1
	for c := fe + 1; c < limit && close < 0; c++ {
		switch w := d.TokenText(c); {
		case dash && isDash(w), !dash && w == ")":
			close = c
		case w == ";" || w == ":" || w == "." || w == "?" || w == "!" || w == "(" || w == ")" || isDash(w):
			return -1, -1
		default:
			if fj := figureAt(d, c); fj >= 0 && (d.Figures[fj].Kind == figures.Count || d.Figures[fj].Kind == figures.Money) {
				// Another count ("— 9,000 of them children —"), not a
				// span of time ("nearly five months into the war").
				if _, je := d.FigureTokens(fj); je >= limit || !timeUnit(d.LowerTokenText(je)) {
					return -1, -1
				}
			}
		}
	}
	if close < 0 || close == fe+1 || close+1 >= limit {
		return -1, -1
	}
	// The figure's noun: a word that is neither a verb's nor a clause's.
	n := d.TokenText(close + 1)
	w := d.LowerTokenText(close + 1)
	if !wordToken(n) || auxiliary(w) || verbAdverb(w) || prepositions[w] || subordinatingWord(w) || w == "and" || w == "or" || w == "but" || w == "which" || w == "that" || w == "who" {
		return -1, -1
	}
	return fe, close
}

// namesCountedPastGloss reports whether exclude_near hit h is the noun
// after an aside that glosses figure fi (glossBeforeNoun): "Some 4,000
// (the figure comes from the army) fighters" counts fighters.
func namesCountedPastGloss(d *figures.Document, s *figures.Sentence, fi int, h hit) bool {
	_, close := glossBeforeNoun(d, fi, s.TokEnd)
	return close >= 0 && namesCounted(d, close+1, h)
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
