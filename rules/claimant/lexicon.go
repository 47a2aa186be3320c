package claimant

import "strings"

// The finder's lexicons: reporting verbs, findings, staff and role nouns
// as Snowball stems or words, and the per-token classes that hold a word's
// memberships so that each test is a bit test, not a map lookup.

// Reporting verbs, as Snowball stems; irregular forms are listed as
// themselves. A verb's subject (or, inverted, its object) is a claimant.
var reportStems = set("say said tell told estim report confirm claim announc state ad reckon revis believ conced note assess " +
	"put count record alleg verifi verify document regist tal tali talli log calcul learn insist acknowledg admit disclos publish releas fear " +
	"warn identifi examin wrote write quot understand forecast expect predict attribut certifi" +
	// counting and recording, disclosure, testimony and posting: each
	// family whole, so that the next verb of it is read too.
	" peg tabul catalog catalogu chronicl caution testifi tweet confess" +
	// detecting and timing, passing on, singling out and setting out,
	// quantifying and praising one's own numbers.
	" clock detect relay convey flag highlight mention detail recount quantifi extrapol gaug tout trumpet" +
	// verifying, whole: "geolocated", "authenticated", "corroborated".
	" geoloc authent corrobor" +
	// verbs of claim that claim only with a clause (clauseStems).
	" " + clauseStemWords)

// clauseStems are reporting verbs that claim only with what they say: a
// that-clause ("maintained that 300 fighters had died", "briefed member
// states that 83 convoys ..."), a clause with a verb of its own ("feared
// the dead could reach 20,000"), "of" ("boasted on Telegram of capturing
// 34 vehicles", "spoke of 2,445 dead") or the clause's end (", the army
// maintained."). Used otherwise they do something, and claim nothing:
// "maintains 300 clinics", "stressed the need for 500 trucks", "spoke to
// 40 families", "briefed 12 ambassadors".
var clauseStems = set(clauseStemWords)

// clauseStemWords are clauseStems' words, which reportStems holds too.
const clauseStemWords = "assert maintain contend argu aver affirm stress emphas emphasis reiter underscor underlin boast brag " +
	"brief notifi assur remind speak spoke spoken" +
	// "The Korea Meteorological Administration informed that 482
	// millimetres ...": a wire's English copy translates its verb of
	// notice, and the clause after says what was claimed ("informed
	// 40 families" claims nothing).
	" inform" +
	// "posted on X.", "posted on Telegram that": a post claims with what
	// it says ("posted a record profit", "posted to the border" do not).
	" post" +
	// "..., recalled Dr Tanya Haddad": remembering aloud, as "recount".
	" recal" +
	// "It replied that 1,100 targets had been hit", "the ministry
	// responded that 40 ...": an answer claims what its clause says
	// ("responded to 40 calls", "answered 12 questions" claim nothing);
	// the family whole (claimrec34).
	" repli respond retort answer" +
	// "..., it concludes.", "concluded that 40 ...": a finding stated
	// ("the talks concluded 40 minutes later" states none).
	" conclud" +
	// "accused the militia of torching 300 homes": an accusation claims
	// its deed (accusation.go).
	" accus" +
	// "..., the Minister of Secondary Education declared on Wednesday.",
	// "declared that 97 per cent ...": a translated press's verb of
	// statement (French "déclarer"); "declared a state of emergency",
	// "declared results from 212 seats" claim nothing.
	" declar"

// judgingStems are clauseStems of judgement: what they say comes after
// them ("officials argue that four battalions remain"); in an aside they
// judge what the sentence says of a figure, not claim it ("The IOM's
// total — 10.2 million — understates the movement, analysts argue").
var judgingStems = set("argu contend")

// countStems are verbs by which a body handles its own count: revising
// it ("raised the toll to 216", "lifted", "trimmed", "cut its estimate
// to"), placing it ("put", "placed", "set", "pegged the number at") and
// giving it ("gave a toll of 40", "offered", "issued"). They claim only
// with a count and its figure (revised.go); their tokens are cCountVerb.
var countStems = set("rais revis updat refresh lower lift hike bump push trim cut reduc downgrad upgrad adjust correct amend increas " +
	"put place set fix peg give gave given offer provid suppli issu")

// nounForms are stems of reporting verbs whose bare and -s forms are read
// as nouns ("the Palestinian flag", "match highlights", "a brief pause",
// "under stress", "the details"): only their past forms ("flagged",
// "briefed") are verbs.
var nounForms = set("flag highlight detail clock trumpet tout brief stress boast post")

