package claimant

// The grammar's words: punctuation, articles, pronouns, prepositions,
// conjunctions, the auxiliaries and negations. The readers ask about them to
// find where a source's phrase opens and closes and which way a verb's
// clause runs, whatever the sentence reports; they are most of what the
// readers compare, so they take the lowest ids.

const (
	wBang wordID = iota + 1
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
	wBar
	wQuestion
	wPercentSign
	wS
	wT
	wNt
	wThatS
	wA
	wAn
	wThe
	wI
	wMy
	wWe
	wOur
	wUs
	wYou
	wHe
	wHis
	wShe
	wHer
	wIt
	wIts
	wItself
	wHimself
	wHerself
	wThey
	wTheir
	wThem
	wThemselves
	wOwn
	wThis
	wThat
	wThese
	wThose
	wThere
	wHere
	wWho
	wWhom
	wWhose
	wWhich
	wWhere
	wAcross
	wFiller
	wAgainst
	wAmid
	wAmong
	wAs
	wAt
	wBy
	wFor
	wFrom
	wIn
	wNear
	wOf
	wOn
	wThrough
	wTo
	wUnder
	wUpon
	wVia
	wVersus
	wVs
	wWith
	wWithin
	wAnd
	wBut
	wAlthough
	wThough
	wWhereas
	wWhether
	wWhile
	wIf
	wUnless
	wBecause
	wSo
	wAre
	wIs
	wWas
	wWere
	wBe
	wBeen
	wBeing
	wHad
	wHas
	wHave
	wWill
	wWould
	wNo
	wNobody
	wNone
	wNot
	wNever
	wAlso
	wEven
	wFurther
	wWidely
	wElsewhere
	wJointly
	wSeparately
	grammarVocabularyEnd // the first id after these words
)

// grammarVocabulary is each of these words' id and its word, in lower case as a
// spelling's low (see vocabulary).
var grammarVocabulary = map[wordID]string{
	wBang:         "!",
	wQuote:        "\"",
	wAmpersand:    "&",
	wApostrophe:   "'",
	wOpenBracket:  "(",
	wCloseBracket: ")",
	wComma:        ",",
	wDash:         "-",
	wFullStop:     ".",
	wColon:        ":",
	wSemicolon:    ";",
	wBar:          "|",
	wQuestion:     "?",
	wPercentSign:  "%",
	wS:            "s",
	wT:            "t",
	wNt:           "n't",
	wThatS:        "that's",
	wA:            "a",
	wAn:           "an",
	wThe:          "the",
	wI:            "i",
	wMy:           "my",
	wWe:           "we",
	wOur:          "our",
	wUs:           "us",
	wYou:          "you",
	wHe:           "he",
	wHis:          "his",
	wShe:          "she",
	wHer:          "her",
	wIt:           "it",
	wIts:          "its",
	wItself:       "itself",
	wHimself:      "himself",
	wHerself:      "herself",
	wThey:         "they",
	wTheir:        "their",
	wThem:         "them",
	wThemselves:   "themselves",
	wOwn:          "own",
	wThis:         "this",
	wThat:         "that",
	wThese:        "these",
	wThose:        "those",
	wThere:        "there",
	wHere:         "here",
	wWho:          "who",
	wWhom:         "whom",
	wWhose:        "whose",
	wWhich:        "which",
	wWhere:        "where",
	wAcross:       "across",
	wFiller:       "uh", // every sound of hesitation (fillers.go)
	wAgainst:      "against",
	wAmid:         "amid",
	wAmong:        "among",
	wAs:           "as",
	wAt:           "at",
	wBy:           "by",
	wFor:          "for",
	wFrom:         "from",
	wIn:           "in",
	wNear:         "near",
	wOf:           "of",
	wOn:           "on",
	wThrough:      "through",
	wTo:           "to",
	wUnder:        "under",
	wUpon:         "upon",
	wVia:          "via",
	wVersus:       "versus",
	wVs:           "vs",
	wWith:         "with",
	wWithin:       "within",
	wAnd:          "and",
	wBut:          "but",
	wAlthough:     "although",
	wThough:       "though",
	wWhereas:      "whereas",
	wWhether:      "whether",
	wWhile:        "while",
	wIf:           "if",
	wUnless:       "unless",
	wBecause:      "because",
	wSo:           "so",
	wAre:          "are",
	wIs:           "is",
	wWas:          "was",
	wWere:         "were",
	wBe:           "be",
	wBeen:         "been",
	wBeing:        "being",
	wHad:          "had",
	wHas:          "has",
	wHave:         "have",
	wWill:         "will",
	wWould:        "would",
	wNo:           "no",
	wNobody:       "nobody",
	wNone:         "none",
	wNot:          "not",
	wNever:        "never",
	wAlso:         "also",
	wEven:         "even",
	wFurther:      "further",
	wWidely:       "widely",
	wElsewhere:    "elsewhere",
	wJointly:      "jointly",
	wSeparately:   "separately",
}
