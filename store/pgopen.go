package store

import (
	"errors"
	"fmt"
	"net"
	"strings"
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
				shellQuote(cfg.Host), cfg.Port, shellQuote(cfg.User), shellQuote(cfg.Database))
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

// shellQuote makes a word safe to paste into a POSIX shell: as it is
// when it holds only letters, digits and _ . - / (a host, a user, a
// database name as most desks spell them), else in single quotes, each
// single quote within ending the quoting, escaped, and opening it again. A
// database named with a space or a $ would otherwise be cut in two, or
// expanded, by the shell.
func shellQuote(w string) string {
	if w != "" && strings.IndexFunc(w, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune("_.-/", r))
	}) < 0 {
		return w
	}
	return "'" + strings.ReplaceAll(w, "'", `'\''`) + "'"
}
