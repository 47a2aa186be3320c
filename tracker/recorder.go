// recorder.go holds the recorder: how one transaction judges an article's
// observations against the accepted values it knows, and writes what it decided.

package tracker

import (
	"context"
	"fmt"
	"slices"

	"github.com/claimtrack/claimtrack/model"
	"github.com/claimtrack/claimtrack/rules"
	"github.com/claimtrack/claimtrack/store"
)

// recorder judges the observations of one transaction and writes what it
// decided through it.
type recorder struct {
	tx    *store.Tx
	judge Judge
	hold  *passHold // the pass's, nil outside one
	// engine reads a stored row's sentence again for a replay (reread.go):
	// the pass's rules, nil outside a pass.
	engine *rules.Engine
	// states is what the transaction knows of the accepted values it has
	// read or written, by metric and key (see stateKey). The transaction
	// holds every metric of its batch locked (LockMetrics), so what it
	// wrote is what reading again would return: each value is read once a
	// batch, not once an observation.
	states map[stateKey]*metricState
	// revised holds the observations whose outcome the transaction
	// changed after judging them (revise).
	revised map[int64]Outcome
	// spans is what the transaction knows of each metric's stored
	// observations, for the gate before a replay (see replay.go).
	spans map[string]*metricSpan
	// bodies is what the transaction knows of each metric's claimants
	// that are bodies, for keying one named otherwise (samebody.go).
	bodies map[string][]knownBody
	// recentQueued is the observation queueRecent last queued as a first
	// value, so that the pass that read it counts it as posted.
	recentQueued int64
}

// stateKey names an accepted value: a metric's, or one claimant's own for
// a metric judged by claimant (Policy.StateKey).
type stateKey struct {
	metric, claimant string
}

type metricState struct {
	cur   *State
	curID int64 // the accepted observation
	// agree lists the outlets agreeing with the value, its own first;
	// claimants the independent claimants, its own first when attributed.
	agree     []string
	claimants []string
}

// article stores one article and its observations, judged; how says whether it is an undated article of its source's first pass or a
// stored one whose text changed.
func (r *recorder) article(ctx context.Context, a model.Article, obs []model.Observation, how readAs) (int64, []judged, error) {
	// Two sources of one outlet (its feed and a section page) listing
	// one new article, their passes running at once, both find it new
	// before either stores it. The one storing it second stores nothing,
	// as it would have had it read the article after the first.
	// (Another outlet's source is refused by PutArticle, and told.) This
	// read sees the first source's article once that is committed: the
	// batch's metric locks (LockMetrics, PostgreSQL) and SQLite's write
	// lock, taken before, make the second wait for the first to commit,
	// and an article with no observation has none to be doubled
	// (TestOneOutletsSourcesStoringOneArticleAtOnce). Both batches lock the
	// same metrics because an article's observations alone name them, and
	// the same text read by the same rules gives the same observations: a
	// LockMetrics that locked anything less would open this again.
	by, outlet, hash, err := r.tx.StoredText(ctx, a.CanonicalURL)
	if err != nil {
		return 0, nil, err
	}
	if by != "" && by != a.Source && outlet == a.Outlet && hash == a.TextHash {
		return 0, nil, &readByAnother{source: by}
	}
	// The version read before, for a revision with an editorial note: a
	// note it did not hold is new (renewedNote).
	var earlier *string
	if _, _, note := correctionNote(a.Text); note && how.revised {
		if text, ok, err := r.tx.ArticleText(ctx, a.CanonicalURL); err != nil {
			return 0, nil, err
		} else if ok {
			earlier = &text
		}
	}
	// A wire's story read after an outlet's copy of it is the original
	// (original.go).
	if by == "" && how.copyStored {
		if how.copied, err = r.copiedBy(ctx, &a); err != nil {
			return 0, nil, err
		}
	}
	articleID, _, err := r.tx.PutArticle(ctx, a)
	if err != nil {
		return 0, nil, err
	}
	if how.copied != 0 {
		if err := r.tx.Relink(ctx, how.copied, articleID); err != nil {
			return 0, nil, err
		}
	}
	how.copyOf = a.CopyOf
	// "The health ministry" after another outlet's "Spain's Health
	// Ministry" is that body's figure (samebody.go).
	obs = slices.Clone(obs)
	for i := range obs {
		if obs[i], err = r.sameBody(ctx, obs[i]); err != nil {
			return 0, nil, err
		}
	}
	// "Correction: ... The correct figure is 1,350." (notecorrection.go)
	obs, fix, err := r.noteCorrections(ctx, articleID, a.Text, earlier, obs, how)
	if err != nil {
		return 0, nil, err
	}
	dates, err := r.revisedFigures(ctx, articleID, a.Published, obs, how)
	if err != nil {
		return 0, nil, err
	}
	if how.revised && len(obs) > 0 {
		if how.pageHad, err = r.metricsOnPage(ctx, articleID); err != nil {
			return 0, nil, err
		}
	}
	outcomes := make([]judged, 0, len(obs))
	for i, o := range obs {
		o.ArticleID = articleID
		o.Outlet, o.URL, o.Title, o.Published, o.Fetched = a.Outlet, a.CanonicalURL, a.Title, a.Published, a.Fetched
		o.Revised = false
		if dates != nil {
			// A live blog raised in place: its figure is as of then, a
			// revision's time rather than the publication's.
			o.Published = dates[i]
			o.Revised = dates[i].After(a.Published)
		}
		j, err := r.observation(ctx, o, a.CopyOf != 0, how, fix.at(i))
		if err != nil {
			return 0, nil, fmt.Errorf("store observation of %s in %s: %w", o.Metric, a.CanonicalURL, err)
		}
		outcomes = append(outcomes, j)
	}
	return articleID, outcomes, nil
}

