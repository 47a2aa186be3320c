package store

import (
	"context"
	"slices"
	"testing"

	"github.com/claimtrack/claimtrack/model"
)

// TestOwnWordKept: what a figure's sentence says of its claimant's figure
// before (Before, Updates) is read back with the observation, and by a
// replay's MetricObservations, so that an archive's figures are judged as
// they were when read; a sentence that says neither stores nothing.
func TestOwnWordKept(t *testing.T) {
	eachStore(t, func(t *testing.T, open func() Store) {
		s := open()
		ctx := context.Background()
		a := article("https://wire.example/1", "Wire", t0, "one")
		figs := []model.Observation{
			{Metric: "m", Outlet: "Wire", Published: t0, Fetched: t0, Readings: []model.Reading{{Name: "value", Value: 62010}}, Before: []float64{61250}},
			{Metric: "m", Outlet: "Wire", Published: t0, Fetched: t0, Readings: []model.Reading{{Name: "value", Value: 62500}}, Updates: true},
			{Metric: "m", Outlet: "Wire", Published: t0, Fetched: t0, Readings: []model.Reading{{Name: "value", Value: 63000}}},
		}
		err := s.Update(ctx, func(tx *Tx) error {
			id, _, err := tx.PutArticle(ctx, a)
			if err != nil {
				return err
			}
			for i := range figs {
				figs[i].ArticleID = id
				if figs[i].ID, err = tx.AddObservation(ctx, figs[i]); err != nil {
					return err
				}
			}
			archived, err := tx.MetricObservations(ctx, "m", 10)
			if err != nil {
				return err
			}
			for i, f := range figs {
				got, err := tx.Observation(ctx, f.ID)
				if err != nil {
					return err
				}
				for _, o := range []model.Observation{*got, archived[i].Observation} {
					if !slices.Equal(o.Before, f.Before) || o.Updates != f.Updates {
						t.Errorf("figure %d read back: before %v updates %v, want %v %v", i, o.Before, o.Updates, f.Before, f.Updates)
					}
				}
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	})
}
