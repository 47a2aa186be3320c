package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/claimtrack/claimtrack/model"
	"github.com/claimtrack/claimtrack/rules/claimant"
)

// A metric's state: its accepted value (one per claimant for a metric
// judged by claimant), the outlets and claimants agreeing with it.

// Accepted is a metric's accepted value as stored: the observation that
// set it, the outlets that agree with it (the first being the one that set
// it) and the independent claimants that do (the first being its own
// claimant, when attributed). Key is the key it is kept under: the
// claimant for a metric judged by claimant, else "". ClaimantID and
// ClaimantWords are the accepted observation's claimant, empty when
// unattributed. TrackedSince is when the value's tracking began: when the
// article whose figure was its first accepted value was fetched (zero
// when the store cannot say); accepting a later value leaves it.
type Accepted struct {
	ObservationID int64
	Key           string
	ClaimantID    string
	ClaimantWords string
	Readings      []model.Reading
	Outlet        string
	Published     time.Time
	Agreeing      []string
	Claimants     []string
	TrackedSince  time.Time
	// EventAnother and EventOrdinal are whether the accepted
	// observation's sentence called its swap another and the rank it gave
	// it (model.Observation's), false and 0 when it said nothing.
	EventAnother bool
	EventOrdinal int
	// AsOf is the day the accepted observation's sentence says its
	// figure was true on (model.Says.AsOf), zero when it gave none.
	AsOf time.Time
}

// LockMetrics serialises writers of the metrics a transaction will judge:
// an advisory lock each in PostgreSQL (the rows may not exist yet); in
// SQLite the immediate transaction already holds the write lock. They are
// locked in one order for all replicas: two transactions locking their
// metrics as they meet them could each wait for the other.
func (t *Tx) LockMetrics(ctx context.Context, metrics []string) error {
	if t.s.dialect != postgresDialect {
		return nil
	}
	metrics = slices.Clone(metrics)
	slices.Sort(metrics)
	for _, m := range slices.Compact(metrics) {
		if _, err := t.tx.ExecContext(ctx, `SELECT pg_advisory_xact_lock(hashtext($1))`, "metric:"+m); err != nil {
			return fmt.Errorf("store: lock metric %s: %w", m, err)
		}
	}
	return nil
}

const sqlState = `SELECT s.observation_id, s.readings, s.outlet, s.published_ms, s.agree, s.agree_claimants, s.tracked_ms, o.claimant_id, o.claimant_words, o.reading
	FROM metric_state s JOIN observations o ON o.id = s.observation_id WHERE s.metric = ? AND s.claimant = ?`

// Accepted returns a metric's accepted value in the transaction, or nil
// when it has none yet; claimant is "" for a metric judged as one, else
// the claimant whose own value is asked for.
func (t *Tx) Accepted(ctx context.Context, metric, claimant string) (*Accepted, error) {
	return t.s.accepted(ctx, t.tx, metric, claimant)
}

// accepted reads an accepted value in tx, or outside one when tx is nil.
func (s *sqlStore) accepted(ctx context.Context, tx *sql.Tx, metric, claimant string) (*Accepted, error) {
	var obsID, pub, tracked int64
	var readings, outlet, agree, agreeClaimants, claimantID, claimantWords, reading string
	err := s.qrow(ctx, tx, sqlState, metric, claimant).Scan(&obsID, &readings, &outlet, &pub, &agree, &agreeClaimants, &tracked, &claimantID, &claimantWords, &reading)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("store: accepted value of %s: %w", stateName(metric, claimant), err)
	}
	var says model.Says
	if _, err := readReading(reading, &says); err != nil {
		return nil, fmt.Errorf("store: accepted value of %s: %w", stateName(metric, claimant), err)
	}
	acc := &Accepted{ObservationID: obsID, Key: claimant, ClaimantID: claimantID, ClaimantWords: claimantWords, Outlet: outlet, Published: fromMS(pub), TrackedSince: fromMS(tracked),
		EventAnother: says.EventAnother, EventOrdinal: says.EventOrdinal, AsOf: says.AsOf}
	if err := json.Unmarshal([]byte(readings), &acc.Readings); err != nil {
		return nil, fmt.Errorf("store: accepted value of %s: readings: %w", stateName(metric, claimant), err)
	}
	if err := json.Unmarshal([]byte(agree), &acc.Agreeing); err != nil {
		return nil, fmt.Errorf("store: accepted value of %s: agreeing outlets: %w", stateName(metric, claimant), err)
	}
	if err := json.Unmarshal([]byte(agreeClaimants), &acc.Claimants); err != nil {
		return nil, fmt.Errorf("store: accepted value of %s: agreeing claimants: %w", stateName(metric, claimant), err)
	}
	return acc, nil
}

