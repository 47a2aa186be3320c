package store

import (
	"context"
	"fmt"
	"time"
	"unicode/utf8"

	"github.com/claimtrack/claimtrack/model"
)

// A pass holds an event it queued until the pass ends: a metric's first
// value (announce_first) read from an archive oldest first is its oldest
// figure, which a later transaction of the same pass replaces
// (Tx.ReviseWaiting), and a delivery between the two (the daemon drains
// every 10 s) would post the oldest figure. A held event is claimed, as a
// delivery claims one, by a holder no delivery is (its name opens with
// heldPrefix), until a time the pass renews at each of its transactions
// (HoldFor ahead); the pass hands it back when it ends (ReleaseHeld). A
// process that dies mid-pass leaves the hold to end by itself: the event
// is then delivered as any other, or first revised and held again by the
// next pass that reads the rest of the archive. Neither lost nor doubled:
// the event is one row, claimed by one holder at a time.
const heldPrefix = "held until its pass ends: "

// HoldFor is how far ahead a pass's hold on its events runs, renewed at
// each of its transactions: one transaction of a pass takes far less.
const HoldFor = 2 * time.Minute

// PassHold names the holder of a pass's held events; name tells the pass
// apart from others (its source and a random id).
func PassHold(name string) string { return heldPrefix + name }

// EnqueueHeld queues an event, as Enqueue does, held by hold until until
// (see PassHold): no delivery claims it before the hold is released or ends.
func (t *Tx) EnqueueHeld(ctx context.Context, key string, kind model.EventKind, metric string, p model.EventPayload, hold string, until time.Time) error {
	if err := t.s.enqueue(ctx, t.tx, key, kind, metric, p); err != nil {
		return err
	}
	if _, err := t.s.exec(ctx, t.tx, `UPDATE outbox SET claim_owner = ?, claim_until_ms = ? WHERE event_key = ? AND delivered_ms IS NULL AND claim_until_ms < ?`,
		hold, ms(until), key, ms(time.Now())); err != nil {
		return fmt.Errorf("store: hold event %s: %w", key, err)
	}
	return nil
}

// RenewHeld moves on to until the hold's end on the events hold holds.
func (t *Tx) RenewHeld(ctx context.Context, hold string, until time.Time) error {
	if _, err := t.s.exec(ctx, t.tx, `UPDATE outbox SET claim_until_ms = ? WHERE claim_owner = ? AND delivered_ms IS NULL`, ms(until), hold); err != nil {
		return fmt.Errorf("store: renew held events: %w", err)
	}
	return nil
}

// ReleaseHeld hands back the events hold holds: the next delivery posts
// them.
func (s *sqlStore) ReleaseHeld(ctx context.Context, hold string) error {
	if _, err := s.exec(ctx, nil, `UPDATE outbox SET claim_owner = '', claim_until_ms = 0 WHERE claim_owner = ? AND delivered_ms IS NULL`, hold); err != nil {
		return fmt.Errorf("store: release held events: %w", err)
	}
	return nil
}

// heldBy is true of a row whose column col names a pass's hold.
func heldBy(col string) string {
	return fmt.Sprintf("substr(%s, 1, %d) = '%s'", col, utf8.RuneCountInString(heldPrefix), heldPrefix)
}

// notHeldBefore keeps a delivery from claiming an event while an earlier
// event of its metric is held: a change read after a first value is not
// posted before it (nor heads the metric's thread). Other metrics' events
// are not kept waiting.
var notHeldBefore = `NOT EXISTS (SELECT 1 FROM outbox h WHERE h.metric = outbox.metric AND h.id < outbox.id
	AND h.delivered_ms IS NULL AND h.claim_until_ms >= ? AND ` + heldBy("h.claim_owner") + `)`

// waiting is true of an event neither delivered nor claimed by a delivery
// at the time given (unclaimed, its claim run out, or held by a pass).
var waiting = `delivered_ms IS NULL AND (claim_until_ms < ? OR ` + heldBy("claim_owner") + `)`

const reviseWhere = ` WHERE kind = ? AND metric = ? AND substr(event_key, 1, ?) = ? AND `

// sqlReviseWaiting rewrites a waiting event's payload (ReviseWaiting);
// sqlReviseWaitingHeld holds it too, for the pass that revised it.
var (
	sqlReviseWaiting     = `UPDATE outbox SET payload = ?` + reviseWhere + waiting
	sqlReviseWaitingHeld = `UPDATE outbox SET payload = ?, claim_owner = ?, claim_until_ms = ?` + reviseWhere + waiting
)
