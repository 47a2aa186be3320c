package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A broadcast fronts a figure and says in the next sentence only that it
// is the story's count, naming the count by a count noun and not by the
// metric's keyword: "Thirty-five thousand. That's where the count stands
// tonight", "Forty thousand. That's the number now". The noun points back
// to the count the sentence before the figure names (or the article, for
// a text's first sentence), as "that number" does (thatcount.go), with
// nothing it rules out beside it (pointedBackHits). A noun tied to
// another thing ("That's the number of buildings inspected", "the count
// for the injured") or owned by another ("the army's count") is not the
// story's count. A restating sentence that gives an amount of its own
// ("That's the figure the ministry gave — some fifty-six thousand people
// killed") is read by its own keyword, and its noun is left to it.

// restatedCountHits appends a keyword hit on the count noun of nx, the
// sentence restating the figure fronted as sentence si (restatingAfter),
// for each metric whose keyword the sentence before si names.
func (e *Engine) restatedCountHits(st *docState, si int, nx *figures.Sentence, hits []hit) []hit {
	if !st.wordMarks(nx).countNoun() {
		return hits
	}
	if hasAmount(st.d, nx) {
		return hits // the amount said again: its own keyword reads it
	}
	noun := restatedCountNoun(st.d, nx.TokStart, restatingClauseEnd(st.d, nx))
	if noun < 0 {
		return hits
	}
	return e.pointedBackHits(st, si, noun, hits, func(*metric) bool { return true })
}

// restatedCountNoun returns the count noun of a restating clause that
// opens at token k ("That's", "That is", "This is", "That was") and ends
// at end: "that's the number", "that's where the count stands", "that is
// the latest figure"; -1 otherwise. The noun has "the" before it (perhaps
// with an adjective of standing between: demonstratedNoun), and no word
// right after it (past a time: "now", "tonight") that ties it to another
// thing ("of", "for", "in"), and no "for" or "of" later in the clause,
// which names what the count is of ("the figure the ministry gave this
// morning for homes destroyed").
func restatedCountNoun(d *figures.Document, k, end int) int {
	k += 2 // "That is", "This is", "That was"
	if isApostrophe(d.TokenText(k - 1)) {
		k++ // "That's"
	}
	if k < end && d.LowerTokenText(k) == "where" {
		k++ // "that's where the count stands"
	}
	if k >= end || d.LowerTokenText(k) != "the" {
		return -1
	}
	noun := demonstratedNoun(d, k+1)
	if noun < 0 || noun >= end {
		return -1
	}
	t := noun + 1
	if t < end && readingTimeWord(d.LowerTokenText(t)) {
		t++ // "the number now", "the count tonight"
	}
	if t < end && d.Tokens[t].IsWord() && ofAnotherCount(d.LowerTokenText(t)) {
		return -1 // "the number of buildings", "the count for the injured"
	}
	for ; t < end; t++ {
		if w := d.LowerTokenText(t); w == "for" || w == "of" {
			return -1 // "the figure the ministry gave this morning for the dead": the clause names its count
		}
	}
	return noun
}

// dashRestatedCountHits appends a keyword hit on the count noun of a
// sentence that opens on a figure alone and restates it after a dash or a
// comma by a count noun: "Sixteen thousand — that's where the count stands
// tonight", "Nine hundred, that's the number now" (restatedCountNoun), for
// each metric whose keyword the sentence before names. The sentence gives
// no other amount.
func (e *Engine) dashRestatedCountHits(st *docState, si int, hits []hit) []hit {
	d := st.d
	s := &d.Sentences[si]
	if s.FigEnd-s.FigStart != 1 || !st.wordMarks(s).countNoun() || !d.Figures[s.FigStart].Kind.IsAmount() {
		return hits
	}
	fs, fe := d.FigureTokens(s.FigStart)
	if fs != afterSpeakerLabel(d, s) || fe+3 >= s.TokEnd {
		return hits
	}
	if w := d.TokenText(fe); !isDash(w) && w != "," {
		return hits
	}
	k := fe + 1
	if w := d.LowerTokenText(k); w != "that" && w != "this" {
		return hits
	}
	switch v := d.LowerTokenText(k + 1); {
	case v == "is" || v == "was":
	case isApostrophe(v) && d.LowerTokenText(k+2) == "s":
	default:
		return hits
	}
	end := k
	for end < s.TokEnd {
		if w := d.TokenText(end); w == "," || w == ";" || w == ":" || w == "(" || isDash(w) {
			break
		}
		end++
	}
	noun := restatedCountNoun(d, k, end)
	if noun < 0 {
		return hits
	}
	return e.pointedBackHits(st, si, noun, hits, func(*metric) bool { return true })
}
