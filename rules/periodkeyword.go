package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A span of time that follows a running total's keyword, before the verb
// that gives the figure, narrows what the keyword counts: "Gaza's deaths
// during the last week numbered about 400" counts that week's dead, a
// part of the toll, as "During the last week, about 400 were killed"
// does with the span in front (periodAfter). A short place phrase may
// stand between the keyword and the span ("in Gaza", "in the north"); the
// span and the figure share a clause. The verb may give a level ("came
// to", "stood at"): it is the span's count's. A noun of the whole between
// the span and the figure ("... pushed the toll past 34,000"), or a
// keyword that is itself such a noun ("Gaza's toll during the last week
// climbed to 34,500"), gives the whole's level at that time, which stays.
// (period_after_keyword.yaml)

// keywordSpanGap is how many tokens of a place phrase may stand between
// the keyword and the preposition that opens its span.
const keywordSpanGap = 4

// keywordOwnSpan is keywordSpan for otherPeriod, with whether it found
// one: a level the keyword's own span came to ("killings during the last
// week came to 900") is the span's count, not the whole's at that time, so
// otherPeriod does not keep it as a count at a time.
func keywordOwnSpan(d *figures.Document, s *figures.Sentence, fi int, kw hit) (periodKind, int, bool) {
	kind, k := keywordSpan(d, s, fi, kw)
	return kind, k, kind != noPeriod
}

// keywordSpan returns the kind of a span of time right after keyword hit
// kw, before figure fi of sentence s, and the token of its preposition:
// noPeriod, -1 when there is none.
func keywordSpan(d *figures.Document, s *figures.Sentence, fi int, kw hit) (periodKind, int) {
	fs, _ := d.FigureTokens(fi)
	if kw.end >= fs {
		return noPeriod, -1
	}
	word := sentenceWords(d, s)
	if figureNounWord(word(kw.end - 1)) {
		return noPeriod, -1
	}
	for t := kw.end; t < fs && t <= kw.end+keywordSpanGap; t++ {
		if !d.Tokens[t].IsWord() || figureNounWord(word(t)) {
			return noPeriod, -1 // "the death toll in Khan Younis during the week": the whole's noun
		}
		switch word(t) {
		case "over", "during", "in", "within", "throughout":
		default:
			continue
		}
		e, part := spanEnd(d, s, t+1)
		if e <= 0 || e >= fs {
			continue // "in Gaza": a place, and the span may follow it
		}
		for k := e; k < fs; k++ {
			if !d.Tokens[k].IsWord() {
				return noPeriod, -1 // the figure is in another clause, or a list's
			}
			if figureNounWord(word(k)) {
				return noPeriod, -1 // "... pushed the toll past 34,000": the whole's level
			}
		}
		return spanKind(part), t
	}
	return noPeriod, -1
}

// figureNounWord reports whether lower-cased w is a noun that stands for a
// count: a tally's ("number", "toll", "total"), "figure" or "estimate".
func figureNounWord(w string) bool {
	return tallyNoun(w) || w == "figure" || w == "estimate"
}
