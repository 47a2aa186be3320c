// Package tracker is claimtrack's judgement: it runs a source pass,
// compares each observation with the accepted value of its metric, decides
// what is news, and hands the store (package store) what to write.
package tracker

import (
	"time"

	"github.com/claimtrack/claimtrack/rules"
	"github.com/claimtrack/claimtrack/rules/figures"
)

// State is the accepted value of a metric: what the last news said, who
// said it (Claimant: "" when unattributed) and where. TrackedSince is
// when the metric's tracking began (its first value was accepted); zero
// when unknown, and then nothing is backlog.
type State struct {
	Readings     []rules.Value
	Outlet       string
	Claimant     string
	Published    time.Time
	TrackedSince time.Time
	// Another and Ordinal are whether the accepted figure's sentence
	// called its swap another ("another 13 hostages", "the second
	// exchange") and the rank it gave it (2; 0 when none); for a metric of
	// exchanges.
	Another bool
	Ordinal int
	// AsOf is the day the accepted figure's sentence says it was true on
	// (model.Says.AsOf; zero: none): for a count per period, the period
	// it is of (samePeriod).
	AsOf time.Time
}

// Candidate is a new observation to judge.
type Candidate struct {
	Readings  []rules.Value
	Outlet    string
	Claimant  string
	Published time.Time
	// UndatedArchive says the article gives no publication date and was
	// read on its source's first pass (see undatedArchive).
	UndatedArchive bool
	// Revised says the article was stored already and read again with
	// its text changed (an article updated in place): its figures were
	// changed while the metric was tracked, whenever it was first
	// published, so they are never the archive's past (backlog).
	Revised bool
	// Another says the figure's sentence tells an event that follows
	// others ("the second exchange"), Ordinal the rank an ordinal gives it
	// (2; 0 when none), ToCome that its event is still to come, and Told
	// is the day it says its event happened on (zero: none): what the
	// rules read of it (rules.EventSays), for a metric of exchanges
	// (Policy.Events).
	Another bool
	Ordinal int
	ToCome  bool
	Told    time.Time
	// Before is what the figure's sentence says its count stood at
	// before ("up from 61,250"); Updates, that it tells the claimant's own
	// later word ("raised its toll to"): rules/ownword.go. For otherSide.
	Before  []float64
	Updates bool
	// AsOf is the day the figure's sentence says it was true on
	// (model.Says.AsOf; zero: none): for a count per period, the period
	// it is of (samePeriod).
	AsOf time.Time
}

// Policy is what a metric's spec says about judging it.
type Policy struct {
	Total          bool
	AnnounceFirst  bool
	MinChange      rules.Threshold
	ConflictWindow time.Duration
	// ByClaimant keeps one accepted value per claimant (`by: claimant`):
	// each claimant's figure is judged against its own last one.
	ByClaimant bool
	// ByYear says a running total counts the calendar year (since: year,
	// MetricSpec.CountsCalendarYear): the rules read "so far this year"
	// as its count, so a
	// figure of a later year than the accepted value's that is below it
	// is the new year's count beginning again, a first reading, not a
	// lower total (newYear).
	ByYear bool
	// Events says each reading is one event, not a running total nor a
	// level: a metric of exchanges (`values:` without `total:`), each
	// swap's pair. A later swap is news, not a conflict with the one
	// before (anotherEvent).
	Events bool
	// AnnounceRecent posts the archive's newest figure as the metric's
	// first value when it changed an older one and its article was
	// published at most this long before it was read
	// (tracker.announce_recent; 0: never). See queueRecent.
	AnnounceRecent time.Duration
	// Period is the period a metric's figure counts over when it is a
	// count per period (rules.MetricSpec.CountPeriod: a week's new
	// cases): a later period's figure is that period's reading, not
	// another side's disagreement (samePeriod).
	Period rules.Period
}

// PolicyOf reads a metric's policy from its spec.
func PolicyOf(s rules.MetricSpec, conflictWindow time.Duration) Policy {
	return Policy{Total: s.Total, AnnounceFirst: s.AnnounceFirst, MinChange: s.MinChange, ConflictWindow: conflictWindow,
		ByClaimant: s.By == rules.ByClaimant, ByYear: s.CountsCalendarYear(), Events: s.CountsEvents(),
		Period: s.CountPeriod()}
}

