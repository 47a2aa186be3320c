// Package model holds the plain records the tracker stores and the
// notifier reads: articles, observations, events and source state.
package model

import (
	"time"
)

// Article is a processed news article.
type Article struct {
	ID           int64
	Source       string
	Outlet       string
	URL          string
	CanonicalURL string
	Title        string
	Published    time.Time
	Fetched      time.Time
	TextHash     string
	// Fingerprint is a MinHash signature of the text, for finding copies.
	Fingerprint string
	// CopyOf is the article this one repeats (syndicated or re-spun), or 0.
	CopyOf int64
	// Text is the main text the rules read, stored beside the article for
	// `rules misses --store`; empty for an exact copy, whose words are its
	// original's. The store's reads of articles leave it empty.
	Text string
}

// Reading is one named value as stored: what the words said and what they allow.
type Reading struct {
	Name      string   `json:"name"`
	Value     float64  `json:"value"`
	Low       *float64 `json:"low"`
	High      *float64 `json:"high"`
	Qualifier string   `json:"qualifier"`
	Unit      string   `json:"unit,omitempty"`
	Text      string   `json:"text"`
}

// Observation is what one metric found in one article, with its provenance.
type Observation struct {
	ID         int64
	Metric     string
	ArticleID  int64
	Outlet     string
	URL        string
	Title      string
	Published  time.Time
	Fetched    time.Time
	Readings   []Reading
	Quote      string
	QuoteStart int
	QuoteEnd   int
	Rule       string
	Outcome    string
	// ClaimantID is the configured claimant who, the article says, claims
	// the figure; ClaimantWords are its words as written (the only name of
	// an unlisted claimant); ClaimantHow is where they were found
	// (sentence, quote, previous, next). All empty when unattributed.
	ClaimantID    string
	ClaimantWords string
	ClaimantHow   string
	// ClaimantWritten is the claimant's words as the figure's sentence
	// wrote them when the tracker keys the figure by another name: a bare
	// reference ("the agency said") taken as the body the article named
	// before it (tracker.resolveBareReferences), or a body named otherwise
	// taken as the metric's claimant whose name adds only the metric's
	// scope place ("health ministry" as "Spain's Health Ministry" for a
	// metric scoped to Spain, tracker's sameBody), whose id and name are
	// then ClaimantID and ClaimantWords. Empty when the claimant is as
	// written.
	ClaimantWritten string `json:",omitempty"`
	// Revised says Published is when the page says it was revised, not
	// when it was published: a figure a revision of the article changed
	// in place is dated by that revision. Messages, history and the
	// dashboard say "revised" for it.
	Revised bool `json:",omitempty"`
	// Says is what the rules read of the figure's sentence besides its
	// values (rules.Observation's Event, Before, Updates and AsOf), kept
	// as one reading in the store (its reading column: store/reading.go).
	Says
}

// Says is what the rules read of a figure's sentence besides its values:
// what the tracker judges by where the values alone do not say. The
// tracker reads no words itself; it judges from these facts, when it reads
// an observation again (a replay) as when it first read it.
type Says struct {
	// EventAnother, EventOrdinal, EventToCome and EventTold are what the
	// figure's sentence says of its event, for a metric of events (the
	// rules' EventSays): that it calls its event another one ("the second
	// exchange"), the rank an ordinal gives it (2; 0 when none), that the
	// event is still to come, and the day (UTC midnight) it says the event
	// happened on, zero when none. The tracker judges a later swap by them
	// (tracker.anotherEvent).
	EventAnother bool      `json:",omitempty"`
	EventOrdinal int       `json:",omitempty"`
	EventToCome  bool      `json:",omitempty"`
	EventTold    time.Time `json:",omitzero"`
	// Before is what the figure's sentence says its count stood at
	// before ("up from 61,250"); Updates, naming none, that it tells the
	// claimant's own later word ("raised its toll to"): rules.Observation's,
	// stored, for telling a claimant's update from a disagreement.
	Before  []float64 `json:",omitempty"`
	Updates bool      `json:",omitempty"`
	// AsOf is the day (UTC midnight) the sentence says its figure was true
	// on ("as of December 7", "as at 7 December", "said on Monday"), read
	// against the article's date; zero when it names none (rules'
	// Observation.AsOf). A claimant's figure dated before its newer one is
	// its superseded word however late it is run again (tracker/repeat.go).
	AsOf time.Time `json:",omitzero"`
}

// Claimant is the observation's claimant as one name: the configured id,
// else the words as written; "" when unattributed.
func (o Observation) Claimant() string {
	if o.ClaimantID != "" {
		return o.ClaimantID
	}
	return o.ClaimantWords
}

// EventKind says what an event reports.
type EventKind string

// Event kinds; the names are those of config templates.
const (
	EventFirst           EventKind = "first"
	EventChange          EventKind = "change"
	EventConflict        EventKind = "conflict"
	EventDecrease        EventKind = "decrease"
	EventSourceFailing   EventKind = "source_failing"
	EventSourceRecovered EventKind = "source_recovered"
	// EventSourceNoText: the source's pages give no text besides their
	// title (an outlet that changed its layout), tracker.NoTextReport
	// articles in a row.
	EventSourceNoText EventKind = "source_no_text"
	// EventSourceTextBack: a source told of as giving no text
	// (EventSourceNoText) gives text again: its figures are read again.
	EventSourceTextBack EventKind = "source_text_back"
)

