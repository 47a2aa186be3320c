package claimant

// wordID is a word's place in vocabulary: the words the readers compare a
// token with (view.is), so that a comparison is of two small integers, not
// of two strings. A token's id is its spelling's, looked up once per
// spelling (see spelling.id); a word the readers never ask about is noWord.
type wordID uint16

// The readers' words, in the order of vocabulary. To ask view.is about a
// new word, add it here and to vocabulary (TestVocabulary checks the two
// agree).
const (
	noWord wordID = iota
	wBang
	wQuote
	wAmpersand
	wApostrophe
	wOpenBracket
	wCloseBracket
	wComma
	wDash
	wFullStop
	wColon
	wSemicolon
	wQuestion
	wA
	wAdded
	wAdds
	wAfter
	wAgainst
	wAgo
	wAl
	wAll
	wAlready
	wAlso
	wAlthough
	wAmid
	wAn
	wAnd
	wAre
	wAs
	wAt
	wBased
	wBe
	wBeen
	wBefore
	wBeing
	wBriefing
	wBulletin
	wBut
	wBy
	wCalled
	wCame
	wCapita
	wCautioned
	wCent
	wChief
	wCome
	wComes
	wComing
	wCommunique
	wCommuniqueAccent
	wCompared
	wCompiled
	wConference
	wConfirmed
	wCoordinated
	wCoordinates
	wDay
	wDepartment
	wDeputy
	wDirected
	wDirects
	wDr
	wEarlier
	wEarly
	wEl
	wElsewhere
	wEnd
	wEven
	wEvening
	wEvery
	wFear
	wFeared
	wFears
	wFirst
	wFor
	wFrom
	wFurther
	wGathered
	wGeneral
	wGiven
	wGot
	wHad
	wHas
	wHave
	wHe
	wHead
	wHeaded
	wHeads
	wHear
	wHeard
	wHearing
	wHer
	wHere
	wHis
	wHour
	wI
	wIf
	wIn
	wInterview
	wIs
	wIssued
	wIt
	wIts
	wJointly
	wKey
	wKnown
	wLast
	wLate
	wLater
	wLatest
	wLead
	wLeads
	wLed
	wLists
	wLong
	wLooks
	wLowered
	wLowers
	wMain
	wManaged
	wManages
	wMeanwhile
	wMilitary
	wMinistry
	wMonth
	wMorning
	wMr
	wMrs
	wMs
	wMy
	wNt
	wNear
	wNever
	wNext
	wNight
	wNo
	wNobody
	wNone
	wNot
	wNoted
	wNow
	wNumber
	wNumbers
	wObtained
	wOf
	wOffice
	wOfficial
	wOn
	wOnce
	wOur
	wOut
	wOvernight
	wOwn
	wPer
	wPerson
	wPress
	wProf
	wProfessor
	wProvided
	wPublished
	wPut
	wRaised
	wRaises
	wRan
	wReached
	wReaching
	wReceived
	wRecently
	wRegional
	wReleased
	wRemained
	wRemains
	wReported
	wRevised
	wRevises
	wRose
	wRuns
	wS
	wSaid
	wSaying
	wSays
	wSeems
	wSenior
	wSeparately
	wShe
	wSince
	wSo
	wSource
	wSources
	wSpokesman
	wSpokesperson
	wSpokeswoman
	wStands
	wStart
	wState
	wStatement
	wStating
	wStill
	wStood
	wT
	wTell
	wTelling
	wTells
	wThat
	wThatS
	wThe
	wTheir
	wThem
	wThere
	wThese
	wThey
	wThis
	wThose
	wThough
	wThrough
	wTime
	wTo
	wToday
	wTold
	wTonight
	wTop
	wUnless
	wUntil
	wUp
	wUpdated
	wUpdates
	wUpon
	wUs
	wUsing
	wVersus
	wVia
	wVs
	wWarned
	wWas
	wWe
	wWeek
	wWere
	wWhen
	wWhereas
	wWhether
	wWhich
	wWhile
	wWho
	wWhom
	wWhose
	wWidely
	wWill
	wWith
	wWithin
	wWord
	wWorked
	wWorks
	wWould
	wYear
	wYesterday
	wYet
	wYou
	wDead
	wWounded
	wInjured
	wCasualties
	wVictims
	wKilled
	wRemain
	wOfficer
	wItself
	wThemselves
	wPercent
	wPercentSign
	wAcross
	wAny
	wSome
	wWhenever
	wOne
	wUnder
	wNote
	wBelow
	wAbove
	wAmong
	wMany
	wMuch
	wFew
	wLittle
	wHigh
	wLow
	wFar
	wWell
	wBecause
	wWhere
)

