package store

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/claimtrack/claimtrack/model"
)

// sqlClaimantFigures reads a metric's attributed observations, newest
// first: those of a configured claimant by its id, and every unlisted
// claimant's, whose words are compared in Go (claimantKey normalises them).
const sqlClaimantFigures = `SELECT id, published_ms, readings, outcome, claimant_id, claimant_words, quote FROM observations
	WHERE metric = ? AND (claimant_id = ? OR claimant_id = '' AND claimant_words <> '')
	ORDER BY published_ms DESC, id DESC LIMIT ?`

// ClaimantFigures returns up to limit of a metric's observations in the
// transaction whose claimant has key (ClaimantKey), newest first, with
// their id, time, readings, outcome, claimant and quote alone: a claimant's own
// history, against which the tracker reads a figure run again.
func (t *Tx) ClaimantFigures(ctx context.Context, metric, key string, limit int) ([]model.Observation, error) {
	rows, err := t.s.query(ctx, t.tx, sqlClaimantFigures, metric, key, limit)
	if err != nil {
		return nil, fmt.Errorf("store: figures of %s: %w", stateName(metric, key), err)
	}
	defer rows.Close()
	var out []model.Observation
	for rows.Next() {
		o := model.Observation{Metric: metric}
		var pub int64
		var readings string
		if err := rows.Scan(&o.ID, &pub, &readings, &o.Outcome, &o.ClaimantID, &o.ClaimantWords, &o.Quote); err != nil {
			return nil, fmt.Errorf("store: figures of %s: %w", stateName(metric, key), err)
		}
		if claimantKey(o.ClaimantID, o.ClaimantWords) != key {
			continue
		}
		o.Published = fromMS(pub)
		if err := json.Unmarshal([]byte(readings), &o.Readings); err != nil {
			return nil, fmt.Errorf("store: figures of %s: observation %d: readings: %w", stateName(metric, key), o.ID, err)
		}
		out = append(out, o)
	}
	return out, rows.Err()
}