// StateKey is the key a candidate's accepted value is kept under: its
// claimant for a metric judged by claimant, else "" (one value). An
// unattributed figure of a metric judged by claimant is kept under "".
func (p Policy) StateKey(claimant string) string {
	if p.ByClaimant {
		return claimant
	}
	return ""
}

// Outcome is what a candidate means for its metric.
type Outcome int

// Outcomes. Baseline, Change, Backlog and Corrected replace the accepted value; the
// others leave it. The Backlog ones are for figures from articles
// published before the metric's tracking began (see backlog): the
// archive's past, never posted.
const (
	Baseline        Outcome = iota // the first value: accepted, posted only with announce_first
	Change                         // news: the figure moved
	Corroborates                   // consistent with the accepted value: another outlet agrees
	Small                          // a change below min_change: not posted, not accepted
	Stale                          // published before the accepted value's article: cannot replace it
	Decrease                       // a running total went down: flagged as a possible correction or error
	Conflict                       // another claimant, or another outlet not quoting our claimant later (otherSide), in the same window, gives a value that cannot be true with ours
	Backlog                        // published before tracking began, newer than the accepted value: taken as the value (higher, or a level's lower), not posted
	BacklogDecrease                // published before tracking began, a lower total: kept in the history, not posted nor accepted
	BacklogConflict                // published before tracking began, a conflict: kept in the history and the dashboard, not posted
	BacklogUndated                 // undated, read on its source's first pass, a figure other than the accepted one: kept in the history, not posted nor accepted
	Repeat                         // a figure its claimant had already superseded, run again (an old wire copy), or its lower total flagged already, relayed: kept in the history, not posted nor accepted (see repeat.go)
	Corrected                      // an outlet's own correction of the accepted figure it gave, in the same article revised in place: replaces it, posted as a correction (see notecorrection.go)
	Withdrawn                      // a figure its outlet has since corrected in the same article: kept in the history, marked, never the value again
	Planned                        // of a metric of exchanges, a swap its sentence says is still to come ("the next swap, due on Sunday, would free ..."): kept in the history, not posted nor accepted
	Revised                        // a running total's claimant revising its own accepted figure down, naming it ("to 1,498, down from 1,517"): replaces it, posted as the claimant's revision (see ownRevision)
)

// outcomeNames are the outcomes' names, as observations record them.
var outcomeNames = [...]string{"baseline", "change", "corroborates", "small", "stale", "decrease", "conflict",
	"backlog", "backlog_decrease", "backlog_conflict", "backlog_undated", "repeat", "corrected", "withdrawn", "planned", "revised"}

// LastOutcome is the last outcome: Baseline to LastOutcome are them all.
const LastOutcome = Revised

func (o Outcome) String() string { return outcomeNames[o] }

// OutcomeNamed is the outcome an observation records by name; ok is false
// for a name no outcome has.
func OutcomeNamed(name string) (o Outcome, ok bool) {
	for i, n := range outcomeNames {
		if n == name {
			return Outcome(i), true
		}
	}
	return 0, false
}

// Replaces reports whether the outcome makes the candidate the accepted value.
func (o Outcome) Replaces() bool {
	return o == Baseline || o == Change || o == Backlog || o == Corrected || o == Revised
}

// Disputes reports whether the outcome is a disagreement the desk must
// see: a lower total or a conflicting figure, posted or (from the archive,
// before tracking began) only listed.
func (o Outcome) Disputes() bool {
	return o == Decrease || o == Conflict || o == BacklogDecrease || o == BacklogConflict
}