// claimantKey is how claimants compare: a configured claimant by its id,
// an unlisted one by its words normalised ("The Gulf Courier" is "gulf
// courier", as "Gulf Courier" is); "" when unattributed.
func claimantKey(id, words string) string {
	if id != "" {
		return id
	}
	return claimant.NormalizeWords(words)
}

// ClaimantKey is how claimants compare (see claimantKey): the key of a
// value kept by claimant, and what lists of agreeing claimants hold.
func ClaimantKey(o model.Observation) string { return claimantKey(o.ClaimantID, o.ClaimantWords) }

// stateName names an accepted value in errors: the metric, and the
// claimant it is kept for when it has one.
func stateName(metric, claimant string) string {
	if claimant == "" {
		return metric
	}
	return fmt.Sprintf("%s (by %s)", metric, claimant)
}

// AcceptedValues returns a metric's accepted values outside a
// transaction: one, or one per claimant for a metric judged by claimant,
// ordered by claimant.
func (s *sqlStore) AcceptedValues(ctx context.Context, metric string) ([]Accepted, error) {
	rows, err := s.query(ctx, nil, `SELECT claimant FROM metric_state WHERE metric = ? ORDER BY claimant`, metric)
	if err != nil {
		return nil, fmt.Errorf("store: accepted values of %s: %w", metric, err)
	}
	var keys []string
	for rows.Next() {
		var k string
		if err := rows.Scan(&k); err != nil {
			rows.Close()
			return nil, fmt.Errorf("store: accepted values of %s: %w", metric, err)
		}
		keys = append(keys, k)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: accepted values of %s: %w", metric, err)
	}
	out := make([]Accepted, 0, len(keys))
	for _, k := range keys {
		acc, err := s.accepted(ctx, nil, metric, k)
		if err != nil {
			return nil, err
		}
		if acc != nil {
			out = append(out, *acc)
		}
	}
	return out, nil
}

// sqlUpsertState accepts a value. tracked_ms is set by the first value
// alone: a later one leaves when tracking began, which it returns.
const sqlUpsertState = `INSERT INTO metric_state (metric, claimant, readings, observation_id, outlet, published_ms, agree, agree_claimants, updated_ms, tracked_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
	ON CONFLICT (metric, claimant) DO UPDATE SET readings = excluded.readings, observation_id = excluded.observation_id, outlet = excluded.outlet,
		published_ms = excluded.published_ms, agree = excluded.agree, agree_claimants = excluded.agree_claimants, updated_ms = excluded.updated_ms
	RETURNING tracked_ms`

