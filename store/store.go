// Package store is claimtrack's memory: articles, their fingerprints and
// texts, observations and each metric's accepted value, sources and their fetch
// state, leases, and the outbox of events. It writes what the tracker
// decides and decides nothing itself. One file an entity, each with its
// SQL beside the method that runs it; this file opens the store, runs the
// migrations and holds what both dialects share.
package store

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib" // registers the "pgx" driver
	"github.com/pressly/goose/v3"
	_ "modernc.org/sqlite" // registers the "sqlite" driver

	"github.com/claimtrack/claimtrack/model"
	"github.com/claimtrack/claimtrack/scrape"
)

//go:embed migrations
var migrations embed.FS

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

// SQLitePath is the file a SQLite store named by dsn lives in (relative
// paths against dir, claimtrack.db when dsn is empty); isFile is false for
// a postgres:// URL.
func SQLitePath(dsn, dir string) (path string, isFile bool) {
	if postgresURL(dsn) {
		return "", false
	}
	if dsn == "" {
		dsn = "claimtrack.db"
	}
	if !filepath.IsAbs(dsn) && dir != "" {
		dsn = filepath.Join(dir, dsn)
	}
	return dsn, true
}

// postgresURL reports whether dsn names a PostgreSQL database: the only
// form of one a store is opened from.
func postgresURL(dsn string) bool {
	return strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://")
}

// Open opens (creating if needed) the store named by dsn: a postgres://
// URL, or a SQLite file path (relative paths against dir). Migrations run
// first, one process at a time: under PostgreSQL's advisory lock, or the
// lock file beside a SQLite store (openlock.go).
func Open(ctx context.Context, dsn, dir string) (Store, error) {
	return open(ctx, dsn, dir, false)
}

// ErrNoStore is OpenExisting's error when dsn names no claimtrack store.
var ErrNoStore = errors.New("no claimtrack store there")

// OpenExisting opens a store that exists already, as Open does (an
// older schema is migrated), for a command that only reads it: a SQLite
// file that does not exist, or a PostgreSQL database without claimtrack's
// tables (its outbox, on the URL's search path), is an error wrapping
// ErrNoStore, and nothing is made, neither the file, its lock file nor the
// tables. A typo in --config or store: must not leave an empty store that
// the next run would then use. PostgreSQL is asked on the pool Open goes
// on with: one pool, where a check of its own before Open made two.
func OpenExisting(ctx context.Context, dsn, dir string) (Store, error) {
	return open(ctx, dsn, dir, true)
}

