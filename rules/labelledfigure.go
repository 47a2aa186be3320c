package rules

import (
	"github.com/claimtrack/claimtrack/rules/figures"
)

// A sentence may open with a long label and give its figure right after
// the colon that closes it: "Killed in Gaza since October 7, by the count
// of its health ministry: 29,313 people", "Arms sales approved to Israel
// since the Oct. 7 attack: more than 100". The label names what the
// figure counts however many words it takes, so a keyword in it is the
// figure's at the colon, not at its own place: each keyword hit in the
// label is repeated on the colon. The label holds no amount of its own
// (a date is no amount), stands between the sentence's opening (after a
// live blog's stamp) and its first colon, and the figure opens what
// follows the colon. A label with an amount of its own ("Deaths in the
// 320 relief camps ...: 140"), one holding an exclude_near word of the
// metric ("Killed in Israel on Oct 7: about 1,200", "Internally displaced
// in Sudan: 7.7m"), and a figure that is the subject of a clause of its
// own ("... the collapse: 24.6 million people, about half the
// population, face acute food insecurity", ownpredicate.go) give nothing.

// labelledFigureHits appends, for a sentence whose first colon closes an
// amount-free label and is followed right away by an amount, a copy of
// each keyword hit in the label on the colon, for each metric whose
// exclude_near words stay out of the label and whose figure there heads
// no clause of its own. Only a sentence with hits of its own and an
// amount right after a colon is read further: the figures are looked at,
// not the words.
func (e *Engine) labelledFigureHits(st *docState, s *figures.Sentence, hits []hit, from int) []hit {
	d := st.d
	if len(hits) == from {
		return hits
	}
	fi, colon := -1, -1
	for fj := s.FigStart; fj < s.FigEnd; fj++ {
		if !d.Figures[fj].Kind.IsAmount() {
			continue
		}
		if fs, _ := d.FigureTokens(fj); fs-1 > s.TokStart && d.TokenText(fs-1) == ":" {
			fi, colon = fj, fs-1
			break
		}
	}
	if fi < 0 {
		return hits
	}
	start := afterStamp(d, s)
	if colon <= start {
		return hits
	}
	for fj := s.FigStart; fj < fi; fj++ {
		if fs, _ := d.FigureTokens(fj); fs >= start && d.Figures[fj].Kind.IsAmount() {
			return hits // the label counts something of its own
		}
	}
	for k := start; k < colon; k++ {
		if d.TokenText(k) == ":" {
			return hits // not the sentence's first colon
		}
	}
	if fe := figureEnd(d, fi); fe < s.TokEnd && d.Tokens[fe].IsWord() && d.LowerTokenText(fe) != "people" {
		return hits // the figure names what it counts itself: "six hostages freed"
	}
	n := len(hits)
	var mine []hit // one metric's hits of the sentence
	for i := from; i < n; i++ {
		h := hits[i]
		// A metric's label is read at its first keyword only.
		if h.ref.role != roleKeyword || h.start < start || h.end > colon || hasKeyword(hits[from:i], int(h.ref.metric)) {
			continue
		}
		mine = mine[:0]
		for _, o := range hits[from:n] {
			if o.ref.metric == h.ref.metric {
				mine = append(mine, o)
			}
		}
		last := lastLabelKeyword(mine, start, colon)
		if wordGap(d, last.start, last.end, colon+1, colon+1) <= e.metrics[h.ref.metric].window ||
			keywordAfter(mine, colon) || nearInLabel(mine, start, colon) || ownPredicate(d, s, mine, fi) {
			// The keyword reaches the figure itself or another names it;
			// another count's label; a clause of the figure's own.
			continue
		}
		hits = append(hits, hit{ref: last.ref, start: colon, end: colon + 1})
	}
	return hits
}

// lastLabelKeyword returns the keyword hit of hits that ends last in the
// label [start, colon): the one nearest the figure.
func lastLabelKeyword(hits []hit, start, colon int) hit {
	var last hit
	last.end = -1
	for _, h := range hits {
		if h.ref.role == roleKeyword && h.start >= start && h.end <= colon && h.end > last.end {
			last = h
		}
	}
	return last
}

// keywordAfter reports whether a keyword hit of hits stands after the
// colon: the figure's own words name it there.
func keywordAfter(hits []hit, colon int) bool {
	for _, h := range hits {
		if h.ref.role == roleKeyword && h.start > colon {
			return true
		}
	}
	return false
}

// nearInLabel reports whether an exclude_near word of a metric's hits
// stands in the label [start, colon): "Killed in Israel on Oct 7:",
// "Internally displaced in Sudan:" name another count or a part, which
// the label's keyword then names too.
func nearInLabel(hits []hit, start, colon int) bool {
	for _, h := range hits {
		if h.ref.role == roleNear && h.start >= start && h.end <= colon {
			return true
		}
	}
	return false
}
