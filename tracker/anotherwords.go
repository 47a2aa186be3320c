package tracker

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// How a sentence says its swap follows others (anotherevent.go): words
// read, not parsed, each rule with its near misses in TestAnotherWords.

// eventNouns are the nouns of one swap or of one part of a series of them.
// Not "deal", "offer" nor "proposal": a plan floated is no swap made, and
// "a new deal" is as often the one talked of all along.
var eventNouns = map[string]bool{
	"exchange": true, "exchanges": true, "swap": true, "swaps": true, "release": true, "releases": true,
	"handover": true, "handovers": true, "batch": true, "batches": true, "group": true, "groups": true,
	"round": true, "rounds": true, "phase": true, "stage": true, "trade": true, "transfer": true,
}

// anotherMarks are the words that say an event follows others: ordinals
// from the second and the words of a next one. Not "last": "the last
// swap" is as often the one before, recalled.
var anotherMarks = map[string]bool{
	"another": true, "latest": true, "next": true, "new": true, "fresh": true, "further": true,
	"second": true, "third": true, "fourth": true, "fifth": true, "sixth": true, "seventh": true,
	"eighth": true, "ninth": true, "tenth": true, "final": true,
}

// ordinalMarks are the marks that rank: only they make a day one of a
// series (a truce's "sixth day"); "the next day" is a date.
var ordinalMarks = map[string]bool{
	"second": true, "third": true, "fourth": true, "fifth": true, "sixth": true, "seventh": true,
	"eighth": true, "ninth": true, "tenth": true, "final": true,
}

// elsewhereWords, right before a mark's phrase, put its swap beside the
// one the figures are of: "ahead of a second exchange", "before the next
// swap", "since the third round".
var elsewhereWords = map[string]bool{
	"ahead": true, "before": true, "until": true, "till": true, "pending": true, "awaiting": true,
	"toward": true, "towards": true, "after": true, "since": true,
}

// laterWords, right after a mark's noun or after its "is", make its swap
// one to come: "a second exchange due on Saturday", "the next swap is
// expected", "the third round is to", "the next batch would".
var laterWords = map[string]bool{
	"due": true, "expected": true, "planned": true, "scheduled": true, "slated": true, "set": true,
	"will": true, "would": true, "could": true, "may": true, "might": true, "to": true,
}

// markReach is how many words may stand between a mark and its event
// noun: "the second such exchange", "another hostage-prisoner swap".
const markReach = 3

// anotherWords reports whether a sentence says its swap follows others: a
// mark (anotherMarks, or an ordinal in digits from "2nd") followed within
// markReach words by an event noun, or a batch more of people ("another
// 13 hostages", "a further 11", "13 more hostages"), where the phrase is
// not put beside the sentence's swap (elsewhere, a piece opening on an
// elsewhereWords word) nor made one to come (toCome), and its clause is
// not one of its own that gives no figure (asideClauses). A hyphenated
// word is one word: "second-largest exchange" ranks a size, not a
// sequence.
func anotherWords(text string) bool {
	pieces := sentencePieces(text)
	aside := asideClauses(pieces)
	for i, pc := range pieces {
		if aside[i] || elsewhereWords[pc.words[0]] {
			continue // "..., and a third batch is being negotiated"; "Before the truce's second phase can begin, ..."
		}
		if markIn(pc.words) {
			return true
		}
	}
	return false
}

// markIn reports whether a piece's words hold a mark of another swap.
func markIn(words []string) bool {
	for i, w := range words {
		if w == "more" && i > 0 && isCount(words[i-1]) && (i+1 == len(words) || words[i+1] != "than") {
			if !toCome(words, i+1) {
				return true // "13 more hostages"
			}
			continue
		}
		ordinal := ordinalMarks[w] || digitOrdinal(w)
		if !anotherMarks[w] && !ordinal || elsewhere(words, i) {
			continue
		}
		if (w == "another" || w == "further" || w == "fresh") && i+1 < len(words) && isCount(words[i+1]) {
			if !toCome(words, i+2) {
				return true // "another 13 hostages", "a further 11"
			}
			continue
		}
		for j := i + 1; j < min(len(words), i+1+markReach); j++ {
			n := words[j]
			if eventNouns[n] || eventNouns[lastPart(n)] || ordinal && n == "day" {
				if toCome(words, j) {
					break
				}
				return true
			}
		}
	}
	return false
}

