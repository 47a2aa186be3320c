package tracker

import (
	"context"
	"fmt"
	"time"
)

// Leases lists who holds what at now: sources' leases, named leases (the
// outbox's), and the undelivered events each owner has claimed.
func (s *sqlStore) Leases(ctx context.Context, now time.Time) ([]Lease, error) {
	queries := []struct {
		kind  LeaseKind
		query string
	}{
		{SourceLease, `SELECT name, lease_owner, lease_until_ms, 0 FROM source_state WHERE lease_until_ms >= ? AND lease_owner <> '' ORDER BY name`},
		{NamedLease, `SELECT name, owner, until_ms, 0 FROM leases WHERE until_ms >= ? ORDER BY name`},
		{EventClaims, `SELECT '', claim_owner, MAX(claim_until_ms), COUNT(*) FROM outbox
			WHERE delivered_ms IS NULL AND claim_until_ms >= ? AND claim_owner <> '' GROUP BY claim_owner ORDER BY claim_owner`},
	}
	var out []Lease
	for _, q := range queries {
		rows, err := s.query(ctx, nil, q.query, ms(now))
		if err != nil {
			return nil, fmt.Errorf("store: list leases: %w", err)
		}
		for rows.Next() {
			l := Lease{Kind: q.kind}
			var until int64
			if err := rows.Scan(&l.Name, &l.Owner, &until, &l.Claims); err != nil {
				rows.Close()
				return nil, fmt.Errorf("store: list leases: %w", err)
			}
			l.Until = fromMS(until)
			out = append(out, l)
		}
		err = rows.Err()
		rows.Close()
		if err != nil {
			return nil, fmt.Errorf("store: list leases: %w", err)
		}
	}
	return out, nil
}