// audienceStems are reporting verbs whose object is who hears ("told
// reporters", "briefed diplomats", "warned residents"): passive, their
// subject is the audience, not what was said (see passiveBack).
var audienceStems = set("tell told brief notifi remind warn assur inform")

// Verbs whose subject must be a findings noun ("figures show", "a Ledger
// analysis found", "the analysis suggests"): a chart shows, a reader finds.
var findingStems = set("show shown find found suggest indic reveal put project measur match model" +
	// "the agency's hazard maps classify 900 slopes as unstable": a
	// findings subject sorting what it counts (claim118).
	" classifi")

// Findings nouns: what a claimant publishes. "X's count", "figures from X".
var findingNouns = set("count counts tally tallies figure figures estimate estimates data analysis reckoning calculation " +
	"calculations assessment assessments investigation review statistics records survey numbers report reports study poll polls surveys projection projections results forecast forecasts " +
	"spreadsheet spreadsheets list lists database documents document images imagery serosurvey tabulation tabulations " +
	"breakdown breakdowns register registers audit audits comparison comparisons readings measurements " +
	// an investigation's rebuilding of events from footage or records
	// ("Our reconstruction of the ambush counts 47 killed", claim27c);
	// what a country rebuilds costs money and finds nothing ("Ukraine's
	// reconstruction will cost $486bn": no findings verb, no claim).
	"reconstruction reconstructions" +
	// an internal paper or a charge sheet, whose figures are its
	// author's ("A leaked Home Office memo estimates", "The
	// prosecution's indictment accuses the network of moving 3,400",
	// claim59), as a report's are. ("memorandum" is left out: "The EU's
	// memorandum with Tunis, worth €105m" is an agreement, no findings.)
	" memo memos dossier indictment" +
	// a pollster's verbal noun of its findings ("the Lowy Institute's
	// polling"), as "reckoning" is. ("modelling" is left out: "Our
	// modelling suggests" on a scientist's speaker line is hers, where
	// "our" findings are read as an outlet's own.)
	" polling")

// keptRecords are findings nouns too: the records a claimant keeps and
// the findings it publishes (a registry, a dataset, a yearbook, "the
// finding"), each named once, in the singular. Not "ledger" (a name:
// the Ledger) nor "tracker" (a body: "the tracker Oryx"), nor yet "log",
// "census" and "dashboard", read as findings where nothing is claimed
// ("No census of the city", "the ministry's dashboard went dark for 14
// hours").
var keptRecords = singularsAndPlurals("finding registry dataset yearbook arithmetic inventory")

// Staff nouns: a person who speaks for an organisation ("a spokesman for
// X", "UN satellite analysts", "researchers at X").
var staffNouns = set("spokesman spokeswoman spokesperson spokespeople spokesmen spokeswomen researchers analysts staff " +
	"officials official director representative envoy")

var determiners = set("the a an")

// stop words a subject never reaches back over.
var clauseWords = set("that which what who whom whose while whereas and but or as when where if because although though since " +
	"after before than so then nor yet even also")

// auxiliaries and adverbs between a subject and its verb.
var betweenWords = set("has have had is was were are will would could can may might should must did does do also now later earlier " +
	"previously separately so far just already still again first further then today yesterday tonight repeatedly never " +
	"once not n't")

var pronouns = set("it they he she we i you this these those its their his her our my us me them him")

var firstPerson = set("i we you our my us me your")

// Broadcast roles whose lines are the programme's own speech, not a
// claimant's.
var showRoles = set("anchor host reporter correspondent byline presenter newsreader newscaster interviewer moderator announcer narrator q question")

var days = set("monday tuesday wednesday thursday friday saturday sunday " + monthWords + " " + monthShortFormWords)

// monthWords are the months' full names; monthShortFormWords their short
// forms that are not a full name ("may" is both).
const (
	monthWords          = "january february march april may june july august september october november december"
	monthShortFormWords = "jan feb mar apr jun jul aug sep sept oct nov dec"
)

// class holds a word's memberships in the lexicons above, looked up once
// per token instead of once per test.
type class uint64

