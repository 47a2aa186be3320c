package store

import (
	"context"
	"fmt"

	"github.com/claimtrack/claimtrack/model"
)

// sqlClaimantNames reads the claimants of a metric's newest attributed
// observations: their id, words and words as written.
const sqlClaimantNames = `SELECT claimant_id, claimant_words, claimant_written FROM observations
	WHERE metric = ? AND (claimant_id <> '' OR claimant_words <> '')
	ORDER BY published_ms DESC, id DESC LIMIT ?`

// ClaimantNames returns the distinct claimants (id, words, words as
// written) of a metric's newest limit attributed observations in the
// transaction, newest first: the bodies its figures were credited to,
// against which the tracker keys a body another outlet names otherwise.
func (t *Tx) ClaimantNames(ctx context.Context, metric string, limit int) ([]model.Observation, error) {
	rows, err := t.s.query(ctx, t.tx, sqlClaimantNames, metric, limit)
	if err != nil {
		return nil, fmt.Errorf("store: claimants of %s: %w", metric, err)
	}
	defer rows.Close()
	var out []model.Observation
	seen := map[[3]string]bool{}
	for rows.Next() {
		var o model.Observation
		if err := rows.Scan(&o.ClaimantID, &o.ClaimantWords, &o.ClaimantWritten); err != nil {
			return nil, fmt.Errorf("store: claimants of %s: %w", metric, err)
		}
		if k := [3]string{o.ClaimantID, o.ClaimantWords, o.ClaimantWritten}; !seen[k] {
			seen[k] = true
			out = append(out, o)
		}
	}
	return out, rows.Err()
}
