package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A presenter asks for a figure and the guest answers with it bare:
// "ANCHOR: And the latest figure from Gaza's health ministry?
// CORRESPONDENT: Thirty-one thousand, one hundred and eighty-four, that's
// as of this morning." or "HOST: What do the official numbers say?
// ANALYST: The ministry's at, you know, sixty-seven thousand and change."
// A keyword that names an owner's figure ("ministry's figure", "ministry's
// count") is then said in two halves: the figure noun in the question,
// the owner in the question or in the answer before its figure. The
// question's figure noun stands for the keyword, and the answer's first
// amount answers it (question.go). Only a direct answer counts: the
// sentence right after the question (questionBeforeAt), its first amount
// bare (no noun after it), and no exclude_near word of the metric in the
// question ("What's the ministry's figure for the wounded?").

// askedFigureHits appends to hits a keyword hit at the figure noun of
// question q for each metric whose owner's-figure keyword q and answer s
// say in halves.
func (e *Engine) askedFigureHits(st *docState, q, s *figures.Sentence, hits []hit) []hit {
	d := st.d
	noun := -1
	for k := q.TokStart; k < q.TokEnd; k++ {
		if figureNoun(d.LowerTokenText(k)) {
			noun = k
			break
		}
	}
	if noun < 0 {
		return hits
	}
	first := firstAmountTok(d, s)
	if first < 0 || !bareAnswer(d, s, first) {
		return hits
	}
	var qhits []hit
	for mi, m := range e.metrics {
		// The keyword of the question's own noun names the hit, else the
		// first that fits.
		pick := -1
		for ki, ph := range m.keywords {
			owner, ok := ownersFigure(ph)
			if !ok || !(saysWord(d, q.TokStart, q.TokEnd, owner) || saysWord(d, s.TokStart, first, owner)) {
				continue
			}
			if pick < 0 || ph.words[2] == d.LowerTokenText(noun) {
				pick = ki
			}
		}
		if pick < 0 {
			continue
		}
		if qhits == nil {
			qhits = e.findHits(st, q, make([]hit, 0, 8))
		}
		if !nearInQuestion(qhits, mi) {
			hits = append(hits, hit{ref: phraseRef{metric: int32(mi), role: roleKeyword, index: int32(pick)}, start: noun, end: noun + 1})
		}
	}
	return hits
}

// ownersFigure returns the owner of a keyword written "<owner>'s <figure
// noun>" ("ministry's count"), or ok false.
func ownersFigure(ph phrase) (string, bool) {
	w := ph.words
	if len(w) == 3 && w[1] == "s" && figureNoun(w[2]) {
		return w[0], true
	}
	return "", false
}

// figureNoun reports whether w is a noun that asks for or names a figure.
func figureNoun(w string) bool {
	switch w {
	case "figure", "figures", "number", "numbers", "count", "tally":
		return true
	}
	return false
}

// saysWord reports whether a token from from to to is w, with or without
// an owner's "'s" after it.
func saysWord(d *figures.Document, from, to int, w string) bool {
	for k := from; k < to; k++ {
		if d.LowerTokenText(k) == w {
			return true
		}
	}
	return false
}

// firstAmountTok returns the first token of sentence s's first amount, or -1.
func firstAmountTok(d *figures.Document, s *figures.Sentence) int {
	for fi := s.FigStart; fi < s.FigEnd; fi++ {
		if d.Figures[fi].Kind.IsAmount() {
			fs, _ := d.FigureTokens(fi)
			return fs
		}
	}
	return -1
}

// bareAnswer reports whether the amount starting at token fs of answer s
// stands bare: a mark or the sentence's end after it (or "now" and one),
// no noun it counts.
func bareAnswer(d *figures.Document, s *figures.Sentence, fs int) bool {
	fi := figureIn(d, s, fs)
	if fi < 0 {
		return false
	}
	_, fe := d.FigureTokens(fi)
	if fe < s.TokEnd && d.LowerTokenText(fe) == "now" {
		fe++
	}
	return fe >= s.TokEnd || !d.Tokens[fe].IsWord()
}

// nearInQuestion reports whether the question's hits hold an exclude_near
// or exclude word of metric mi.
func nearInQuestion(qhits []hit, mi int) bool {
	for _, h := range qhits {
		if int(h.ref.metric) == mi && (h.ref.role == roleNear || h.ref.role == roleExclude) {
			return true
		}
	}
	return false
}
