package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"time"
	"unicode/utf8"

	"github.com/claimtrack/claimtrack/model"
)

const sqlEnqueue = `INSERT INTO outbox (event_key, kind, metric, payload, created_ms) VALUES (?, ?, ?, ?, ?) ON CONFLICT (event_key) DO NOTHING`

// Enqueue queues an event in the transaction. The key names the news, not
// the attempt: an event whose key is already queued is not queued again.
func (t *Tx) Enqueue(ctx context.Context, key string, kind model.EventKind, metric string, p model.EventPayload) error {
	return t.s.enqueue(ctx, t.tx, key, kind, metric, p)
}

func (s *sqlStore) enqueue(ctx context.Context, tx *sql.Tx, key string, kind model.EventKind, metric string, p model.EventPayload) error {
	payload, err := json.Marshal(p)
	if err != nil {
		return fmt.Errorf("store: queue event %s: payload: %w", key, err)
	}
	if _, err := s.exec(ctx, tx, sqlEnqueue, key, string(kind), metric, string(payload), time.Now().UnixMilli()); err != nil {
		return fmt.Errorf("store: queue event %s: %w", key, err)
	}
	return nil
}

// ClaimEvents claims up to limit undelivered events for owner until the
// claim ends, oldest first, and returns them.
func (s *sqlStore) ClaimEvents(ctx context.Context, owner string, until, now time.Time, limit int) ([]model.Event, error) {
	// Claim first, then read: an UPDATE is atomic in both databases, so two
	// replicas never claim the same event.
	rows, err := s.query(ctx, nil, `SELECT id, metric FROM outbox WHERE delivered_ms IS NULL AND (claim_until_ms < ? OR claim_owner = ?) AND `+notHeldBefore+` ORDER BY id LIMIT ?`, ms(now), owner, ms(now), limit)
	if err != nil {
		return nil, fmt.Errorf("store: claim events: %w", err)
	}
	type candidate struct {
		id     int64
		metric string
	}
	cands, err := collect(rows, func(r *sql.Rows) (c candidate, err error) {
		err = r.Scan(&c.id, &c.metric)
		return c, err
	})
	if err != nil {
		return nil, fmt.Errorf("store: claim events: %w", err)
	}
	// In PostgreSQL a row a pass's transaction is renewing the hold of
	// (tracker's passHold.keepIn, its first statement) is locked until that
	// transaction commits, and held then: skipped, not waited for, so that
	// a long pass does not stall the events behind it (other metrics',
	// other sources'). SQLite's transaction holds the whole file instead.
	claim := `UPDATE outbox SET claim_owner = ?, claim_until_ms = ? WHERE id = ? AND delivered_ms IS NULL AND (claim_until_ms < ? OR claim_owner = ?) AND ` + notHeldBefore
	if s.dialect == postgresDialect {
		claim += ` AND id IN (SELECT id FROM outbox WHERE id = ? FOR UPDATE SKIP LOCKED)`
	}
	// A metric's event this round leaves unclaimed (held, or skipped as
	// locked: a pass's transaction renewing its hold has not committed, so
	// notHeldBefore still reads its old, run-out hold) keeps the metric's
	// later events back too: a change never goes out before the first value
	// it changes.
	blocked := map[string]bool{}
	var out []model.Event
	for _, c := range cands {
		id := c.id
		if blocked[c.metric] {
			continue
		}
		args := []any{owner, ms(until), id, ms(now), owner, ms(now)}
		if s.dialect == postgresDialect {
			args = append(args, id)
		}
		res, err := s.exec(ctx, nil, claim, args...)
		if err != nil {
			return nil, fmt.Errorf("store: claim events: event %d: %w", id, err)
		}
		if n, _ := res.RowsAffected(); n != 1 {
			blocked[c.metric] = true
			continue
		}
		e, err := s.event(ctx, id)
		if err != nil {
			return nil, fmt.Errorf("store: claim events: %w", err)
		}
		out = append(out, e)
	}
	return out, nil
}

// ids runs a query that selects one id column.
func (s *sqlStore) ids(ctx context.Context, query string, args ...any) ([]int64, error) {
	return s.idsIn(ctx, nil, query, args...)
}

// idsIn is ids in the transaction tx (nil: none).
func (s *sqlStore) idsIn(ctx context.Context, tx *sql.Tx, query string, args ...any) ([]int64, error) {
	rows, err := s.query(ctx, tx, query, args...)
	if err != nil {
		return nil, err
	}
	return collect(rows, func(r *sql.Rows) (id int64, err error) {
		err = r.Scan(&id)
		return id, err
	})
}

const eventColumns = `id, event_key, kind, metric, payload, created_ms, attempts, last_error, delivered_ms, message_ts, channel, channel_id, thread_ts, first_attempt_ms`

