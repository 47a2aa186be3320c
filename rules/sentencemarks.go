package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// sentenceMarks are facts of a sentence's words as a whole that let a
// per-figure reading pass over a sentence which cannot hold what it looks
// for: longAgo needs an "ago", datedEvent a lower-case noun of an event or
// an agreement (priorIn answers -1 without one) or a name dated by "of" and
// a year, and besides a word that calls the event a prior one or a year or
// date to fall before the metric's since (priorIn answers only with one).
// Each figure of the sentence would otherwise read its clause's words for them again. They
// also keep the sentence's fronted "Alongside ...," phrase, which
// besideFronted asked again for every figure and metric. And they keep
// whether the sentence holds an "alone" or a "camp", without which
// alonePart and campPart (placepart.go), asked per metric and figure,
// cannot answer. They keep whether a claim noun stands among the first
// words after a live blog's stamp, without which rejectedClaim cannot
// answer (it was most of withdrawn's reading, once per figure), and
// whether the sentence holds a word that calls an agreement a later one
// ("successor", "next"), without which laterInstrument cannot. Each part
// is read when first asked: many sentences need only one.
type sentenceMarks struct {
	of                                         *figures.Sentence
	wordsRead, frontRead, placeRead, claimRead bool
	ago, event, later                          bool
	// prior and dated: the sentence holds a word that calls an event or
	// an agreement a prior one, and a year or a date; without
	// either, and without a since for a year to fall before, datedEvent
	// (whose every answer is priorIn's) cannot answer.
	prior, dated bool
	// claim: a claim noun or a quoted count's noun (claimOpens) stands
	// in the first claimLead+1 words after the sentence's stamp.
	claim bool
	// alone and camp: the sentence holds the word (any case).
	alone, camp bool
	// control: the sentence holds a word of control (isControlMark),
	// without which controlPart cannot answer.
	control bool
	// besideFrom and besideComma are besideOpener's answer.
	besideFrom, besideComma int
}

// readWordMarks reads whether sentence s holds an "ago", a lower-case
// noun of an event, a word that calls an agreement a later one (laterWord,
// any case, as laterInstrument reads it), a word that calls one prior
// ("previous", "former", any case, as priorIn reads it) and a year or a
// date. datedEvent and laterInstrument read no token outside the
// sentence, so neither does this.
func readWordMarks(d *figures.Document, s *figures.Sentence, m *sentenceMarks) {
	var buf [64]byte
	for k := s.TokStart; k < s.TokEnd; k++ {
		w := d.TokenText(k)
		lower := isLowerWord(w)
		if lower && eventWord(w) {
			m.event = true
		}
		// "the Nakba of 1948": a name dated by "of" and a year needs no
		// event's noun (datedByOf).
		if !m.event && len(w) == 2 && w[0]|0x20 == 'o' && w[1]|0x20 == 'f' && k+1 < s.TokEnd { // "of", any case
			if fj := figureIn(d, s, k+1); fj >= 0 && (d.Figures[fj].Kind == figures.Year || d.Figures[fj].Kind == figures.Date) {
				m.event = true
			}
		}
		if n := len(w); n >= len("ago") && n <= len("forthcoming") {
			lw := w // most words are lower-case already: no copy to lower
			if !lower {
				lw = string(lowerInto(&buf, w))
			}
			m.ago = m.ago || lw == "ago"
			m.later = m.later || laterWord(lw)
			m.prior = m.prior || priorWord(lw)
		}
	}
	for fi := s.FigStart; fi < s.FigEnd && !m.dated; fi++ {
		m.dated = d.Figures[fi].Kind == figures.Year || d.Figures[fi].Kind == figures.Date // endsBefore's
	}
}

// marksOf is sentence s's sentenceMarks, emptied when s is another
// sentence than the last asked.
func (st *docState) marksOf(s *figures.Sentence) *sentenceMarks {
	if st.sentMarks.of != s {
		st.sentMarks = sentenceMarks{of: s}
	}
	return &st.sentMarks
}

// wordMarks is sentence s's ago, event, later, prior and dated marks,
// read once per sentence.
func (st *docState) wordMarks(s *figures.Sentence) *sentenceMarks {
	m := st.marksOf(s)
	if !m.wordsRead {
		m.wordsRead = true
		readWordMarks(st.d, s, m)
	}
	return m
}

// claimMarks is whether a claim noun opens sentence s (sentenceMarks.claim),
// read once per sentence: rejectedClaim looks for one only in the words
// from the stamp (afterStamp) to claimLead after it, whatever the figure.
func (st *docState) claimMarks(s *figures.Sentence) *sentenceMarks {
	m := st.marksOf(s)
	if !m.claimRead {
		m.claimRead = true
		d := st.d
		var buf [64]byte
		start := afterStamp(d, s)
		for c := start; c < s.TokEnd && c <= start+claimLead; c++ {
			// Every claim noun and quoted count's noun has 4 to 11
			// letters: no other word is lowered to be looked up.
			w := d.TokenText(c)
			if len(w) < len("post") || len(w) > len("allegations") {
				continue
			}
			if w := string(lowerInto(&buf, w)); claimNoun(w) || quotedCountNoun(w) {
				m.claim = true
				break
			}
		}
	}
	return m
}

// frontMarks is sentence s's besideOpener answer, read once per sentence.
func (st *docState) frontMarks(s *figures.Sentence) *sentenceMarks {
	m := st.marksOf(s)
	if !m.frontRead {
		m.frontRead = true
		m.besideFrom, m.besideComma = besideOpener(st.d, s)
	}
	return m
}

// placeMarks is whether sentence s holds an "alone", a "camp" and a word
// of control (controlPart's "held", "controls"), read
// once per sentence: alonePart reads only the sentence's tokens for its
// "alone", and campPart only the sentence's for its "camp".
func (st *docState) placeMarks(s *figures.Sentence) *sentenceMarks {
	m := st.marksOf(s)
	if !m.placeRead {
		m.placeRead = true
		d := st.d
		for k := s.TokStart; k < s.TokEnd; k++ {
			w := d.TokenText(k)
			switch len(w) {
			case len("alone"):
				m.alone = m.alone || strings.EqualFold(w, "alone")
			case len("camp"):
				m.camp = m.camp || strings.EqualFold(w, "camp")
			}
			m.control = m.control || isControlMark(w)
		}
	}
	return m
}
