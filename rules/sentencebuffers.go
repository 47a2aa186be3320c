package rules

import (
	"slices"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// Buffers of a document's text that every phrase and metric reads, written
// once: the text lower-cased, a sentence's token stems and its masked
// form, each kept for one sentence at a time and reused for the next.

// lowerText returns the document's text with ASCII letters lower-cased.
func (st *docState) lowerText() string {
	if st.lower == "" {
		st.lower = lowerASCII(st.d.Text)
	}
	return st.lower
}

// tokenStem is the stem of token ti of sentence s, w lower-cased, looked
// up once per token however many phrases and metrics read the sentence's
// words (the stem cache's map and lock cost more than a slice), in a
// buffer kept for one sentence at a time.
func (st *docState) tokenStem(s *figures.Sentence, ti int, w []byte) string {
	st.stemsFor(s)
	p := &st.tokStems[ti-s.TokStart]
	if *p == "" {
		if st.words != nil {
			refs, _ := st.words.of(w)
			*p = refs.stem
		} else {
			*p = st.stems.of(w)
		}
	}
	return *p
}

// knownStem notes stem as the stem of token ti of sentence s, found by
// findHits, for tokenStem.
func (st *docState) knownStem(s *figures.Sentence, ti int, stem string) {
	st.stemsFor(s)
	st.tokStems[ti-s.TokStart] = stem
}

// stemsFor readies the stems of sentence s's tokens (tokenStem).
func (st *docState) stemsFor(s *figures.Sentence) {
	if st.stemsOf != s {
		n := s.TokEnd - s.TokStart
		st.stemsOf, st.tokStems = s, slices.Grow(st.tokStems[:0], n)[:n]
		clear(st.tokStems)
	}
}

// masked is the sentence with its figures masked (appendMasked), written
// once per sentence however many patterns read it, in a buffer kept from
// sentence to sentence.
func (st *docState) masked(s *figures.Sentence) string {
	if st.maskedAt != s.Start || st.maskedText == "" {
		st.maskBuf = appendMasked(st.maskBuf[:0], st.d, s)
		st.maskedAt, st.maskedText = s.Start, string(st.maskBuf)
	}
	return st.maskedText
}