// readByAnother says that another source stored the same text at the
// article's canonical URL since this one found it new.
type readByAnother struct{ source string }

func (e *readByAnother) Error() string {
	return "stored by source " + e.source + " since this pass found it new"
}

// state returns what the transaction knows of an accepted value, reading
// it the first time.
func (r *recorder) state(ctx context.Context, k stateKey) (*metricState, error) {
	if st, ok := r.states[k]; ok {
		return st, nil
	}
	acc, err := r.tx.Accepted(ctx, k.metric, k.claimant)
	if err != nil {
		return nil, err
	}
	st := &metricState{}
	if acc != nil {
		st = &metricState{cur: stateOf(acc), curID: acc.ObservationID, agree: acc.Agreeing, claimants: acc.Claimants}
	}
	r.states[k] = st
	return st, nil
}

// stateOf is an accepted value as Decide sees it.
func stateOf(acc *store.Accepted) *State {
	return &State{Readings: toReadings(acc.Readings), Outlet: acc.Outlet, Claimant: store.ClaimantKey(model.Observation{ClaimantID: acc.ClaimantID, ClaimantWords: acc.ClaimantWords}), Published: acc.Published,
		TrackedSince: acc.TrackedSince, Another: acc.EventAnother, Ordinal: acc.EventOrdinal, AsOf: acc.AsOf}
}

// candidateOf is an observation as Decide sees it, claimant its key
// (store.ClaimantKey): its readings, outlet, publication and, for a
// metric of exchanges, what its sentence says of its swap.
func candidateOf(pol Policy, o model.Observation, claimant string) Candidate {
	c := Candidate{Readings: toReadings(o.Readings), Outlet: o.Outlet, Claimant: claimant, Published: o.Published}
	if pol.Events {
		c.Another, c.Ordinal, c.ToCome, c.Told = o.EventAnother, o.EventOrdinal, o.EventToCome, o.EventTold
	}
	c.Before, c.Updates, c.AsOf = o.Before, o.Updates, o.AsOf
	return c
}

