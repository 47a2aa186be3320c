// Package store is claimtrack's memory: articles, their fingerprints and
// texts, observations and each metric's accepted value, sources and their fetch
// state, leases, and the outbox of events. It writes what the tracker
// decides and decides nothing itself. One file an entity, each with its
// SQL beside the method that runs it; this file holds the Store interface
// and what both dialects share, open.go opens the store and runs the
// migrations.
package store

import (
	"context"
	"database/sql"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/claimtrack/claimtrack/model"
	"github.com/claimtrack/claimtrack/scrape"
)

// Store is claimtrack's memory. Two implementations share one SQL body:
// SQLite (a single file, the default) and PostgreSQL (for replicas).
type Store interface {
	scrape.Seen

	// Validators returns what the last fetch of url said for conditional GET.
	Validators(ctx context.Context, url string) (scrape.Validators, error)
	SaveValidators(ctx context.Context, url string, v scrape.Validators) error
	// Pages returns what the store knows of each address, in one query:
	// what a pass needs of its links before it fetches them. Unknown
	// addresses map to a zero PageState.
	Pages(ctx context.Context, urls []string) (map[string]PageState, error)

	// NearCopy returns an article of the last days whose text is nearly
	// the same (MinHash fingerprint), or 0.
	NearCopy(ctx context.Context, fingerprint string, canonicalURL string, since time.Time) (int64, error)
	// StoredArticle reads a stored article with its text: the one a new
	// article nearly copies, which may be its copy instead.
	StoredArticle(ctx context.Context, id int64) (model.Article, error)

	// Update runs fn in one transaction and commits what it wrote if it
	// returns nil: the tracker's decisions about a batch of articles are
	// stored together or not at all, so that a crash loses or doubles
	// nothing.
	Update(ctx context.Context, fn func(tx *Tx) error) error

	// Current returns a metric's accepted observation, or nil.
	Current(ctx context.Context, metric string) (*model.Observation, []string, error)
	// History returns a metric's observations, oldest first.
	History(ctx context.Context, metric string) ([]model.Observation, error)
	// AcceptedValues returns a metric's accepted values: one, or one per
	// claimant for a metric judged by claimant.
	AcceptedValues(ctx context.Context, metric string) ([]Accepted, error)

	// TrackedMetrics lists the ids of the metrics the store holds an
	// accepted value of, in order: a configuration that lacks one has
	// renamed or removed it.
	TrackedMetrics(ctx context.Context) ([]string, error)

	// SourceState returns a source's fetch history (Tx.Source and
	// Tx.SaveSource write it).
	SourceState(ctx context.Context, name string) (model.SourceState, error)

	// TryLease claims a source for one replica until the lease ends; it
	// returns false when another replica holds it.
	TryLease(ctx context.Context, source, owner string, until, now time.Time) (bool, error)

	// HoldLease takes or renews a named lease on work only one replica may
	// do at a time (draining the outbox, so that events go out in order).
	HoldLease(ctx context.Context, name, owner string, until, now time.Time) (bool, error)

	// ReleaseOutbox gives up the owner's outbox lease and its claims on
	// undelivered events, so that the next drain (another process, say
	// the next `claimtrack once`) need not wait for them to expire.
	ReleaseOutbox(ctx context.Context, lease, owner string) error

	// ReleaseHeld hands back the events a pass held until it ended
	// (Tx.EnqueueHeld): the next delivery posts them. RenewHeld moves the
	// end of the hold.
	ReleaseHeld(ctx context.Context, hold string) error
	RenewHeld(ctx context.Context, hold string, until time.Time) error

	// Leases lists who holds what at now: sources' leases, named leases,
	// and each owner's claims on undelivered events.
	Leases(ctx context.Context, now time.Time) ([]Lease, error)

	// Outbox: events wait there until delivered (see notify.Outbox).
	ClaimEvents(ctx context.Context, owner string, until, now time.Time, limit int) ([]model.Event, error)
	BeginAttempt(ctx context.Context, id int64, now time.Time) error
	MarkAttempt(ctx context.Context, id int64, errText string) error
	MarkDelivered(ctx context.Context, id int64, d model.Delivery, at time.Time) error
	// Thread returns Slack's id for a channel as configured (route), once
	// known, and the message heading a metric's thread there: the first
	// delivered message of the metric that was not itself a reply.
	Thread(ctx context.Context, metric, route string) (channelID, ts string, err error)
	// Events returns the newest events, delivered or not, newest first.
	Events(ctx context.Context, limit int) ([]model.Event, error)
	PendingCount(ctx context.Context) (int, error)
	// CountArticles counts the articles stored.
	CountArticles(ctx context.Context) (int, error)
	// CountSourceArticles counts the articles source stored under outlet.
	CountSourceArticles(ctx context.Context, source, outlet string) (int, error)
	// HostOutlet is the outlet the earliest stored article at a host (and
	// port) was stored under (see sqlStore.HostOutlet); "" when none.
	HostOutlet(ctx context.Context, host string) (string, error)
	DashboardReads
	TextReads

	// Prune removes what the retention policy no longer keeps (see
	// Retention); Stats says how much each table holds.
	Prune(ctx context.Context, r Retention) (Pruned, error)
	Stats(ctx context.Context) ([]TableStats, error)

	Close() error
}

