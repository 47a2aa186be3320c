package store

import (
	"context"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/claimtrack/claimtrack/model"
)

// A pass holds an event it queued until the pass ends: a metric's first
// value (announce_first) read from an archive oldest first is its oldest
// figure, which a later transaction of the same pass replaces
// (Tx.ReviseWaiting), and a delivery between the two (the daemon drains
// every 10 s) would post the oldest figure. A held event is claimed, as a
// delivery claims one, by a holder no delivery is: the source's hold
// (PassHold), until a time the pass renews as it runs (HoldFor ahead). The
// pass hands it back when it ends (ReleaseHeld). A pass that stops on a
// failed transaction holds it on (HoldAfterFailure): the source's next
// pass reads the articles not stored, revises the event if they replace
// its value, and hands it back as it ends. A process that dies mid-pass
// leaves the hold to run out (HoldFor), or the source's next pass (a
// restart's first) to hand it back. Neither lost nor doubled: the event is
// one row, claimed by one holder at a time, and a hold always runs out.
const heldPrefix = "held until its pass ends: "

// HoldFor is how far ahead a running pass's hold on its events runs: the
// pass renews it more often than that.
const HoldFor = 2 * time.Minute

// HoldAfterFailure is how long a pass that stopped on a failed transaction
// holds its events on, for the source's next pass (the default schedule
// is every 15 minutes, and a failed source backs off for minutes). A
// source removed or renamed meanwhile leaves them to go out then.
const HoldAfterFailure = time.Hour

// PassHold names the holder of the events a pass of source holds: one
// source is read by one pass at a time (its lease), and its next pass
// hands back what a failed one held.
func PassHold(source string) string { return heldPrefix + source }

// EnqueueHeld queues an event, as Enqueue does, held by hold until until
// (see PassHold): no delivery claims it before the hold is released or ends.
func (t *Tx) EnqueueHeld(ctx context.Context, key string, kind model.EventKind, metric string, p model.EventPayload, hold string, until time.Time) error {
	if err := t.s.enqueue(ctx, t.tx, key, kind, metric, p); err != nil {
		return err
	}
	if _, err := t.s.exec(ctx, t.tx, `UPDATE outbox SET claim_owner = ?, claim_until_ms = ? WHERE event_key = ? AND `+waiting,
		hold, ms(until), key, ms(time.Now())); err != nil {
		return fmt.Errorf("store: hold event %s: %w", key, err)
	}
	return nil
}

// RenewHeld moves the end of hold's hold on its events to until.
func (s *sqlStore) RenewHeld(ctx context.Context, hold string, until time.Time) error {
	if _, err := s.exec(ctx, nil, `UPDATE outbox SET claim_until_ms = ? WHERE claim_owner = ? AND delivered_ms IS NULL`, ms(until), hold); err != nil {
		return renewHeldError(hold, err)
	}
	return nil
}

// renewHeldError says what a failed renewal of a hold means and what to do.
func renewHeldError(hold string, err error) error {
	return fmt.Errorf("store: unable to renew the hold on the first values the pass of source %q queued (%w): "+
		"they may be delivered before the pass ends, with an older value than it ends at; "+
		"check that the store is reachable and writable (claimtrack store stats)", strings.TrimPrefix(hold, heldPrefix), err)
}

// RenewHeld moves, in the transaction, the end of hold's hold on its
// events to until: a pass's transaction renews it as its first statement,
// so that the events earlier ones held stay held while it runs, and as its
// last, so that one slower than HoldFor commits a hold that has not run
// out.
func (t *Tx) RenewHeld(ctx context.Context, hold string, until time.Time) error {
	if _, err := t.s.exec(ctx, t.tx, `UPDATE outbox SET claim_until_ms = ? WHERE claim_owner = ? AND delivered_ms IS NULL`, ms(until), hold); err != nil {
		return renewHeldError(hold, err)
	}
	return nil
}

// ReleaseHeld hands back the events hold holds: the next delivery posts
// them. It writes only when there is one (every pass of a source asks).
func (s *sqlStore) ReleaseHeld(ctx context.Context, hold string) error {
	ids, err := s.ids(ctx, `SELECT id FROM outbox WHERE delivered_ms IS NULL AND claim_owner = ? LIMIT 1`, hold)
	if err != nil || len(ids) == 0 {
		if err != nil {
			return fmt.Errorf("store: release held events: %w", err)
		}
		return nil
	}
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
