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
	word := sentenceWords(d, s)
	namesBefore, tellsLater := ownWordCues(word, s)
	for fi := s.FigStart; namesBefore && fi < s.FigEnd; fi++ {
		fs, _ := d.FigureTokens(fi)
		switch {
		case st.earlierValue(s, fi):
			before = append(before, d.Figures[fi].Value)
		case namedEarlier(word, fs) || word(fs-1) == "with" && word(fs-2) == "compared" || word(fs-1) == "to" && word(fs-2) == "compared":
			before = append(before, rangeStart(d.Figures[fi]))
		}
	}
	if len(before) > 0 {
		return before, false
	}
	for k := s.TokStart; tellsLater && k < s.TokEnd; k++ {
		switch w := word(k); {
		case w == "later" && (speakingVerb(word(k+1)) || changeVerb(word(k+1)) || revisionVerb(word(k+1)) || word(k-1) == "a" && word(k-2) == "in"):
			return nil, true // "later said", "later raised", "in a later statement"
		case w == "update" && inAnUpdate(word, k):
			return nil, true // "in an update", "in its latest update"
		case ownCount(word, k+1) && (changeVerb(w) || revisionVerb(w)):
			return nil, true // "raised its toll", "revised their earlier estimate"
		}
	}
	return nil, false
}

// ownWordCues reads sentence s once for the words without which ownWord
// cannot answer, so that the sentences of a dense text, nearly all
// without them, pay one walk and ask no figure's earlierValue (whose
// readings are otherwise asked only of the figures a metric takes).
// namesBefore: a "from" or a "since" (earlierValue), a "had" (its
// aside), "compared", or a count called an earlier one; tellsLater: a
// "later", an "update", or a count noun (ownCount).
func ownWordCues(word func(int) string, s *figures.Sentence) (namesBefore, tellsLater bool) {
	for k := s.TokStart; k < s.TokEnd; k++ {
		switch w := word(k); {
		case w == "from" || w == "since" || w == "had" || w == "compared" || earlierAdjective(w):
			namesBefore = true
		case w == "later" || w == "update" || countNoun(w):
			tellsLater = true
		}
	}
	return namesBefore, tellsLater
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
	switch strings.TrimSuffix(w, "s") {
	case "count", "figure", "toll", "tally", "estimate", "number", "total":
		return true
	}
	return w == "tallies"
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
