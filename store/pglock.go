package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"

	"github.com/pressly/goose/v3/lock"
)

// withApplicationName names claimtrack's connections "claimtrack" in
// pg_stat_activity (and so in the lock error below, and in an operator's
// psql), unless the DSN names them already: in a URL as a parameter, in
// key=value form as a key.
func withApplicationName(dsn string) string {
	if strings.Contains(dsn, "application_name=") {
		return dsn
	}
	if postgresURL(dsn) {
		sep := "?"
		if strings.Contains(dsn, "?") {
			sep = "&"
		}
		return dsn + sep + "application_name=claimtrack"
	}
	return dsn + " application_name=claimtrack"
}

// pgLockTries is how many times, a second apart, Open asks for the
// migrations' advisory lock on PostgreSQL before it gives up (5 minutes,
// as on SQLite: openLockWait). A variable for the test that waits it out.
var pgLockTries uint64 = 300

// holderNamingLocker is goose's PostgreSQL session locker, whose wait
// ends with only "failed to acquire lock": when it gives up, it says which
// session holds the lock (pg_locks joined with pg_stat_activity), so an
// operator can tell a long migration from a stuck process and end it.
type holderNamingLocker struct {
	lock.SessionLocker
	id int64
}

func newHolderNamingLocker() (lock.SessionLocker, error) {
	l, err := lock.NewPostgresSessionLocker(lock.WithLockTimeout(1, pgLockTries))
	if err != nil {
		return nil, err
	}
	return holderNamingLocker{SessionLocker: l, id: lock.DefaultLockID}, nil
}

func (l holderNamingLocker) SessionLock(ctx context.Context, conn *sql.Conn) error {
	err := l.SessionLocker.SessionLock(ctx, conn)
	if err == nil || ctx.Err() != nil {
		return err
	}
	if who := lockHolder(ctx, conn, l.id); who != "" {
		return fmt.Errorf("%w after %s: another session holds the migrations' advisory lock (a migration?): %s", err, time.Duration(pgLockTries)*time.Second, who)
	}
	return err
}

// lockHolder names the sessions holding advisory lock id in the current
// database, or "" when none is found (released meanwhile, or pg_locks not
// readable). A bigint advisory key is shown in pg_locks as classid (its
// high 32 bits) and objid (its low 32 bits), with objsubid 1.
func lockHolder(ctx context.Context, conn *sql.Conn, id int64) string {
	rows, err := conn.QueryContext(ctx, `
SELECT a.pid, coalesce(a.application_name, ''), coalesce(a.usename::text, ''), coalesce(host(a.client_addr), ''),
       a.backend_start, coalesce(a.state, ''), coalesce(left(a.query, 120), '')
FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1
  AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
  AND l.classid::bigint = (($1::bigint >> 32) & 4294967295) AND l.objid::bigint = ($1::bigint & 4294967295)
  AND a.pid <> pg_backend_pid()`, id)
	if err != nil {
		return ""
	}
	defer rows.Close()
	var who []string
	for rows.Next() {
		var pid int
		var app, user, addr, state, query string
		var start time.Time
		if rows.Scan(&pid, &app, &user, &addr, &start, &state, &query) != nil {
			return ""
		}
		if addr == "" {
			addr = "a local socket"
		}
		s := fmt.Sprintf("backend pid %d", pid)
		if app != "" {
			s += fmt.Sprintf(" (application_name %q)", app)
		}
		s += fmt.Sprintf(", user %s from %s, connected %s, %s", user, addr, start.UTC().Format(time.RFC3339), state)
		if query != "" {
			s += fmt.Sprintf(", last query %q", strings.Join(strings.Fields(query), " "))
		}
		who = append(who, s+fmt.Sprintf("; SELECT pg_terminate_backend(%d) ends it if it is stuck", pid))
	}
	return strings.Join(who, "; ")
}
