package rules

import (
	"slices"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A move out of a place that the sentence says cannot be made counts the
// people still in it: "You simply cannot herd 1.35 million worn-out Gazans
// out of Rafah onto bare sand" is Rafah's crowd, where "The army has now
// herded some 615,000 people out of Rafah" counts people gone, and
// "Planners hope to shift up to 1.15 million Gazans out of Rafah" a plan
// for some of them (the dev files label a plan none). So an exclude_near
// phrase "out of PLACE" right after a figure, whose verb a negated modal
// governs ("cannot", "can't", "could not", "must not"), stands for the
// metric's keyword "in PLACE" instead: the exclude is dropped and a
// keyword hit put on its words (rafah_back_reference.yaml).

// negatedMoveWords is how many words may stand between the verb and the
// figure ("herd well over 1.35 million") and between the figure and "out"
// ("1.35 million worn-out Gazans").
const negatedMoveWords = 4

// deniedMoveHits turns, for each metric with a keyword phrase "in PLACE",
// an exclude_near hit "out of PLACE" (of the sentence's, hits[from:])
// after an amount moved by a denied verb into a keyword hit of "in PLACE"
// on the same words.
func (e *Engine) deniedMoveHits(st *docState, s *figures.Sentence, hits []hit, from int) []hit {
	if len(e.inPlaces) == 0 {
		return hits
	}
	d := st.d
	for i := from; i < len(hits); i++ {
		h := hits[i]
		if h.ref.role != roleNear || h.end-h.start < 3 || d.LowerTokenText(h.start) != "out" || d.LowerTokenText(h.start+1) != "of" {
			continue
		}
		fs := deniedMoveBefore(d, s, h.start)
		if fs < 0 || !e.wholeCrowdMoved(st, s, int(h.ref.metric), fs, h.start, h.end) {
			continue
		}
		ph := e.phraseOf(h.ref)
		for _, ref := range e.inPlaces {
			kp := e.phraseOf(ref)
			if ref.metric != h.ref.metric || len(kp.words) < 2 || len(ph.words) < 3 || !slices.Equal(kp.words[1:], ph.words[2:]) {
				continue
			}
			hits[i] = hit{ref: ref, start: h.start, end: h.end}
			break
		}
	}
	return hits
}

// deniedMoveBefore returns the first token of the amount (a few words
// between it and the "out" at token out at most: its noun) that a verb
// right before it moves, the verb governed by a negated modal: "cannot
// herd", "can't shift", "could not simply move"; -1 when there is none.
func deniedMoveBefore(d *figures.Document, s *figures.Sentence, out int) int {
	fs := -1
	for t := out - 1; t >= s.TokStart && t >= out-negatedMoveWords-3; t-- {
		if fi := figureAt(d, t); fi >= 0 && d.Figures[fi].Kind.IsAmount() {
			fs, _ = d.FigureTokens(fi)
			break
		}
	}
	if fs < 0 {
		return -1
	}
	for v := fs - 1; v >= s.TokStart && v >= fs-negatedMoveWords; v-- {
		if !d.Tokens[v].IsWord() {
			return -1
		}
		if deniedModal(d, s, v) {
			if v < fs-1 { // a verb between the modal and the figure
				return fs
			}
			return -1
		}
	}
	return -1
}

// wholeCrowdMoved reports whether the amount starting at token fs, moved
// out of the place by tokens [out, end), is the crowd itself: its noun is
// the metric's people ("people", a people named by the place), no focus
// word before it makes it a part ("even 100,000", "only", "just"), and no
// span of time after the place makes it a rate ("out of Rafah a day").
// A capacity or a part of the crowd said to be impossible to move is no
// count of those in the place (review44's near misses).
func (e *Engine) wholeCrowdMoved(st *docState, s *figures.Sentence, mi, fs, out, end int) bool {
	d := st.d
	if fs-1 >= s.TokStart {
		switch d.LowerTokenText(fs - 1) {
		case "even", "only", "just", "merely":
			return false
		}
	}
	for t := end; t < s.TokEnd && t <= end+2; t++ {
		if periodWord(d.LowerTokenText(t)) {
			return false
		}
	}
	fi := figureAt(d, fs)
	if fi < 0 {
		return false
	}
	_, fe := d.FigureTokens(fi)
	for t := fe; t < out; t++ {
		if w := d.LowerTokenText(t); st.storyPeople(e.metrics[mi], w) || pluralDemonym(d.TokenText(t)) {
			return true
		}
	}
	return false
}

// deniedModal reports whether token k ends a negated modal: "cannot", or
// a negation after a modal ("could not", "can't"), an adverb perhaps
// between ("simply cannot", "could never").
func deniedModal(d *figures.Document, s *figures.Sentence, k int) bool {
	w := d.LowerTokenText(k)
	if w == "cannot" {
		return true
	}
	if !negation(w) || k-1 < s.TokStart {
		return false
	}
	m := k - 1
	if isApostrophe(d.TokenText(m)) && m-1 >= s.TokStart {
		m-- // "can" "'" "t" read as "can't"
	}
	return modalWord(d.LowerTokenText(m)) || d.LowerTokenText(m) == "ca"
}
