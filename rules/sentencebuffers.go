package rules

import (
	"slices"
	"unsafe"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// Buffers of a document's text that every phrase and metric reads, written
// once: the text lower-cased, a sentence's token stems and its masked
// form, each kept for one sentence at a time and reused for the next.

// lowerText returns the document's text with ASCII letters lower-cased:
// the copy the figures package made as it analysed the text, unless the
// text was too long to be analysed whole.
func (st *docState) lowerText() string {
	if st.lower == "" {
		if l := st.d.LowerText(); len(l) == len(st.d.Text) {
			st.lower = l
		} else {
			st.lower = lowerASCII(st.d.Text)
		}
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
// once per sentence however many patterns read it. The sentences are
// written one after another into chunks of the document's own (maskBuf)
// and read in place: a string made of each had been a thousand
// allocations an extract on dense text, a quarter of the extract's.
func (st *docState) masked(s *figures.Sentence) string {
	if st.maskedAt != s.Start || st.maskedText == "" {
		st.maskedAt, st.maskedText = s.Start, st.appendMaskChunk(s)
	}
	return st.maskedText
}

// maskChunkMax bounds the chunks masked writes into: each new one is twice
// the last, from 1 KB, so a short article takes a small one.
const maskChunkMax = 64 << 10

// appendMaskChunk writes sentence s masked after what maskBuf holds and
// returns it. Nothing written to maskBuf is written again (a full chunk
// is left to the strings read from it, and append copies rather than
// writes over), so the string can be read from its bytes in place:
// unsafe.String only saves the copy string() would make. maskBuf is the
// docState's, made afresh for each text.
func (st *docState) appendMaskChunk(s *figures.Sentence) string {
	if need := s.End - s.Start + 64; cap(st.maskBuf)-len(st.maskBuf) < need {
		st.maskBuf = make([]byte, 0, max(need, min(maskChunkMax, 2*cap(st.maskBuf)), 1<<10))
	}
	from := len(st.maskBuf)
	st.maskBuf = appendMasked(st.maskBuf, st.d, s)
	b := st.maskBuf[from:]
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(&b[0], len(b))
}
