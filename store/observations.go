package store

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/claimtrack/claimtrack/model"
)

const sqlInsertObservation = `INSERT INTO observations (metric, article_id, outlet, published_ms, fetched_ms, readings, quote, quote_start, quote_end, rule, outcome, claimant_id, claimant_words, claimant_how, revised, claimant_written, reading)
	VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`

// AddObservation stores an observation, with the outcome the tracker
// judged, in the transaction and returns its id.
func (t *Tx) AddObservation(ctx context.Context, o model.Observation) (int64, error) {
	readings, err := json.Marshal(o.Readings)
	if err != nil {
		return 0, fmt.Errorf("store: add observation of %s: readings: %w", o.Metric, err)
	}
	var id int64
	if err := t.s.qrow(ctx, t.tx, sqlInsertObservation,
		o.Metric, o.ArticleID, o.Outlet, ms(o.Published), ms(o.Fetched), string(readings), o.Quote, o.QuoteStart, o.QuoteEnd, o.Rule, o.Outcome, o.ClaimantID, o.ClaimantWords, o.ClaimantHow, flag(o.Revised), o.ClaimantWritten,
		readingOf(o.Says)).Scan(&id); err != nil {
		return 0, fmt.Errorf("store: add observation of %s: %w", o.Metric, err)
	}
	return id, nil
}

// flag is a bool as the stores' INTEGER columns keep it.
func flag(b bool) int {
	if b {
		return 1
	}
	return 0
}

const observationColumns = `o.id, o.metric, o.article_id, o.outlet, a.canonical_url, a.title, o.published_ms, o.fetched_ms, o.readings, o.quote, o.quote_start, o.quote_end, o.rule, o.outcome, o.claimant_id, o.claimant_words, o.claimant_how, o.revised, o.claimant_written, o.reading`

// sqlObservation reads one observation with its article.
const sqlObservation = `SELECT ` + observationColumns + ` FROM observations o JOIN articles a ON a.id = o.article_id WHERE o.id = ?`

func scanObservation(sc interface{ Scan(...any) error }) (*model.Observation, error) {
	var o model.Observation
	var pub, fet int64
	var readings string
	var revised int
	var reading string
	if err := sc.Scan(&o.ID, &o.Metric, &o.ArticleID, &o.Outlet, &o.URL, &o.Title, &pub, &fet, &readings, &o.Quote, &o.QuoteStart, &o.QuoteEnd, &o.Rule, &o.Outcome, &o.ClaimantID, &o.ClaimantWords, &o.ClaimantHow, &revised, &o.ClaimantWritten,
		&reading); err != nil {
		return nil, err
	}
	if _, err := readReading(reading, &o.Says); err != nil {
		return nil, fmt.Errorf("observation %d: %w", o.ID, err)
	}
	o.Published, o.Fetched, o.Revised = fromMS(pub), fromMS(fet), revised != 0
	if err := json.Unmarshal([]byte(readings), &o.Readings); err != nil {
		return nil, fmt.Errorf("observation %d: readings: %w", o.ID, err)
	}
	return &o, nil
}

// Observation reads an observation with its article in the transaction.
func (t *Tx) Observation(ctx context.Context, id int64) (*model.Observation, error) {
	o, err := scanObservation(t.s.qrow(ctx, t.tx, sqlObservation, id))
	if err != nil {
		return nil, fmt.Errorf("store: observation %d: %w", id, err)
	}
	return o, nil
}

// ArticleObservations reads the observations stored of one article, in
// the transaction, oldest first: what a revised article said before.
func (t *Tx) ArticleObservations(ctx context.Context, articleID int64) ([]model.Observation, error) {
	rows, err := t.s.query(ctx, t.tx, `SELECT `+observationColumns+` FROM observations o JOIN articles a ON a.id = o.article_id WHERE o.article_id = ? ORDER BY o.id`, articleID)
	if err != nil {
		return nil, fmt.Errorf("store: observations of article %d: %w", articleID, err)
	}
	defer rows.Close()
	var out []model.Observation
	for rows.Next() {
		o, err := scanObservation(rows)
		if err != nil {
			return nil, fmt.Errorf("store: observations of article %d: %w", articleID, err)
		}
		out = append(out, *o)
	}
	return out, rows.Err()
}

