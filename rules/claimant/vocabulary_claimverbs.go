package claimant

// The verbs of claim and of passing on: saying and telling, publishing and
// revising a count, hearing word from someone, and the verbs a figure's
// own state is written with ("the toll rose", "it comes from"). The
// readers ask about them to tell a verb that names a source from one whose
// subject is the count itself.

const (
	wSaid wordID = iota + grammarVocabularyEnd
	wSays
	wSaying
	wStating
	wTell
	wTells
	wTelling
	wTold
	wAdded
	wAdds
	wNoted
	wNote
	wWarned
	wCautioned
	wConfirmed
	wFear
	wFears
	wFeared
	wReported
	wPublished
	wIssued
	wReleased
	wProvided
	wUpdated
	wUpdates
	wLists
	wCompiled
	wGathered
	wObtained
	wReceived
	wPut
	wRaised
	wRaises
	wLowered
	wLowers
	wRevised
	wRevises
	wHear
	wHeard
	wHearing
	wWord
	wReaching
	wCame
	wCome
	wComes
	wComing
	wBased
	wCalled
	wGiven
	wGot
	wKnown
	wUsing
	wLooks
	wSeems
	wStands
	wStood
	wRose
	wReached
	wRemain
	wRemains
	wRemained
	wCompared
	wSees
	wBoasts
	claimVerbVocabularyEnd // the first id after these words
)

// claimVerbVocabulary is each of these words' id and its word, in lower case as a
// spelling's low (see vocabulary).
var claimVerbVocabulary = map[wordID]string{
	wSaid:      "said",
	wSays:      "says",
	wSaying:    "saying",
	wStating:   "stating",
	wTell:      "tell",
	wTells:     "tells",
	wTelling:   "telling",
	wTold:      "told",
	wAdded:     "added",
	wAdds:      "adds",
	wNoted:     "noted",
	wNote:      "note",
	wWarned:    "warned",
	wCautioned: "cautioned",
	wConfirmed: "confirmed",
	wFear:      "fear",
	wFears:     "fears",
	wFeared:    "feared",
	wReported:  "reported",
	wPublished: "published",
	wIssued:    "issued",
	wReleased:  "released",
	wProvided:  "provided",
	wUpdated:   "updated",
	wUpdates:   "updates",
	wLists:     "lists",
	wCompiled:  "compiled",
	wGathered:  "gathered",
	wObtained:  "obtained",
	wReceived:  "received",
	wPut:       "put",
	wRaised:    "raised",
	wRaises:    "raises",
	wLowered:   "lowered",
	wLowers:    "lowers",
	wRevised:   "revised",
	wRevises:   "revises",
	wHear:      "hear",
	wHeard:     "heard",
	wHearing:   "hearing",
	wWord:      "word",
	wReaching:  "reaching",
	wCame:      "came",
	wCome:      "come",
	wComes:     "comes",
	wComing:    "coming",
	wBased:     "based",
	wCalled:    "called",
	wGiven:     "given",
	wGot:       "got",
	wKnown:     "known",
	wUsing:     "using",
	wLooks:     "looks",
	wSeems:     "seems",
	wStands:    "stands",
	wStood:     "stood",
	wRose:      "rose",
	wReached:   "reached",
	wRemain:    "remain",
	wRemains:   "remains",
	wRemained:  "remained",
	wCompared:  "compared",
	wSees:      "sees",
	wBoasts:    "boasts",
}
