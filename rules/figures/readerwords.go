package figures

// readerWords are words that mean nothing to the figure finder but that
// the rules read a sentence's marks by (rules/sentencemarks.go): an "ago",
// nouns of events and agreements, words that call an agreement a later or
// a prior one, "alone", "camp", words of control, claim nouns, the words
// an unreal condition opens with and those that name an outlet's own
// earlier text, count nouns, words that date a figure, and the nouns of a
// chance, adjectives of what may be and words of forecasting. The lexer
// looks every word up in the vocabulary already, so a token's id
// (Document.WordID) tells the rules which of these it is without their
// reading its text again. They are added with no flags: the parser reads
// them as it reads a word it does not know (a rules test checks that every
// word the marks stand for is here).
var readerWords = []string{
	"ago", "alone", "camp",
	// negations ("not" the finder knows already): a count said not to be
	// counted ("were never tallied": leftOutOfCount)
	"never", "n't",
	// the "it" a valuing verb takes for a count ("puts it at 37,266": putItAt)
	"it",
	// the "now" of a count's later level beside an earlier one ("it is now
	// 38,000": thenNow)
	"now",
	// the "then" or the "time" of "at the time" that marks a figure told
	// in the past ("UN agencies reported then": the rules' toldThenAt)
	"then", "time",
	// the "who" of a relative clause on a person, whose words name no
	// figure after it (inPersonAside)
	"who",
	// the nouns of one incident, the subject of a count's verb ("a strike
	// kills four": the rules' incidentSubject)
	"strike", "airstrike", "attack", "blast", "raid", "barrage", "explosion", "missile", "rocket",
	"drone", "shell", "bomb", "ambush", "aftershock",
	// the forms of "deny" whose object may be an act denied ("denies
	// having offered ...": deniedAct)
	"deny", "denies", "denied", "denying",
	// a unit of area, or the "square" before a unit of length ("per square
	// kilometre", "share one hectare": the rules' perArea)
	"hectare", "acre", "km2", "km²", "square", "sq",
	// a gathering's nouns and the past verbs of demonstrating ("the rally
	// drew 3,000", "4,000 mourners marched": the rules' gatheringSize)
	"rally", "rallies", "march", "marches", "vigil", "vigils", "protest", "protests", "demonstration", "demonstrations",
	"gathering", "gatherings", "procession", "memorial", "funeral", "service", "crowd", "crowds", "event",
	"marched", "rallied", "protested", "demonstrated", "paraded", "picketed",
	// the words a capacity needs ("room for", "built for", "can house",
	// "seats": the rules' capacityFigure)
	"seats", "seat", "seating", "can", "could", "able", "room", "space", "capacity",
	"built", "designed", "meant", "planned", "intended",
	// modals and participles of expecting ("85,000 could die", "are
	// expected to flee": modalAfter)
	"would", "will", "could", "might", "should", "shall", "must", "ll", "expected",
	// events (eventWord, eventNoun, operationNoun, agreementNoun)
	"disaster", "tragedy", "catastrophe", "bombing", "bombardment", "attack", "attacks", "massacre", "crisis", "fighting",
	"war", "wars", "conflict", "invasion", "offensive", "uprising", "revolution", "genocide", "earthquake",
	"earthquakes", "quake", "quakes", "flood", "floods", "famine", "drought", "cyclone", "hurricane", "tsunami",
	"population", "operation", "assault", "incursion", "siege", "ground", "campaign", "campaigns",
	"outbreak", "outbreaks", "epidemic", "epidemics", "pandemic",
	"raid", "raids", "onslaught", "rampage", "insurgency", "insurgencies", "rebellion", "intifada",
	"memorandum", "mou", "agreement", "deal", "accord", "pact", "package", "compact",
	// later and prior (laterWord, priorWord)
	"successor", "next", "future", "forthcoming", "upcoming", "previous", "prior", "earlier", "former", "preceded",
	// control (controlWord)
	"control", "controls", "controlled", "held", "hold", "holds", "run", "occupied",
	// the points of the compass and the nouns of a part that place a
	// count in one side of a place ("killed in northern Gaza", "in the
	// north of the country", "in the occupied part of Kherson": the
	// rules' compassPart)
	"northern", "southern", "eastern", "western", "central", "northeastern", "northwestern", "southeastern", "southwestern",
	"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
	"part", "parts", "half",
	// claims (claimNoun, quotedCountNoun)
	"claim", "claims", "assertion", "assertions", "allegation", "allegations",
	"rumour", "rumours", "rumor", "rumors", "post", "posts", "tweet", "tweets",
	"video", "videos", "message", "messages", "suggestion", "story", "stories", "reports",
	"clip", "clips", "meme", "memes",
	"figure", "number", "total", "toll", "estimate", "tally",
	// count nouns (figureNoun, tallyNoun; a translated press's "balance"
	// and "quantity")
	"count", "figures", "balance", "quantity",
	// where a figure's time is read (otherTimeWord)
	"once", "formerly", "start", "beginning", "outset", "when", "ahead", "eve", "lead",
	// an unreal condition's words (unrealWord)
	"had", "hadn", "if", "were", "but",
	// an outlet's own earlier text (editorialNoun, wrongAdverb)
	"version", "versions", "article", "report", "entry", "update", "headline",
	"edition", "draft", "item", "piece", "caption", "graphic", "chart", "dispatch", "bulletin", "page",
	"previously", "originally", "wrongly", "incorrectly", "mistakenly", "erroneously", "initially",
	"misstated", "misreported",
	// what a chance is put on, or a count said to be possible (chanceNoun, possibleAdjective)
	"chance", "chances", "risk", "risks", "probability", "likelihood", "odds", "possibility", "prospect",
	"possible", "plausible", "conceivable", "feasible",
	// forecasting (forecastWord, forecastSaid)
	"modelling", "modeling", "models", "model", "modellers", "modelers", "projection", "projections", "projected",
	"forecast", "forecasts", "forecasters", "forecasted", "predicts", "predicted", "predict", "prediction", "predictions",
	"scenario", "scenarios", "project", "projects",
	// (the words that may open a speaker's filler, FillerOpener's, are added
	// from fillerOpeners and fillerSounds themselves: vocabulary())
	// what dates a place's people before the event (residentsDating: "home
	// to 275,000 before the war", "pre-war", "normally home to")
	"prewar", "pre", "normally", "usually", "ordinarily", "typically", "habitually",
	// an earlier report's "used to say" (earlierReport)
	"used",
	// the verbs that open an imperative condition ("Halve the ministry's
	// figure and ...": imperativeCondition)
	"halve", "double", "triple", "cut", "take", "remove", "subtract", "exclude",
	"discount", "strip", "deduct", "divide", "ignore", "drop", "leave",
	// a sample and what examines the part it reads ("a sample of", "an
	// audit of", "surveyed 900": sampleOf)
	"sample", "samples", "subset", "subsample", "sub-sample",
	"review", "reviews", "audit", "audits", "analysis", "analyses", "examination", "verification",
	"inspection", "check", "checks", "cross-check", "spot-check", "re-examination",
	"survey", "surveys", "poll", "polls",
	"examined", "examines", "examining", "reviewed", "reviewing",
	"analysed", "analysing", "analyzed", "analyzes", "analyzing",
	"audited", "auditing", "sampled", "sampling",
	"inspected", "inspects", "inspecting", "cross-checked", "spot-checked",
	"surveyed", "surveying", "polled", "polling", "interviewed", "interviewing",
	// verbs of facing what may befall ("face slaughter": threatenedWith)
	"face", "faces", "facing", "faced", "risking", "threatened", "threatens",
	// a vote's words ("voted 79 to 18": voteTally)
	"voted", "votes", "vote", "voting", "ballot", "ballots",
	// what tells where a claimant's count stood before, or that it is
	// the claimant's own later word ("compared with 61,250", "its
	// preliminary tally", "later raised its tolls": the rules' ownWord)
	"compared", "later", "initial", "original", "last", "old", "preliminary",
	"counts", "tolls", "tallies", "estimates", "totals",
}

// WordID is the vocabulary id of token i (0: a word the vocabulary does
// not hold): the same for a word in any case.
func (d *Document) WordID(i int) uint16 { return d.Tokens[i].vid }

// VocabWords calls fn with every word of the vocabulary, lower-cased, and
// its id.
func VocabWords(fn func(w string, id uint16)) {
	for w, id := range vocab.ids {
		fn(w, id)
	}
}

// VocabSize is one more than the largest vocabulary id.
func VocabSize() int { return len(vocab.words) }

// VocabID is the id of lower-case word w (0: none).
func VocabID(w string) uint16 { return vocab.ids[w] }

// UnitWordValue returns the value of lower-case w when it is a number
// word under twenty ("four", "fourteen"), as the parser reads it, so that
// a reader counting days or hours in words needs no list of its own.
func UnitWordValue(w string) (int, bool) {
	id := vocab.ids[w]
	if id == 0 || vocab.words[id].flags&fUnit == 0 {
		return 0, false
	}
	return int(vocab.words[id].val), true
}