// History returns a metric's observations, oldest first.
func (s *sqlStore) History(ctx context.Context, metric string) ([]model.Observation, error) {
	rows, err := s.query(ctx, nil, `SELECT `+observationColumns+` FROM observations o JOIN articles a ON a.id = o.article_id WHERE o.metric = ? ORDER BY o.published_ms, o.id`, metric)
	if err != nil {
		return nil, fmt.Errorf("store: history of %s: %w", metric, err)
	}
	defer rows.Close()
	var out []model.Observation
	for rows.Next() {
		o, err := scanObservation(rows)
		if err != nil {
			return nil, fmt.Errorf("store: history of %s: %w", metric, err)
		}
		out = append(out, *o)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: history of %s: %w", metric, err)
	}
	return out, nil
}

const sqlSetOutcome = `UPDATE observations SET outcome = ? WHERE id = ?`

// SetOutcome records a new outcome for a stored observation: on a first
// pass, the accepted value a newer conflicting archive figure replaces is
// kept as the disagreement (tracker.Supersedes), whichever was read first.
func (t *Tx) SetOutcome(ctx context.Context, id int64, outcome string) error {
	if _, err := t.s.exec(ctx, t.tx, sqlSetOutcome, outcome, id); err != nil {
		return fmt.Errorf("store: set outcome of observation %d: %w", id, err)
	}
	return nil
}

// ArchivedObservation is a stored observation as a replay of a metric's
// archive reads it (see tracker's replay): with whether its article is a
// near copy of another, which then agrees with nobody.
type ArchivedObservation struct {
	model.Observation
	Copy bool
	// ReadVersion is the version of the reading its sentence was stored
	// with (store/reading.go: 0 when nothing is known of it).
	ReadVersion int
}

// sqlSpan counts a metric's observations up to a limit and gives the
// newest one's publication time, through the (metric, published_ms) index.
const sqlSpan = `SELECT COUNT(*), COALESCE(MAX(published_ms), 0) FROM (SELECT published_ms FROM observations WHERE metric = ? ORDER BY published_ms DESC LIMIT ?) s`

// MetricSpan says how many observations a metric has in the transaction,
// counted up to limit (a count of limit means as many or more), and when
// the newest of them was published (zero when it has none, or when that
// article gives no date).
func (t *Tx) MetricSpan(ctx context.Context, metric string, limit int) (n int, newest time.Time, err error) {
	var pub int64
	if err := t.s.qrow(ctx, t.tx, sqlSpan, metric, limit).Scan(&n, &pub); err != nil {
		return 0, time.Time{}, fmt.Errorf("store: span of %s: %w", metric, err)
	}
	return n, fromMS(pub), nil
}

const sqlMetricObservations = `SELECT o.id, o.outlet, a.canonical_url, o.published_ms, o.fetched_ms, o.readings, o.quote, o.quote_start, o.outcome, o.claimant_id, o.claimant_words,
	o.reading, CASE WHEN a.copy_of IS NULL THEN 0 ELSE 1 END FROM observations o JOIN articles a ON a.id = o.article_id
	WHERE o.metric = ? ORDER BY o.published_ms, o.id LIMIT ?`

// MetricObservations returns up to limit of a metric's observations in
// the transaction, oldest first (those published at one time as stored),
// with what judging them again needs: their metric, outlet, URL, times,
// readings, outcome, claimant, their sentence's reading (model.Says) and
// its version, and their quote and its start, to read a reading of an
// older version again (not their title or rule).
func (t *Tx) MetricObservations(ctx context.Context, metric string, limit int) ([]ArchivedObservation, error) {
	rows, err := t.s.query(ctx, t.tx, sqlMetricObservations, metric, limit)
	if err != nil {
		return nil, fmt.Errorf("store: observations of %s: %w", metric, err)
	}
	defer rows.Close()
	var out []ArchivedObservation
	for rows.Next() {
		a := ArchivedObservation{Observation: model.Observation{Metric: metric}}
		var pub, fet int64
		var readings string
		var isCopy int
		var reading string
		o := &a.Observation
		if err := rows.Scan(&o.ID, &o.Outlet, &o.URL, &pub, &fet, &readings, &o.Quote, &o.QuoteStart, &o.Outcome, &o.ClaimantID, &o.ClaimantWords, &reading, &isCopy); err != nil {
			return nil, fmt.Errorf("store: observations of %s: %w", metric, err)
		}
		if a.ReadVersion, err = readReading(reading, &o.Says); err != nil {
			return nil, fmt.Errorf("store: observations of %s: observation %d: %w", metric, o.ID, err)
		}
		o.Published, o.Fetched = fromMS(pub), fromMS(fet)
		if err := json.Unmarshal([]byte(readings), &o.Readings); err != nil {
			return nil, fmt.Errorf("store: observations of %s: observation %d: readings: %w", metric, o.ID, err)
		}
		a.Copy = isCopy != 0
		out = append(out, a)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: observations of %s: %w", metric, err)
	}
	return out, nil
}
