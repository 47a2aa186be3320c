package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/claimtrack/claimtrack/model"
)

// DashboardReads are reads only the dashboard makes.
type DashboardReads interface {
	// EventsBefore returns up to limit events older than the event
	// before (all of them when before is 0), newest first: a page of the
	// events list.
	EventsBefore(ctx context.Context, before int64, limit int) ([]model.Event, error)
	// CopiesOf maps each of a metric's observations that came from a
	// near copy of another article (syndication) to the outlet of the
	// original.
	CopiesOf(ctx context.Context, metric string) (map[int64]string, error)
	// FailingEvents sums up the undelivered events whose last attempt
	// failed, however many and however old, for the index's warning.
	FailingEvents(ctx context.Context) (Failing, error)
	// MetricEvents returns a metric's events of a kind, oldest first.
	MetricEvents(ctx context.Context, metric string, kind model.EventKind) ([]model.Event, error)
}

// Failing sums up the events that fail to be delivered: how many, when
// the oldest of them was queued, and the error of the newest (the one
// most likely to say what is wrong now). Zero when none fails.
type Failing struct {
	Count     int
	Oldest    time.Time
	LastError string
}

func (s *sqlStore) FailingEvents(ctx context.Context) (Failing, error) {
	var f Failing
	var oldest int64
	if err := s.qrow(ctx, nil, `SELECT COUNT(*), COALESCE(MIN(created_ms), 0) FROM outbox WHERE delivered_ms IS NULL AND last_error <> ''`).Scan(&f.Count, &oldest); err != nil {
		return Failing{}, fmt.Errorf("store: count failing events: %w", err)
	}
	if f.Count == 0 {
		return Failing{}, nil
	}
	f.Oldest = fromMS(oldest)
	err := s.qrow(ctx, nil, `SELECT last_error FROM outbox WHERE delivered_ms IS NULL AND last_error <> '' ORDER BY id DESC LIMIT 1`).Scan(&f.LastError)
	if errors.Is(err, sql.ErrNoRows) {
		// Delivered between the two reads: nothing fails now.
		return Failing{}, nil
	}
	if err != nil {
		return Failing{}, fmt.Errorf("store: failing events' last error: %w", err)
	}
	return f, nil
}

func (s *sqlStore) EventsBefore(ctx context.Context, before int64, limit int) ([]model.Event, error) {
	q, args := `SELECT id FROM outbox ORDER BY id DESC LIMIT ?`, []any{limit}
	if before > 0 {
		q, args = `SELECT id FROM outbox WHERE id < ? ORDER BY id DESC LIMIT ?`, []any{before, limit}
	}
	ids, err := s.ids(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("store: list events before %d: %w", before, err)
	}
	out := make([]model.Event, 0, len(ids))
	for _, id := range ids {
		e, err := s.event(ctx, id)
		if err != nil {
			return nil, fmt.Errorf("store: list events before %d: %w", before, err)
		}
		out = append(out, e)
	}
	return out, nil
}

// MetricEvents returns a metric's events of a kind, oldest first: history
// says which figure a first value posted (an archive's recent change is
// "archive: taken as the value", and was posted).
func (s *sqlStore) MetricEvents(ctx context.Context, metric string, kind model.EventKind) ([]model.Event, error) {
	ids, err := s.ids(ctx, `SELECT id FROM outbox WHERE metric = ? AND kind = ? ORDER BY id`, metric, string(kind))
	if err != nil {
		return nil, fmt.Errorf("store: %s events of %s: %w", kind, metric, err)
	}
	out := make([]model.Event, 0, len(ids))
	for _, id := range ids {
		e, err := s.event(ctx, id)
		if err != nil {
			return nil, fmt.Errorf("store: %s events of %s: %w", kind, metric, err)
		}
		out = append(out, e)
	}
	return out, nil
}

func (s *sqlStore) CopiesOf(ctx context.Context, metric string) (map[int64]string, error) {
	rows, err := s.query(ctx, nil, `SELECT o.id, orig.outlet FROM observations o
		JOIN articles a ON a.id = o.article_id JOIN articles orig ON orig.id = a.copy_of WHERE o.metric = ?`, metric)
	if err != nil {
		return nil, fmt.Errorf("store: copies among %s's observations: %w", metric, err)
	}
	defer rows.Close()
	out := map[int64]string{}
	for rows.Next() {
		var id int64
		var outlet string
		if err := rows.Scan(&id, &outlet); err != nil {
			return nil, fmt.Errorf("store: copies among %s's observations: %w", metric, err)
		}
		out[id] = outlet
	}
	return out, rows.Err()
}
