package store

import (
	"context"
	"fmt"
	"time"
	"unicode/utf8"

	"github.com/claimtrack/claimtrack/model"
)

// WaitingEvents returns, in the transaction, the events of a kind and
// metric whose key opens with prefix that still wait in the outbox
// (neither delivered nor claimed by a delivery; see ReviseWaiting), oldest
// first: the messages a correction may have made false before they were
// posted (tracker's waitinglower.go).
func (t *Tx) WaitingEvents(ctx context.Context, kind model.EventKind, metric, prefix string) ([]model.Event, error) {
	ids, err := t.s.idsIn(ctx, t.tx, `SELECT id FROM outbox`+reviseWhere+waiting+` ORDER BY id`,
		string(kind), metric, utf8.RuneCountInString(prefix), prefix, ms(time.Now()))
	if err != nil {
		return nil, fmt.Errorf("store: waiting %s events of %s: %w", kind, metric, err)
	}
	out := make([]model.Event, 0, len(ids))
	for _, id := range ids {
		e, err := t.s.eventIn(ctx, t.tx, id)
		if err != nil {
			return nil, fmt.Errorf("store: waiting %s events of %s: %w", kind, metric, err)
		}
		out = append(out, e)
	}
	return out, nil
}

// WithdrawWaiting takes out of the outbox, in the transaction, the event
// id while it still waits: a message its news no longer holds for (a
// lower figure a correction made the value) is never posted. An event a
// delivery has claimed or posted stays, and what follows it is its
// follow-up. It reports whether the event was withdrawn.
func (t *Tx) WithdrawWaiting(ctx context.Context, id int64) (bool, error) {
	res, err := t.s.exec(ctx, t.tx, `DELETE FROM outbox WHERE id = ? AND `+waiting, id, ms(time.Now()))
	if err != nil {
		return false, fmt.Errorf("store: withdraw waiting event %d: %w", id, err)
	}
	n, _ := res.RowsAffected()
	return n == 1, nil
}
