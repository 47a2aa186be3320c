package store

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/internal/newstext"
	"github.com/claimtrack/claimtrack/model"
	"github.com/claimtrack/claimtrack/scrape"
)

// TestPrune stores a month of a tracker's work and prunes what is older
// than three weeks: old articles lose their fingerprints, those that gave
// no figure (and are no kept copy's original) go, stale validators go,
// old delivered events lose their quotes; observations, the metric's
// history and value, undelivered events and everything recent stay.
func TestPrune(t *testing.T) {
	eachStore(t, func(t *testing.T, open func() Store) {
		s := open()
		db := s.(*sqlStore)
		ctx := context.Background()
		old, recent := t0, t0.Add(30*24*time.Hour)
		cutoff := t0.Add(21 * 24 * time.Hour)
		story := func(i int) string { return newstext.Story(2500, uint64(900+i)) }

		// An old article with a figure, whose event was delivered.
		withFigure := article("https://a.example/figure", "A", old, story(1))
		if err := queueEvent(ctx, s, withFigure, "toll", 700); err != nil {
			t.Fatal(err)
		}
		evs, err := s.ClaimEvents(ctx, "test", time.Now().Add(time.Minute), time.Now(), 10)
		if err != nil || len(evs) != 1 {
			t.Fatalf("claim: %v %v", evs, err)
		}
		if evs[0].Payload.New.Quote == "" {
			t.Fatal("the event should carry a quote before pruning")
		}
		if err := s.MarkDelivered(ctx, evs[0].ID, model.Delivery{Channel: "#c", MessageTS: "1.0"}, time.Now()); err != nil {
			t.Fatal(err)
		}
		// An old event not yet delivered (Slack down for a month).
		if err := queueEvent(ctx, s, article("https://a.example/waiting", "A", old, story(2)), "other", 5); err != nil {
			t.Fatal(err)
		}
		// Old articles without figures: a plain one, an original with an
		// old copy, an original with a recent copy.
		plainID, _ := mustPut(t, s, article("https://b.example/plain", "B", old, story(3)))
		origID, _ := mustPut(t, s, article("https://b.example/orig", "B", old, story(4)))
		oldCopy := article("https://c.example/copy", "C", old, story(4))
		oldCopy.CopyOf = origID
		mustPut(t, s, oldCopy)
		keptID, _ := mustPut(t, s, article("https://b.example/kept", "B", old, story(5)))
		newCopy := article("https://d.example/copy", "D", recent, story(5))
		newCopy.CopyOf = keptID
		mustPut(t, s, newCopy)
		// A recent article: nothing of it goes.
		fresh := article("https://e.example/fresh", "E", recent, story(6))
		mustPut(t, s, fresh)

		// Validators: one of a page fetched long ago, one fresh.
		for _, u := range []string{"https://b.example/plain", "https://e.example/fresh"} {
			if err := s.SaveValidators(ctx, u, scrape.Validators{ETag: `"v"`}); err != nil {
				t.Fatal(err)
			}
		}
		backdate := func(query string, args ...any) {
			t.Helper()
			if _, err := db.db.ExecContext(ctx, db.q(query), args...); err != nil {
				t.Fatal(err)
			}
		}
		backdate(`UPDATE fetch_state SET updated_ms = ? WHERE url = ?`, ms(old), "https://b.example/plain")
		backdate(`UPDATE outbox SET created_ms = ?`, ms(old))

		p, err := s.Prune(ctx, Retention{ArticlesBefore: cutoff, PayloadsBefore: cutoff})
		if err != nil {
			t.Fatal(err)
		}
		want := Pruned{Fingerprints: 6, Articles: 3, Validators: 1, Payloads: 1}
		if p != want {
			t.Errorf("pruned %+v, want %+v", p, want)
		}

		// What is kept.
		hist, err := s.History(ctx, "toll")
		if err != nil || len(hist) != 1 || hist[0].URL != withFigure.CanonicalURL || hist[0].Title != "t" || hist[0].Quote == "" {
			t.Errorf("the metric's history lost something: %+v %v", hist, err)
		}
		if cur, _, err := s.Current(ctx, "toll"); err != nil || (cur != nil && cur.URL != withFigure.CanonicalURL) {
			t.Errorf("current: %+v %v", cur, err)
		}
		for _, u := range []string{withFigure.CanonicalURL, "https://a.example/waiting", "https://b.example/kept", newCopy.CanonicalURL, fresh.CanonicalURL} {
			if h, err := s.HashAt(ctx, u); err != nil || h == "" {
				t.Errorf("%s should be kept: hash %q, %v", u, h, err)
			}
		}
		if id, _ := s.NearCopy(ctx, fresh.Fingerprint, "https://elsewhere.example/", recent.Add(-time.Hour)); id == 0 {
			t.Error("a recent article's fingerprint was pruned")
		}
		if v, _ := s.Validators(ctx, "https://e.example/fresh"); v.ETag == "" {
			t.Error("fresh validators were pruned")
		}
		all, err := s.Events(ctx, 10)
		if err != nil || len(all) != 2 {
			t.Fatalf("events: %+v %v", all, err)
		}
		for _, e := range all {
			switch {
			case e.Delivered == nil && e.Payload.New.Quote == "":
				t.Errorf("an undelivered event's payload was compacted: %+v", e.Payload.New)
			case e.Delivered != nil:
				n := e.Payload.New
				if n.Quote != "" || n.Rule != "" || n.Readings[0].Value != 700 || n.URL != withFigure.CanonicalURL || n.Outlet != "A" || e.MessageTS != "1.0" {
					t.Errorf("compacted payload: %+v, delivery %q", n, e.MessageTS)
				}
			}
		}

		// What is gone.
		for _, u := range []string{"https://b.example/plain", "https://b.example/orig", oldCopy.CanonicalURL} {
			if h, _ := s.HashAt(ctx, u); h != "" {
				t.Errorf("%s should be deleted", u)
			}
		}
		if v, _ := s.Validators(ctx, "https://b.example/plain"); v.ETag != "" {
			t.Error("old validators were kept")
		}
		var fps int
		if err := db.db.QueryRowContext(ctx, db.q(`SELECT COUNT(*) FROM articles WHERE fingerprint <> '' AND fetched_ms < ?`), ms(cutoff)).Scan(&fps); err != nil || fps != 0 {
			t.Errorf("%d old fingerprints left (%v)", fps, err)
		}
		if db.dialect == postgresDialect {
			var bandRows int
			if err := db.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM article_bands b JOIN articles a ON a.id = b.article_id WHERE a.fetched_ms < $1`, ms(cutoff)).Scan(&bandRows); err != nil || bandRows != 0 {
				t.Errorf("%d band rows of old articles left (%v)", bandRows, err)
			}
			if err := db.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM article_bands WHERE article_id IN ($1, $2)`, plainID, origID).Scan(&bandRows); err != nil || bandRows != 0 {
				t.Errorf("%d band rows of deleted articles left (%v)", bandRows, err)
			}
		}

		// Run again, nothing more goes.
		if p, err := s.Prune(ctx, Retention{ArticlesBefore: cutoff, PayloadsBefore: cutoff}); err != nil || p != (Pruned{}) {
			t.Errorf("a second prune: %+v %v", p, err)
		}
	})
}

