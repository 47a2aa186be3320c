package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A sentence may give a count's earlier level in one clause and its level
// now in the next, past a semicolon or a dash: "when the toll in Gaza
// stood at about 10,000; it is now more than 40,000", "The war had killed
// some 15,000 by the end of November, the ministry said; it has now
// recorded 43,000". The earlier clause is told in the past ("had", "was",
// "were", "stood", or a "when" clause); the later one opens on "it",
// "they", "that", "this" or the count's own noun ("the count", "the
// toll"), says "now" before its figure, and gives the figure bare, a mark
// or the sentence's end right after it. The later figure is the count:
// the keyword of the earlier clause is carried to it (thenNowHits), and
// the earlier figure is an old value of it (thenNowEarlier). A later
// figure with a noun of its own ("it now includes 16,000 children", "they
// now have 60 staff"), a later clause on another subject or without
// "now", and a part ("includes", "among") leave the sentence as it was.
// (then_now_level.yaml)

// thenNowReach is how many tokens the later clause's subject, its verb
// and "now" may run before the figure.
const thenNowReach = 7

// thenNow returns, for the clause of sentence s that ends before a
// semicolon or a dash at or after token fe, the boundary's token and the
// figure of the later clause that gives the count's level now, or -1, -1.
// The earlier clause (from the sentence's start or the last boundary
// before fe) must be told in the past.
func thenNow(d *figures.Document, s *figures.Sentence, fe int) (int, int) {
	word := sentenceWords(d, s)
	b := -1
	for t := fe; t < s.TokEnd; t++ {
		if w := word(t); w == ";" || isDash(w) {
			b = t
			break
		}
	}
	if b < 0 || !pastClauseBefore(d, s, b) {
		return -1, -1
	}
	t := b + 1
	if w := word(t); w == "and" || w == "but" {
		t++
	}
	switch word(t) {
	case "it", "they", "that", "this":
		t++
	case "the":
		if !givenCountNoun(word(t+1)) && word(t+1) != "toll" && word(t+1) != "total" {
			return -1, -1
		}
		t += 2
	default:
		return -1, -1
	}
	if w := word(t); w == "count" || w == "number" || w == "figure" || w == "toll" || w == "tally" || w == "total" {
		t++ // "that count is now 12,900"
	}
	now := false
	for end := t + thenNowReach; t < s.TokEnd && t < end; t++ {
		if fj := figureAt(d, t); fj >= 0 {
			gs, ge := d.FigureTokens(fj)
			if !now || gs != t || !d.Figures[fj].Kind.IsAmount() {
				return -1, -1
			}
			if ge < s.TokEnd && !isClauseMark(word(ge)) && word(ge) != "." && word(ge) != "now" {
				return -1, -1 // "it now includes 16,000 children": a noun of its own
			}
			return b, fj
		}
		w := word(t)
		switch {
		case w == "now":
			now = true
		case w == "includes" || w == "include" || w == "including" || w == "among" || w == "of":
			return -1, -1 // a part of the count
		case !isLowerWord(d.TokenText(t)):
			return -1, -1
		}
	}
	return -1, -1
}

// pastClauseBefore reports whether the clause of sentence s that ends at
// token b (from the sentence's start, or the last semicolon or dash
// before b) is told in the past: "had", "was", "were", "stood" or "when".
func pastClauseBefore(d *figures.Document, s *figures.Sentence, b int) bool {
	word := sentenceWords(d, s)
	for t := b - 1; t >= s.TokStart; t-- {
		switch w := word(t); {
		case w == ";" || isDash(w):
			return false
		case w == "had" || w == "was" || w == "were" || w == "stood" || w == "when":
			return true
		}
	}
	return false
}

// thenNowEarlier reports whether figure fi of sentence s is the earlier
// level a later clause's figure of the same unit gives now, for metric m:
// for a running total, the later figure is the greater.
func (m *metric) thenNowEarlier(d *figures.Document, s *figures.Sentence, fi int) bool {
	_, fe := d.FigureTokens(fi)
	_, fj := thenNow(d, s, fe)
	if fj < 0 {
		return false
	}
	a, b := d.Figures[fi], d.Figures[fj]
	return a.Kind.IsAmount() && a.Unit == b.Unit && (!m.spec.Total || b.Value > a.Value)
}

// thenNowHits appends, for each keyword hit in a clause whose figure a
// later clause gives anew (thenNow), a hit right after the later figure:
// the keyword is carried to it. Each amount of the sentence is tried in
// turn, the first that thenNow pairs with a later figure is the one: a
// figure before it that is no amount ("In 2024, ...") or that ends a
// clause of its own ("The 2014 war killed 2,200; by the time ...") does
// not block the carry (then_now_later_figure.yaml). Only the keywords of
// the earlier clause, from the boundary before it, are carried. Only a
// sentence with two figures or more and a "now" (its marks) is read.
func (e *Engine) thenNowHits(st *docState, s *figures.Sentence, hits []hit) []hit {
	d := st.d
	if len(hits) == 0 || s.FigEnd-s.FigStart < 2 || !st.wordMarks(s).now {
		return hits
	}
	for fi := s.FigStart; fi < s.FigEnd; fi++ {
		if !d.Figures[fi].Kind.IsAmount() {
			continue
		}
		_, fe := d.FigureTokens(fi)
		b, fj := thenNow(d, s, fe)
		if fj < 0 || fi == fj {
			continue
		}
		_, ge := d.FigureTokens(fj)
		if ge >= s.TokEnd {
			return hits // the text ends on the figure: no token after it to hold the hit
		}
		from := clauseStartBefore(d, s, b)
		n := len(hits)
		for i := 0; i < n; i++ {
			h := hits[i]
			if h.ref.role != roleKeyword || h.end > b || h.start < from {
				continue
			}
			hits = append(hits, hit{ref: h.ref, start: ge, end: ge + 1})
		}
		return hits
	}
	return hits
}

// clauseStartBefore returns the first token of the clause of sentence s
// that ends at token b: the token after the last semicolon or dash before
// b, or the sentence's start.
func clauseStartBefore(d *figures.Document, s *figures.Sentence, b int) int {
	word := sentenceWords(d, s)
	for t := b - 1; t >= s.TokStart; t-- {
		if w := word(t); w == ";" || isDash(w) {
			return t + 1
		}
	}
	return s.TokStart
}
