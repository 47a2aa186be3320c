package rules

import (
	"slices"
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// Two outlets may give one claimant's figures of the same moment, 61,250
// and 62,010: read alone, they disagree about what it said. But the later
// sentence often says what the figure changed: "62,010, up from the 61,250
// it gave this morning", "revised from 61,250", "raising its earlier count
// of 61,250", "compared with 61,250", or, naming no value, that the figure
// is the claimant's own later word ("raised its toll to", "in a later
// statement", "later said", "in its latest update"). The rules read it with
// the sentence (Observation.Before, Updates) and the tracker, which knows
// the value the claimant gave before, tells its update from a
// disagreement (tracker/sides.go otherSide).

// ownWords fills each observation's Before and Updates from its sentence
// (ownWord). Run while the document's figure facts are kept.
// A sentence's observations (one a metric that takes its figure) share
// one reading: it depends on the sentence alone. They need not stand
// together in out (the two passes order them by metric), so each
// sentence's reading is kept by its index.
func (st *docState) ownWords(out []Observation) {
	if len(out) == 0 {
		return
	}
	d := st.d
	type reading struct {
		before        []float64
		updates, read bool
	}
	readings := make([]reading, len(d.Sentences))
	si := -1
	for i := range out {
		if si < 0 || !offInSentence(&d.Sentences[si], out[i].QuoteStart) {
			if si = d.SentenceAt(out[i].QuoteStart); si < 0 {
				continue
			}
		}
		r := &readings[si]
		if !r.read {
			r.before, r.updates = st.ownWord(&d.Sentences[si])
			r.read = true
		}
		out[i].Before, out[i].Updates = slices.Clone(r.before), r.updates
	}
}

// offInSentence says byte offset off falls in sentence s.
func offInSentence(s *figures.Sentence, off int) bool { return s.Start <= off && off < s.End }

// ownWord is what sentence s says of where its count stood before: the
// values it names so (the start of a change, earlierValue; a count called
// the earlier one, "its earlier count of"; one the count is compared with)
// or, naming none, whether it tells the claimant's own later word.
func (st *docState) ownWord(s *figures.Sentence) (before []float64, updates bool) {
	d := st.d
	namesBefore, tellsLater, since, when := st.ownWordCuesOf(s)
	if !namesBefore && !tellsLater {
		return nil, false
	}
	word := sentenceWords(d, s)
	for fi := s.FigStart; namesBefore && fi < s.FigEnd; fi++ {
		fs, _ := d.FigureTokens(fi)
		switch {
		case st.earlierValueSince(s, fi, since, when):
			before = append(before, d.Figures[fi].Value)
		case namedEarlier(word, fs) || word(fs-1) == "with" && word(fs-2) == "compared" || word(fs-1) == "to" && word(fs-2) == "compared":
			before = append(before, rangeStart(d.Figures[fi]))
		}
	}
	if len(before) > 0 {
		return before, false
	}
	return nil, tellsLater && tellsOwnLater(d, s, word)
}

// tellsOwnLater says sentence s tells the claimant's own later word: "later
// said", "later raised", "in a later statement"; "in an update", "in its
// latest update"; "raised its toll", "revised their earlier estimate". Each
// reading answers at a word of ownLaterCue, the "later", the "update" or
// the count noun (ownCount), so only the tokens its reader mark stands on
// are read.
func tellsOwnLater(d *figures.Document, s *figures.Sentence, word func(int) string) bool {
	table := readerMarks()
	for k := s.TokStart; k < s.TokEnd; k++ {
		e := table[d.WordID(k)]
		if e.marks&rmOwnLater == 0 {
			continue
		}
		if t := d.Tokens[k]; int(t.End-t.Start) != int(e.n) {
			continue // lowers to the word only outside ASCII
		}
		switch w := word(k); {
		case w == "later":
			if next := word(k + 1); speakingVerb(next) || changeVerb(next) || revisionVerb(next) || word(k-1) == "a" && word(k-2) == "in" {
				return true
			}
		case w == "update":
			if inAnUpdate(word, k) {
				return true
			}
		default: // a count noun: a verb of change or revision before its own count
			v := k - 2 // "raised its toll"
			if earlierAdjective(word(k-1)) || word(k-1) == "own" {
				v-- // "revised their earlier estimate"
			}
			if ownCount(word, v+1) && (changeVerb(word(v)) || revisionVerb(word(v))) {
				return true
			}
		}
	}
	return false
}

// ownWordCuesOf is ownWordCues of sentence s from the marks the passes
// read of it (figureFacts.sentBits), when they did: nearly every sentence
// with an observation, so that ownWords walks none of them again. The
// marks hold every word ownWordCues asks (rmOwnBefore, rmOwnLater, rmWhen;
// "since" is one of ownBeforeCue's), read by the same test of each token.
func (st *docState) ownWordCuesOf(s *figures.Sentence) (namesBefore, tellsLater, since, when bool) {
	if s.FigStart < s.FigEnd && st.figs.sentBits != nil {
		if bits := st.figs.sentBits[s.FigStart]; bits&rmKnown != 0 {
			return bits&rmOwnBefore != 0, bits&rmOwnLater != 0, bits&rmSince != 0, bits&rmWhen != 0
		}
	}
	return ownWordCues(st.d, s)
}

// ownWordCues reads sentence s's words for those without which ownWord
// cannot answer, so that the sentences of a dense text, nearly all
// without them, pay one walk and ask no figure's earlierValue (whose
// readings are otherwise asked only of the figures a metric takes).
// namesBefore: a word of ownBeforeCue; tellsLater: one of ownLaterCue;
// since: a "since" (sentenceMarks.since, which earlierValue asks: one of
// ownBeforeCue's words); when: a "when" (rmWhen, which earlierValue asks
// with the since). Each token's cues are its vocabulary id's reader marks
// (rmOwnBefore, rmOwnLater, rmWhen): one load a token, its text not read.
func ownWordCues(d *figures.Document, s *figures.Sentence) (namesBefore, tellsLater, since, when bool) {
	table := readerMarks()
	var bits readerMark
	for k := s.TokStart; k < s.TokEnd; k++ {
		if e := table[d.WordID(k)]; e.marks&(rmOwnBefore|rmOwnLater|rmWhen) != 0 {
			if t := d.Tokens[k]; int(t.End-t.Start) == int(e.n) { // else it lowers to the word only outside ASCII
				bits |= e.marks
			}
		}
	}
	return bits&rmOwnBefore != 0, bits&rmOwnLater != 0, bits&rmSince != 0, bits&rmWhen != 0
}

// ownBeforeCue reports whether lower-cased w may tell where a count stood
// before: a "from" or a "since" (earlierValue), a "had" (its aside),
// "compared", or an adjective that calls a count an earlier one.
func ownBeforeCue(w string) bool {
	switch w {
	case "from", "since", "had", "compared":
		return true
	}
	return earlierAdjective(w)
}

// ownLaterCue reports whether lower-cased w may tell a claimant's own
// later word: a "later", an "update", or a count noun (ownCount).
func ownLaterCue(w string) bool {
	switch w {
	case "later", "update":
		return true
	}
	return countNoun(w)
}

// namedEarlier says the figure at token fs follows a count called the
// earlier one: "its earlier count of", "a previous estimate of".
func namedEarlier(word func(int) string, fs int) bool {
	return word(fs-1) == "of" && countNoun(word(fs-2)) && earlierAdjective(word(fs-3))
}

// ownCount says the words from token k name a count of the subject's own
// or the one in question: "its toll", "their earlier estimate", "the
// figure".
func ownCount(word func(int) string, k int) bool {
	if w := word(k); !possessiveDeterminer(w) && w != "the" {
		return false
	}
	if earlierAdjective(word(k+1)) || word(k+1) == "own" {
		k++
	}
	return countNoun(word(k + 1))
}

// inAnUpdate says "update" at token k follows "in an", "in its", "in
// their latest".
func inAnUpdate(word func(int) string, k int) bool {
	k--
	if w := word(k); w == "latest" || w == "new" || w == "later" {
		k--
	}
	w := word(k)
	return word(k-1) == "in" && (w == "an" || w == "a" || possessiveDeterminer(w))
}

// countNoun reports whether lower-cased w names a count a body gives.
func countNoun(w string) bool {
	switch w {
	case "count", "counts", "figure", "figures", "toll", "tolls", "tally", "tallies",
		"estimate", "estimates", "number", "numbers", "total", "totals":
		return true
	}
	return false
}

// earlierAdjective reports whether lower-cased w calls a count the one
// given before.
func earlierAdjective(w string) bool { return figures.EarlierCountWord(w) }

// rangeStart is the value a figure names first: the figure finder reads
// "its earlier count of 61,250 to 62,010" as one range, whose first end
// is the count before.
func rangeStart(f figures.Figure) float64 {
	if f.Low == nil || f.High == nil || *f.Low == *f.High {
		return f.Value
	}
	if first, _, ok := strings.Cut(f.Text, " to "); ok {
		if fs := figures.Find(first); len(fs) == 1 {
			return fs[0].Value
		}
	}
	return f.Value
}
