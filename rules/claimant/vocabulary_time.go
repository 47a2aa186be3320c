package claimant

// The time words: units and days' parts, "ago" and "since", "earlier" and
// "latest". A phrase of when sits between a verb and its source ("said on
// Monday by", "by the weekend") and is never itself a source, so the
// readers ask about these words to step over it.

const (
	wDay wordID = iota + bodyVocabularyEnd
	wHour
	wWeek
	wMonth
	wYear
	wMorning
	wEvening
	wNight
	wTonight
	wToday
	wYesterday
	wOvernight
	wAgo
	wAfter
	wBefore
	wSince
	wUntil
	wWhen
	wWhenever
	wOnce
	wNow
	wMeanwhile
	wEarly
	wEarlier
	wLate
	wLater
	wLatest
	wRecently
	wLast
	wNext
	wFirst
	wStart
	wEnd
	wTime
	wLong
	wAlready
	wStill
	wYet
	timeVocabularyEnd // the first id after these words
)

// timeVocabulary is each of these words' id and its word, in lower case as a
// spelling's low (see vocabulary).
var timeVocabulary = map[wordID]string{
	wDay:       "day",
	wHour:      "hour",
	wWeek:      "week",
	wMonth:     "month",
	wYear:      "year",
	wMorning:   "morning",
	wEvening:   "evening",
	wNight:     "night",
	wTonight:   "tonight",
	wToday:     "today",
	wYesterday: "yesterday",
	wOvernight: "overnight",
	wAgo:       "ago",
	wAfter:     "after",
	wBefore:    "before",
	wSince:     "since",
	wUntil:     "until",
	wWhen:      "when",
	wWhenever:  "whenever",
	wOnce:      "once",
	wNow:       "now",
	wMeanwhile: "meanwhile",
	wEarly:     "early",
	wEarlier:   "earlier",
	wLate:      "late",
	wLater:     "later",
	wLatest:    "latest",
	wRecently:  "recently",
	wLast:      "last",
	wNext:      "next",
	wFirst:     "first",
	wStart:     "start",
	wEnd:       "end",
	wTime:      "time",
	wLong:      "long",
	wAlready:   "already",
	wStill:     "still",
	wYet:       "yet",
}
