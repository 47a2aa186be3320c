package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"
)

// copyTable is a table Copy carries over: its name, the order its rows
// are read in (a copied article's original comes before it, which the
// foreign key asks), and its id column when the database numbers its rows.
type copyTable struct {
	name, orderBy string
	numbered      bool
	// where leaves rows out: the leases' mark of a moved store (moved.go).
	where string
}

// copyTables are the tables that hold state, in an order their foreign
// keys allow: each row's references are copied before it. The band index
// of PostgreSQL (article_bands) is not among them: it is derived from the
// articles' fingerprints, and rebuilt at a PostgreSQL destination.
// TestCopyCoversEverySchemaTable fails when a migration adds a table that
// is neither here nor derived.
var copyTables = []copyTable{
	{"articles", "id", true, ""},
	{"article_texts", "article_id", false, ""},
	{"observations", "id", true, ""},
	{"metric_state", "metric, claimant", false, ""},
	{"outbox", "id", true, ""},
	{"fetch_state", "url", false, ""},
	{"source_state", "name", false, ""},
	{"leases", "name", false, "name <> '" + movedLease + "'"},
}

// derivedTables are rebuilt from the copied rows, not copied.
var derivedTables = []string{"article_bands"}

// CopiedTable is how many rows of one table Copy wrote. Rebuilt is true
// for a table derived from the others at the destination (PostgreSQL's
// band index of the fingerprints).
type CopiedTable struct {
	Table   string
	Rows    int64
	Rebuilt bool
}

// NotEmptyError refuses a destination that already holds rows: a copy
// never merges two stores' histories.
type NotEmptyError struct {
	Table string
	Rows  int64
}

func (e *NotEmptyError) Error() string {
	return fmt.Sprintf("store: copy: the destination already holds %d rows in %s: copy into a new SQLite file or an empty PostgreSQL database (createdb NAME); a copy never merges into a store that has begun",
		e.Rows, e.Table)
}

// InUseError refuses a source that a claimtrack process is working on:
// what it writes during the copy would be missing from the copy, and an
// alert it posts after would be posted again from the copy.
type InUseError struct {
	Leases []Lease
}

func (e *InUseError) Error() string {
	var held []string
	var last time.Time
	for _, l := range e.Leases {
		until := l.Until.UTC().Format("15:04:05 UTC")
		switch l.Kind {
		case SourceLease:
			held = append(held, fmt.Sprintf("source %s is being read by %s until %s", l.Name, l.Owner, until))
		case NamedLease:
			held = append(held, fmt.Sprintf("%s holds the %s lease until %s", l.Owner, l.Name, until))
		case EventClaims:
			held = append(held, fmt.Sprintf("%s has claimed %d undelivered events until %s", l.Owner, l.Claims, until))
		}
		if l.Until.After(last) {
			last = l.Until
		}
	}
	return fmt.Sprintf("store: copy: the source is in use by a claimtrack process (%s): stop every claimtrack on this store (run, once, the demo) and copy again; leases left by a process that was killed end by %s",
		strings.Join(held, "; "), last.UTC().Format("15:04:05 UTC"))
}

// Copy copies every row that holds state from src into dst, ids kept, and
// returns the rows copied per table. dst must be empty (a *NotEmptyError
// otherwise) and src idle at now: no lease of a claimtrack process may be
// live on it (an *InUseError otherwise). src is read in one snapshot and
// dst written in one transaction, so that a copy that fails or is
// interrupted leaves dst as empty as it was. The outbox comes with its
// delivery state and Slack's message and thread ids: what src delivered is
// not delivered again from dst, and later messages reply in the same
// threads. Both stores must be open (their migrations applied); either may
// be SQLite or PostgreSQL.
func Copy(ctx context.Context, dst, src Store, now time.Time) ([]CopiedTable, error) {
	from, ok1 := src.(*sqlStore)
	to, ok2 := dst.(*sqlStore)
	if !ok1 || !ok2 {
		return nil, errors.New("store: copy: both stores must be opened by store.Open")
	}
	opts := &sql.TxOptions{ReadOnly: true}
	if from.dialect == postgresDialect {
		opts.Isolation = sql.LevelRepeatableRead // one snapshot for every table
	}
	srcTx, err := from.db.BeginTx(ctx, opts)
	if err != nil {
		return nil, fmt.Errorf("store: copy: read the source: %w", err)
	}
	defer srcTx.Rollback()
	leases, err := from.leases(ctx, srcTx, now)
	if err != nil {
		return nil, fmt.Errorf("store: copy: %w", err)
	}
	if len(leases) > 0 {
		return nil, &InUseError{Leases: leases}
	}
	dstTx, err := to.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("store: copy: begin at the destination: %w", err)
	}
	defer dstTx.Rollback()
	if err := to.refuseRows(ctx, dstTx); err != nil {
		return nil, err
	}
	var out []CopiedTable
	for _, t := range copyTables {
		n, err := copyRows(ctx, srcTx, dstTx, to, t)
		if err != nil {
			return nil, fmt.Errorf("store: copy %s: %w", t.name, err)
		}
		if t.numbered {
			if err := from.continueIDs(ctx, srcTx, to, dstTx, t.name); err != nil {
				return nil, fmt.Errorf("store: copy %s: ids: %w", t.name, err)
			}
		}
		out = append(out, CopiedTable{Table: t.name, Rows: n})
	}
	if to.copies == nil {
		n, err := to.rebuildBands(ctx, dstTx)
		if err != nil {
			return nil, fmt.Errorf("store: copy: rebuild the fingerprints' band index: %w", err)
		}
		out = append(out, CopiedTable{Table: "article_bands", Rows: n, Rebuilt: true})
	}
	if err := dstTx.Commit(); err != nil {
		return nil, fmt.Errorf("store: copy: commit at the destination: %w", err)
	}
	return out, nil
}

