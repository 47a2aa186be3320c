package tracker

import (
	"cmp"
	"context"
	"slices"
	"strings"
	"time"

	"github.com/claimtrack/claimtrack/model"
	"github.com/claimtrack/claimtrack/store"
)

// A desk's first pass reads a metric's archive from several sources, in
// whatever order they answer, and Decide judges each figure against the
// value accepted when it is read: read in one order three figures can
// leave one value, in another order another (6,000 at t10, "about 6,000"
// at t25 and 4,000 at t20 end at 4,000 read in that order, at "about
// 6,000" in the five others). So while a metric's figures are all of its
// archive, a figure that arrives out of publication order (older than
// the accepted value) or would replace it has the archive decided again in
// publication order, from the store, in the same transaction: the
// accepted value, the outcomes and the outlets agreeing are then those of
// reading the archive oldest first, whatever order it came in. Only what
// disagrees with the final value is listed as a disagreement (see
// replayArchive). The replay queues no event: an archive's figures post
// nothing, and the metric's first value, if announced, was announced once.

// replayCap is the most observations of a metric replayed, the one
// arriving among them (the docs' "up to 100 archive figures"). An archive
// above it is judged as each figure comes (Decide), as before: a replay
// reads the metric's archive, and one an arrival over thousands of figures
// would cost more than the rest of the pipeline.
const replayCap = 100

// metricSpan is what a transaction knows of a metric's stored
// observations, for the gate before a replay: how many there are (counted
// up to replayCap) and when the newest was published (a replay judges
// no metric with a figure from after tracking began).
type metricSpan struct {
	n      int
	newest time.Time
	// noReplay holds the keys (stateKey.claimant) whose figures a replay
	// found it cannot order (an undated one) or from after tracking began:
	// then that accepted value is judged as each figure comes for the rest
	// of the transaction. It is by key, as the figures are: one claimant's
	// undated figure says nothing of another's archive (by: claimant).
	noReplay map[string]bool
}

// span reads what the transaction knows of a metric's observations, the
// first time from the store.
func (r *recorder) span(ctx context.Context, metric string) (*metricSpan, error) {
	if sp, ok := r.spans[metric]; ok {
		return sp, nil
	}
	n, newest, err := r.tx.MetricSpan(ctx, metric, replayCap)
	if err != nil {
		return nil, err
	}
	sp := &metricSpan{n: n, newest: newest}
	r.spans[metric] = sp
	return sp, nil
}

// added counts an observation just stored in the metric's span, if read.
func (r *recorder) added(o model.Observation) {
	if sp, ok := r.spans[o.Metric]; ok {
		sp.n++
		if o.Published.After(sp.newest) {
			sp.newest = o.Published
		}
	}
}

// archiveOnly reports whether a candidate and the accepted value are both
// of the archive (dated, published before tracking began), so that the
// candidate may be judged by a replay.
func archiveOnly(cur *State, c Candidate) bool {
	return cur != nil && !c.UndatedArchive && !c.Revised && !cur.TrackedSince.IsZero() && !cur.Published.IsZero() &&
		cur.Published.Before(cur.TrackedSince) && c.Published.Before(cur.TrackedSince) && !c.Published.IsZero()
}

// archived is one figure of an archive replay: the observation stored,
// the candidate it is to Decide, and whether its article is a near copy.
type archived struct {
	obs  model.Observation
	cand Candidate
	copy bool
}

// replayed is what a replay decided: each figure's outcome, the accepted
// one (an index), and the outlets and claimants agreeing with it.
type replayed struct {
	outcomes         []Outcome
	final            int
	agree, claimants []string
}

// replayArchive decides an archive's figures, given in publication order,
// one after another from no accepted value, as a pass reading them oldest
// first would: each against the value accepted before it, a newer
// conflicting figure of a level replacing the older (Supersedes). Then
// only what disagrees with the final value is listed: a figure listed
// against a value since replaced, if older than the final value, is judged
// against it as any older figure is (Decide): listed if it disagrees with
// it (a level's other outlet or claimant within the conflict window), else
// it corroborates or is stale. Figures after the final value were judged
// against it already.
func replayArchive(p Policy, tracked time.Time, figs []archived) replayed {
	rp := replayed{outcomes: make([]Outcome, len(figs)), final: -1}
	var cur *State
	agree := func(f archived) {
		if !f.copy {
			rp.agree, rp.claimants = withCorroboration(rp.agree, rp.claimants, f.cand.Outlet, f.cand.Claimant)
		}
	}
	for i, f := range figs {
		out := Decide(p, cur, f.cand)
		rp.outcomes[i] = out
		switch {
		case out.Replaces():
			if old, ok := Supersedes(p, cur, f.cand); ok {
				rp.outcomes[rp.final] = old
			}
			cur = &State{Readings: f.cand.Readings, Outlet: f.cand.Outlet, Claimant: f.cand.Claimant, Published: f.cand.Published, TrackedSince: tracked, Another: f.cand.Another, Ordinal: f.cand.Ordinal, AsOf: f.cand.AsOf}
			rp.final, rp.agree, rp.claimants = i, []string{f.cand.Outlet}, []string{}
			if f.cand.Claimant != "" {
				rp.claimants = []string{f.cand.Claimant}
			}
		case out == Corroborates:
			agree(f)
		}
	}
	final := cur.Published
	for i, f := range figs {
		if !rp.outcomes[i].Disputes() || !f.cand.Published.Before(final) {
			continue
		}
		switch out := Decide(p, cur, f.cand); out {
		case Corroborates:
			rp.outcomes[i] = out
			agree(f)
		case Stale, BacklogConflict:
			rp.outcomes[i] = out
		}
	}
	return rp
}

