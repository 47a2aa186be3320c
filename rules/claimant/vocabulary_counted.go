package claimant

// The words of what a figure counts and of how much: the dead and wounded,
// "number" and "per cent", quantifiers and comparisons. The readers ask
// about them to tell a figure's own noun phrase ("some 40 dead", "per
// capita") from a source's.

const (
	wDead wordID = iota + timeVocabularyEnd
	wKilled
	wWounded
	wInjured
	wCasualties
	wVictims
	wNumber
	wNumbers
	wKey
	wMain
	wTop
	wOne
	wPer
	wCent
	wPercent
	wCapita
	wPerson
	wAll
	wAny
	wSome
	wEvery
	wMany
	wMuch
	wFew
	wLittle
	wHigh
	wLow
	wAbove
	wBelow
	wFar
	wWell
	wUp
	wOut
	countedVocabularyEnd // the first id after these words
)

// countedVocabulary is each of these words' id and its word, in lower case as a
// spelling's low (see vocabulary).
var countedVocabulary = map[wordID]string{
	wDead:       "dead",
	wKilled:     "killed",
	wWounded:    "wounded",
	wInjured:    "injured",
	wCasualties: "casualties",
	wVictims:    "victims",
	wNumber:     "number",
	wNumbers:    "numbers",
	wKey:        "key",
	wMain:       "main",
	wTop:        "top",
	wOne:        "one",
	wPer:        "per",
	wCent:       "cent",
	wPercent:    "percent",
	wCapita:     "capita",
	wPerson:     "person",
	wAll:        "all",
	wAny:        "any",
	wSome:       "some",
	wEvery:      "every",
	wMany:       "many",
	wMuch:       "much",
	wFew:        "few",
	wLittle:     "little",
	wHigh:       "high",
	wLow:        "low",
	wAbove:      "above",
	wBelow:      "below",
	wFar:        "far",
	wWell:       "well",
	wUp:         "up",
	wOut:        "out",
}
