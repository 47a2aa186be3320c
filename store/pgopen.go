package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net"
	"syscall"

	"github.com/jackc/pgx/v5/pgconn"
)

// pgOpenAdvice says what to do when a postgres:// store cannot be
// opened, for the mistakes a desk's first start meets: the database not
// created yet (claimtrack makes its tables, not the database), a user or
// password PostgreSQL refuses, nothing listening at the host and port.
// "" for any other error, whose own words stand.
func pgOpenAdvice(dsn string, err error) string {
	cfg, perr := pgconn.ParseConfig(dsn)
	if perr != nil {
		return ""
	}
	var pg *pgconn.PgError
	if errors.As(err, &pg) {
		switch pg.Code {
		case "3D000": // invalid_catalog_name
			return fmt.Sprintf("create the database first, empty (claimtrack makes its tables): createdb -h %s -p %d -U %s %s; or correct the database in the configuration's store:",
				cfg.Host, cfg.Port, cfg.User, cfg.Database)
		case "28P01", "28000": // invalid_password, invalid_authorization_specification
			return fmt.Sprintf("PostgreSQL refused user %s: check the user and its password in the configuration's store: (a password belongs in ${VAR}; PGPASSWORD and ~/.pgpass are read too) and pg_hba.conf on %s", cfg.User, cfg.Host)
		}
		return ""
	}
	var dns *net.DNSError
	switch {
	case errors.Is(err, syscall.ECONNREFUSED):
		return fmt.Sprintf("nothing accepts connections at %s port %d: start PostgreSQL there, or correct the host and port in the configuration's store:", cfg.Host, cfg.Port)
	case errors.As(err, &dns):
		return fmt.Sprintf("no host %s: correct the host in the configuration's store:", cfg.Host)
	}
	return ""
}

// PostgresHasStore reports whether the database a postgres:// dsn names
// holds a claimtrack store (its outbox table, on the URL's search path),
// without making one: a command that only reads refuses a database with
// none, as it refuses a SQLite file that does not exist, rather than
// make claimtrack's tables in a database named by mistake.
func PostgresHasStore(ctx context.Context, dsn string) (bool, error) {
	db, err := sql.Open("pgx", withApplicationName(dsn))
	if err != nil {
		return false, fmt.Errorf("store: open: %w", err)
	}
	defer db.Close()
	var has bool
	if err := db.QueryRowContext(ctx, `SELECT to_regclass('outbox') IS NOT NULL`).Scan(&has); err != nil {
		if advice := pgOpenAdvice(dsn, err); advice != "" {
			return false, fmt.Errorf("store: open %s: %w\n  %s", Redact(dsn), err, advice)
		}
		return false, fmt.Errorf("store: open %s: %w", Redact(dsn), err)
	}
	return has, nil
}
