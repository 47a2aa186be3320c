package figures

import (
	"strings"
	"unicode/utf8"
)

// The vocabulary is read-only after package initialisation: every word or
// symbol that can take part in a figure, with what it can mean.

const maxVocabWord = 24

type wordInfo struct {
	flags wflag
	// start is set for words and symbols that can begin a figure; the
	// parser skips every other token without looking further.
	start bool
	// phraseOnly is set for a start word that starts nothing but qualifier
	// phrases ("the" of "the best part of", "in" of "in excess of"): a
	// figure starts at it only where one of its phrases follows, so the
	// parser looks for those first (the commonest words of a text are
	// such words).
	phraseOnly bool
	// quals and sufQuals are the qualifier phrases beginning with this word.
	quals, sufQuals []qualPhrase
	// qualsNext and sufQualsNext screen the token after this word for
	// quals and sufQuals.
	qualsNext, sufQualsNext phraseScreen
	val                     float64 // unit or tens value, scale, ordinal, denominator, month, magnitude
	cur                     string  // ISO 4217 code for currency words and symbols
}

// hotInfo is a word's flags, start and phraseOnly (see wordInfo).
type hotInfo struct {
	flags             wflag
	start, phraseOnly bool
}

type vocabulary struct {
	ids map[string]uint16
	// table is ids again as an open-addressing hash table over ASCII words,
	// probed with a hash computed while lower-casing: the lexer looks up
	// every word, and most are not in the vocabulary.
	table     []tableSlot
	tableMask uint32
	// shortKeys holds, at the same index as table, a key of up to eight
	// bytes packed into a word, so that a short word is told from it
	// without reading the key's bytes elsewhere in memory.
	shortKeys []shortKey
	// hashBits has a bit set for the hash of every word in table (bits
	// the slot index does not use): most words of a text are in no entry,
	// and this small set, which stays in the fastest cache, turns most of
	// them away before the table is read.
	hashBits [hashBitsLen / 64]uint64
	// symbols holds the entry of each one-byte ASCII symbol, which the
	// lexer looks up for every comma and full stop.
	symbols [utf8.RuneSelf]uint16
	words   []wordInfo
	// hot holds, by id, what the parser asks of nearly every token it
	// looks at, densely: a wordInfo is many times larger, and the parser's
	// reads of whole entries would keep fewer of them in the fastest cache.
	hot []hotInfo
	// curPhrases maps "swiss franc" and "swiss francs" to CHF.
	curPhrases map[string]string
	// symPrefix maps the letters before a $ ("us", "c", "hk") to a code.
	symPrefix map[string]string
	quals     []qualPhrase
	sufQuals  []qualPhrase
	// mCodes maps "musd" (millions of USD) to USD.
	mCodes map[string]string
}

type qualPhrase struct {
	ids []uint16
	q   Qualifier
	// verbBase is set for a verb's base form ("top", "pass", "climb
	// past"), which reads as a verb only after "to", a modal or a plural
	// subject: "cases top 1,000", but "the top 10 donors".
	verbBase bool
	// verb is set for the phrases of headline verbs ("tops", "climbed
	// past"), which bound only a round figure (see roundFigure).
	verb bool
	// gerund is set for a verb's -ing form, which after an article is a
	// noun: "the crossing", "a passing".
	gerund bool
	// timeSense is set for a word that also names a span of time: "toll
	// past 34,000" is a bound, "the past 24 hours" and "past 3 weeks" a span.
	timeSense bool
	// final is set for a suffix that bounds only at the end of its clause:
	// "47,000 and change." but "4,000 homes and change in the law".
	final bool
}

var vocab = buildVocab()

// hotWords and vocabWords are vocab.hot and vocab.words, which the parser
// reads for every token around a figure, as slices of their own: a read
// through vocab loaded its pointer and tested it for nil first.
var (
	hotWords   = vocab.hot
	vocabWords = vocab.words
)

func (v *vocabulary) add(word string, f wflag, val float64, cur string) uint16 {
	word = strings.ToLower(word)
	id, ok := v.ids[word]
	if !ok {
		id = uint16(len(v.words))
		v.ids[word] = id
		v.words = append(v.words, wordInfo{})
	}
	w := &v.words[id]
	w.flags |= f
	if val != 0 {
		w.val = val
	}
	if cur != "" {
		w.cur = cur
	}
	return id
}

func (v *vocabulary) info(id uint16) *wordInfo { return &v.words[id] }

// amountWords are the words amount reads by their spelling rather than
// their flags: never phraseOnly, whatever their flags.
var amountWords = map[string]bool{"dozens": true, "scores": true, "tens": true, "several": true, "few": true,
	"couple": true, "half": true, "quarter": true, "one": true}

// phraseIDs splits a phrase into the vocabulary ids of its words and
// symbols, adding them as needed, and flags the first with first.
func (v *vocabulary) phraseIDs(p string, first wflag) []uint16 {
	var ids []uint16
	for i, w := range splitPhrase(p) {
		var f wflag
		if i == 0 {
			f = first
		}
		ids = append(ids, v.add(w, f, 0, ""))
	}
	return ids
}

// splitPhrase splits "a.m." style text the way lex does: letter runs and
// single symbols, no spaces.
func splitPhrase(p string) []string {
	var out []string
	for _, f := range strings.Fields(p) {
		start := -1
		for i, r := range f {
			isL := r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r > 127 && r != '≥' && r != '≤' && r != '~'
			if isL {
				if start < 0 {
					start = i
				}
				continue
			}
			if start >= 0 {
				out = append(out, f[start:i])
				start = -1
			}
			out = append(out, string(r))
		}
		if start >= 0 {
			out = append(out, f[start:])
		}
	}
	return out
}

// OrdinalValue returns the number an ordinal word names ("first" 1,
// "twentieth" 20, "hundredth" 100), or 0 when w is none.
func OrdinalValue(w string) int {
	id, ok := vocab.ids[strings.ToLower(w)]
	if !ok || vocab.words[id].flags&fOrdinal == 0 {
		return 0
	}
	return int(vocab.words[id].val)
}

// IsCurrencyCode reports whether code is an ISO 4217 code figures can carry.
func IsCurrencyCode(code string) bool {
	if len(code) != 3 || strings.ToUpper(code) != code {
		return false
	}
	id, ok := vocab.ids[strings.ToLower(code)]
	return ok && vocab.words[id].flags&fCurPrefix != 0 && !localSymbols[strings.ToLower(code)]
}