// vocabulary is each wordID's word, in lower case as a spelling's low.
var vocabulary = [...]string{
	wBang:             "!",
	wQuote:            "\"",
	wAmpersand:        "&",
	wApostrophe:       "'",
	wOpenBracket:      "(",
	wCloseBracket:     ")",
	wComma:            ",",
	wDash:             "-",
	wFullStop:         ".",
	wColon:            ":",
	wSemicolon:        ";",
	wQuestion:         "?",
	wA:                "a",
	wAdded:            "added",
	wAdds:             "adds",
	wAfter:            "after",
	wAgainst:          "against",
	wAgo:              "ago",
	wAl:               "al",
	wAll:              "all",
	wAlready:          "already",
	wAlso:             "also",
	wAlthough:         "although",
	wAmid:             "amid",
	wAn:               "an",
	wAnd:              "and",
	wAre:              "are",
	wAs:               "as",
	wAt:               "at",
	wBased:            "based",
	wBe:               "be",
	wBeen:             "been",
	wBefore:           "before",
	wBeing:            "being",
	wBriefing:         "briefing",
	wBulletin:         "bulletin",
	wBut:              "but",
	wBy:               "by",
	wCalled:           "called",
	wCame:             "came",
	wCapita:           "capita",
	wCautioned:        "cautioned",
	wCent:             "cent",
	wChief:            "chief",
	wCome:             "come",
	wComes:            "comes",
	wComing:           "coming",
	wCommunique:       "communique",
	wCommuniqueAccent: "communiqué",
	wCompared:         "compared",
	wCompiled:         "compiled",
	wConference:       "conference",
	wConfirmed:        "confirmed",
	wCoordinated:      "coordinated",
	wCoordinates:      "coordinates",
	wDay:              "day",
	wDepartment:       "department",
	wDeputy:           "deputy",
	wDirected:         "directed",
	wDirects:          "directs",
	wDr:               "dr",
	wEarlier:          "earlier",
	wEarly:            "early",
	wEl:               "el",
	wElsewhere:        "elsewhere",
	wEnd:              "end",
	wEven:             "even",
	wEvening:          "evening",
	wEvery:            "every",
	wFear:             "fear",
	wFeared:           "feared",
	wFears:            "fears",
	wFirst:            "first",
	wFor:              "for",
	wFrom:             "from",
	wFurther:          "further",
	wGathered:         "gathered",
	wGeneral:          "general",
	wGiven:            "given",
	wGot:              "got",
	wHad:              "had",
	wHas:              "has",
	wHave:             "have",
	wHe:               "he",
	wHead:             "head",
	wHeaded:           "headed",
	wHeads:            "heads",
	wHear:             "hear",
	wHeard:            "heard",
	wHearing:          "hearing",
	wHer:              "her",
	wHere:             "here",
	wHis:              "his",
	wHour:             "hour",
	wI:                "i",
	wIf:               "if",
	wIn:               "in",
	wInterview:        "interview",
	wIs:               "is",
	wIssued:           "issued",
	wIt:               "it",
	wIts:              "its",
	wJointly:          "jointly",
	wKey:              "key",
	wKnown:            "known",
	wLast:             "last",
	wLate:             "late",
	wLater:            "later",
	wLatest:           "latest",
	wLead:             "lead",
	wLeads:            "leads",
	wLed:              "led",
	wLists:            "lists",
	wLong:             "long",
	wLooks:            "looks",
	wLowered:          "lowered",
	wLowers:           "lowers",
	wMain:             "main",
	wManaged:          "managed",
	wManages:          "manages",
	wMeanwhile:        "meanwhile",
	wMilitary:         "military",
	wMinistry:         "ministry",
	wMonth:            "month",
	wMorning:          "morning",
	wMr:               "mr",
	wMrs:              "mrs",
	wMs:               "ms",
	wMy:               "my",
	wNt:               "n't",
	wNear:             "near",
	wNever:            "never",
	wNext:             "next",
	wNight:            "night",
	wNo:               "no",
	wNobody:           "nobody",
	wNone:             "none",
	wNot:              "not",
	wNoted:            "noted",
	wNow:              "now",
	wNumber:           "number",
	wNumbers:          "numbers",
	wObtained:         "obtained",
	wOf:               "of",
	wOffice:           "office",
	wOfficial:         "official",
	wOn:               "on",
	wOnce:             "once",
	wOur:              "our",
	wOut:              "out",
	wOvernight:        "overnight",
	wOwn:              "own",
	wPer:              "per",
	wPerson:           "person",
	wPress:            "press",
	wProf:             "prof",
	wProfessor:        "professor",
	wProvided:         "provided",
	wPublished:        "published",
	wPut:              "put",
	wRaised:           "raised",
	wRaises:           "raises",
	wRan:              "ran",
	wReached:          "reached",
	wReaching:         "reaching",
	wReceived:         "received",
	wRecently:         "recently",
	wRegional:         "regional",
	wReleased:         "released",
	wRemained:         "remained",
	wRemains:          "remains",
	wReported:         "reported",
	wRevised:          "revised",
	wRevises:          "revises",
	wRose:             "rose",
	wRuns:             "runs",
	wS:                "s",
	wSaid:             "said",
	wSaying:           "saying",
	wSays:             "says",
	wSeems:            "seems",
	wSenior:           "senior",
	wSeparately:       "separately",
	wShe:              "she",
	wSince:            "since",
	wSo:               "so",
	wSource:           "source",
	wSources:          "sources",
	wSpokesman:        "spokesman",
	wSpokesperson:     "spokesperson",
	wSpokeswoman:      "spokeswoman",
	wStands:           "stands",
	wStart:            "start",
	wState:            "state",
	wStatement:        "statement",
	wStating:          "stating",
	wStill:            "still",
	wStood:            "stood",
	wT:                "t",
	wTell:             "tell",
	wTelling:          "telling",
	wTells:            "tells",
	wThat:             "that",
	wThatS:            "that's",
	wThe:              "the",
	wTheir:            "their",
	wThem:             "them",
	wThere:            "there",
	wThese:            "these",
	wThey:             "they",
	wThis:             "this",
	wThose:            "those",
	wThough:           "though",
	wThrough:          "through",
	wTime:             "time",
	wTo:               "to",
	wToday:            "today",
	wTold:             "told",
	wTonight:          "tonight",
	wTop:              "top",
	wUnless:           "unless",
	wUntil:            "until",
	wUp:               "up",
	wUpdated:          "updated",
	wUpdates:          "updates",
	wUpon:             "upon",
	wUs:               "us",
	wUsing:            "using",
	wVersus:           "versus",
	wVia:              "via",
	wVs:               "vs",
	wWarned:           "warned",
	wWas:              "was",
	wWe:               "we",
	wWeek:             "week",
	wWere:             "were",
	wWhen:             "when",
	wWhereas:          "whereas",
	wWhether:          "whether",
	wWhich:            "which",
	wWhile:            "while",
	wWho:              "who",
	wWhom:             "whom",
	wWhose:            "whose",
	wWidely:           "widely",
	wWill:             "will",
	wWith:             "with",
	wWithin:           "within",
	wWord:             "word",
	wWorked:           "worked",
	wWorks:            "works",
	wWould:            "would",
	wYear:             "year",
	wYesterday:        "yesterday",
	wYet:              "yet",
	wYou:              "you",
	wDead:             "dead",
	wWounded:          "wounded",
	wInjured:          "injured",
	wCasualties:       "casualties",
	wVictims:          "victims",
	wKilled:           "killed",
	wRemain:           "remain",
	wOfficer:          "officer",
	wItself:           "itself",
	wThemselves:       "themselves",
	wPercent:          "percent",
	wPercentSign:      "%",
	wAcross:           "across",
	wAny:              "any",
	wSome:             "some",
	wWhenever:         "whenever",
	wOne:              "one",
	wUnder:            "under",
	wNote:             "note",
	wBelow:            "below",
	wAbove:            "above",
	wAmong:            "among",
	wMany:             "many",
	wMuch:             "much",
	wFew:              "few",
	wLittle:           "little",
	wHigh:             "high",
	wLow:              "low",
	wFar:              "far",
	wWell:             "well",
	wBecause:          "because",
	wWhere:            "where",
}

// wordSet is a set of wordIDs: a view's words (view.words), so that a
// reader can pass over a sentence without the word it needs. It is one
// word of bits, a bit for each id modulo 64, so that newView adds each
// token's id in a register: has may say yes for an id that is not there
// (another with its bit is), never no for one that is, so a reader it
// gates runs at least whenever it could find something.
type wordSet uint64

func (s *wordSet) add(w wordID) { *s |= 1 << (w % 64) }

func (s wordSet) has(w wordID) bool { return s&(1<<(w%64)) != 0 }

// wordIDs is vocabulary's inverse.
var wordIDs = func() map[string]wordID {
	m := make(map[string]wordID, len(vocabulary))
	for id, w := range vocabulary {
		if w != "" {
			m[w] = wordID(id)
		}
	}
	return m
}()
