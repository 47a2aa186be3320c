package store

import (
	"context"
	"database/sql"
	"fmt"
	"time"
)

// TryLease claims a source for one replica until the lease ends; it
// returns false when another replica holds it.
func (s *sqlStore) TryLease(ctx context.Context, source, owner string, until, now time.Time) (bool, error) {
	if _, err := s.exec(ctx, nil, sqlEnsureSource, source); err != nil {
		return false, fmt.Errorf("store: lease source %s: %w", source, err)
	}
	res, err := s.exec(ctx, nil, `UPDATE source_state SET lease_owner = ?, lease_until_ms = ? WHERE name = ? AND (lease_until_ms < ? OR lease_owner = ?)`,
		owner, ms(until), source, ms(now), owner)
	if err != nil {
		return false, fmt.Errorf("store: lease source %s: %w", source, err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return false, fmt.Errorf("store: lease source %s: %w", source, err)
	}
	return n == 1, nil
}

// HoldLease takes or renews a named lease on work only one replica may do
// at a time (draining the outbox, so that events go out in order).
func (s *sqlStore) HoldLease(ctx context.Context, name, owner string, until, now time.Time) (bool, error) {
	// The upsert locks the row in both databases, so two replicas asking at
	// once are served one after the other and only one gets it.
	res, err := s.exec(ctx, nil, `INSERT INTO leases (name, owner, until_ms) VALUES (?, ?, ?)
		ON CONFLICT (name) DO UPDATE SET owner = excluded.owner, until_ms = excluded.until_ms
		WHERE leases.until_ms < ? OR leases.owner = ?`, name, owner, ms(until), ms(now), owner)
	if err != nil {
		return false, fmt.Errorf("store: hold lease %s: %w", name, err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return false, fmt.Errorf("store: hold lease %s: %w", name, err)
	}
	return n == 1, nil
}

// ReleaseOutbox gives up the owner's outbox lease and its claims on
// undelivered events, so that the next drain (another process, say the
// next `claimtrack once`) need not wait for them to expire.
func (s *sqlStore) ReleaseOutbox(ctx context.Context, lease, owner string) error {
	if _, err := s.exec(ctx, nil, `UPDATE leases SET until_ms = 0 WHERE name = ? AND owner = ?`, lease, owner); err != nil {
		return fmt.Errorf("store: release lease %s: %w", lease, err)
	}
	if _, err := s.exec(ctx, nil, `UPDATE outbox SET claim_until_ms = 0 WHERE claim_owner = ? AND delivered_ms IS NULL`, owner); err != nil {
		return fmt.Errorf("store: release claimed events: %w", err)
	}
	return nil
}

// Lease is who holds a source, or other work only one process may do at
// a time, and until when.
type Lease struct {
	Kind  LeaseKind
	Name  string // the source, or the named lease ("outbox"); "" for EventClaims
	Owner string
	Until time.Time
	// Claims counts the undelivered events claimed (EventClaims).
	Claims int
}

// LeaseKind says what a Lease holds.
type LeaseKind int

const (
	// SourceLease: a source, while a pass of it runs.
	SourceLease LeaseKind = iota
	// NamedLease: other work for one process at a time (delivering the
	// outbox, so that events go out in the order they were queued).
	NamedLease
	// EventClaims: outbox events claimed for delivery.
	EventClaims
)

// Leases lists who holds what at now: sources' leases, named leases (the
// outbox's), and the undelivered events each owner has claimed for
// delivery. Events a pass holds until it ends (held.go) are not listed:
// no process is delivering them, a copy takes them as they are, and the
// hold runs out by itself.
func (s *sqlStore) Leases(ctx context.Context, now time.Time) ([]Lease, error) {
	return s.leases(ctx, nil, now)
}

// leases lists the leases live at now, read in tx when given (Copy reads
// them in the snapshot it copies).
func (s *sqlStore) leases(ctx context.Context, tx *sql.Tx, now time.Time) ([]Lease, error) {
	queries := []struct {
		kind  LeaseKind
		query string
	}{
		{SourceLease, `SELECT name, lease_owner, lease_until_ms, 0 FROM source_state WHERE lease_until_ms >= ? AND lease_owner <> '' ORDER BY name`},
		{NamedLease, `SELECT name, owner, until_ms, 0 FROM leases WHERE until_ms >= ? AND name <> '` + movedLease + `' ORDER BY name`},
		{EventClaims, `SELECT '', claim_owner, MAX(claim_until_ms), COUNT(*) FROM outbox
			WHERE delivered_ms IS NULL AND claim_until_ms >= ? AND claim_owner <> '' AND NOT ` + heldBy("claim_owner") + ` GROUP BY claim_owner ORDER BY claim_owner`},
	}
	var out []Lease
	for _, q := range queries {
		rows, err := s.query(ctx, tx, q.query, ms(now))
		if err != nil {
			return nil, fmt.Errorf("store: list leases: %w", err)
		}
		ls, err := collect(rows, func(r *sql.Rows) (l Lease, err error) {
			l.Kind = q.kind
			var until int64
			err = r.Scan(&l.Name, &l.Owner, &until, &l.Claims)
			l.Until = fromMS(until)
			return l, err
		})
		if err != nil {
			return nil, fmt.Errorf("store: list leases: %w", err)
		}
		out = append(out, ls...)
	}
	return out, nil
}