func mustPut(t *testing.T, s Store, a model.Article) (int64, error) {
	t.Helper()
	id, err := putArticle(context.Background(), s, a)
	if err != nil {
		t.Fatal(err)
	}
	return id, nil
}

// TestStats counts rows and measures each table on both dialects.
func TestStats(t *testing.T) {
	eachStore(t, func(t *testing.T, open func() Store) {
		s := open()
		ctx := context.Background()
		for i := range 30 {
			mustPut(t, s, article(fmt.Sprintf("https://a.example/%d", i), "A", t0, newstext.Story(2500, uint64(i))))
		}
		stats, err := s.Stats(ctx)
		if err != nil {
			t.Fatal(err)
		}
		byName := map[string]TableStats{}
		for _, st := range stats {
			byName[st.Table] = st
		}
		if a := byName["articles"]; a.Rows != 30 || a.Bytes < 30*512 {
			t.Errorf("articles: %+v; want 30 rows of at least their fingerprints' size", a)
		}
		for _, name := range []string{"observations", "outbox", "fetch_state", "source_state", "metric_state", "leases"} {
			if st, ok := byName[name]; !ok || st.Rows != 0 {
				t.Errorf("%s: %+v, %v", name, st, ok)
			}
		}
		_, bands := byName["article_bands"]
		if pg := s.(*sqlStore).dialect == postgresDialect; bands != pg {
			t.Errorf("article_bands listed %v; PostgreSQL has the table, SQLite not", bands)
		}
	})
}