// txQueries are the statements transactions use, prepared at Open so that
// transactions find them cached.
var txQueries = []string{sqlUpsertArticle, sqlSavePage, sqlArticleSource, sqlInsertObservation, sqlUpsertState, sqlUpdateAgree, sqlEnqueue, sqlState, sqlEnsureSource, sqlSourceState, sqlUpdateSource, sqlObservation, sqlPutText, sqlDeleteText}

type dialect int

const (
	sqliteDialect dialect = iota
	postgresDialect
)

type sqlStore struct {
	db      *sql.DB
	dialect dialect
	// stmts caches prepared statements by query: preparing is a large
	// part of a small query's cost.
	stmts sync.Map
	// copies indexes fingerprints in memory (SQLite); nil when the
	// article_bands table does (PostgreSQL).
	copies *copyIndex
}

// stmt returns the prepared statement for a query, bound to tx if given.
// Inside a transaction an uncached query is prepared on the transaction's
// own connection: asking the pool for another while every connection is
// held by a transaction would wait forever.
func (s *sqlStore) stmt(ctx context.Context, tx *sql.Tx, query string) (*sql.Stmt, error) {
	v, ok := s.stmts.Load(query)
	if !ok && tx != nil {
		return tx.PrepareContext(ctx, s.q(query))
	}
	if !ok {
		st, err := s.db.PrepareContext(ctx, s.q(query))
		if err != nil {
			return nil, err
		}
		if prev, loaded := s.stmts.LoadOrStore(query, st); loaded {
			st.Close()
			v = prev
		} else {
			v = st
		}
	}
	st := v.(*sql.Stmt)
	if tx != nil {
		return tx.StmtContext(ctx, st), nil
	}
	return st, nil
}

// rowScanner is a *sql.Row that may carry an error from preparing.
type rowScanner struct {
	row *sql.Row
	err error
}

func (r rowScanner) Scan(dest ...any) error {
	if r.err != nil {
		return r.err
	}
	return r.row.Scan(dest...)
}

func (s *sqlStore) qrow(ctx context.Context, tx *sql.Tx, query string, args ...any) rowScanner {
	st, err := s.stmt(ctx, tx, query)
	if err != nil {
		return rowScanner{err: err}
	}
	return rowScanner{row: st.QueryRowContext(ctx, args...)}
}

func (s *sqlStore) exec(ctx context.Context, tx *sql.Tx, query string, args ...any) (sql.Result, error) {
	st, err := s.stmt(ctx, tx, query)
	if err != nil {
		return nil, err
	}
	return st.ExecContext(ctx, args...)
}

func (s *sqlStore) query(ctx context.Context, tx *sql.Tx, query string, args ...any) (*sql.Rows, error) {
	st, err := s.stmt(ctx, tx, query)
	if err != nil {
		return nil, err
	}
	return st.QueryContext(ctx, args...)
}

// collect reads every row of rows with scan, then closes rows: the loop
// every query of several rows into a slice would otherwise write out.
func collect[T any](rows *sql.Rows, scan func(*sql.Rows) (T, error)) ([]T, error) {
	defer rows.Close()
	var out []T
	for rows.Next() {
		v, err := scan(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, rows.Err()
}

func (s *sqlStore) Close() error {
	s.stmts.Range(func(_, v any) bool {
		v.(*sql.Stmt).Close()
		return true
	})
	return s.db.Close()
}

// q rewrites ? placeholders as $1, $2 ... for PostgreSQL.
func (s *sqlStore) q(query string) string {
	if s.dialect != postgresDialect {
		return query
	}
	var b strings.Builder
	n := 0
	for i := 0; i < len(query); i++ {
		if query[i] == '?' {
			n++
			b.WriteString("$" + strconv.Itoa(n))
			continue
		}
		b.WriteByte(query[i])
	}
	return b.String()
}

func ms(t time.Time) int64 {
	if t.IsZero() {
		return 0
	}
	return t.UnixMilli()
}

func fromMS(v int64) time.Time {
	if v == 0 {
		return time.Time{}
	}
	return time.UnixMilli(v).UTC()
}

// Tx is one transaction of the store: the tracker writes what it decided
// through its methods, and Update commits it all at once.
type Tx struct {
	s  *sqlStore
	tx *sql.Tx
	// originals are the articles stored as originals, for the in-memory
	// copy index to learn of once the transaction commits.
	originals []original
	// demoted are the articles Relink made copies, for the in-memory
	// copy index to forget once the transaction commits.
	demoted []int64
}

// Update runs fn in one transaction and commits what it wrote if fn
// returns nil; it rolls everything back otherwise.
func (s *sqlStore) Update(ctx context.Context, fn func(tx *Tx) error) error {
	sqlTx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("store: begin: %w", err)
	}
	defer sqlTx.Rollback()
	tx := &Tx{s: s, tx: sqlTx}
	if err := fn(tx); err != nil {
		return err
	}
	if err := sqlTx.Commit(); err != nil {
		return fmt.Errorf("store: commit: %w", err)
	}
	s.reindex(tx.originals)
	s.forget(tx.demoted)
	return nil
}
