package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// sentenceMarks are facts of a sentence's words as a whole that let a
// per-figure reading pass over a sentence which cannot hold what it looks
// for: longAgo needs an "ago", datedEvent a lower-case noun of an event or
// an agreement (priorIn answers -1 without one) or a name dated by "of" and
// a year. Each figure of the
// sentence would otherwise read its clause's words for them again. They
// also keep the sentence's fronted "Alongside ...," phrase, which
// besideFronted asked again for every figure and metric. And they keep
// whether the sentence holds an "alone" or a "camp", without which
// alonePart and campPart (placepart.go), asked per metric and figure,
// cannot answer. Each part is read when first asked: many sentences need
// only one.
type sentenceMarks struct {
	of                              *figures.Sentence
	wordsRead, frontRead, placeRead bool
	ago, event                      bool
	// alone and camp: the sentence holds the word (any case).
	alone, camp bool
	// besideFrom and besideComma are besideOpener's answer.
	besideFrom, besideComma int
}

// readWordMarks reads whether sentence s holds an "ago" and a lower-case
// noun of an event. datedEvent reads no token outside the sentence, so
// neither does this.
func readWordMarks(d *figures.Document, s *figures.Sentence) (ago, event bool) {
	var buf [64]byte
	for k := s.TokStart; k < s.TokEnd; k++ {
		w := d.TokenText(k)
		if isLowerWord(w) && eventWord(w) {
			event = true
		}
		// "the Nakba of 1948": a name dated by "of" and a year needs no
		// event's noun (datedByOf).
		if !event && len(w) == 2 && string(lowerInto(&buf, w)) == "of" && k+1 < s.TokEnd {
			if fj := figureIn(d, s, k+1); fj >= 0 && (d.Figures[fj].Kind == figures.Year || d.Figures[fj].Kind == figures.Date) {
				event = true
			}
		}
		if len(w) == len("ago") && string(lowerInto(&buf, w)) == "ago" {
			ago = true
		}
	}
	return ago, event
}

// marksOf is sentence s's sentenceMarks, emptied when s is another
// sentence than the last asked.
func (st *docState) marksOf(s *figures.Sentence) *sentenceMarks {
	if st.sentMarks.of != s {
		st.sentMarks = sentenceMarks{of: s}
	}
	return &st.sentMarks
}

// wordMarks is sentence s's ago and event marks, read once per sentence.
func (st *docState) wordMarks(s *figures.Sentence) *sentenceMarks {
	m := st.marksOf(s)
	if !m.wordsRead {
		m.wordsRead = true
		m.ago, m.event = readWordMarks(st.d, s)
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

// placeMarks is whether sentence s holds an "alone" and a "camp", read
// once per sentence: alonePart reads only the sentence's tokens for its
// "alone", and campPart only the sentence's for its "camp".
func (st *docState) placeMarks(s *figures.Sentence) *sentenceMarks {
	m := st.marksOf(s)
	if !m.placeRead {
		m.placeRead = true
		d := st.d
		for k := s.TokStart; k < s.TokEnd; k++ {
			switch w := d.TokenText(k); len(w) {
			case len("alone"):
				m.alone = m.alone || strings.EqualFold(w, "alone")
			case len("camp"):
				m.camp = m.camp || strings.EqualFold(w, "camp")
			}
		}
	}
	return m
}