// refuseRows returns a *NotEmptyError for the first table of the store
// that holds a row.
func (s *sqlStore) refuseRows(ctx context.Context, tx *sql.Tx) error {
	var names []string
	for _, t := range copyTables {
		names = append(names, t.name)
	}
	if s.copies == nil { // SQLite has no band table
		names = append(names, derivedTables...)
	}
	for _, t := range names {
		var n int64
		// The table names are this package's own, not input.
		if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM `+t).Scan(&n); err != nil {
			return fmt.Errorf("store: copy: rows of %s at the destination: %w", t, err)
		}
		if n > 0 {
			return &NotEmptyError{Table: t, Rows: n}
		}
	}
	return nil
}

// copyBatchRows and copyBatchBytes bound one INSERT of copyRows: few
// round trips to PostgreSQL, well under both databases' limits on
// parameters, and a batch of article texts in a few megabytes of memory.
const (
	copyBatchRows  = 200
	copyBatchBytes = 4 << 20
)

// copyRows copies a table's rows, every column by name (a column added by
// a later migration comes along without a change here), and returns how
// many.
func copyRows(ctx context.Context, srcTx, dstTx *sql.Tx, to *sqlStore, t copyTable) (int64, error) {
	// The table and column names are this package's own, not input.
	where := ""
	if t.where != "" {
		where = ` WHERE ` + t.where
	}
	rows, err := srcTx.QueryContext(ctx, `SELECT * FROM `+t.name+where+` ORDER BY `+t.orderBy)
	if err != nil {
		return 0, fmt.Errorf("read: %w", err)
	}
	defer rows.Close()
	cols, err := rows.Columns()
	if err != nil {
		return 0, fmt.Errorf("read: %w", err)
	}
	insert := func(n int) string {
		row := "(" + placeholders(len(cols)) + ")"
		return to.q(`INSERT INTO ` + t.name + ` (` + strings.Join(cols, ", ") + `) VALUES ` +
			strings.TrimSuffix(strings.Repeat(row+", ", n), ", "))
	}
	var full *sql.Stmt // the statement of a full batch, prepared once
	defer func() {
		if full != nil {
			full.Close()
		}
	}()
	var batch []any
	var rowsInBatch, bytes int
	var copied int64
	flush := func() error {
		if rowsInBatch == 0 {
			return nil
		}
		var err error
		switch {
		case rowsInBatch == copyBatchRows && full == nil:
			if full, err = dstTx.PrepareContext(ctx, insert(copyBatchRows)); err == nil {
				_, err = full.ExecContext(ctx, batch...)
			}
		case rowsInBatch == copyBatchRows:
			_, err = full.ExecContext(ctx, batch...)
		default:
			_, err = dstTx.ExecContext(ctx, insert(rowsInBatch), batch...)
		}
		if err != nil {
			return fmt.Errorf("write: %w", err)
		}
		copied += int64(rowsInBatch)
		batch, rowsInBatch, bytes = batch[:0], 0, 0
		return nil
	}
	for rows.Next() {
		vals, err := scanValues(rows, len(cols))
		if err != nil {
			return copied, fmt.Errorf("read: %w", err)
		}
		for _, v := range vals {
			switch v := v.(type) {
			case string:
				bytes += len(v)
			case []byte:
				bytes += len(v)
			}
		}
		batch = append(batch, vals...)
		rowsInBatch++
		if rowsInBatch == copyBatchRows || bytes >= copyBatchBytes {
			if err := flush(); err != nil {
				return copied, err
			}
		}
	}
	if err := rows.Err(); err != nil {
		return copied, fmt.Errorf("read: %w", err)
	}
	return copied, flush()
}

// scanValues reads the current row's n columns as the driver gives them.
func scanValues(rows *sql.Rows, n int) ([]any, error) {
	vals := make([]any, n)
	ptrs := make([]any, n)
	for i := range vals {
		ptrs[i] = &vals[i]
	}
	return vals, rows.Scan(ptrs...)
}

// continueIDs makes the destination number a table's next row past every
// id the source ever gave, not only those copied: an id a deleted row had
// (retention) is not given again, as it would not have been in the source.
func (s *sqlStore) continueIDs(ctx context.Context, srcTx *sql.Tx, to *sqlStore, dstTx *sql.Tx, table string) error {
	var given, copied int64
	switch s.dialect {
	case postgresDialect:
		err := srcTx.QueryRowContext(ctx, `SELECT COALESCE(pg_sequence_last_value(pg_get_serial_sequence($1, 'id')::regclass), 0)`, table).Scan(&given)
		if err != nil {
			return fmt.Errorf("the source's sequence: %w", err)
		}
	default:
		err := srcTx.QueryRowContext(ctx, `SELECT seq FROM sqlite_sequence WHERE name = ?`, table).Scan(&given)
		if err != nil && !errors.Is(err, sql.ErrNoRows) {
			return fmt.Errorf("the source's sequence: %w", err)
		}
	}
	if err := dstTx.QueryRowContext(ctx, `SELECT COALESCE(MAX(id), 0) FROM `+table).Scan(&copied); err != nil {
		return fmt.Errorf("the largest id copied: %w", err)
	}
	last := max(given, copied)
	if last == 0 {
		return nil
	}
	switch to.dialect {
	case postgresDialect:
		// Rows inserted with their ids leave an identity's sequence where
		// it was: the next row would take id 1. setval is not undone by a
		// rollback: a copy that fails after it leaves the sequence past
		// the source's ids in an empty store, which the next copy sets
		// again and a store started afresh only numbers from higher.
		if _, err := dstTx.ExecContext(ctx, `SELECT setval(pg_get_serial_sequence($1, 'id'), $2, true)`, table, last); err != nil {
			return fmt.Errorf("set the sequence: %w", err)
		}
	default:
		// SQLite has raised it to the largest id inserted; a larger one the
		// source gave to a row since deleted is set here.
		if _, err := dstTx.ExecContext(ctx, `UPDATE sqlite_sequence SET seq = ? WHERE name = ? AND seq < ?`, last, table, last); err != nil {
			return fmt.Errorf("set the sequence: %w", err)
		}
		if _, err := dstTx.ExecContext(ctx, `INSERT INTO sqlite_sequence (name, seq) SELECT ?, ? WHERE NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = ?)`, table, last, table); err != nil {
			return fmt.Errorf("set the sequence: %w", err)
		}
	}
	return nil
}

// rebuildBandsPage is how many articles rebuildBands reads at once: their
// fingerprints are read before their bands are written, on the one
// connection of the transaction.
const rebuildBandsPage = 1000

// rebuildBandsBatch is how many articles' bands one INSERT of
// rebuildBands writes: bands rows of two parameters each, 8,400
// parameters, well under PostgreSQL's 65,535, and a fiftieth of the round
// trips of a statement per article when a desk moves years of articles.
const rebuildBandsBatch = 200

// rebuildBands indexes the fingerprints of the originals copied into a
// PostgreSQL store, as PutArticle would have, and returns the band rows.
// The band rows of rebuildBandsBatch articles go in one statement.
func (s *sqlStore) rebuildBands(ctx context.Context, tx *sql.Tx) (int64, error) {
	full := sqlInsertBandsOf(rebuildBandsBatch)
	args := make([]any, 0, 2*bands*rebuildBandsBatch)
	articles, first, last := 0, int64(0), int64(0)
	flush := func() error {
		if articles == 0 {
			return nil
		}
		var err error
		if articles == rebuildBandsBatch {
			_, err = s.exec(ctx, tx, full, args...)
		} else {
			_, err = tx.ExecContext(ctx, s.q(sqlInsertBandsOf(articles)), args...)
		}
		if err != nil {
			return fmt.Errorf("articles %d to %d: %w", first, last, err)
		}
		args, articles = args[:0], 0
		return nil
	}
	after := int64(0)
	for {
		page, err := s.idsWithText(ctx, tx, `SELECT id, fingerprint FROM articles WHERE id > ? AND copy_of IS NULL AND fingerprint <> '' ORDER BY id LIMIT ?`, after, rebuildBandsPage)
		if err != nil {
			return 0, err
		}
		for _, a := range page {
			after = a.id
			keys := Bands(a.text)
			if keys == nil {
				continue // not a fingerprint PutArticle would index either
			}
			if articles == 0 {
				first = a.id
			}
			for _, k := range keys {
				args = append(args, k, a.id)
			}
			last = a.id
			if articles++; articles == rebuildBandsBatch {
				if err := flush(); err != nil {
					return 0, err
				}
			}
		}
		if len(page) < rebuildBandsPage {
			break
		}
	}
	if err := flush(); err != nil {
		return 0, err
	}
	var n int64
	if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM article_bands`).Scan(&n); err != nil {
		return 0, err
	}
	return n, nil
}