// Accept makes a stored observation the accepted value kept under key
// ("" for a metric judged as one, else its claimant), agreed by its own
// outlet and its own claimant alone. The first value accepted under key
// begins its tracking at o.Fetched (Accepted.TrackedSince). It returns the
// value as Accepted would read it back: the readings through their JSON,
// the times to the millisecond.
func (t *Tx) Accept(ctx context.Context, o model.Observation, key string) (*Accepted, error) {
	readings, err := json.Marshal(o.Readings)
	if err != nil {
		return nil, fmt.Errorf("store: accept %s: readings: %w", stateName(o.Metric, key), err)
	}
	agreeing := []string{o.Outlet}
	claimants := []string{}
	if c := claimantKey(o.ClaimantID, o.ClaimantWords); c != "" {
		claimants = append(claimants, c)
	}
	ag, err := json.Marshal(agreeing)
	if err != nil {
		return nil, fmt.Errorf("store: accept %s: agreeing outlets: %w", stateName(o.Metric, key), err)
	}
	cl, err := json.Marshal(claimants)
	if err != nil {
		return nil, fmt.Errorf("store: accept %s: agreeing claimants: %w", stateName(o.Metric, key), err)
	}
	var tracked int64
	if err := t.s.qrow(ctx, t.tx, sqlUpsertState,
		o.Metric, key, string(readings), o.ID, o.Outlet, ms(o.Published), string(ag), string(cl), time.Now().UnixMilli(), ms(o.Fetched)).Scan(&tracked); err != nil {
		return nil, fmt.Errorf("store: accept %s: %w", stateName(o.Metric, key), err)
	}
	acc := &Accepted{ObservationID: o.ID, Key: key, ClaimantID: o.ClaimantID, ClaimantWords: o.ClaimantWords, Outlet: o.Outlet, Published: fromMS(ms(o.Published)), Agreeing: agreeing, Claimants: claimants,
		TrackedSince: fromMS(tracked), EventAnother: o.EventAnother, EventOrdinal: o.EventOrdinal, AsOf: o.AsOf}
	if err := json.Unmarshal(readings, &acc.Readings); err != nil {
		return nil, fmt.Errorf("store: accept %s: readings: %w", stateName(o.Metric, key), err)
	}
	return acc, nil
}

const sqlUpdateAgree = `UPDATE metric_state SET agree = ?, agree_claimants = ?, updated_ms = ? WHERE metric = ? AND claimant = ?`

// SetAgreeing records the outlets and the claimants agreeing with the
// accepted value kept under key.
func (t *Tx) SetAgreeing(ctx context.Context, metric, key string, outlets, claimants []string) error {
	if claimants == nil {
		claimants = []string{}
	}
	ag, err := json.Marshal(outlets)
	if err != nil {
		return fmt.Errorf("store: agreeing outlets of %s: %w", stateName(metric, key), err)
	}
	cl, err := json.Marshal(claimants)
	if err != nil {
		return fmt.Errorf("store: agreeing claimants of %s: %w", stateName(metric, key), err)
	}
	if _, err := t.s.exec(ctx, t.tx, sqlUpdateAgree, string(ag), string(cl), time.Now().UnixMilli(), metric, key); err != nil {
		return fmt.Errorf("store: agreeing outlets of %s: %w", stateName(metric, key), err)
	}
	return nil
}

// Current returns a metric's accepted observation and the outlets agreeing
// with it, or nil. For a metric judged by claimant it is the newest of its
// claimants' values (Tx.Accepted reads each).
func (s *sqlStore) Current(ctx context.Context, metric string) (*model.Observation, []string, error) {
	var obsID int64
	var agree string
	err := s.qrow(ctx, nil, `SELECT observation_id, agree FROM metric_state WHERE metric = ? ORDER BY published_ms DESC, claimant LIMIT 1`, metric).Scan(&obsID, &agree)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil, nil
	}
	if err != nil {
		return nil, nil, fmt.Errorf("store: current value of %s: %w", metric, err)
	}
	o, err := scanObservation(s.qrow(ctx, nil, sqlObservation, obsID))
	if err != nil {
		return nil, nil, fmt.Errorf("store: current value of %s: %w", metric, err)
	}
	var outlets []string
	if err := json.Unmarshal([]byte(agree), &outlets); err != nil {
		return nil, nil, fmt.Errorf("store: current value of %s: agreeing outlets: %w", metric, err)
	}
	return o, outlets, nil
}
