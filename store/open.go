// Opening a store: the DSN read as a SQLite path or a PostgreSQL URL, the
// connection's settings for each, the migrations run under a lock, and the
// statements transactions use prepared (Open, OpenExisting, open); Redact
// hides a URL's password in what an open's errors say.

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
	"strings"

	_ "github.com/jackc/pgx/v5/stdlib" // registers the "pgx" driver
	"github.com/pressly/goose/v3"
	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

//go:embed migrations
var migrations embed.FS

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
