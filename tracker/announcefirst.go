package tracker

import (
	"context"

	"github.com/claimtrack/claimtrack/model"
	"github.com/claimtrack/claimtrack/store"
)

// reviseFirst keeps a metric's announced first value the value it holds:
// a first pass reads an archive oldest first, so its first figure, the
// baseline announced (announce_first), is the archive's oldest, and the
// newer ones replace it without a post (backlog, a replay). When one has
// (the accepted observation is no longer was), the first value's event,
// while it waits in the outbox, is rewritten to the value now held, with
// its source: the desk is told the value the tracker holds. An event
// already posted, or claimed by a delivery at that moment (store
// Tx.ReviseWaiting), stays as it was (the archive's moves are not posted).
// With none waiting, a recent value that replaced the archive's older one
// is announced (announceRecent).
func (r *recorder) reviseFirst(ctx context.Context, pol Policy, info MetricInfo, k stateKey, was int64, st *metricState) error {
	if !pol.AnnounceFirst && pol.AnnounceRecent <= 0 || was == 0 || st.curID == was || st.curID == 0 {
		return nil
	}
	o, p, err := r.firstPayload(ctx, pol, info, k, st)
	if err != nil {
		return err
	}
	n, err := r.tx.ReviseWaiting(ctx, model.EventFirst, k.metric, eventKeyPrefix(model.EventFirst, k.metric, k.claimant), p, r.hold.holdName(), r.hold.until())
	if n > 0 && r.hold != nil {
		r.hold.hold() // held from now on (passhold.go)
	}
	if err != nil || n > 0 {
		return err
	}
	return r.queueRecent(ctx, pol, k, o, p)
}

// firstPayload is the first value's event of the value a key holds.
func (r *recorder) firstPayload(ctx context.Context, pol Policy, info MetricInfo, k stateKey, st *metricState) (*model.Observation, model.EventPayload, error) {
	o, err := r.tx.Observation(ctx, st.curID)
	if err != nil {
		return nil, model.EventPayload{}, err
	}
	p := model.EventPayload{MetricName: info.Name, Unit: info.Unit, New: o,
		Agreeing: max(1, len(st.agree)), AgreeingClaimants: len(st.claimants), Claimant: info.claimantName(o)}
	if pol.ByClaimant && k.claimant != "" {
		p.ByClaimant = info.claimantName(o)
	}
	if !pol.AnnounceFirst {
		// A recent change in the archive (queueRecent): the message says
		// which figure it changed, as a change's would.
		if p.Old, err = r.replacedFigure(ctx, pol, k, o); err != nil {
			return nil, model.EventPayload{}, err
		}
		p.OldClaimant = info.claimantName(p.Old)
	}
	return o, p, nil
}

// replacedFigure is the value o replaced in publication order: the newest
// of the key's stored figures published before it that were the value
// (a baseline or an archive figure taken as the value); nil when none.
func (r *recorder) replacedFigure(ctx context.Context, pol Policy, k stateKey, o *model.Observation) (*model.Observation, error) {
	rows, err := r.tx.MetricObservations(ctx, k.metric, replayCap)
	if err != nil {
		return nil, err
	}
	var old *model.Observation
	for i := range rows {
		a := &rows[i].Observation
		if a.ID == o.ID || pol.StateKey(store.ClaimantKey(*a)) != k.claimant || a.Published.IsZero() || !a.Published.Before(o.Published) ||
			a.Outcome != Baseline.String() && a.Outcome != Backlog.String() {
			continue
		}
		if old == nil || a.Published.After(old.Published) {
			old = a
		}
	}
	return old, nil
}

// A desk's first pass takes the archive's newest figure as the value and
// posts nothing of the archive's past; but a desk that starts claimtrack
// at 09:00 expects the figure of the 07:30 story, which changed
// yesterday's, to be the news it is. So a value of the archive that
// replaced an older figure (Backlog, in publication order: read after it,
// or before it and then replayed) and whose article was published at most
// pol.AnnounceRecent (tracker.announce_recent, 12h) before it was read is
// posted as the metric's first value, once: what a desk started that long
// earlier would have been told last. A past week replayed from saved
// files, or an archive whose newest story is days old, posts nothing; a
// story's very first figure, read at 09:00 or later, is a first reading,
// not posted (no older one to change), as before.

// toldAsNews says whether a desk tracking the metric when o was published
// would have been told of it: judged as news against the figure it
// replaced, a change (not one below min_change, not a vaguer figure
// agreeing; for a metric of exchanges, the next swap, by what its
// sentence says of it: candidateOf) or, for a level, another side's
// disagreement, which such a desk is told as a conflict.
func toldAsNews(pol Policy, old *model.Observation, o model.Observation) bool {
	if old == nil {
		return false
	}
	cur := &State{Readings: toReadings(old.Readings), Outlet: old.Outlet, Claimant: store.ClaimantKey(*old), Published: old.Published, Another: old.EventAnother, Ordinal: old.EventOrdinal, AsOf: old.AsOf}
	out := decideNews(pol, cur, candidateOf(pol, o, store.ClaimantKey(o)))
	return out == Change || out == Conflict || out == Revised
}

// isRecent says whether an observation's article was published at most
// pol.AnnounceRecent before it was read.
func isRecent(pol Policy, o model.Observation) bool {
	return pol.AnnounceRecent > 0 && !o.Published.IsZero() && !o.Fetched.IsZero() && o.Fetched.Sub(o.Published) <= pol.AnnounceRecent
}

// announceRecent posts the value a key holds as its first value when it
// is recent and no first value was queued for the key (queueRecent).
func (r *recorder) announceRecent(ctx context.Context, pol Policy, info MetricInfo, k stateKey, st *metricState) error {
	if pol.AnnounceFirst || pol.AnnounceRecent <= 0 || st.curID == 0 {
		return nil
	}
	o, p, err := r.firstPayload(ctx, pol, info, k, st)
	if err != nil {
		return err
	}
	return r.queueRecent(ctx, pol, k, o, p)
}

// queueRecent queues o, the value a key holds, as its first value, held
// until the pass ends (passhold.go), when it replaced an older figure of
// the archive (Backlog), is recent, and the outbox holds
// no first value of the key, delivered or waiting: whatever order the
// archive comes in, the first value is posted once (a later transaction
// rewrites it while it waits: reviseFirst). A metric with announce_first
// queued its first value as its baseline already.
func (r *recorder) queueRecent(ctx context.Context, pol Policy, k stateKey, o *model.Observation, p model.EventPayload) error {
	if pol.AnnounceFirst || o.Outcome != Backlog.String() || !isRecent(pol, *o) || !toldAsNews(pol, p.Old, *o) {
		return nil // a baseline replaced nothing: a first reading, not posted
	}
	if queued, err := r.tx.HasEvents(ctx, model.EventFirst, k.metric, eventKeyPrefix(model.EventFirst, k.metric, k.claimant)); err != nil || queued {
		return err
	}
	key := eventKey(model.EventFirst, *o, k.claimant)
	r.recentQueued = o.ID
	if r.hold.holds(model.EventFirst) {
		r.hold.hold()
		return r.tx.EnqueueHeld(ctx, key, model.EventFirst, k.metric, p, r.hold.name, r.hold.until())
	}
	return r.tx.Enqueue(ctx, key, model.EventFirst, k.metric, p)
}