// EventKinds lists every event kind.
func EventKinds() []EventKind {
	return []EventKind{EventFirst, EventChange, EventConflict, EventDecrease, EventSourceFailing, EventSourceRecovered, EventSourceNoText, EventSourceTextBack}
}

// IsMetricEvent reports whether the event is about a metric's value (and
// so belongs in the metric's thread) rather than about a source.
func (k EventKind) IsMetricEvent() bool {
	return k == EventFirst || k == EventChange || k == EventConflict || k == EventDecrease
}

// Event is a piece of news waiting in the outbox or already delivered.
type Event struct {
	ID      int64
	Key     string // unique: the same news is never queued twice
	Kind    EventKind
	Metric  string
	Payload EventPayload
	Created time.Time
	// Attempts counts delivery attempts begun, including one a crash
	// interrupted; LastError is the last failure. FirstAttempt is when the
	// first began.
	Attempts     int
	LastError    string
	FirstAttempt time.Time
	Delivered    *time.Time
	// Delivery says where the message landed once posted.
	Delivery
}

// Delivery says where a message landed.
type Delivery struct {
	// Channel is the destination as configured ("#figures", "webhook",
	// "console"); ChannelID is Slack's id for it, once known.
	Channel   string
	ChannelID string
	// MessageTS is the message's id in that channel.
	MessageTS string
	// ThreadTS is the thread it replied in, or "" for a message of its own.
	ThreadTS string
}

// EventPayload is what a message needs to say.
type EventPayload struct {
	MetricName string       `json:"metric_name,omitempty"`
	Unit       string       `json:"unit,omitempty"`
	Old        *Observation `json:"old,omitempty"`
	New        *Observation `json:"new,omitempty"`
	// Agreeing is how many distinct outlets agree with the new value;
	// AgreeingClaimants how many independent claimants do (a syndicated
	// copy adds neither, and outlets relaying one claimant add one).
	Agreeing          int `json:"agreeing,omitempty"`
	AgreeingClaimants int `json:"agreeing_claimants,omitempty"`
	// Claimant and OldClaimant are how messages name the new and the old
	// value's claimants: the configured display name, else the words as
	// written; "" when unattributed.
	Claimant    string `json:"claimant,omitempty"`
	OldClaimant string `json:"old_claimant,omitempty"`
	// ByClaimant is the claimant whose own value the event is about, for
	// a metric judged `by: claimant`.
	ByClaimant string `json:"by_claimant,omitempty"`
	// Conflict says what a conflict is between: ConflictClaimants (two
	// claimants give incompatible figures), ConflictWithinClaimant (outlets
	// report one claimant's figure differently) or ConflictOutlets (at
	// least one side is unattributed).
	Conflict string `json:"conflict,omitempty"`
	// Correction says that a change is its outlet's correction of its own
	// figure (Old) in the same article, revised in place with an
	// editorial note: the withdrawn figure is replaced, whichever way.
	Correction bool `json:"correction,omitempty"`
	// Revision says that a change is a running total's claimant revising
	// its own accepted figure (Old) down, naming it ("to 1,498, down from
	// 1,517"): the figure it withdrew is replaced.
	Revision bool `json:"revision,omitempty"`
	// Year is the calendar year whose count a first reading begins, for
	// a total counted by calendar year (since: year) whose count starts
	// again: Old is then the last figure before it. 0 otherwise.
	Year int `json:"year,omitempty"`
	// Another says that a change of a metric of exchanges is another
	// exchange (a later swap), not a revision of the one before (Old).
	Another bool `json:"another,omitempty"`
	// Source names the failing or recovered source; Error says why it fails.
	Source   string `json:"source,omitempty"`
	Error    string `json:"error,omitempty"`
	Failures int    `json:"failures,omitempty"`
	// NoText is how many articles in a row the source's pages gave no
	// text besides their title (source_no_text), NoTextURL one of them;
	// for source_text_back, how many the run that ended had.
	NoText    int    `json:"no_text,omitempty"`
	NoTextURL string `json:"no_text_url,omitempty"`
}

// What a conflict is between (EventPayload.Conflict).
const (
	ConflictClaimants      = "claimants"
	ConflictWithinClaimant = "within_claimant"
	ConflictOutlets        = "outlets"
)

// SourceState is a source's fetch history.
type SourceState struct {
	Name        string
	Failures    int // in a row
	LastError   string
	LastAttempt time.Time
	LastSuccess time.Time
	NextAttempt time.Time
	Articles    int
	Failing     bool // reported as failing and not yet recovered
	// LastRead is when the source's last pass that read articles (new or
	// corrected) ran, and LastReadArticles how many it read; a pass that
	// read none, or failed, leaves these and the two below. NoText counts
	// those articles whose page gave no figure and almost no text besides
	// its title (tracker.Result.NoText), NoTextURL is one of them: an
	// outlet that changed its layout reads as title-only pages.
	LastRead         time.Time
	LastReadArticles int
	NoText           int
	NoTextURL        string
	// Address is what the source read at its last pass, as
	// scrape.Source.Address says it ("feed https://..."): a source whose
	// configuration changed since it failed is read again at once, with
	// its failures counted anew. "" for a source last read before the
	// store kept it.
	Address string
	// Robots is what the host's robots.txt said of the source's listing at
	// its last pass (scrape.Fetcher.RobotsStatus), whichever process ran
	// it; "" for a source not read since the store kept it.
	Robots string
}
