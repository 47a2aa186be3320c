package rules

import (
	"sync"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// readerMark is a bit of what a word is to readMarks: it stands for a
// word test readMarks made of each token's lowered text.
type readerMark uint64

const (
	rmEvent      readerMark = 1 << iota // eventWord (the word must be lower-case as written)
	rmAgo                               // "ago", or "after" (longSpanAfter)
	rmLater                             // laterWord
	rmPrior                             // priorWord
	rmAlone                             // "alone"
	rmCamp                              // "camp"
	rmControl                           // controlWord
	rmClaim                             // claimNoun or quotedCountNoun
	rmOf                                // "of"
	rmUnreal                            // unrealWord: "had", "if", "were", "but"
	rmEditorial                         // editorialNoun, wrongAdverb, "misstated", "misreported"
	rmFigureNoun                        // figureNoun: "figure", "number", "count", "tally"
	rmTally                             // tallyNoun: "number", "total", "tally", "count", "toll", "balance", "quantity"
	rmTimeWord                          // otherTimeWord: "with", "once", "earlier", "past", "first", ...
	rmBefore                            // "before"
	rmChance                            // chanceNoun or possibleAdjective
	rmForecast                          // forecastWord or forecastSaid
	rmGivenCount                        // givenCountNoun: "figure", "estimate" and the tally nouns
	rmSince                             // "since"
	rmThat                              // "that"
	rmEach                              // "each", "every"
	rmIt                                // "it"
	rmModal                             // modalWord or expectingPassive
	rmFiller                            // figures.FillerOpener: "uh", "well", "I", "as", ...
	rmResidence                         // residentsDating: "before", "until", "once", "normally", ...
	rmNegation                          // negation: "not", "never", "n't"
	rmOne                               // "one"
	rmEarlier                           // "had", "used", "after": earlierReport's
	rmNow                               // "now": thenNow's
	rmWho                               // "who": inPersonAside's
	rmDenial                            // denialVerb: the four forms of "deny" (readerWords), deniedAct's
	rmArea                              // areaWord: perArea's "hectare", "acre", "square", ...
	rmGathering                         // gatheringNoun or demonstratingVerb: gatheringSize's
	rmCapacity                          // capacityWord: capacityFigure's "room", "built", "can", "seats", ...
	rmImperative                        // imperativeVerb: imperativeCondition's "halve", "take", "cut", ...
	rmExamined                          // examinedWord: sampleOf's "sample", "audit", "surveyed", ...
	rmThreat                            // threatVerb: threatenedWith's "face", "risk", "threatened", ...
	rmVote                              // votingWord: voteTally's "voted", "votes", "ballot", ...
	rmThen                              // "then", "time": toldThenAt's "then" and "at the time"
	rmIncident                          // incidentNoun: incidentSubject's "strike", "attack", "raid", ...
	rmOwnBefore                         // ownBeforeCue: ownWord's "from", "since", "had", "compared", "earlier", ...
	rmOwnLater                          // ownLaterCue: ownWord's "later", "update" and count nouns
	rmCompass                           // isCompassMark: compassPart's "northern", "east", "part", "half", ...
	rmWhen                              // "when": sinceWhenLevel's (changesince.go)
	// A new mark goes above this line: rmEnd is the first bit past the
	// marks, which must not reach rmKnown.
	rmEnd
)

// rmKnown is no word's mark: figureFacts.sentBits sets it on a sentence's
// marks once read, so that a sentence read to have none is told from one
// not read.
const rmKnown readerMark = 1 << 63

// The marks stay below rmKnown: a mark on its bit would read as "kept"
// (a constant below zero fails the build).
const _ = rmKnown - rmEnd

// rmRestating is a noun that restates a figure (sentenceMarks.restating).
const rmRestating = rmFigureNoun | rmTally | rmGivenCount | rmClaim

// readerEntry is a vocabulary word's readerMark bits and its length, by
// which a token whose text lowers to the word other than letter by letter
// (a rune outside ASCII that lowers to an ASCII letter has more bytes) is
// told apart: readMarks' tests compared ASCII-lowered text.
type readerEntry struct {
	marks readerMark
	n     uint8
}

// readerMarks is the readerEntry of every figures vocabulary id, read once:
// the lexer gives each token its id, so readMarks tells a token's marks
// by one load instead of reading and lowering its text for each test.
// Every word the tests accept is in the vocabulary (figures' readerWords;
// TestReaderWordsInVocabulary).
// tokenMarked reports whether token k, lowered (ASCII letters only), is a
// word of mark b: one load of its vocabulary id's entry instead of its
// text lowered and compared.
func tokenMarked(d *figures.Document, k int, b readerMark) bool {
	e := readerMarks()[d.WordID(k)]
	if e.marks&b == 0 {
		return false
	}
	t := d.Tokens[k]
	return int(t.End-t.Start) == int(e.n) // else it lowers to the word only outside ASCII
}

var readerMarks = sync.OnceValue(func() []readerEntry {
	t := make([]readerEntry, figures.VocabSize())
	figures.VocabWords(func(w string, id uint16) {
		var m readerMark
		set := func(b readerMark, ok bool) {
			if ok {
				m |= b
			}
		}
		set(rmEvent, isLowerWord(w) && eventWord(w))
		set(rmAgo, w == "ago" || w == "after")
		set(rmLater, laterWord(w))
		set(rmPrior, priorWord(w))
		set(rmAlone, w == "alone")
		set(rmCamp, w == "camp")
		set(rmControl, controlWord(w))
		set(rmClaim, claimNoun(w) || quotedCountNoun(w))
		set(rmOf, w == "of")
		set(rmUnreal, unrealWord(w))
		set(rmEditorial, editorialWord(w))
		set(rmFigureNoun, figureNoun(w))
		set(rmTally, tallyNoun(w))
		set(rmTimeWord, otherTimeWord(w))
		set(rmBefore, w == "before" || w == "prior") // "prior to" reads as "before" (otherstate.go)
		set(rmChance, chanceNoun(w) || possibleAdjective(w))
		set(rmForecast, forecastWord(w) || forecastSaid(w))
		set(rmGivenCount, givenCountNoun(w))
		set(rmSince, w == "since")
		set(rmThat, w == "that")
		set(rmEach, w == "each" || w == "every")
		set(rmIt, w == "it")
		set(rmModal, modalWord(w) || expectingPassive(w))
		set(rmFiller, figures.FillerOpener(w))
		set(rmResidence, residentsDating(w))
		set(rmNegation, negation(w))
		set(rmOne, w == "one")
		set(rmEarlier, w == "had" || w == "used" || w == "after")
		set(rmNow, w == "now")
		set(rmWho, w == "who")
		set(rmDenial, denialVerb(w))
		set(rmArea, areaWord(w))
		set(rmGathering, gatheringNoun(w) || demonstratingVerb(w))
		set(rmCapacity, capacityWord(w))
		set(rmImperative, imperativeVerb(w))
		set(rmExamined, examinedWord(w))
		set(rmThreat, threatVerb(w))
		set(rmVote, votingWord(w))
		set(rmIncident, incidentNoun(w))
		set(rmCompass, isCompassMark(w))
		set(rmThen, w == "then" || w == "time")
		set(rmOwnBefore, ownBeforeCue(w))
		set(rmOwnLater, ownLaterCue(w))
		set(rmWhen, w == "when")
		if m != 0 && len(w) < 256 {
			t[id] = readerEntry{marks: m, n: uint8(len(w))}
		}
	})
	return t
})