// Decide judges a candidate against the accepted state (nil when the
// metric has none yet).
//
// The words decide: a figure changes the metric when its range excludes
// the accepted value ("exceeded 33,000" after "32,490"), or when it is at
// least as precise and its value differs ("32,490" after "more than
// 32,000"). A vaguer figure consistent with the accepted one corroborates it;
// an approximate one is vaguer only to the unit it is rounded to ("about
// 47,500" after "some 44,000" is a change: movedPast).
//
// A figure from an article published before the metric's tracking began
// is backlog (see backlog): what it would have been is kept in the
// history, and nothing of it is posted. So is one from an undated article
// of a source's first pass (see undatedArchive).
//
// A round number said in words ("ten thousand") is judged as the
// rounding it is, on either side (saidround.go).
func Decide(p Policy, cur *State, c Candidate) Outcome {
	cur, c = saidAsRounded(cur, c)
	if p.Events && c.ToCome {
		return Planned // a swap to come is no swap made, nor the other side's word on one
	}
	if c.UndatedArchive {
		return undatedArchive(cur, c)
	}
	if o, ok := levelBacklog(p, cur, c); ok {
		return o
	}
	if cur != nil && c.Published.Before(cur.TrackedSince) && !c.Revised {
		out := decideNews(p, cur, c)
		if refinesArchive(cur, c) && (out == Corroborates || out == Decrease || out == Conflict) {
			return Backlog // the exact count the archive's rounding gave (refinesArchive)
		}
		return backlog(out)
	}
	return decideNews(p, cur, c)
}

// decideNews is Decide for a figure published while the metric is
// tracked.
func decideNews(p Policy, cur *State, c Candidate) Outcome {
	if cur == nil || len(cur.Readings) == 0 {
		return Baseline
	}
	if c.Published.Before(cur.Published) || p.Period != rules.NoPeriod && periodOf(p.Period, dated(c.AsOf, c.Published)).Before(periodOf(p.Period, dated(cur.AsOf, cur.Published))) {
		if consistent(cur.Readings, c.Readings) {
			return Corroborates
		}
		return Stale // of a count per period, an earlier period's figure read late, too
	}
	if newYear(p, cur, c) {
		return Baseline
	}
	// Another swap of a metric of exchanges is news, not the other
	// side's word on this one (anotherevent.go), even one that repeats
	// the pair before (a truce's daily 13 for 39).
	another := anotherEvent(p, cur, c)
	other := otherSide(cur, c) && !another
	recent := p.ConflictWindow > 0 && c.Published.Sub(cur.Published) <= p.ConflictWindow
	if p.Period != rules.NoPeriod {
		// A count per period: another side's figure of the same period
		// disagrees with the accepted one however far apart they were
		// published, and a later period's is that period's reading.
		recent = samePeriod(p, cur, c)
	}
	// Each value the candidate states is compared with the accepted value
	// of that name, and only with it: a value it does not state is neither
	// lower nor changed nor a conflict. A value the accepted one lacks is
	// news: that side's first figure.
	changed, lower := false, false
	for _, nr := range c.Readings {
		or, ok := valueNamed(cur.Readings, nr.Name)
		if !ok {
			changed = true
			continue
		}
		excludes := !nr.Contains(or.Value)
		// A bound that allows all the accepted value allows, and more
		// ("more than 14,300" after "at least 14,310"), says nothing new:
		// of two unbounded ranges the widths alone cannot tell (desk54).
		precise := nr.Width() <= or.Width() && !(halfOpen(nr.Figure) && halfOpen(or.Figure) && nr.Figure.Covers(or.Figure))
		// Of two figures that each state a value to a unit, the units
		// tell, not ±10% widths: "about 40,000" after "some 44,000" is
		// narrower and no news (movedPast).
		precise = precise && !byRounding(nr.Figure, or.Figure)
		if !excludes && !(precise && nr.Value != or.Value) && !movedPast(p, nr.Figure, or.Figure) {
			continue
		}
		if !agree(or.Figure, nr.Figure) && other && recent && (!p.Total || nr.Value < or.Value) {
			return Conflict
		}
		if excludes && nr.Value < or.Value {
			lower = true
		}
		changed = true
	}
	if another && (changed || rankedAfter(cur, c)) {
		return Change // another swap, though its counts repeat the one before's
	}
	if !changed {
		return Corroborates
	}
	if p.Total && lower {
		if ownRevision(cur, c) {
			return Revised
		}
		return Decrease
	}
	if !p.MinChange.IsZero() && !exceedsThreshold(p.MinChange, cur.Readings, c.Readings) {
		return Small
	}
	return Change
}

