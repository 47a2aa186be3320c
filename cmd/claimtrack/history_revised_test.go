package main

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/model"
	"github.com/claimtrack/claimtrack/store"
)

// TestHistorySaysRevised: a figure dated by a revision of its page reads
// "revised" after its time; one dated by its publication does not, and
// --json says it as the API does.
func TestHistorySaysRevised(t *testing.T) {
	_, cfg, s := openHistoryStore(t)
	ctx := context.Background()
	at := time.Date(2026, 12, 6, 7, 30, 0, 0, time.UTC)
	err := s.Update(ctx, func(tx *store.Tx) error {
		a := model.Article{Source: "s", Outlet: "Valley Herald", URL: "https://herald.example/live", CanonicalURL: "https://herald.example/live", Published: at, Fetched: at, TextHash: "h"}
		id, _, err := tx.PutArticle(ctx, a)
		if err != nil {
			return err
		}
		for i, v := range []float64{33091, 33500} {
			o := model.Observation{Metric: "gaza_death_toll", ArticleID: id, Outlet: a.Outlet, Published: at.Add(time.Duration(i) * 2 * time.Hour), Fetched: at,
				Revised: i == 1, Quote: "q", Rule: "r", Outcome: "change", Readings: []model.Reading{{Name: "value", Value: v, Qualifier: "exact"}}}
			if _, err := tx.AddObservation(ctx, o); err != nil {
				return err
			}
		}
		return nil
	})
	s.Close()
	if err != nil {
		t.Fatal(err)
	}
	code, out, errs := run(t, "", "history", "--config", cfg, "gaza_death_toll")
	if code != exitOK {
		t.Fatalf("history: %d %s", code, errs)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 3 || !strings.HasPrefix(lines[1], "2026-12-06 07:30  ") || !strings.HasPrefix(lines[2], "2026-12-06 09:30 revised  ") {
		t.Errorf("history:\n%s", out)
	}
	_, out, _ = run(t, "", "history", "--json", "--config", cfg, "gaza_death_toll")
	if strings.Count(out, `"revised":true`) != 1 {
		t.Errorf("--json marks %d figures revised, want 1:\n%s", strings.Count(out, `"revised":true`), out)
	}
}
