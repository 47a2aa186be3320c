package rules

import (
	"github.com/claimtrack/claimtrack/rules/figures"
)

// sentenceMarks are facts of a sentence's words as a whole that let a
// per-figure reading pass over a sentence which cannot hold what it looks
// for: longAgo needs an "ago", datedEvent a lower-case noun of an event or
// an agreement (priorIn answers -1 without one). Each figure of the
// sentence would otherwise read its clause's words for them again. It
// also keeps the sentence's fronted "Alongside ...," phrase, which
// besideFronted asked again for every figure and metric.
type sentenceMarks struct {
	ago, event bool
	// besideFrom and besideComma are besideOpener's answer.
	besideFrom, besideComma int
}

// readSentenceMarks reads sentence s's marks. The token before the
// sentence is read too: a relative clause at the sentence's second token
// has datedEvent read its noun phrase from there.
func readSentenceMarks(d *figures.Document, s *figures.Sentence) sentenceMarks {
	var m sentenceMarks
	var buf [64]byte
	for k := max(s.TokStart-1, 0); k < s.TokEnd; k++ {
		w := d.TokenText(k)
		if isLowerWord(w) && eventWord(w) {
			m.event = true
		}
		if len(w) == len("ago") && string(lowerInto(&buf, w)) == "ago" {
			m.ago = true
		}
	}
	m.besideFrom, m.besideComma = besideOpener(d, s)
	return m
}

// marks is sentence s's sentenceMarks, read once per sentence.
func (st *docState) marks(s *figures.Sentence) sentenceMarks {
	if st.marksOf != s {
		st.marksOf, st.sentMarks = s, readSentenceMarks(st.d, s)
	}
	return st.sentMarks
}