// wantsReplay is the gate before a replay, and the archive to replay:
// the candidate and the accepted value are of the archive (archiveOnly),
// the candidate is no newer than the accepted value or would replace it,
// and the metric has no figure from after tracking began and, with the
// candidate, at most replayCap figures. A candidate newer than the accepted value that
// replaces nothing is judged as it comes without asking the store: a
// replay makes the accepted value the last figure to replace another, so
// it would judge the candidate against it as Decide did and leave the rest
// as it is. It returns the key's stored figures, in the order stored, or
// nil when the candidate is judged as it comes.
func (r *recorder) wantsReplay(ctx context.Context, pol Policy, k stateKey, cur *State, cand Candidate, outcome Outcome) ([]archived, error) {
	if !archiveOnly(cur, cand) || cand.Published.After(cur.Published) && !outcome.Replaces() {
		return nil, nil
	}
	sp, err := r.span(ctx, k.metric)
	if err != nil || sp.noReplay[k.claimant] || sp.n+1 > replayCap || !sp.newest.Before(cur.TrackedSince) {
		return nil, err
	}
	rows, err := r.tx.MetricObservations(ctx, k.metric, replayCap)
	if err != nil {
		return nil, err
	}
	figs := make([]archived, 0, len(rows)+1)
	for _, a := range rows {
		claimant := store.ClaimantKey(a.Observation)
		if pol.StateKey(claimant) != k.claimant || a.Outcome == Withdrawn.String() {
			continue // a figure its outlet withdrew is never the value again
		}
		// An outlet's correction is judged against the figure it
		// corrects, which a replay would not know: judged as it comes.
		if a.Published.IsZero() || !a.Published.Before(cur.TrackedSince) || a.Outcome == Corrected.String() {
			if sp.noReplay == nil {
				sp.noReplay = map[string]bool{}
			}
			sp.noReplay[k.claimant] = true
			return nil, nil
		}
		if err := r.readAgain(ctx, &a); err != nil {
			return nil, err
		}
		figs = append(figs, archived{obs: a.Observation, copy: a.Copy, cand: candidateOf(pol, a.Observation, claimant)})
	}
	return figs, nil
}

// publicationOrder sorts an archive oldest first; figures published at
// one time by their article's URL, then as stored, so that the order does
// not depend on which was read first.
func publicationOrder(figs []archived) {
	slices.SortStableFunc(figs, func(a, b archived) int {
		if c := a.obs.Published.Compare(b.obs.Published); c != 0 {
			return c
		}
		if c := strings.Compare(a.obs.URL, b.obs.URL); c != 0 {
			return c
		}
		return cmp.Compare(a.obs.ID, b.obs.ID)
	})
}

// replay stores what a replay of a key's archive decided, the candidate
// (stored already, last of figs before sorting) among them: the outcomes
// that changed, the accepted value if another, and those agreeing. It
// returns the candidate's outcome; it queues nothing.
func (r *recorder) replay(ctx context.Context, pol Policy, k stateKey, st *metricState, figs []archived) (Outcome, error) {
	candID := figs[len(figs)-1].obs.ID
	publicationOrder(figs)
	rp := replayArchive(pol, st.cur.TrackedSince, figs)
	var outcome Outcome
	for i, f := range figs {
		out := rp.outcomes[i]
		if f.obs.ID == candID {
			outcome = out
		}
		if out.String() != f.obs.Outcome {
			if err := r.tx.SetOutcome(ctx, f.obs.ID, out.String()); err != nil {
				return 0, err
			}
			if f.obs.ID != candID {
				r.revise(f.obs.ID, out)
			}
		}
	}
	if final := figs[rp.final].obs; final.ID != st.curID {
		acc, err := r.tx.Accept(ctx, final, k.claimant)
		if err != nil {
			return 0, err
		}
		*st = metricState{cur: stateOf(acc), curID: final.ID, agree: acc.Agreeing, claimants: acc.Claimants}
	}
	if !slices.Equal(rp.agree, st.agree) || !slices.Equal(rp.claimants, st.claimants) {
		if err := r.tx.SetAgreeing(ctx, k.metric, k.claimant, rp.agree, rp.claimants); err != nil {
			return 0, err
		}
		st.agree, st.claimants = rp.agree, rp.claimants
	}
	return outcome, nil
}