// open is Open, refusing to make a store when mustExist is set.
func open(ctx context.Context, dsn, dir string, mustExist bool) (Store, error) {
	s := &sqlStore{}
	var err error
	var gd goose.Dialect
	var opts []goose.ProviderOption
	path, isFile := SQLitePath(dsn, dir)
	switch {
	case !isFile:
		s.dialect, gd = postgresDialect, goose.DialectPostgres
		s.db, err = sql.Open("pgx", withApplicationName(dsn))
		if err != nil {
			return nil, fmt.Errorf("store: open: %w", err)
		}
		// Keep as many idle connections as the daemon's workers and the
		// notifier use at once (database/sql keeps two), so that they are
		// not closed after each use and opened again.
		s.db.SetMaxIdleConns(8)
		// Replicas starting together take turns at the migrations, under
		// a session advisory lock (without it, six replicas opening a new
		// schema at once fail: TestOpenOneNewStoreAtOnce). goose asks for
		// it every 5 seconds by default; every second, for as long (5
		// minutes), a replica starting beside another waits less. Given up,
		// the error names the session holding the lock (pglock.go).
		locker, err := newHolderNamingLocker()
		if err != nil {
			return nil, fmt.Errorf("store: open: %w", err)
		}
		opts = append(opts, goose.WithSessionLocker(locker))
	default:
		dsn = path
		if mustExist {
			if _, err := os.Stat(dsn); errors.Is(err, fs.ErrNotExist) {
				return nil, fmt.Errorf("store: open %s: %w", dsn, ErrNoStore)
			}
		}
		// SQLite says only "unable to open database file (14)" when the
		// folder is missing or is not one.
		if info, err := os.Stat(filepath.Dir(dsn)); err != nil || !info.IsDir() {
			return nil, fmt.Errorf("store: open %s: the folder %s does not exist: create it, or change store: in the configuration", dsn, filepath.Dir(dsn))
		}
		// Processes opening one file at once take turns until it is
		// migrated (openlock.go says why SQLite needs this).
		unlock, err := lockForOpen(ctx, dsn, openLockWait)
		if err != nil {
			return nil, err
		}
		defer unlock()
		s.dialect, gd = sqliteDialect, goose.DialectSQLite3
		// WAL lets readers work while a write goes on; the busy timeout
		// makes writers wait for each other; immediate transactions take
		// the write lock at BEGIN so that a read-then-write never deadlocks.
		s.db, err = sql.Open("sqlite", "file:"+dsn+"?_pragma=journal_mode(WAL)&_pragma=busy_timeout(10000)&_pragma=foreign_keys(1)&_pragma=synchronous(NORMAL)&_pragma=temp_store(MEMORY)&_txlock=immediate")
		if err != nil {
			return nil, fmt.Errorf("store: open %s: %w", dsn, err)
		}
		// A few connections: WAL lets them read at once, and immediate
		// transactions with the busy timeout queue the writers. (With one
		// connection, preparing a statement while a transaction holds it
		// would wait forever.)
		s.db.SetMaxOpenConns(4)
		// ... and keep them all: database/sql keeps two idle by default,
		// so a third and fourth would be closed after each use and opened
		// again, with the schema read and every statement prepared anew
		// (what that cost is in docs/performance.md).
		s.db.SetMaxIdleConns(4)
		s.copies = newCopyIndex()
	}
	if err := s.db.PingContext(ctx); err != nil {
		s.db.Close()
		var advice string
		if isFile {
			advice = sqliteOpenAdvice(dsn, systemProbe)
		} else {
			advice = pgOpenAdvice(dsn, err)
		}
		if advice != "" {
			return nil, fmt.Errorf("store: open %s: %w\n  %s", Redact(dsn), err, advice)
		}
		return nil, fmt.Errorf("store: open %s: %w", Redact(dsn), err)
	}
	if mustExist && !isFile {
		var has bool
		if err := s.db.QueryRowContext(ctx, `SELECT to_regclass('outbox') IS NOT NULL`).Scan(&has); err != nil || !has {
			s.db.Close()
			if err == nil {
				err = ErrNoStore
			}
			return nil, fmt.Errorf("store: open %s: %w", Redact(dsn), err)
		}
	}
	sub, err := fs.Sub(migrations, "migrations/"+map[dialect]string{sqliteDialect: "sqlite", postgresDialect: "postgres"}[s.dialect])
	if err != nil {
		s.db.Close()
		return nil, fmt.Errorf("store: migrations: %w", err)
	}
	p, err := goose.NewProvider(gd, s.db, sub, opts...)
	if err != nil {
		s.db.Close()
		return nil, fmt.Errorf("store: migrations: %w", err)
	}
	if _, err := p.Up(ctx); err != nil {
		s.db.Close()
		return nil, fmt.Errorf("store: migrate %s: %w", Redact(dsn), err)
	}
	// Prepare what transactions use now, so they find it cached.
	queries := txQueries
	if s.copies == nil {
		queries = append(queries[:len(queries):len(queries)], sqlInsertBands)
	}
	for _, q := range queries {
		if _, err := s.stmt(ctx, nil, q); err != nil {
			s.Close()
			return nil, fmt.Errorf("store: prepare %q: %w", q, err)
		}
	}
	return s, nil
}

// Redact hides a password in a connection URL, where libpq's URLs may
// give one: after the user ("postgres://u:PW@host/db") or as a parameter
// ("postgres://u@host/db?sslmode=require&password=PW").
func Redact(dsn string) string {
	if i := strings.Index(dsn, "://"); i >= 0 {
		if at := strings.LastIndex(dsn, "@"); at > i {
			if c := strings.Index(dsn[i+3:at], ":"); c >= 0 {
				dsn = dsn[:i+3+c] + ":***" + dsn[at:]
			}
		}
		dsn = passwordParam.ReplaceAllString(dsn, "${1}password=***")
	}
	return dsn
}

// passwordParam is a password given as a URL's parameter.
var passwordParam = regexp.MustCompile(`([?&])password=[^&#]*`)

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
	return nil
}