// newYear reports whether a candidate of a total counted by calendar year
// (Policy.ByYear) is published in a later year than the accepted value
// and states a value below it: the count of the new year, which starts
// again from nothing ("812 arrived so far this year" in January after
// December's 62,015). It is that year's first reading: accepted, and
// posted as "First reading" whatever announce_first says (record.go), so
// that the value never drops in silence; from the archive's past it is
// backlog, taken and not posted. A higher figure is judged as any other.
func newYear(p Policy, cur *State, c Candidate) bool {
	if !p.ByYear || cur.Published.IsZero() || c.Published.Year() <= cur.Published.Year() {
		return false
	}
	for _, nr := range c.Readings {
		if or, ok := valueNamed(cur.Readings, nr.Name); ok && nr.Value < or.Value && !nr.Contains(or.Value) {
			return true
		}
	}
	return false
}

// movedPast reports whether an approximate candidate states a value the
// accepted figure cannot be rounded to: "about 47,500" after "some
// 44,000", "about 36,000" after 33,091. Its ±10% covers the accepted
// value, but a reporter rounds to the unit the digits show, not to a
// tenth: such a figure is news, and judged "agrees" a desk would miss a
// rise of thousands (round55). "About 34,000" after 34,183, or "about
// 40,000" after "some 44,000", is the accepted value restated.
// A lower approximate total stays what its range makes it: a rounded or
// stale echo of a count that only rises, no decrease to post.
func movedPast(p Policy, nf, of figures.Figure) bool {
	if p.Total && nf.Value < of.Value {
		return false
	}
	return !nf.Rounds(of)
}

// byRounding reports whether an approximate candidate is judged against
// the accepted figure by its rounding unit alone (movedPast): the accepted
// figure states one value, exactly or rounded. Against a bound or a range
// an approximate figure is news when it is narrower, as any figure is
// ("about 47,500" after "more than 44,000").
func byRounding(nf, of figures.Figure) bool {
	if nf.Qualifier != figures.Approximately || nf.RoundingUnit() == 0 {
		return false
	}
	return of.Qualifier == figures.Exact || of.Qualifier == figures.Approximately && of.RoundingUnit() > 0
}

// consistent reports whether readings b can be true with readings a: each
// value b states agrees with a's value of that name. A value one of them
// does not state is not compared.
func consistent(a, b []rules.Value) bool {
	for _, nr := range b {
		if or, ok := valueNamed(a, nr.Name); ok && !agree(or.Figure, nr.Figure) {
			return false
		}
	}
	return true
}

// agree reports whether two figures can state one count: their ranges meet,
// and an approximate one of them is a rounding of what the other states
// (figures.Figure.Rounds). It is the rule decideNews changes a value by
// (movedPast), asked of two figures whichever came first, so that what is
// a change is never also "agrees", whether a conflict, an older article's
// figure (stale) or the archive's (levelBacklogConflict, undatedArchive)
// is judged: "about 47,500" and 44,210 disagree, as "about 47,500" and
// "some 44,000" do, however their ±10% ranges meet; "about 34,000" and
// 34,183 agree.
func agree(a, b figures.Figure) bool {
	return a.Overlaps(b) && a.Rounds(b) && b.Rounds(a)
}

func exceedsThreshold(t rules.Threshold, old, new []rules.Value) bool {
	for _, nr := range new {
		or, ok := valueNamed(old, nr.Name)
		if !ok || t.Exceeded(or.Value, nr.Value) {
			return true
		}
	}
	return false
}

func valueNamed(rs []rules.Value, name string) (rules.Value, bool) {
	for _, r := range rs {
		if r.Name == name {
			return r, true
		}
	}
	return rules.Value{}, false
}

// halfOpen reports whether a figure is a bound: one end set, the other
// open ("more than 14,300", "fewer than 200"). (A reading stored with
// neither end is taken as its value alone, as before.)
func halfOpen(f figures.Figure) bool { return (f.Low == nil) != (f.High == nil) }
