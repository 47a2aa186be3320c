package store

import (
	"context"
	"database/sql"
	"reflect"
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/model"
)

// TestReadingKept: what the rules read of a figure's sentence (its event's
// words, the claimant's figure before, the day it says its figure was
// true on) is read back with the observation, by a replay's
// MetricObservations and by the accepted value, so that an archive's
// figures are judged as they were when read; a sentence that says
// nothing reads back as nothing, at this store's version; a reading set
// again (SetReading) replaces it.
func TestReadingKept(t *testing.T) {
	day := time.Date(2026, 12, 6, 0, 0, 0, 0, time.UTC)
	says := []model.Says{
		{Before: []float64{61250}},
		{Updates: true},
		{EventAnother: true, EventOrdinal: 2, EventTold: day},
		{EventToCome: true},
		{AsOf: day},
		{EventAnother: true, EventOrdinal: 3, EventToCome: true, EventTold: day, Before: []float64{40, 41.5}, Updates: true, AsOf: day.AddDate(0, 0, -1)},
		{},
	}
	eachStore(t, func(t *testing.T, open func() Store) {
		s := open()
		ctx := context.Background()
		a := article("https://wire.example/1", "Wire", t0, "one")
		err := s.Update(ctx, func(tx *Tx) error {
			id, _, err := tx.PutArticle(ctx, a)
			if err != nil {
				return err
			}
			ids := make([]int64, len(says))
			for i, sy := range says {
				o := model.Observation{Metric: "m", ArticleID: id, Outlet: "Wire", Published: t0, Fetched: t0, Readings: []model.Reading{{Name: "value", Value: float64(62000 + i)}}, Says: sy}
				if ids[i], err = tx.AddObservation(ctx, o); err != nil {
					return err
				}
			}
			archived, err := tx.MetricObservations(ctx, "m", 10)
			if err != nil {
				return err
			}
			for i, want := range says {
				got, err := tx.Observation(ctx, ids[i])
				if err != nil {
					return err
				}
				if !reflect.DeepEqual(got.Says, want) {
					t.Errorf("observation %d read back: %+v, want %+v", i, got.Says, want)
				}
				if !reflect.DeepEqual(archived[i].Says, want) || archived[i].ReadVersion != ReadingVersion {
					t.Errorf("observation %d replayed: %+v (version %d), want %+v (version %d)", i, archived[i].Says, archived[i].ReadVersion, want, ReadingVersion)
				}
			}
			// A replay's reading again replaces the row's (tracker/reread.go).
			if err := tx.SetReading(ctx, ids[6], says[5]); err != nil {
				return err
			}
			if got, err := tx.Observation(ctx, ids[6]); err != nil || !reflect.DeepEqual(got.Says, says[5]) {
				t.Errorf("read again: %+v (%v), want %+v", got.Says, err, says[5])
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	})
}

// TestReadingMovedFrom16: a store of migration 16 holds observations of
// every kind its readings had: one stored before 00015 (nothing read), one
// whose swap is another with a rank and a day, one still to come, one with
// the claimant's figure before, one that updates, one with both kinds.
// Migrated to the one reading column, every row reads back as it was, by
// Observation, History, MetricObservations and the accepted value, none
// lost.
func TestReadingMovedFrom16(t *testing.T) {
	ctx := context.Background()
	told := time.Date(2026, 12, 5, 0, 0, 0, 0, time.UTC)
	type row struct {
		another, ordinal, toCome int
		told                     int64
		own                      string
		want                     model.Says
		version                  int
	}
	rows := []row{
		{own: "", want: model.Says{}},
		{another: 1, ordinal: 2, told: told.UnixMilli(), want: model.Says{EventAnother: true, EventOrdinal: 2, EventTold: told}, version: 1},
		{toCome: 1, want: model.Says{EventToCome: true}, version: 1},
		{own: `{"before":[61250,61300.5]}`, want: model.Says{Before: []float64{61250, 61300.5}}, version: 1},
		{own: `{"updates":true}`, want: model.Says{Updates: true}, version: 1},
		{another: 1, ordinal: 3, told: told.UnixMilli(), own: `{"before":[12],"updates":true}`,
			want: model.Says{EventAnother: true, EventOrdinal: 3, EventTold: told, Before: []float64{12}, Updates: true}, version: 1},
	}
	seed := func(t *testing.T, db *sql.DB) {
		execAll(t, db, `INSERT INTO articles (source, outlet, url, canonical_url, title, published_ms, fetched_ms, text_hash, fingerprint) VALUES ('wire', 'Wire', 'https://wire.example/1', 'https://wire.example/1', 't', 1000, 1000, 'h1', '')`)
		for i, r := range rows {
			if _, err := db.Exec(`INSERT INTO observations (metric, article_id, outlet, published_ms, fetched_ms, readings, quote, quote_start, quote_end, rule, outcome,
				event_another, event_ordinal, event_to_come, event_told_ms, own_word) VALUES ('toll', 1, 'Wire', $1, 1000, '[{"Name":"value","Value":1}]', 'q', 0, 1, 'r', 'baseline', $2, $3, $4, $5, $6)`,
				int64(1000+i), r.another, r.ordinal, r.toCome, r.told, r.own); err != nil {
				t.Fatal(err)
			}
		}
		execAll(t, db, `INSERT INTO metric_state (metric, claimant, readings, observation_id, outlet, published_ms, agree, agree_claimants, updated_ms, tracked_ms) VALUES ('toll', '', '[{"Name":"value","Value":1}]', 6, 'Wire', 1005, '["Wire"]', '[]', 1005, 1000)`)
	}
	eachOldStore(t, 16, 16, seed, func(t *testing.T, s Store) {
		hist, err := s.History(ctx, "toll")
		if err != nil || len(hist) != len(rows) {
			t.Fatalf("history after the move: %d rows, %v; want %d", len(hist), err, len(rows))
		}
		err = s.Update(ctx, func(tx *Tx) error {
			archived, err := tx.MetricObservations(ctx, "toll", 10)
			if err != nil || len(archived) != len(rows) {
				t.Fatalf("observations to replay after the move: %d, %v; want %d", len(archived), err, len(rows))
			}
			for i, r := range rows {
				o, err := tx.Observation(ctx, hist[i].ID)
				if err != nil {
					return err
				}
				for how, got := range map[string]model.Says{"history": hist[i].Says, "observation": o.Says, "replay": archived[i].Says} {
					if !reflect.DeepEqual(got, r.want) {
						t.Errorf("row %d by %s: %+v, want %+v", i, how, got, r.want)
					}
				}
				if archived[i].ReadVersion != r.version {
					t.Errorf("row %d: reading version %d, want %d", i, archived[i].ReadVersion, r.version)
				}
			}
			acc, err := tx.Accepted(ctx, "toll", "")
			if err != nil {
				return err
			}
			if acc == nil || !acc.EventAnother || acc.EventOrdinal != 3 {
				t.Errorf("the accepted value after the move: %+v, want another swap of rank 3", acc)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	})
}
