// Package rules matches the metrics users define in YAML to the figures in
// news text. Figures are found once per text (package figures); each
// sentence that holds one is then checked only against the metrics whose
// keywords or pattern words occur in it, so the cost stays flat as metrics
// are added.
package rules

import (
	"sync"
	"sync/atomic"
	"time"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// DefaultWindow is how many words may separate a keyword from its figure.
const DefaultWindow = 8

// role says what a phrase does for its metric.
type role uint8

const (
	roleKeyword role = iota // a figure near it is the metric's value
	roleNear                // exclude_near: a figure nearer to it is not
	roleExclude             // exclude: the sentence is ruled out
	roleValue               // values.NAME.near: a figure near it is that value
	rolePattern             // a word every match of a pattern holds
	roleRequire             // require: the sentence must hold one
	rolePart                // parts: the whole of a figure near it is the metric's (wholehits.go)
	roleSide                // values.NAME.sides: a figure it heads is that value (sides.go)
)

// triggers reports whether a hit of this role makes its metric a candidate
// for the sentence: exclude words alone do not.
func (r role) triggers() bool {
	return r == roleKeyword || r == roleValue || r == rolePattern || r == roleSide
}

type metric struct {
	spec     MetricSpec
	kinds    []figures.Kind
	window   int
	keywords []phrase
	scope    []phrase
	exclude  []phrase // rule the sentence out
	// excludeCapitals is the index in exclude of the first capital
	// withCapitals added for a country the list names (capitalcountry.go):
	// a capital past it named as a place rules nothing out.
	excludeCapitals int
	require         []phrase // the sentence must hold one
	near            []phrase // exclude_near: rule a figure out
	parts           []phrase // parts: name a part of the metric's amount
	// partKeyword is the index in keywords of the first phrase that
	// stands for a whole of parts (wholehits.go): keywords past it are
	// the parts as the whole's keyword, not looked up in text.
	partKeyword int
	// valueNames are the names of values:, sorted; valuePhrases their near
	// phrases, with valueOf[i] the index in valueNames of valuePhrases[i].
	valueNames   []string
	valuePhrases []phrase
	valueOf      []int
	// sidePhrases are the values' sides, with sideOf[i] the index in
	// valueNames of sidePhrases[i] (sides.go).
	sidePhrases []phrase
	sideOf      []int
	patterns    []*compiledPattern
	// always: a pattern has no required word, so every sentence with a
	// figure is a candidate.
	always bool
	// countNouns are the nouns its figures may count (countnouns.go); nil
	// when that is not checked.
	countNouns map[string]bool
	// excludedKinds are the head nouns of its exclude_near compounds
	// (kinds.go); nil when it has none.
	excludedKinds map[string]bool
	// ownNames are the capitalised words of its spec (otherevent.go).
	ownNames []string
	// ownEvents are the named events of its scope and name
	// (namedotherevent.go).
	ownEvents []ownEvent
	// places are the places it counts: ownNames without its exclude_near
	// words' (othercountry.go).
	places []string
	// pointable are its own places a running total's "in the province"
	// may point back to (pointedown.go): known places that are no
	// country, its exclude_near words' left out.
	pointable []string
	// regions are the places of names/within.yaml its ownNames name
	// (within.go).
	regions []region
	// scopeRegions are the places of names/within.yaml that hold one of
	// its scope's names, as phrases: a story that names one is about the
	// scope's city too (regioncity.go).
	scopeRegions []phrase
	// scopeInner are the places of names/within.yaml inside a region its
	// article-wide scope names, as phrases: a story that names one is
	// about the region (scopeinner.go).
	scopeInner []phrase
	// namesPeople: its name or description names a people (otherstate.go).
	namesPeople bool
	// countsAway: its keywords count people away from home, refugees,
	// the displaced or the sheltering (returned.go), read once here.
	countsAway bool
	// combatantsExcluded: its exclude words name a kind of combatant
	// (othergroup.go), read once here rather than for every figure.
	combatantsExcluded bool
	// excludesPlaces: an exclude_near word could name a place
	// (excludesPlaceOf), without which no check that asks whether a name
	// is an excluded place's can answer: read once here, so those checks
	// pass over a figure before reading its words (partowner.go).
	excludesPlaces bool
	// severalPlaces: its scope names more than one place ("Turkey",
	// "Syria"), whose count is the places' together (placedpartwider.go).
	severalPlaces bool
	// namesPlace: it names a country, a place or a region of its own
	// (ownedcount.go).
	namesPlace bool
	// sidesParts: a running total whose spec says a side of its place is
	// a part (side_parts; compasspart.go).
	sidesParts bool
	// startMonth is the month (1-12) its description names with its since
	// year ("since 7 October 2023"), 0 when none (laterstart.go).
	startMonth int
	// yearly says it counts an amount per year, and eventDay that its
	// start day is the day of the event it counts (period.go).
	yearly, eventDay bool
	// calendarYear says it is a running total written with since: year: it
	// counts the calendar year (MetricSpec.CountsCalendarYear).
	calendarYear bool
	// unitIsTime: its unit names a span of time (unitOfTime), read once
	// here rather than for every figure it weighs (metricfit.go).
	unitIsTime bool
	// countFrom is the year its count runs from: its since, or the year
	// its description counts "since" (priorspan.go).
	countFrom int
	// unitHead is the index of the keyword its unit heads ("arms sales"
	// for sales), -1 when none (unitsince.go).
	unitHead int
	// insideNames are the places its keywords count what is in ("in
	// Rafah"), lower-cased (movedfrom.go).
	insideNames []string
	// side is the point of the compass its description places its place
	// on in a wider region ("in the south of the Gaza Strip": "south"),
	// "" when none (regionside.go).
	side string
	// unitOwner is the spec's owner, whose units it counts ("Hamas"),
	// lower-cased (unitssent.go, otherowner.go); actor the spec's actor,
	// the side whose acts it counts ("Russia"), lower-cased (otherside.go).
	unitOwner, actor string
	// twins is the index of the first metric alike in all but its id and
	// keywords, -1 when there is none; keywordIDs are then its keyword
	// phrases' ids, equal for equal phrases (twins.go).
	twins      int32
	keywordIDs []int32
	// traits: the metric has something of its own that some figure
	// checks read first (a total, a since, a unit of people, scope,
	// exclude_near, require or parts words, capitalised names, a people,
	// an owner, an actor). figureDropped asks those checks, which answer
	// no for a metric with none of these, only behind this one test
	// (hasTraits).
	traits bool
	// ownEstimate, ownServed: the metric's keywords name an estimated
	// measure ("excess deaths") or a service done to people ("treated"),
	// which it then counts (ownmeasure.go).
	ownEstimate, ownServed bool
	// lossNouns are the loss nouns its own keywords name, whose
	// projections are its estimates (lossestimate.go); nil: none.
	lossNouns map[string]bool
}

// phrases returns the metric's phrases of one role.
func (m *metric) phrases(r role) []phrase {
	switch r {
	case roleKeyword:
		return m.keywords
	case roleNear:
		return m.near
	case roleExclude:
		return m.exclude
	case roleRequire:
		return m.require
	case roleValue:
		return m.valuePhrases
	case rolePart:
		return m.parts
	case roleSide:
		return m.sidePhrases
	}
	return nil
}

// Engine evaluates a set of metrics against texts. It is safe for
// concurrent use.
type Engine struct {
	metrics []*metric
	// byWord maps the first word of an exact phrase ("=Israelis") and the
	// words patterns require to the metrics that use them; byStem maps the
	// stem of the first word of every other phrase; byPrefix does the same
	// for "kill*", keyed by the prefix, with prefixLens the distinct prefix
	// lengths.
	byWord     map[string][]phraseRef
	byStem     map[string][]phraseRef
	byPrefix   map[string][]phraseRef
	prefixLens []int
	// starts holds a bit for the first two bytes of every indexed word,
	// stem and prefix: most words of a text start otherwise, and are
	// neither stemmed nor looked up (with many metrics, a map lookup per
	// word and prefix length would be most of the engine's work).
	starts startSet
	// patternAlways lists pattern metrics with no required word, checked on
	// every sentence that holds a figure.
	patternAlways []int
	// stems caches the stems of the words looked up.
	stems stemCache
	words wordCache // the phrase index's answers per word (wordindex.go)
	// analyzers keeps figures.Analyzers between calls of Extract, so that
	// a stream of articles reuses token storage instead of allocating it.
	analyzers sync.Pool
	// scratch keeps *runScratch between runs.
	scratch sync.Pool
	// obsPerKFig is how many observations the last text made per 1,024
	// figures (observationsHint).
	obsPerKFig atomic.Int64
	// claimants finds each observation's claimant (claimants.go).
	claimants claimantSetting
	// inPlaces are the keyword phrases that open with "in" ("in Rafah"),
	// which corefHits and placeLabelHits read (coref.go).
	inPlaces []phraseRef
	// givenTo are the keyword phrases "aid to NAME" and "assistance to
	// NAME", which givenNameHits reads (givenname.go).
	givenTo []phraseRef
	// givenByUS are those of givenTo whose metric says the US gives
	// (usGivenKeywords), which yearlyGiverHits reads (yearlygiver.go).
	givenByUS []phraseRef
	// ownedNouns are the keyword phrases "OWNER's NOUN", which
	// ownerAfterNounHits reads (ownerafternoun.go).
	ownedNouns []phraseRef
	// perYearMetrics are, for each metric that requires a word of the
	// year, the require phrase a fiscal year stands for (fiscalyear.go).
	perYearMetrics []phraseRef
	// unitSince maps the unit word of each metric whose unit heads one of
	// its keywords (unitHeadKeyword) to those metrics, in order: a
	// sentence is read for unitSinceHits only for the metrics whose unit
	// it holds.
	unitSince map[string][]int
	// eventMetrics are the ids of the metrics that count events
	// (MetricSpec.CountsEvents), whose observations say what their
	// sentence says of its event (eventsays.go).
	eventMetrics []string
	// noTwins turns off the sharing of evaluations among twins (twins.go),
	// for the test that compares answers with and without it.
	noTwins bool
}

// maxPooledText is the longest text whose analyzer goes back to the pool:
// one a hostile page grew to hundreds of megabytes is left to the collector.
const maxPooledText = 4 << 20

// phraseRef names a phrase of a metric. Its numbers are 32 bits: every
// hit finder's pass over a sentence's hits copies each hit (a ref and its
// tokens), one for each metric that found it, and a hit is 32 bytes so
// rather than 40 (measured in docs/history/performance-rounds.md, the
// twenty-fourth round's speed24).
type phraseRef struct {
	metric int32
	role   role
	// article marks a keyword hit the story before the sentence gave, on
	// a bare count noun of the sentence (articlesubject.go): --explain
	// says so. It fills padding, so a hit stays 32 bytes.
	article bool
	// back marks a keyword hit "in PLACE" on a described place noun that
	// points back to the place the sentence before (or the title) names
	// (backcity.go): --explain says so. It fills padding too.
	back  bool
	index int32 // in the metric's phrases of the role, or its patterns
}

// Metrics returns the specs of the compiled metrics, in order.
func (e *Engine) Metrics() []MetricSpec {
	out := make([]MetricSpec, len(e.metrics))
	for i, m := range e.metrics {
		out[i] = m.spec
	}
	return out
}

// Extract finds every observation the metrics make in text, whose date
// is not known (no year is past: decade.go).
func (e *Engine) Extract(text string) []Observation {
	return e.ExtractInArticle(text, "", time.Time{})
}

// ExtractInArticle is Extract on a text that stands inside an article whose
// other words (a headline, a dateline, the paragraphs around it) are given
// apart: they meet an article-wide scope and nothing else. They are not read
// for figures or keywords, nor for a scope that must be met in the sentence:
// a text does not borrow its rest's figures, only the story it names.
//
// date is the article's date, the day its text speaks in: a year before
// the one before it dates what a metric with no since counts to another
// period (decade.go). The zero date is unknown, and no year is past.
func (e *Engine) ExtractInArticle(text, article string, date time.Time) []Observation {
	a, _ := e.analyzers.Get().(*figures.Analyzer)
	if a == nil {
		a = new(figures.Analyzer)
	}
	// The observations keep nothing of the Document but copies and
	// substrings of text, so the analyzer can serve the next call.
	obs := e.extractIn(a.Analyze(text), lowerASCII(article), date)
	if len(text) <= maxPooledText {
		e.analyzers.Put(a)
	}
	return obs
}

func (e *Engine) extractIn(d *figures.Document, article string, date time.Time) []Observation {
	if len(e.metrics) == 0 || len(d.Figures) == 0 {
		return nil
	}
	return e.run(&docState{d: d, stems: &e.stems, scoped: map[int]bool{}, article: article, articleYear: yearOf(date), articleMonth: monthOf(date), date: date}, -1)
}

// ExtractDoc is Extract on a text already analysed. It fills d's caches
// (figures.Document.LowerTokenText): no other goroutine may read d
// meanwhile.
func (e *Engine) ExtractDoc(d *figures.Document) []Observation {
	return e.extract(d, -1, nil, time.Time{})
}
