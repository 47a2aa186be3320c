package tracker

import (
	"github.com/claimtrack/claimtrack/rules"
	"github.com/claimtrack/claimtrack/rules/figures"
)

// levelBacklog is the outcome of a dated figure of the archive's past that
// disagrees with a level's accepted value (levelBacklogConflict), with ok
// false for any other figure: Decide and Supersedes ask it alike.
func levelBacklog(p Policy, cur *State, c Candidate) (Outcome, bool) {
	if cur == nil || c.UndatedArchive || c.Revised || !c.Published.Before(cur.TrackedSince) || !levelBacklogConflict(p, cur, c) {
		return 0, false
	}
	return newestLevel(cur, c), true
}

// levelBacklogConflict reports whether a figure of the archive's past
// (published before the level's tracking began) and the level's accepted
// value disagree: another outlet or claimant, published within the
// conflict window of it, before or after, with a value that cannot be
// true with it. Live, a level moves only on its accepted outlet's and
// claimant's word within the window; that rule is the figure read first
// winning, and over an archive what is read first is an accident of the
// order the sources were configured in. So in the backlog the rule is
// symmetric: the newer figure of the two is the baseline (newestLevel) and
// the older is listed as the disagreement, whichever was read first.
// Totals keep their own rule (a lower total is a possible correction).
func levelBacklogConflict(p Policy, cur *State, c Candidate) bool {
	if p.Total || p.ConflictWindow <= 0 || len(cur.Readings) == 0 || cur.Published.IsZero() {
		return false
	}
	if !otherSide(cur, c) {
		return false
	}
	gap := c.Published.Sub(cur.Published)
	if gap < 0 {
		gap = -gap
	}
	near := gap <= p.ConflictWindow
	if p.Period != rules.NoPeriod {
		near = samePeriod(p, cur, c) // two periods' counts are two readings (countperiod.go)
	}
	return near && !consistent(cur.Readings, c.Readings) && !anotherEvent(p, cur, c)
}

// newestLevel is the outcome of a level's archive figure that disagrees
// with the accepted value (levelBacklogConflict): a newer one is the
// baseline (Backlog; the recorder then lists the value it replaces as
// backlog_conflict, see Supersedes), an older one is the disagreement
// itself, and one published at the same time leaves the figure read first
// as it always did (nothing says which is newer).
func newestLevel(cur *State, c Candidate) Outcome {
	if c.Published.After(cur.Published) {
		return Backlog
	}
	return BacklogConflict
}

// Supersedes says what the accepted value's own observation becomes when
// a candidate replaces it: BacklogConflict when the candidate is a newer
// archive figure of a level that disagrees with it (newestLevel), so that
// the desk sees the same disagreement listed whichever of the two figures
// was read first; ok is false when its outcome stays what it was (a
// baseline refined, a change made).
func Supersedes(p Policy, cur *State, c Candidate) (o Outcome, ok bool) {
	if o, ok := levelBacklog(p, cur, c); !ok || o != Backlog {
		return 0, false
	}
	return BacklogConflict, true
}

// backlog is what an outcome becomes for a figure published before the
// metric's tracking began. A desk configuring twenty outlets, or adding
// one to a running daemon, must not be told of changes that happened
// before it was watching: a figure newer than the accepted value's article
// replaces the baseline silently, higher or a level's lower (the baseline is then the newest figure
// any source gives, whichever was read first, and under min_change too:
// the baseline is a figure, not news). A lower total is kept with its own
// outcome, for `history` and the dashboard's alerts, so that the desk
// learns its sources disagree without a day-one flood; it does not
// replace the accepted value, as it does not when posted. A conflicting
// figure of a level does not reach here: see levelBacklogConflict. An
// older figure is history (stale, corroborates) as it always was.
func backlog(out Outcome) Outcome {
	switch out {
	case Change, Small, Baseline, Revised: // Baseline: a new year's count begins (newYear); Revised: the claimant's own revision, taken
		return Backlog
	case Decrease:
		return BacklogDecrease
	case Conflict:
		return BacklogConflict
	}
	return out
}

// undatedArchive judges a figure from an article that gives no date,
// read on the first pass over its source (a desk's first `once`, or a
// source added to a running daemon). Dated "as of when we read it", it
// would be the newest figure there is: each undated page of an archive,
// however old, would be posted as a change, or as a lower figure that may
// be a correction. Nobody knows when it was written, and a first pass
// reads what its source had published before anyone watched: it is the
// archive's past, never posted. Its age unknown, it is taken as older
// than every figure the metric has: a dated figure says when it was true
// and an undated one does not, and a listing gives its newest first, so
// the first figure read stands. It is the baseline when the metric has
// none (and then any dated figure is newer: it is stored with no date,
// see SourcePass.modelArticle), corroborates when consistent with
// the accepted value (its outlet counts as agreeing), and otherwise is
// kept in the history as backlog_undated, replacing nothing. An undated
// article found on a later pass of a source already read was published
// since that pass, as far as anyone can tell: it is news as of when it
// was read, and Decide judges it so.
func undatedArchive(cur *State, c Candidate) Outcome {
	switch {
	case cur == nil || len(cur.Readings) == 0:
		return Baseline
	case consistent(cur.Readings, c.Readings):
		return Corroborates
	}
	return BacklogUndated
}

// refinesArchive reports whether a figure of the archive's past, newer than
// the accepted value, states exactly what the accepted figure, rounded or
// bounded, allowed: each value it states is exact and the accepted
// figure, not exact, has a range that holds it ("44,000" or 44,210 after
// "some 44,000", 44,210 after "about 47,500", 43,912 after "nearly
// 44,000", 43,000 after "at least 43,000"). A desk's first once over such
// an archive ended at the older, vaguer figure: the newer exact count
// "agreed" with it, or was a lower total kept as a disagreement, and the
// first live figure was then judged against the vaguer one. The newer
// count is the value the archive ends at, taken silently as any newer
// archive figure is (backlog). Live, the rules stay: a restatement agrees
// and a lower total is a decrease or a conflict (round56); nor does a
// figure outside the range refine it ("about 47,500" then 41,210 is still
// listed, and so is 43,000 after "more than 43,000").
func refinesArchive(cur *State, c Candidate) bool {
	if !c.Published.After(cur.Published) || len(c.Readings) == 0 {
		return false
	}
	for _, nr := range c.Readings {
		or, ok := valueNamed(cur.Readings, nr.Name)
		if !ok || or.Qualifier == figures.Exact || nr.Qualifier != figures.Exact || or.Low == nil || !or.Contains(nr.Value) {
			return false // a bound open below ("fewer than 50,000") holds any lower count, and refines by none
		}
		if (or.Qualifier == figures.MoreThan || or.Qualifier == figures.JustOver || or.Qualifier == figures.LessThan) && nr.Value == or.Value {
			return false // "more than 43,000" does not allow 43,000
		}
	}
	return true
}
