package tracker

import (
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/claimtrack/claimtrack/model"
	"github.com/claimtrack/claimtrack/store"
)

// A "lower figure reported" message judged against a figure its outlet
// then corrected may still wait in the outbox, unsent, when the correction
// arrives: the wire's 412 flagged as lower than the Standard's slip "more
// than 3,000", the slip corrected to "more than 300" before the message
// went out (review59: all three messages were posted, the first false by
// then). The correction's transaction settles each such waiting message:
// a figure that is now the value (lowerAfterWithdrawn posted its change),
// or that agrees with the corrected figure, is withdrawn, its message
// never posted; one still lower is rewritten against the corrected
// figure; one that would be a change but is not the value (an older word
// than the claimant's newest) is left, as it was before. A message a delivery has claimed or posted stays as it
// was, and the change is its follow-up: never lost, never doubled.

// settleWaitingLower settles the waiting lower-figure messages of the
// accepted value st (k) that were judged against one of withdrawnIDs, now
// that corrected replaced it; was is corrected as Decide sees it, dated
// the time of the figure it withdrew (as lowerAfterWithdrawn judges).
func (r *recorder) settleWaitingLower(ctx context.Context, pol Policy, info MetricInfo, k stateKey, st *metricState, corrected model.Observation, withdrawnIDs []int64, was State) error {
	evs, err := r.tx.WaitingEvents(ctx, model.EventDecrease, k.metric, eventKeyPrefix(model.EventDecrease, k.metric, k.claimant))
	if err != nil {
		return fmt.Errorf("tracker: settle the waiting lower figures of %s after the correction of %d: %w", k.metric, corrected.ID, err)
	}
	for _, e := range evs {
		p := e.Payload
		if p.Old == nil || p.New == nil || !slices.Contains(withdrawnIDs, p.Old.ID) {
			continue
		}
		if p.New.ID != st.curID {
			switch Decide(pol, &was, candidateOf(pol, *p.New, store.ClaimantKey(*p.New))) {
			case Decrease:
				p.Old, p.OldClaimant = &corrected, info.claimantName(&corrected)
				if _, err := r.tx.ReviseWaiting(ctx, e.Kind, e.Metric, e.Key, p, "", time.Time{}); err != nil {
					return fmt.Errorf("tracker: rewrite the waiting lower figure %d of %s against the correction of %d: %w", p.New.ID, k.metric, corrected.ID, err)
				}
				continue
			case Change:
				// News the correction did not make the value (not the
				// claimant's newest word): its message, the only one of the
				// figure, goes out as it was rather than be lost.
				continue
			}
		}
		if _, err := r.tx.WithdrawWaiting(ctx, e.ID); err != nil {
			return fmt.Errorf("tracker: withdraw the waiting lower figure %d of %s after the correction of %d: %w", p.New.ID, k.metric, corrected.ID, err)
		}
	}
	return nil
}
