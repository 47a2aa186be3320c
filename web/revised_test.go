package web

import (
	"context"
	"encoding/csv"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/model"
	"github.com/claimtrack/claimtrack/scrape"
	"github.com/claimtrack/claimtrack/store"
	"github.com/claimtrack/claimtrack/tracker"
)

// TestDashboardSaysRevised: a figure dated by a revision of its page is
// "revised" at that time on the metric page (its row and its open alert),
// among the index's alerts and in the API; a figure dated by its
// publication is not.
func TestDashboardSaysRevised(t *testing.T) {
	s := tollStore(t)
	ctx := context.Background()
	at := time.Date(2026, 12, 6, 8, 0, 0, 0, time.UTC)
	put := func(u, outlet string, published time.Time) model.Article {
		return model.Article{Source: outlet, Outlet: outlet, URL: u, CanonicalURL: u, Title: "t", Published: published, Fetched: published,
			TextHash: scrape.HashText(u), Fingerprint: store.Fingerprint(u)}
	}
	if _, err := tracker.Process(ctx, s, put("https://courier.example/1", "Gulf Courier", at), []model.Observation{tollObservation("The toll is 33,091.", "33,091")}, tollJudge); err != nil {
		t.Fatal(err)
	}
	// A live blog published before, raised in place an hour after: its
	// figure is dated by the revision.
	blog := put("https://herald.example/live", "Valley Herald", at.Add(-3*time.Hour))
	err := s.Update(ctx, func(tx *store.Tx) error {
		id, _, err := tx.PutArticle(ctx, blog)
		if err != nil {
			return err
		}
		o := tollObservation("The toll is 30,500.", "30,500")
		o.ArticleID, o.Outlet, o.Published, o.Fetched, o.Revised, o.Outcome = id, blog.Outlet, at.Add(time.Hour), at.Add(time.Hour), true, "conflict"
		_, err = tx.AddObservation(ctx, o)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	ts := newServer(t, s, Options{})
	_, page := get(t, ts, "/metrics/toll")
	for _, want := range []string{"gives 30,500 (revised 2026-12-06 09:00 UTC)", `<small class="revised">revised</small>`} {
		if !strings.Contains(page, want) {
			t.Errorf("the metric page lacks %q", want)
		}
	}
	if n := strings.Count(page, `class="revised"`); n != 1 {
		t.Errorf("%d rows marked revised, want the blog's alone", n)
	}
	if _, index := get(t, ts, "/"); !strings.Contains(index, "gives 30,500 (revised 2026-12-06 09:00 UTC)") {
		t.Error("the index's alert does not say the figure is a revision's")
	}
	_, body := get(t, ts, "/api/metrics/toll/observations")
	if strings.Count(body, `"revised": true`) != 1 {
		t.Errorf("the API marks %d observations revised, want 1: %s", strings.Count(body, `"revised": true`), body)
	}
	// The CSV export says it too, in a column of its own.
	_, body = get(t, ts, "/api/metrics/toll/history.csv")
	rows, err := csv.NewReader(strings.NewReader(body)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	col := slices.Index(rows[0], "revised")
	if col < 0 {
		t.Fatalf("the CSV has no revised column: %v", rows[0])
	}
	outlet := slices.Index(rows[0], "outlet")
	revised := map[string]string{}
	for _, r := range rows[1:] {
		revised[r[outlet]] = r[col]
	}
	if revised["Valley Herald"] != "true" || revised["Gulf Courier"] != "false" {
		t.Errorf("the CSV's revised column by outlet: %v, want the blog's alone true", revised)
	}
}