const (
	cDeterminer class = 1 << iota
	cClause
	cBetween
	cPronoun
	cFirstPerson
	cPreposition
	cLink
	cFindingNoun
	cStaff
	cDay
	cIrregularPast // past forms, for isVerbLike; not a lexicon (see inLexicon)
	// Word lists some readers test for, held as classes so the test is a
	// bit, not a look-up: not lexicons (see inLexicon).
	cFrameOpener // frameOpeners
	cJournalist  // journalists
	cFieldPeople // fieldPeople
	cTimeFrame   // frameWords
	cPost        // postNouns
	// More word lists the readers ask of nearly every phrase, bits for the
	// same reason (each had been a map look-up per word).
	cPeople         // people
	cBody           // bodyNouns
	cOffice         // offices
	cRoleModifier   // roleModifiers
	cKindBeforeName // kindsBeforeName
	cPeopleAt       // peopleAt
	cTimeWord       // timeWords
	cTimeNoun       // timeNouns
	cSubordinator   // subordinators
	// Lists asked of every word of a source phrase (quantityOnly,
	// ownedHead) or of its head (notASource), bits for the same reason.
	cQuantifier       // quantifiers
	cFindingsModifier // findingsModifiers
	cTimeHead         // timeHeads
	cReasonNoun       // reasonNouns
	cCountVerb        // countStems' forms, read from the stem (see spell)
	cAnnouncement     // announcements, which readAttributions reads in a frame (announced.go)
	// A word whose stem is one of clauseStems, set where the word is
	// stemmed anyway (spell, spelledAs, closingVerb), so that
	// readAttributions need not run Snowball again for every reporting
	// verb it reads: set for every word whose report bit can be on.
	cClauseStem
	// Lists the readers ask of a token as they walk a phrase or test a
	// reporting verb, each once per figure or more: bits for the same
	// reason, the word looked up once per spelling, not a string hashed
	// per test (wordLists).
	cCameFrom          // cameFrom
	cTollNoun          // tollNouns
	cPlacedNoun        // placedNouns
	cPastLikeBase      // pastLikeBase
	cUnstemmed         // unstemmed
	cLearnedPeople     // learnedPeople
	cGroupNoun         // groupNouns
	cRank              // rankWords
	cDenyingQuantifier // denyingQuantifiers
	cSpeakerCount      // speakerCounts
	cCircumstance      // circumstances
	cInstitution       // institutionNouns
	cNameKind          // nameKinds
	cPluralKind        // pluralKinds
	cHome              // homeNouns
	cPublication       // publications
	cOfficeNoun        // officeNouns
	cForce             // forceNouns
	cAmountWord        // amountWords
	cWorkWord          // workWords
	cNotAgent          // notAgents
	cGovernment        // governments
	cOutletKind        // outletKinds
	cDescriptorKind    // descriptorKinds
	cPostedWork        // postedWork
	cRankTitle         // ranks
	cGaveObject        // gaveObjectWords
	cDocumentNoun      // documentNouns
	cReleasedPaper     // releasedPapers
	cEveryoneNoun      // everyoneNouns
	cMonthName         // monthNames
)

// wordLists are the lists held as the classes from cCameFrom on.
//
// A reader asks a view token t.has(c), not a list by t.low: every token's
// cls holds classes[t.low] (spell; plainSpelling and numberSpelling only
// for words in no list), so the two agree, but for cDay and cFindingNoun,
// which readers clear on a token (monthinitials.go, namewords.go,
// rebuilding.go), and cFrameOpener, which spell sets from a stem too.
var wordLists = []struct {
	set map[string]bool
	c   class
}{{cameFrom, cCameFrom}, {tollNouns, cTollNoun}, {placedNouns, cPlacedNoun}, {pastLikeBase, cPastLikeBase},
	{unstemmed, cUnstemmed}, {learnedPeople, cLearnedPeople}, {groupNouns, cGroupNoun}, {rankWords, cRank},
	{denyingQuantifiers, cDenyingQuantifier}, {speakerCounts, cSpeakerCount}, {circumstances, cCircumstance},
	{institutionNouns, cInstitution}, {nameKinds, cNameKind}, {pluralKinds, cPluralKind}, {homeNouns, cHome},
	{publications, cPublication}, {officeNouns, cOfficeNoun}, {forceNouns, cForce}, {amountWords, cAmountWord},
	{workWords, cWorkWord}, {notAgents, cNotAgent}, {governments, cGovernment}, {outletKinds, cOutletKind},
	{descriptorKinds, cDescriptorKind}, {postedWork, cPostedWork}, {ranks, cRankTitle}, {gaveObjectWords, cGaveObject},
	{documentNouns, cDocumentNoun}, {releasedPapers, cReleasedPaper}, {everyoneNouns, cEveryoneNoun}, {monthNames, cMonthName}}

