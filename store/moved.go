package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"
)

// A SQLite store copied into PostgreSQL (`claimtrack store copy`, the
// move docs/operations.md describes) is the old store: claimtrack started
// on it again (a cron job whose environment lacks the variable of
// `store: ${VAR:-./claimtrack.db}`, a unit left enabled) reads what the
// new store reads and posts again what it posted, as a new Slack thread.
// The copy leaves a mark in it, a row of the leases table no process holds
// or lists, and `run` and `once` refuse a store so marked. Commands that
// only read it (history, serve, store stats, a copy into a fresh file to
// run on it again on purpose) are left alone; the mark is never copied.

// movedLease is the mark's name in the leases table: no source's lease
// (those are in source_state) and no work's (the outbox's is "outbox").
const movedLease = "claimtrack:moved"

// MarkMoved marks src, copied into dst (whose address, its password
// hidden, is to), as moved at now, when src is SQLite and dst PostgreSQL:
// the move. Other copies mark nothing: a PostgreSQL store copied into a
// file to look at goes on, and a SQLite file copied into another is a copy
// to run on again or to compact.
func MarkMoved(ctx context.Context, src, dst Store, to string, now time.Time) error {
	s, ok1 := src.(*sqlStore)
	d, ok2 := dst.(*sqlStore)
	if !ok1 || !ok2 || s.dialect != sqliteDialect || d.dialect != postgresDialect {
		return nil
	}
	owner := fmt.Sprintf("%s at %s", to, now.UTC().Format("2006-01-02 15:04 UTC"))
	if _, err := s.exec(ctx, nil, `INSERT INTO leases (name, owner, until_ms) VALUES (?, ?, ?)
		ON CONFLICT (name) DO UPDATE SET owner = excluded.owner, until_ms = excluded.until_ms`,
		movedLease, owner, ms(time.Date(9999, 1, 1, 0, 0, 0, 0, time.UTC))); err != nil {
		return fmt.Errorf("store: mark the copied store as moved: %w", err)
	}
	return nil
}

// MovedError refuses to run on a SQLite store that was copied into
// PostgreSQL: Path is the store's file, To where it went (its password
// hidden) and when.
type MovedError struct {
	Path, To string
}

func (e *MovedError) Error() string {
	return fmt.Sprintf("store %s was copied to %s by `claimtrack store copy`, and claimtrack runs there now: started on this old store it would read what the new one reads and post to Slack again what it posted. "+
		"Check store: in the configuration (a ${VAR:-default} whose variable this environment lacks falls back to its default). "+
		"To run on this store again on purpose (the move abandoned), copy it into a fresh file (claimtrack store copy --to FRESH.db) and set store: to that",
		e.Path, e.To)
}

// RefuseMoved returns a *MovedError when s, the SQLite file at path, is a
// store that a copy into PostgreSQL left marked as moved; nil otherwise.
// run and once ask it before they read a source or deliver an event.
func RefuseMoved(ctx context.Context, s Store, path string) error {
	ss, ok := s.(*sqlStore)
	if !ok || ss.dialect != sqliteDialect {
		return nil
	}
	var owner string
	err := ss.db.QueryRowContext(ctx, `SELECT owner FROM leases WHERE name = ?`, movedLease).Scan(&owner)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		return nil
	case err != nil:
		return fmt.Errorf("store: read whether this store was moved: %w", err)
	}
	return &MovedError{Path: path, To: strings.TrimSpace(owner)}
}
