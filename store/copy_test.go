package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/internal/pgtest"
)

// historyStore opens a fresh SQLite store holding testdata/copy-history.sql.
func historyStore(t *testing.T) Store {
	return seededStore(t, "testdata/copy-history.sql")
}

// seededStore opens a fresh SQLite store holding the rows a testdata file
// inserts.
func seededStore(t *testing.T, file string) Store {
	t.Helper()
	s := openStore(t, filepath.Join(t.TempDir(), "source.db"))
	seed, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.(*sqlStore).db.Exec(string(seed)); err != nil {
		t.Fatalf("seed: %v", err)
	}
	return s
}

func openStore(t *testing.T, dsn string) Store {
	t.Helper()
	s, err := Open(context.Background(), dsn, "")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// eachDestination runs a test with a fresh SQLite destination and, when
// CLAIMTRACK_TEST_POSTGRES names a database, a fresh PostgreSQL one.
func eachDestination(t *testing.T, test func(t *testing.T, dst Store)) {
	t.Run("sqlite", func(t *testing.T) { test(t, openStore(t, filepath.Join(t.TempDir(), "copy.db"))) })
	t.Run("postgres", func(t *testing.T) { test(t, openStore(t, pgtest.Schema(t))) })
}

// tableRows is every row of a table, each column written as text under
// its name, in the order of the table's key: two stores' tables compare
// equal whatever their dialects and the order of their columns.
func tableRows(t *testing.T, s Store, table copyTable) []map[string]string {
	t.Helper()
	rows, err := s.(*sqlStore).db.Query(`SELECT * FROM ` + table.name + ` ORDER BY ` + table.orderBy)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	cols, _ := rows.Columns()
	var out []map[string]string
	for rows.Next() {
		vals, err := scanValues(rows, len(cols))
		if err != nil {
			t.Fatal(err)
		}
		row := map[string]string{}
		for i, c := range cols {
			switch v := vals[i].(type) {
			case nil:
				row[c] = "NULL"
			case []byte:
				row[c] = string(v)
			default:
				row[c] = fmt.Sprint(v)
			}
		}
		out = append(out, row)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// sameState fails unless two stores hold the same rows in every table
// that holds state, and read the same through the store's own methods.
func sameState(t *testing.T, want, got Store) {
	t.Helper()
	ctx := context.Background()
	for _, table := range copyTables {
		w, g := tableRows(t, want, table), tableRows(t, got, table)
		if len(w) == 0 {
			t.Errorf("%s: the fixture has no rows", table.name)
		}
		if !reflect.DeepEqual(w, g) {
			t.Errorf("%s differs:\nwant %v\ngot  %v", table.name, w, g)
		}
	}
	reads := map[string]func(s Store) (any, error){
		"history":  func(s Store) (any, error) { return s.History(ctx, "toll") },
		"accepted": func(s Store) (any, error) { return s.AcceptedValues(ctx, "toll") },
		"events":   func(s Store) (any, error) { return s.Events(ctx, 10) },
		"pending":  func(s Store) (any, error) { return s.PendingCount(ctx) },
		"source":   func(s Store) (any, error) { return s.SourceState(ctx, "gazette") },
		"thread": func(s Store) (any, error) {
			c, ts, err := s.Thread(ctx, "toll", "#floods")
			return c + " " + ts, err
		},
	}
	for name, read := range reads {
		w, werr := read(want)
		g, gerr := read(got)
		if werr != nil || gerr != nil || !reflect.DeepEqual(w, g) {
			t.Errorf("%s: want %v (%v), got %v (%v)", name, w, werr, g, gerr)
		}
	}
}

// TestCopy copies a store with history: every table's rows, ids kept,
// the delivered events delivered (the thread's head and the reply in it)
// and the waiting one waiting; the ids go on past the largest the source
// gave, a deleted article's included; PostgreSQL's band index is built
// from the fingerprints. From PostgreSQL back to SQLite gives the source
// again.
func TestCopy(t *testing.T) {
	ctx := context.Background()
	src := historyStore(t)
	eachDestination(t, func(t *testing.T, dst Store) {
		copied, err := Copy(ctx, dst, src, time.Now())
		if err != nil {
			t.Fatal(err)
		}
		want := []CopiedTable{{"articles", 3, false}, {"article_texts", 2, false}, {"observations", 3, false}, {"metric_state", 1, false},
			{"outbox", 3, false}, {"fetch_state", 2, false}, {"source_state", 2, false}, {"leases", 1, false}}
		if dst.(*sqlStore).dialect == postgresDialect {
			// Two originals, a band row for each of their bands; the
			// copy has none.
			want = append(want, CopiedTable{"article_bands", 2 * bands, true})
		}
		if !reflect.DeepEqual(copied, want) {
			t.Errorf("copied %v, want %v", copied, want)
		}
		sameState(t, src, dst)
		if n, _ := dst.PendingCount(ctx); n != 1 {
			t.Errorf("%d events wait at the destination, want the one that waited", n)
		}
		// The near-copy index finds the copied original.
		fp := tableRows(t, src, copyTables[0])[1]["fingerprint"]
		if id, err := dst.NearCopy(ctx, fp, "https://other.example/drava", time.UnixMilli(1730540000000)); err != nil || id != 2 {
			t.Errorf("near copy of article 2's text: %d, %v", id, err)
		}

		if dst.(*sqlStore).dialect == postgresDialect {
			back := openStore(t, filepath.Join(t.TempDir(), "back.db"))
			if _, err := Copy(ctx, back, dst, time.Now()); err != nil {
				t.Fatal(err)
			}
			sameState(t, src, back)
			var seq int64
			back.(*sqlStore).db.QueryRow(`SELECT seq FROM sqlite_sequence WHERE name = 'articles'`).Scan(&seq)
			if seq != 4 {
				t.Errorf("articles' sequence back in SQLite: %d, want 4", seq)
			}
		}

		// New rows are numbered after the source's: article 4 was
		// deleted, and is not given again.
		a := article("https://herald.example/drava-floods-2", "Valley Herald", time.UnixMilli(1730700000000), "The regional office now gives 131 dead.")
		id, err := putArticle(ctx, dst, a)
		if err != nil || id != 5 {
			t.Errorf("a new article at the destination: id %d, %v; want 5", id, err)
		}
		if err := queueEvent(ctx, dst, article("https://courier.example/drava-3", "Coast Courier", time.UnixMilli(1730700000000), "x"), "toll", 131); err != nil {
			t.Fatal(err)
		}
		evs, _ := dst.Events(ctx, 1)
		if len(evs) != 1 || evs[0].ID != 4 {
			t.Errorf("a new event at the destination: %+v, want id 4", evs)
		}
		h, _ := dst.History(ctx, "toll")
		if n := len(h); n != 4 || h[n-1].ID != 4 {
			t.Errorf("a new observation at the destination: %+v, want id 4", h)
		}
	})
}

// TestCopyInBatches: tables of several batches come whole, a copy whose
// original is in an earlier batch included.
func TestCopyInBatches(t *testing.T) {
	ctx := context.Background()
	src := seededStore(t, "testdata/copy-many.sql")
	eachDestination(t, func(t *testing.T, dst Store) {
		copied, err := Copy(ctx, dst, src, time.Now())
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range copied {
			if want := map[string]int64{"articles": 450, "article_texts": 450, "fetch_state": 450}[c.Table]; c.Rows != want {
				t.Errorf("%s: %d rows copied, want %d", c.Table, c.Rows, want)
			}
		}
		for _, table := range []copyTable{copyTables[0], copyTables[1], copyTables[5]} {
			w, g := tableRows(t, src, table), tableRows(t, dst, table)
			if len(w) != 450 || !reflect.DeepEqual(w, g) {
				t.Errorf("%s: %d rows at the source, %d copied, or they differ", table.name, len(w), len(g))
			}
		}
	})
}

// TestCopyRefuses: a destination with rows, a source a process works on
// (a source's lease, the outbox's, events claimed), and a copy that fails
// halfway, which leaves the destination empty.
func TestCopyRefuses(t *testing.T) {
	ctx := context.Background()
	src := historyStore(t)
	eachDestination(t, func(t *testing.T, dst Store) {
		if _, err := Copy(ctx, dst, src, time.Now()); err != nil {
			t.Fatal(err)
		}
		_, err := Copy(ctx, dst, src, time.Now())
		var full *NotEmptyError
		if !errors.As(err, &full) || full.Table != "articles" || full.Rows != 3 ||
			!strings.Contains(err.Error(), "already holds 3 rows in articles: copy into a new SQLite file or an empty PostgreSQL database") {
			t.Errorf("a second copy into the same store: %v", err)
		}
		sameState(t, src, dst)
	})

	now := time.Now()
	for name, hold := range map[string]func(s Store) error{
		"source lease": func(s Store) error {
			_, err := s.TryLease(ctx, "herald", "desk-2/77/1", now.Add(time.Minute), now)
			return err
		},
		"outbox lease": func(s Store) error {
			_, err := s.HoldLease(ctx, "outbox", "desk-2/77/1", now.Add(time.Minute), now)
			return err
		},
		"claimed events": func(s Store) error {
			_, err := s.ClaimEvents(ctx, "desk-2/77/1", now.Add(time.Minute), now, 10)
			return err
		},
	} {
		t.Run(name, func(t *testing.T) {
			src := historyStore(t)
			if err := hold(src); err != nil {
				t.Fatal(err)
			}
			dst := openStore(t, filepath.Join(t.TempDir(), "copy.db"))
			_, err := Copy(ctx, dst, src, now)
			var inUse *InUseError
			if !errors.As(err, &inUse) || !strings.Contains(err.Error(), "in use by a claimtrack process") ||
				!strings.Contains(err.Error(), "desk-2/77/1") || !strings.Contains(err.Error(), "stop every claimtrack on this store") {
				t.Errorf("a copy of a store in use: %v", err)
			}
			emptyStore(t, dst)
		})
	}

	t.Run("interrupted", func(t *testing.T) {
		dst := openStore(t, filepath.Join(t.TempDir(), "copy.db"))
		// The last table copied fails: what was written before it is
		// rolled back.
		if _, err := dst.(*sqlStore).db.Exec(`CREATE TRIGGER cut BEFORE INSERT ON leases BEGIN SELECT RAISE(ABORT, 'cut short'); END`); err != nil {
			t.Fatal(err)
		}
		if _, err := Copy(ctx, dst, src, time.Now()); err == nil || !strings.Contains(err.Error(), "store: copy leases: write: ") {
			t.Errorf("a copy cut short: %v", err)
		}
		emptyStore(t, dst)
	})
}

// emptyStore fails unless every table of the store is empty.
func emptyStore(t *testing.T, s Store) {
	t.Helper()
	for _, table := range copyTables {
		if rows := tableRows(t, s, table); len(rows) != 0 {
			t.Errorf("%s holds %d rows", table.name, len(rows))
		}
	}
}

// TestCopyCoversEverySchemaTable: every table the migrations make is
// copied or rebuilt, in both dialects; a table added without a word in
// copy.go would be left behind by every copy.
func TestCopyCoversEverySchemaTable(t *testing.T) {
	eachStore(t, func(t *testing.T, open func() Store) {
		s := open().(*sqlStore)
		query := `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT IN ('goose_db_version', 'sqlite_sequence')`
		if s.dialect == postgresDialect {
			query = `SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_name <> 'goose_db_version'`
		}
		rows, err := s.db.Query(query)
		if err != nil {
			t.Fatal(err)
		}
		names, err := collect(rows, func(r *sql.Rows) (n string, err error) { err = r.Scan(&n); return n, err })
		if err != nil || len(names) == 0 {
			t.Fatalf("tables: %v %v", names, err)
		}
		for _, n := range names {
			if !slices.ContainsFunc(copyTables, func(c copyTable) bool { return c.name == n }) && !slices.Contains(derivedTables, n) {
				t.Errorf("table %s is neither copied nor rebuilt by Copy (store/copy.go)", n)
			}
		}
	})
}

// TestCopyRebuildsBandsInBatches: a PostgreSQL destination's band index,
// written rebuildBandsBatch articles to a statement, holds every band of
// every original with a fingerprint, as PutArticle would have written
// them one article at a time: none of a copy's, none of an article whose
// fingerprint is not one, the last batch partly full.
func TestCopyRebuildsBandsInBatches(t *testing.T) {
	ctx := context.Background()
	src := seededStore(t, "testdata/copy-many.sql")
	story, err := os.ReadFile("testdata/copy-bands.txt")
	if err != nil {
		t.Fatal(err)
	}
	db := src.(*sqlStore).db
	want := map[string]bool{}
	for id := int64(1); id <= 450; id++ {
		fp := Fingerprint(fmt.Sprintf("%s Page %d.", story, id))
		if id%50 == 0 {
			fp = "not a fingerprint"
		}
		if _, err := db.Exec(`UPDATE articles SET fingerprint = ? WHERE id = ?`, fp, id); err != nil {
			t.Fatal(err)
		}
		var copyOf sql.NullInt64
		if err := db.QueryRow(`SELECT copy_of FROM articles WHERE id = ?`, id).Scan(&copyOf); err != nil {
			t.Fatal(err)
		}
		if copyOf.Valid {
			continue
		}
		for _, k := range Bands(fp) {
			want[fmt.Sprintf("%x %d", k, id)] = true
		}
	}
	if len(want) <= 2*rebuildBandsBatch*bands || len(want)%(rebuildBandsBatch*bands) == 0 {
		t.Fatalf("the fixture gives %d band rows: want more than two batches and a last one partly full", len(want))
	}
	dst := openStore(t, pgtest.Schema(t))
	copied, err := Copy(ctx, dst, src, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	if last := copied[len(copied)-1]; last.Table != "article_bands" || last.Rows != int64(len(want)) || !last.Rebuilt {
		t.Errorf("copied %v, want %d band rows rebuilt", last, len(want))
	}
	rows, err := dst.(*sqlStore).db.Query(`SELECT band_key, article_id FROM article_bands`)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]bool{}
	for rows.Next() {
		var key []byte
		var id int64
		if err := rows.Scan(&key, &id); err != nil {
			t.Fatal(err)
		}
		got[fmt.Sprintf("%x %d", key, id)] = true
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("%d band rows, want %d, or they differ", len(got), len(want))
	}
}