// listClasses are the classes of wordLists together.
const listClasses = cCameFrom | cTollNoun | cPlacedNoun | cPastLikeBase | cUnstemmed | cLearnedPeople | cGroupNoun |
	cRank | cDenyingQuantifier | cSpeakerCount | cCircumstance | cInstitution | cNameKind | cPluralKind | cHome |
	cPublication | cOfficeNoun | cForce | cAmountWord | cWorkWord | cNotAgent | cGovernment | cOutletKind | cDescriptorKind |
	cPostedWork | cRankTitle | cGaveObject | cDocumentNoun | cReleasedPaper | cEveryoneNoun | cMonthName

// notLexicons are the classes that are not lexicons.
const notLexicons = cIrregularPast | cFrameOpener | cJournalist | cFieldPeople | cTimeFrame | cPost |
	cPeople | cBody | cOffice | cRoleModifier | cKindBeforeName | cPeopleAt | cTimeWord | cTimeNoun | cSubordinator |
	cQuantifier | cFindingsModifier | cTimeHead | cReasonNoun | cCountVerb | cAnnouncement | cClauseStem | listClasses

// frameOpeners are the words readAttributions reads a frame from, beside
// findings nouns, possessives and reporting verbs ("according to X", "per
// X", "citing X", "X is right that"): a word of none of these opens no
// attribution, and is passed over.
var frameOpeners = set("according per sees right correct citing quoting drawing relying hearing hear heard word learnt given provided supplied toll total" +
	// an owned release opening a frame ("In the IEA's latest outlook,"):
	// ownedrelease.go.
	" outlook outlooks tracker release" +
	// "by its own account": the idiom's account is a count's owner
	// (ownaccount.go).
	" account")

var classes = func() map[string]class {
	m := map[string]class{}
	for _, l := range []struct {
		set map[string]bool
		c   class
	}{{determiners, cDeterminer}, {clauseWords, cClause}, {betweenWords, cBetween}, {pronouns, cPronoun},
		{firstPerson, cFirstPerson}, {prepositions, cPreposition}, {linkWords, cLink}, {findingNouns, cFindingNoun}, {keptRecords, cFindingNoun},
		{staffNouns, cStaff}, {days, cDay},
		{irregularPast, cIrregularPast}, {frameOpeners, cFrameOpener}, {journalists, cJournalist}, {fieldPeople, cFieldPeople}, {frameWords, cTimeFrame}, {postNouns, cPost},
		{people, cPeople}, {bodyNouns, cBody}, {offices, cOffice}, {roleModifiers, cRoleModifier}, {kindsBeforeName, cKindBeforeName}, {peopleAt, cPeopleAt},
		{timeWords, cTimeWord}, {timeNouns, cTimeNoun}, {subordinators, cSubordinator},
		{quantifiers, cQuantifier}, {findingsModifiers, cFindingsModifier}, {timeHeads, cTimeHead}, {reasonNouns, cReasonNoun},
		// an announcement opens a frame too ("in an OCHA update").
		{announcements, cAnnouncement | cFrameOpener}} {
		for w := range l.set {
			m[w] |= l.c
		}
	}
	for _, l := range wordLists {
		for w := range l.set {
			m[w] |= l.c
		}
	}
	return m
}()

// classStarts marks the first two bytes of the words in classes: most
// tokens start otherwise and skip the map.
var classStarts = func() *[1 << 16 / 64]uint64 {
	var m [1 << 16 / 64]uint64
	add := func(w string) {
		k := startKey(w)
		m[k/64] |= 1 << (k % 64)
	}
	for w := range classes {
		add(w)
	}
	// backNouns too, so that spell, which marks them, spells them.
	for w := range backNouns {
		add(w)
	}
	return &m
}()

// classStart reports whether w starts like a word of the lexicons. The
// table is bits, not bools, to stay in the processor's nearest cache.
func classStart(w string) bool {
	k := startKey(w)
	return classStarts[k/64]&(1<<(k%64)) != 0
}

func startKey(w string) int {
	if len(w) == 0 {
		return 0
	}
	if len(w) == 1 {
		return int(w[0]) << 8
	}
	return int(w[0])<<8 | int(w[1])
}

func (t *tok) has(c class) bool { return t.cls&c != 0 }

// inLexicon reports whether the word is in one of the lexicons above:
// irregular past forms are a class for isVerbLike, not a lexicon, nor are
// the other word lists held as classes (notLexicons).
func (t *tok) inLexicon() bool { return t.cls&^notLexicons != 0 }

// singularsAndPlurals is set with each word's regular plural beside it, so
// that a noun list names each noun once and reads both numbers.
func singularsAndPlurals(s string) map[string]bool {
	m := set(s)
	for w := range plurals(m) {
		m[w] = true
	}
	return m
}

func set(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
		for _, g := range genderForms(w) {
			m[g] = true
		}
	}
	return m
}
