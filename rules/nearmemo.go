package rules

import (
	"slices"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// The memo of what nearestHits reads of a figure's sentence, the same for
// every metric: kept for the figures of one sentence at a time, in a
// buffer reused from sentence to sentence (figureNear).

// figureNear is what nearestHits reads of a figure's sentence, the same
// for every metric: the sentence, whether it labels its figures
// (hasLabels), and the words of the whole the figure is a part of
// (partOfAmount). They are kept for the figures of one sentence at a
// time, in a buffer reused from sentence to sentence.
type figureNear struct {
	known, labels      bool
	s                  *figures.Sentence
	wholeFrom, wholeTo int
	// elided is elidedNoun's answer plus 1 (0: not yet known).
	elided int8
	// restated is restatedFrom's answer for the figure's end in the
	// sentence read; ownFrom, ownTo its figureLabel (-1, -1 when it has
	// labels or no sentence): each metric near the figure asked again.
	restated, ownFrom, ownTo int
	// appOpen, appEnd are appositionOf's answer once appKnown.
	appKnown        bool
	appOpen, appEnd int
	// cpFrom, cpTo, cp are countPhrase's answer and cpGap the words from
	// the figure to the phrase's last, once cpKnown: every metric's
	// nearestHits asked again.
	cpKnown, cp         bool
	cpFrom, cpTo, cpGap int
	// labelFrom, labelTo are figureLabel's answer once labelKnown:
	// sentenceLabels reads every figure's label to tell whether the
	// sentence is a list, and near reads the figure's own again.
	labelKnown         bool
	labelFrom, labelTo int
}

// near is figure fi's figureNear, worked out once per figure; in is the
// sentence whose figures are being read.
func (st *docState) near(in *figures.Sentence, fi int) *figureNear {
	d := st.d
	fn := st.nearSlot(in, fi)
	if !fn.known {
		fn.known, fn.wholeFrom, fn.wholeTo, fn.ownFrom, fn.ownTo = true, -1, -1, -1, -1
		if off := d.Figures[fi].Start; off >= in.Start && off < in.End {
			// The figure is one of in's (SentenceAt would find in), whose
			// labels every figure of it shares.
			fn.s = in
			fn.labels = st.sentenceLabels(in)
		} else if si := d.SentenceAt(off); si >= 0 {
			fn.s = &d.Sentences[si]
			fn.labels = hasLabels(d, fn.s)
		}
		if fn.s != nil {
			fn.wholeFrom, fn.wholeTo = partOfAmount(d, fn.s, fi)
			switch {
			case fn.labels:
			case fn.labelKnown:
				fn.ownFrom, fn.ownTo = fn.labelFrom, fn.labelTo
			default:
				fn.ownFrom, fn.ownTo = figureLabel(d, fn.s, fi)
			}
		}
		_, fe := d.FigureTokens(fi)
		fn.restated = restatedFrom(d, in, fe, st.mayStandOneForEach(in, fe))
	}
	return fn
}

// sentenceLabels is hasLabels(st.d, in), worked out once per sentence,
// keeping each figure's figureLabel in its slot for near.
func (st *docState) sentenceLabels(in *figures.Sentence) bool {
	return memoFact(&st.nearLabels, func() bool {
		n := 0
		for fi := in.FigStart; fi < in.FigEnd; fi++ {
			fn := st.nearSlot(in, fi)
			fn.labelKnown = true
			if fn.labelFrom, fn.labelTo = figureLabel(st.d, in, fi); fn.labelFrom >= 0 {
				n++
			}
		}
		return labelList(st.d, in, n)
	})
}

// nearSlot is figure fi's figureNear, its facts not yet worked out.
func (st *docState) nearSlot(in *figures.Sentence, fi int) *figureNear {
	if st.nearOf != in {
		n := in.FigEnd - in.FigStart
		st.nearOf, st.nearFigs, st.nearLabels = in, slices.Grow(st.nearFigs[:0], n)[:n], 0
		clear(st.nearFigs)
	}
	return &st.nearFigs[fi-in.FigStart]
}

// countPhrase is countPhrase(st.d, in, fi) and the words from the figure
// to the phrase's last (wordGap), worked out once per figure of the
// sentence read.
func (st *docState) countPhrase(in *figures.Sentence, fi int) (from, to, gap int, ok bool) {
	fn := st.nearSlot(in, fi)
	if !fn.cpKnown {
		fn.cpKnown = true
		// The phrase's count noun stands in the sentence.
		if st.wordMarks(in).tally {
			fn.cpFrom, fn.cpTo, fn.cp = countPhrase(st.d, in, fi)
		}
		fs, fe := st.d.FigureTokens(fi)
		fn.cpGap = wordGap(st.d, fs, fe, fn.cpTo, fn.cpTo+1)
	}
	return fn.cpFrom, fn.cpTo, fn.cpGap, fn.cp
}

// appositionSpan is appositionOf(st.d, in, fi), worked out once per figure
// of the sentence read.
func (st *docState) appositionSpan(in *figures.Sentence, fi int) (open, end int) {
	fn := st.nearSlot(in, fi)
	if !fn.appKnown {
		fn.appKnown = true
		fn.appOpen, fn.appEnd = appositionOf(st.d, in, fi)
	}
	return fn.appOpen, fn.appEnd
}

// elidedNoun is elidedNoun(st.d, in, fi), worked out once per figure of
// the sentence read.
func (st *docState) elidedNoun(in *figures.Sentence, fi int) bool {
	return memoFact(&st.near(in, fi).elided, func() bool { return elidedNoun(st.d, in, fi) })
}
