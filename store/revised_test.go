package store

import (
	"context"
	"database/sql"
	"testing"

	"github.com/claimtrack/claimtrack/model"
)

// TestRevisedObservationsMarkedByTheMigration opens a store written before
// observations said whether their time was a revision's (schema 11): a
// figure dated later than its article's publication was dated by a
// revision of the page and is marked revised; the article's other figures,
// an undated one, one of an undated article read again later (dated when
// read, no revision) and everything else stored are as they were.
func TestRevisedObservationsMarkedByTheMigration(t *testing.T) {
	ctx := context.Background()
	seed := func(t *testing.T, db *sql.DB) {
		execAll(t, db,
			`INSERT INTO articles (source, outlet, url, canonical_url, published_ms, fetched_ms, text_hash) VALUES ('s', 'Herald', 'u', 'https://herald.example/live', 1000, 1000, 'h')`,
			`INSERT INTO articles (source, outlet, url, canonical_url, published_ms, fetched_ms, text_hash) VALUES ('s', 'Herald', 'v', 'https://herald.example/old', 0, 500, 'i')`,
			`INSERT INTO observations (metric, article_id, outlet, published_ms, fetched_ms, readings, quote, quote_start, quote_end, rule, outcome) VALUES ('toll', 1, 'Herald', 1000, 1000, '[{"Name":"value","Value":32490}]', 'first', 0, 1, 'r', 'baseline')`,
			`INSERT INTO observations (metric, article_id, outlet, published_ms, fetched_ms, readings, quote, quote_start, quote_end, rule, outcome) VALUES ('toll', 1, 'Herald', 7000, 9000, '[{"Name":"value","Value":33500}]', 'raised', 0, 1, 'r', 'change')`,
			`INSERT INTO observations (metric, article_id, outlet, published_ms, fetched_ms, readings, quote, quote_start, quote_end, rule, outcome) VALUES ('toll', 2, 'Herald', 0, 500, '[{"Name":"value","Value":31000}]', 'undated', 0, 1, 'r', 'backlog_undated')`,
			// The undated page corrected on a later pass, giving no
			// revision time: dated when read, not by a revision.
			`INSERT INTO observations (metric, article_id, outlet, published_ms, fetched_ms, readings, quote, quote_start, quote_end, rule, outcome) VALUES ('toll', 2, 'Herald', 8000, 8000, '[{"Name":"value","Value":31500}]', 'undated corrected', 0, 1, 'r', 'stale')`,
		)
	}
	eachOldStore(t, 11, 11, seed, func(t *testing.T, s Store) {
		h, err := s.History(ctx, "toll")
		if err != nil || len(h) != 4 {
			t.Fatalf("history after the migration: %+v, %v", h, err)
		}
		got := map[string]bool{}
		for _, o := range h {
			got[o.Quote] = o.Revised
		}
		if got["first"] || !got["raised"] || got["undated"] || got["undated corrected"] {
			t.Errorf("revised after the migration: %v, want only the raised figure", got)
		}
		if h[2].Quote != "raised" || h[2].Readings[0].Value != 33500 || h[2].Outcome != "change" || h[2].Published.UnixMilli() != 7000 {
			t.Errorf("the raised figure after the migration: %+v", h[2])
		}
	})
}

// TestRevisedObservationRoundTrips: an observation dated by a revision is
// read back so, in each store, from its history and by its id.
func TestRevisedObservationRoundTrips(t *testing.T) {
	eachStore(t, func(t *testing.T, open func() Store) {
		s := open()
		ctx := context.Background()
		a := article("https://herald.example/live", "Herald", t0, "live")
		var ids [2]int64
		err := s.Update(ctx, func(tx *Tx) error {
			id, _, err := tx.PutArticle(ctx, a)
			if err != nil {
				return err
			}
			for i, revised := range []bool{false, true} {
				o := model.Observation{Metric: "toll", ArticleID: id, Outlet: a.Outlet, Published: a.Published, Fetched: a.Fetched, Revised: revised,
					Readings: []model.Reading{{Name: "value", Value: float64(33000 + i)}}, Quote: "q", Rule: "r", Outcome: "change"}
				if ids[i], err = tx.AddObservation(ctx, o); err != nil {
					return err
				}
			}
			for i, id := range ids {
				o, err := tx.Observation(ctx, id)
				if err != nil {
					return err
				}
				if o.Revised != (i == 1) {
					t.Errorf("observation %d read back revised=%v", i, o.Revised)
				}
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		h, err := s.History(ctx, "toll")
		if err != nil || len(h) != 2 || h[0].Revised || !h[1].Revised {
			t.Errorf("history: %+v, %v", h, err)
		}
	})
}
