package tracker

import (
	"context"

	"github.com/claimtrack/claimtrack/model"
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
func (r *recorder) reviseFirst(ctx context.Context, pol Policy, info MetricInfo, k stateKey, was int64, st *metricState) error {
	if !pol.AnnounceFirst || was == 0 || st.curID == was || st.curID == 0 {
		return nil
	}
	o, err := r.tx.Observation(ctx, st.curID)
	if err != nil {
		return err
	}
	p := model.EventPayload{MetricName: info.Name, Unit: info.Unit, New: o,
		Agreeing: max(1, len(st.agree)), AgreeingClaimants: len(st.claimants), Claimant: info.claimantName(o)}
	if pol.ByClaimant && k.claimant != "" {
		p.ByClaimant = info.claimantName(o)
	}
	n, err := r.tx.ReviseWaiting(ctx, model.EventFirst, k.metric, eventKeyPrefix(model.EventFirst, k.metric, k.claimant), p, r.hold.holdName())
	if n > 0 && r.hold != nil {
		r.hold.hold() // held from now on (passhold.go)
	}
	return err
}
