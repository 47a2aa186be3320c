package tracker

import (
	"context"
	"database/sql"
	"path/filepath"
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/internal/pgtest"
	"github.com/claimtrack/claimtrack/model"
	"github.com/claimtrack/claimtrack/rules"
	"github.com/claimtrack/claimtrack/store"
)

// TestReplayReadsOldRowAgain: an archive's second swap ("In the second
// exchange, ...") stored before claimtrack kept what the rules read of a
// sentence (its reading empty, as a row before migration 00015 has it) is
// read again from its article's text when a first pass's replay judges it,
// as the live pass would now: the next swap after the first, which is no
// disagreement, and its reading stored at the current version. Near
// misses: the same row whose article's text the store does not have, and
// the same replay outside a pass (no rules), judge it by what it has: the
// first swap's other numbers for the same swap, listed as a disagreement
// (backlog_conflict).
func TestReplayReadsOldRowAgain(t *testing.T) {
	e, err := swapEngine()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []rereadCase{
		{"its text kept, read in a pass", true, e, "baseline"},
		{"near miss: no text kept", false, e, "backlog_conflict"},
		{"near miss: outside a pass", true, nil, "backlog_conflict"},
	} {
		t.Run(c.name, func(t *testing.T) {
			eachStoreRaw(t, func(t *testing.T, s store.Store, raw *sql.DB) { replayReadsOldRowAgain(t, s, raw, c) })
		})
	}
}

// eachStoreRaw runs test on a fresh SQLite file and, when
// CLAIMTRACK_TEST_POSTGRES names a database, a fresh PostgreSQL schema,
// each with a store and a plain connection to its database, for a test
// that writes what the store never writes (a row as an older version left
// it).
func eachStoreRaw(t *testing.T, test func(t *testing.T, s store.Store, raw *sql.DB)) {
	run := func(t *testing.T, dsn, driver, rawDSN string) {
		s, err := store.Open(context.Background(), dsn, "")
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		raw, err := sql.Open(driver, rawDSN)
		if err != nil {
			t.Fatal(err)
		}
		defer raw.Close()
		test(t, s, raw)
	}
	t.Run("sqlite", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "old.db")
		run(t, path, "sqlite", path)
	})
	t.Run("postgres", func(t *testing.T) {
		dsn := pgtest.Schema(t)
		run(t, dsn, "pgx", dsn)
	})
}

// rereadCase is a case of TestReplayReadsOldRowAgain: whether the
// article's text is stored, the pass's rules (nil: outside a pass), and
// the first swap's outcome it wants.
type rereadCase struct {
	name   string
	text   bool
	engine *rules.Engine
	first  string
}

// replayReadsOldRowAgain is one case of TestReplayReadsOldRowAgain on s,
// whose rows raw empties of their reading.
func replayReadsOldRowAgain(t *testing.T, s store.Store, raw *sql.DB, c rereadCase) {
	ctx := context.Background()
	pol := PolicyOf(rules.MetricSpec{Values: map[string]rules.ValueSpec{"hostages": {}, "prisoners": {}}, AnnounceFirst: true}, 48*time.Hour)
	judge := func(string) (Policy, MetricInfo) {
		return pol, MetricInfo{Name: "Prisoners released for hostages", Unit: "people"}
	}
	began := 72 * time.Hour // the first pass
	step := func(url, outlet string, at time.Duration, o model.Observation) {
		a := article(url, outlet, t0.Add(at), o.Quote)
		a.Fetched = t0.Add(began)
		if c.text {
			a.Text = o.Quote
		}
		if _, err := processBatch(ctx, s, []Item{{Article: a, Observations: []model.Observation{o}}}, judge, nil, c.engine); err != nil {
			t.Fatal(err)
		}
	}
	step("https://post.example/two", "Harbour Post", 30*time.Hour, swapObs(3, 110, "Qatar's foreign ministry", "In the second exchange, 3 captives went home for 110 inmates, Doha's diplomats said."))
	if res, err := raw.Exec(`UPDATE observations SET reading = ''`); err != nil {
		t.Fatal(err)
	} else if n, _ := res.RowsAffected(); n != 1 {
		t.Fatalf("emptied the reading of %d rows, want the second swap's", n)
	}
	step("https://courier.example/one", "Gulf Courier", 0, swapObs(3, 90, "Hamas", "Hamas said it had let 3 hostages go in return for 90 jailed Palestinians."))
	if acc := accepted(t, s, "prisoners_for_hostages", ""); acc == nil || acc.Outlet != "Harbour Post" {
		t.Errorf("%s: accepted %+v, want the second swap", c.name, acc)
	}
	hist, err := s.History(ctx, "prisoners_for_hostages")
	if err != nil {
		t.Fatal(err)
	}
	for _, o := range hist {
		if o.Outlet == "Gulf Courier" && o.Outcome != c.first {
			t.Errorf("%s: the first swap %s, want %s", c.name, o.Outcome, c.first)
		}
		if o.Outlet == "Harbour Post" && (o.EventAnother && o.EventOrdinal == 2) != (c.first == "baseline") {
			t.Errorf("%s: the second swap's reading stored as %+v", c.name, o.Says)
		}
	}
}
