package claimant

// The words of bodies and agents: the nouns of an office and of the people
// who speak for it, the titles before a name, the verbs of running a body
// ("who heads the agency") and the documents bodies issue. The readers ask
// about them to find the whole of a source's name and its post, and to
// keep an office's work apart from its claims.

const (
	wMinistry wordID = iota + claimVerbVocabularyEnd
	wDepartment
	wOffice
	wMilitary
	wRegional
	wState
	wOfficial
	wOfficer
	wSpokesman
	wSpokesperson
	wSpokeswoman
	wSource
	wSources
	wChief
	wDeputy
	wGeneral
	wSenior
	wHead
	wDr
	wMr
	wMrs
	wMs
	wProf
	wProfessor
	wAl
	wEl
	wHeads
	wHeaded
	wLead
	wLeads
	wLed
	wDirects
	wDirected
	wManages
	wManaged
	wRuns
	wRan
	wWorks
	wWorked
	wCoordinates
	wCoordinated
	wChairs
	wChaired
	wBriefing
	wBulletin
	wCommunique
	wCommuniqueAccent
	wConference
	wInterview
	wPress
	wStatement
	wReconstruction
	wReconstructions
	bodyVocabularyEnd // the first id after these words
)

// bodyVocabulary is each of these words' id and its word, in lower case as a
// spelling's low (see vocabulary).
var bodyVocabulary = map[wordID]string{
	wMinistry:         "ministry",
	wDepartment:       "department",
	wOffice:           "office",
	wMilitary:         "military",
	wRegional:         "regional",
	wState:            "state",
	wOfficial:         "official",
	wOfficer:          "officer",
	wSpokesman:        "spokesman",
	wSpokesperson:     "spokesperson",
	wSpokeswoman:      "spokeswoman",
	wSource:           "source",
	wSources:          "sources",
	wChief:            "chief",
	wDeputy:           "deputy",
	wGeneral:          "general",
	wSenior:           "senior",
	wHead:             "head",
	wDr:               "dr",
	wMr:               "mr",
	wMrs:              "mrs",
	wMs:               "ms",
	wProf:             "prof",
	wProfessor:        "professor",
	wAl:               "al",
	wEl:               "el",
	wHeads:            "heads",
	wHeaded:           "headed",
	wLead:             "lead",
	wLeads:            "leads",
	wLed:              "led",
	wDirects:          "directs",
	wDirected:         "directed",
	wManages:          "manages",
	wManaged:          "managed",
	wRuns:             "runs",
	wRan:              "ran",
	wWorks:            "works",
	wWorked:           "worked",
	wCoordinates:      "coordinates",
	wCoordinated:      "coordinated",
	wChairs:           "chairs",
	wChaired:          "chaired",
	wBriefing:         "briefing",
	wBulletin:         "bulletin",
	wCommunique:       "communique",
	wCommuniqueAccent: "communiqué",
	wConference:       "conference",
	wInterview:        "interview",
	wPress:            "press",
	wStatement:        "statement",
	wReconstruction:   "reconstruction",
	wReconstructions:  "reconstructions",
}