// observation judges one observation against the accepted value it is
// compared with (its metric's, or its claimant's own for a metric judged
// by claimant), stores it with its outcome, moves the accepted value or
// those agreeing with it, and queues the event it makes, if any.
// how says how its article was read (readAs); fix, when not nil, what the
// observation corrects as its outlet's correction (notecorrection.go).
func (r *recorder) observation(ctx context.Context, o model.Observation, isCopy bool, how readAs, fix *noteCorrection) (judged, error) {
	pol, info := r.judge(o.Metric)
	if pol.Period == rules.Weekly && o.AsOf.IsZero() && len(o.Readings) > 0 {
		// "in week 49": the week it counts, not the week it ran in (countperiod.go)
		if sunday, ok := weekNumbered(o.Quote, o.Readings[0].Text, o.Published); ok {
			o.AsOf = sunday
		}
	}
	claimant := store.ClaimantKey(o)
	k := stateKey{o.Metric, pol.StateKey(claimant)}
	st, err := r.state(ctx, k)
	if err != nil {
		return judged{}, err
	}
	cur, curID := st.cur, st.curID
	cand := candidateOf(pol, o, claimant)
	cand.UndatedArchive, cand.Revised = how.undated, how.revised
	outcome := Decide(pol, cur, cand)
	if how.copied != 0 && curID != 0 {
		if j, ok, err := r.takeCredit(ctx, pol, info, k, st, o, outcome, how.copied); err != nil || ok {
			return j, err
		}
	}
	if how.copyOf != 0 && outcome.Disputes() {
		if j, ok, err := r.sameDispute(ctx, k, o, outcome, how.copyOf); err != nil || ok {
			return j, err
		}
	}
	if fix != nil && curID != 0 && slices.Contains(fix.withdrawn, curID) {
		outcome = Corrected
	}
	if rep, err := r.repeatsSuperseded(ctx, o, claimant, outcome, how); err != nil {
		return judged{}, err
	} else if rep {
		outcome = Repeat
	}
	figs, err := r.wantsReplay(ctx, pol, k, cur, cand, outcome)
	if err != nil {
		return judged{}, err
	}
	if figs == nil && curID != 0 && refinesSaid(pol, cur, cand, outcome) {
		j, ok, err := r.refineSaid(ctx, pol, info, k, st, o)
		if err != nil || ok {
			return j, err
		}
		outcome = Change // the rounding was posted: the exact count is news of its own
	}
	o.Outcome = outcome.String()
	if o.ID, err = r.tx.AddObservation(ctx, o); err != nil {
		return judged{}, err
	}
	r.added(o)
	if err := r.withdraw(ctx, fix, o, outcome, k, st); err != nil {
		return judged{}, err
	}
	if figs != nil {
		figs = append(figs, archived{obs: o, cand: cand, copy: isCopy})
		outcome, err := r.replay(ctx, pol, k, st, figs)
		if err == nil {
			err = r.reviseFirst(ctx, pol, info, k, curID, st)
		}
		if err == nil && st.curID == curID && r.revised[curID] == Backlog {
			// The value, read first, is the newer of the archive's
			// figures, which came in after it: it replaced them.
			err = r.announceRecent(ctx, pol, info, k, st)
		}
		return judged{outcome: outcome, id: o.ID, queued: r.recentQueued == o.ID}, err
	}
	switch {
	case outcome.Replaces():
		if old, ok := Supersedes(pol, cur, cand); ok && curID != 0 {
			// The value replaced was read first but is the older of two
			// disagreeing archive figures: it is the one listed.
			if err := r.tx.SetOutcome(ctx, curID, old.String()); err != nil {
				return judged{}, err
			}
			r.revise(curID, old)
		}
		acc, err := r.tx.Accept(ctx, o, k.claimant)
		if err != nil {
			return judged{}, err
		}
		*st = metricState{cur: stateOf(acc), curID: o.ID, agree: acc.Agreeing, claimants: acc.Claimants}
	case outcome == Corroborates:
		// A near-duplicate text counts once: a copy adds neither an
		// outlet nor a claimant. Outlets relaying one claimant add
		// outlets, not claimants; an unattributed figure adds no claimant.
		if isCopy {
			break
		}
		agree, err := r.dropCopyOutlet(ctx, how.copied, k, o, st.agree)
		if err != nil {
			return judged{}, err
		}
		agree, claimants := withCorroboration(agree, st.claimants, o.Outlet, claimant)
		if !slices.Equal(agree, st.agree) || len(claimants) != len(st.claimants) {
			if err := r.tx.SetAgreeing(ctx, k.metric, k.claimant, agree, claimants); err != nil {
				return judged{}, err
			}
			st.agree, st.claimants = agree, claimants
		}
	}
	evPol := pol
	newYearOf := 0
	if outcome == Baseline && cur != nil && len(cur.Readings) > 0 {
		evPol.AnnounceFirst = true // a new year's count begins (newYear): posted, never a silent drop
		newYearOf = o.Published.Year()
	}
	kind, ok := eventKind(outcome, evPol)
	if !ok {
		err := r.reviseFirst(ctx, pol, info, k, curID, st)
		return judged{outcome: outcome, id: o.ID, queued: r.recentQueued == o.ID}, err
	}
	var curObs *model.Observation
	if curID != 0 {
		if curObs, err = r.tx.Observation(ctx, curID); err != nil {
			return judged{}, err
		}
	}
	p := model.EventPayload{MetricName: info.Name, Unit: info.Unit, Old: curObs, New: &o,
		Agreeing: max(1, len(st.agree)), AgreeingClaimants: len(st.claimants),
		Claimant: info.claimantName(&o), OldClaimant: info.claimantName(curObs)}
	if pol.ByClaimant && k.claimant != "" {
		p.ByClaimant = info.claimantName(&o)
	}
	switch kind {
	case model.EventConflict:
		p.Agreeing, p.AgreeingClaimants = 0, 0
		p.Conflict = ConflictScope(cur, cand)
	case model.EventDecrease:
		p.Agreeing, p.AgreeingClaimants = 0, 0
	}
	p.Correction = outcome == Corrected
	p.Revision = outcome == Revised
	p.Year = newYearOf
	p.Another = outcome == Change && anotherEvent(pol, cur, cand)
	if r.hold.holds(kind) {
		r.hold.hold()
		err = r.tx.EnqueueHeld(ctx, eventKey(kind, o, k.claimant), kind, o.Metric, p, r.hold.name, r.hold.until())
	} else {
		err = r.tx.Enqueue(ctx, eventKey(kind, o, k.claimant), kind, o.Metric, p)
	}
	if err != nil {
		return judged{}, err
	}
	if outcome == Corrected && fix != nil {
		was := *st.cur // the corrected figure, the claimant's word of the withdrawn one's time
		was.Published = fix.was.Published
		if err := r.lowerAfterWithdrawn(ctx, pol, info, k, st, o, claimant, fix.was.Published); err != nil {
			return judged{}, err
		}
		if err := r.settleWaitingLower(ctx, pol, info, k, st, o, fix.withdrawn, was); err != nil {
			return judged{}, err
		}
	}
	return judged{outcome: outcome, queued: true, id: o.ID}, nil
}

// revise notes that an observation stored earlier now has another
// outcome (a replay of the archive, or a superseded archive value), so
// that what the batch returns, and what a pass counts, says what history
// shows.
func (r *recorder) revise(id int64, to Outcome) {
	if r.revised == nil {
		r.revised = map[int64]Outcome{}
	}
	r.revised[id] = to
}