func (s *sqlStore) event(ctx context.Context, id int64) (model.Event, error) {
	return s.eventIn(ctx, nil, id)
}

// eventIn is event in the transaction tx (nil: none).
func (s *sqlStore) eventIn(ctx context.Context, tx *sql.Tx, id int64) (model.Event, error) {
	var e model.Event
	var payload string
	var created int64
	var delivered sql.NullInt64
	var first int64
	err := s.qrow(ctx, tx, `SELECT `+eventColumns+` FROM outbox WHERE id = ?`, id).
		Scan(&e.ID, &e.Key, &e.Kind, &e.Metric, &payload, &created, &e.Attempts, &e.LastError, &delivered, &e.MessageTS, &e.Channel, &e.ChannelID, &e.ThreadTS, &first)
	if err != nil {
		return e, fmt.Errorf("event %d: %w", id, err)
	}
	e.Created = fromMS(created)
	if first != 0 {
		e.FirstAttempt = fromMS(first)
	}
	if delivered.Valid {
		t := fromMS(delivered.Int64)
		e.Delivered = &t
	}
	if err := json.Unmarshal([]byte(payload), &e.Payload); err != nil {
		return e, fmt.Errorf("event %d: payload: %w", id, err)
	}
	return e, nil
}

// Events returns the newest events, delivered or not, newest first.
func (s *sqlStore) Events(ctx context.Context, limit int) ([]model.Event, error) {
	ids, err := s.ids(ctx, `SELECT id FROM outbox ORDER BY id DESC LIMIT ?`, limit)
	if err != nil {
		return nil, fmt.Errorf("store: list events: %w", err)
	}
	out := make([]model.Event, 0, len(ids))
	for _, id := range ids {
		e, err := s.event(ctx, id)
		if err != nil {
			return nil, fmt.Errorf("store: list events: %w", err)
		}
		out = append(out, e)
	}
	return out, nil
}

// PendingCount counts the events not yet delivered.
func (s *sqlStore) PendingCount(ctx context.Context) (int, error) {
	var n int
	if err := s.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM outbox WHERE delivered_ms IS NULL`).Scan(&n); err != nil {
		return 0, fmt.Errorf("store: count pending events: %w", err)
	}
	return n, nil
}

// ReviseWaiting rewrites, in the transaction, the payload of the events of
// a kind and metric whose key opens with prefix that still wait in the
// outbox, neither delivered nor claimed by a delivery: a metric's first
// value announced from the archive, when a newer archive figure replaces
// it before the announcement is posted. An event a delivery has claimed
// (it is being posted now, or its claim has not yet run out after a failed
// try) is left as it is: what is posted is what was claimed. An event a
// pass holds (EnqueueHeld) waits, and is rewritten. With hold set (the
// pass revising it, PassHold), what it rewrites is held by that pass from
// then on, until until (the pass's clock's HoldFor ahead; it renews the
// hold as it runs and hands it back as it ends). It reports how many it
// rewrote.
func (t *Tx) ReviseWaiting(ctx context.Context, kind model.EventKind, metric, prefix string, p model.EventPayload, hold string, until time.Time) (int64, error) {
	payload, err := json.Marshal(p)
	if err != nil {
		return 0, fmt.Errorf("store: revise waiting %s events of %s: payload: %w", kind, metric, err)
	}
	now := time.Now()
	where := []any{string(kind), metric, utf8.RuneCountInString(prefix), prefix, ms(now)}
	var res sql.Result
	if hold == "" {
		res, err = t.s.exec(ctx, t.tx, sqlReviseWaiting, append([]any{string(payload)}, where...)...)
	} else {
		res, err = t.s.exec(ctx, t.tx, sqlReviseWaitingHeld, append([]any{string(payload), hold, ms(until)}, where...)...)
	}
	if err != nil {
		return 0, fmt.Errorf("store: revise waiting %s events of %s: %w", kind, metric, err)
	}
	n, _ := res.RowsAffected()
	return n, nil
}

// HasEvents reports whether the outbox holds, in the transaction, an event
// of a kind and metric whose key opens with prefix, delivered or not: a
// metric's first value posted because it was recent (tracker's
// announceRecent) is posted once, whichever later archive figure would be
// recent too.
func (t *Tx) HasEvents(ctx context.Context, kind model.EventKind, metric, prefix string) (bool, error) {
	var n int
	err := t.s.qrow(ctx, t.tx, `SELECT COUNT(*) FROM outbox WHERE kind = ? AND metric = ? AND substr(event_key, 1, ?) = ?`,
		string(kind), metric, utf8.RuneCountInString(prefix), prefix).Scan(&n)
	if err != nil {
		return false, fmt.Errorf("store: %s events of %s: %w", kind, metric, err)
	}
	return n > 0, nil
}