// piece is a stretch of a sentence between punctuation (a comma, a
// semicolon, a colon, a dash, a bracket), its words lower case, and the
// mark that opened it (0 for the sentence's start).
type piece struct {
	words []string
	after rune
}

// sentencePieces splits a sentence at its punctuation into pieces.
func sentencePieces(text string) []piece {
	var out []piece
	var after rune
	start := 0
	for i, r := range text + "," {
		if !strings.ContainsRune(",;:()—–", r) {
			continue
		}
		words := strings.FieldsFunc(strings.ToLower(text[start:min(i, len(text))]), func(r rune) bool {
			return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' && r != '\''
		})
		for k, w := range words {
			words[k] = strings.TrimSuffix(strings.Trim(w, "'"), "'s") // "truce's" reads as "truce"
		}
		if len(words) > 0 {
			out = append(out, piece{words: words, after: after})
		}
		after, start = r, i+utf8.RuneLen(r)
	}
	return out
}

// clauseOpeners open a clause of its own after a comma: "..., and a third
// batch is being negotiated".
var clauseOpeners = map[string]bool{
	"and": true, "but": true, "while": true, "whereas": true, "though": true, "although": true, "as": true, "yet": true,
}

// asideClauses marks the pieces of a clause of its own that gives no
// figure: a clause after the first opens after a semicolon or on a
// conjunction after a comma, and runs to the next. Its words speak of
// something beside the figures ("..., and a third batch is being
// negotiated"); a clause with a figure, or the first, is the figures'
// ("Thirteen captives went home; in the third round, 39 inmates ...").
func asideClauses(pieces []piece) []bool {
	aside := make([]bool, len(pieces))
	for i := 0; i < len(pieces); {
		j, count := i+1, slices.ContainsFunc(pieces[i].words, isCount)
		for ; j < len(pieces) && !opensClause(pieces[j]); j++ {
			count = count || slices.ContainsFunc(pieces[j].words, isCount)
		}
		for k := i; k < j && i > 0 && !count; k++ {
			aside[k] = true
		}
		i = j
	}
	return aside
}

// opensClause reports whether a piece opens a clause of its own.
func opensClause(pc piece) bool {
	return pc.after == ';' || clauseOpeners[pc.words[0]]
}

// elsewhere reports whether the phrase of the mark at i follows a word
// that puts its swap beside the sentence's (elsewhereWords), over its
// determiner: "ahead of a second exchange", "before the next swap".
func elsewhere(words []string, i int) bool {
	for j := i - 1; j >= max(0, i-3); j-- {
		switch w := words[j]; {
		case elsewhereWords[w]:
			return true
		case w == "a" || w == "an" || w == "the" || w == "of" || w == "its" || w == "their":
			continue
		}
		return false
	}
	return false
}

// toCome reports whether the noun at j is of a swap to come: laterWords
// right after it, or after its "is", "was", "are", "were", or those
// followed by "being" ("a third batch is being negotiated").
func toCome(words []string, j int) bool {
	if j+1 >= len(words) {
		return false
	}
	switch w := words[j+1]; w {
	case "is", "was", "are", "were":
		return j+2 < len(words) && (laterWords[words[j+2]] || words[j+2] == "being")
	default:
		return laterWords[w] && w != "to"
	}
}

// countWords are the counts in words a batch more is told by.
var countWords = []string{"dozen", "dozens", "eight", "eighteen", "eleven", "fifteen", "fifty", "five", "forty",
	"four", "fourteen", "hundred", "hundreds", "nine", "nineteen", "seven", "seventeen", "six", "sixteen", "ten",
	"thirteen", "thirty", "three", "twelve", "twenty", "two"} // in alphabetical order

// isCount reports whether a word is a count: digits, or a count in words.
func isCount(w string) bool {
	return strings.Trim(w, "0123456789") == "" || slices.Contains(countWords, w)
}

// lastPart is a hyphenated word's last part: "hostage-prisoner swap"'s
// compound noun is told by "swap" alone, after the words before it.
func lastPart(w string) string {
	if i := strings.LastIndexByte(w, '-'); i >= 0 {
		return w[i+1:]
	}
	return w
}

// digitOrdinal reports whether a word is an ordinal in digits from the
// second: "2nd", "3rd", "14th".
func digitOrdinal(w string) bool {
	num := strings.TrimRight(w, "abcdefghijklmnopqrstuvwxyz")
	switch suffix := w[len(num):]; {
	case num == "" || strings.Trim(num, "0123456789") != "" || num == "0" || num == "1":
		return false
	case suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th":
		return true
	}
	return false
}
