package main

import (
	"context"
	"database/sql"
	"os"
	"strings"
	"testing"

	"github.com/claimtrack/claimtrack/internal/pgtest"
)

// TestReadingCommandsNeverMakeAPostgresStore: history (and the other
// commands that only read) on a PostgreSQL database without claimtrack's
// tables, a database named by mistake or one no once has filled, says so
// and leaves the database as it was, as it does for a SQLite file that
// does not exist.
func TestReadingCommandsNeverMakeAPostgresStore(t *testing.T) {
	dsn := pgtest.Schema(t)
	_, cfg := copyConfig(t, "history.yaml")
	b, _ := os.ReadFile(cfg)
	os.WriteFile(cfg, []byte(strings.Replace(string(b), "store: ./history-store/claimtrack.db", "store: "+dsn, 1)), 0o644)
	for _, args := range [][]string{{"history", "gaza_death_toll"}, {"store", "stats"}} {
		code, _, errs := run(t, "", append(args, "--config", cfg)...)
		if code != exitFail || !strings.Contains(errs, "no store in the database") || !strings.Contains(errs, "run `claimtrack once` or `claimtrack run` first") {
			t.Errorf("%s on a database without a store: %d %q", args[0], code, errs)
		}
	}
	db, err := sql.Open("pgx", dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var tables int
	if err := db.QueryRowContext(context.Background(), `SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()`).Scan(&tables); err != nil || tables != 0 {
		t.Errorf("the reading commands made %d tables (%v)", tables, err)
	}
}
