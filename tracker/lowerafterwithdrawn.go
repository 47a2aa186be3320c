package tracker

import (
	"context"
	"time"

	"github.com/claimtrack/claimtrack/model"
)

// An outlet's correction can come after a newer figure was judged against
// the figure it withdraws: the Standard's "more than 3,000 detained" (a
// slip for 300) was the value when the wire's 412, the same ministry's
// newer count, came in, and 412 was flagged as a lower total, the accepted
// value staying; then the Standard corrected its figure to "more than
// 300", which became the value, and 412, the ministry's newest word, was
// left behind it (walk59). So when a correction replaces the accepted
// value, the claimant's newest figure, when it is published after the
// withdrawn one (the time the claimant's word was first told: the
// correction itself is dated by the revision, which may come after every
// figure) and was flagged as a lower total, is judged again against the
// corrected figure: a change from it is the value, and posted as one
// (300 → 412), after the outlet's correction.

// lowerAfterWithdrawn judges again, against corrected (the accepted value
// now, st), the claimant's newest figure of the metric when it was flagged
// as a lower total and is published after withdrawn, the time of the
// figure the correction withdrew.
func (r *recorder) lowerAfterWithdrawn(ctx context.Context, pol Policy, info MetricInfo, k stateKey, st *metricState, corrected model.Observation, claimant string, withdrawn time.Time) error {
	if claimant == "" || st.curID != corrected.ID {
		return nil
	}
	figs, err := r.tx.ClaimantFigures(ctx, corrected.Metric, claimant, repeatReach)
	if err != nil {
		return err
	}
	var newest *model.Observation
	for i := range figs {
		f := &figs[i]
		if f.ID == corrected.ID || f.Outcome == Withdrawn.String() || f.Outcome == Repeat.String() {
			continue
		}
		if newest == nil || f.Published.After(newest.Published) {
			newest = f
		}
	}
	if newest == nil || newest.Outcome != Decrease.String() || !newest.Published.After(withdrawn) {
		return nil
	}
	f := *newest
	// The corrected figure is the claimant's word of the withdrawn one's
	// time, not of the revision's: judged so, a newer figure is no older
	// one, and "more than 300" → 412 is news as it was before the slip.
	was := *st.cur
	was.Published = withdrawn
	if Decide(pol, &was, candidateOf(pol, f, claimant)) != Change {
		return nil
	}
	if err := r.tx.SetOutcome(ctx, f.ID, Change.String()); err != nil {
		return err
	}
	r.revise(f.ID, Change)
	f.Outcome = Change.String()
	acc, err := r.tx.Accept(ctx, f, k.claimant)
	if err != nil {
		return err
	}
	*st = metricState{cur: stateOf(acc), curID: f.ID, agree: acc.Agreeing, claimants: acc.Claimants}
	kind, ok := eventKind(Change, pol)
	if !ok {
		return nil
	}
	p := model.EventPayload{MetricName: info.Name, Unit: info.Unit, Old: &corrected, New: &f,
		Agreeing: max(1, len(st.agree)), AgreeingClaimants: len(st.claimants),
		Claimant: info.claimantName(&f), OldClaimant: info.claimantName(&corrected)}
	if pol.ByClaimant && k.claimant != "" {
		p.ByClaimant = info.claimantName(&f)
	}
	if r.hold.holds(kind) {
		r.hold.hold()
		return r.tx.EnqueueHeld(ctx, eventKey(kind, f, k.claimant), kind, f.Metric, p, r.hold.name, r.hold.until())
	}
	return r.tx.Enqueue(ctx, eventKey(kind, f, k.claimant), kind, f.Metric, p)
}
