package store

import (
	"context"
	"database/sql"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/model"
)

// observe stores an article with one observation of metric in a
// transaction of its own, making it the accepted value kept under key
// when accept is set.
func observe(ctx context.Context, s Store, a model.Article, metric string, value float64, claimantID, words, how string, accept bool, key string) (model.Observation, error) {
	var o model.Observation
	err := s.Update(ctx, func(tx *Tx) error {
		id, _, err := tx.PutArticle(ctx, a)
		if err != nil {
			return err
		}
		o = model.Observation{Metric: metric, ArticleID: id, Outlet: a.Outlet, URL: a.CanonicalURL, Published: a.Published, Fetched: a.Fetched,
			Readings: []model.Reading{{Name: "value", Value: value, Qualifier: "exact"}}, Quote: "q", Rule: "r", Outcome: "baseline",
			ClaimantID: claimantID, ClaimantWords: words, ClaimantHow: how}
		if o.ID, err = tx.AddObservation(ctx, o); err != nil {
			return err
		}
		if accept {
			_, err = tx.Accept(ctx, o, key)
		}
		return err
	})
	return o, err
}

func TestObservationKeepsItsClaimant(t *testing.T) {
	eachStore(t, func(t *testing.T, open func() Store) {
		s := open()
		ctx := context.Background()
		steps := []struct {
			url, id, words, how string
		}{
			{"https://a.example/1", "gaza_health_ministry", "Hamas-run health ministry", "sentence"},
			{"https://b.example/2", "", "Save the Children", "quote"},
			{"https://c.example/3", "", "", ""},
		}
		for i, st := range steps {
			a := article(st.url, "Outlet", t0.Add(time.Duration(i)*time.Hour), st.url)
			if _, err := observe(ctx, s, a, "toll", 100+float64(i), st.id, st.words, st.how, false, ""); err != nil {
				t.Fatal(err)
			}
		}
		h, err := s.History(ctx, "toll")
		if err != nil || len(h) != 3 {
			t.Fatalf("history: %d, %v", len(h), err)
		}
		for i, st := range steps {
			o := h[i]
			if o.ClaimantID != st.id || o.ClaimantWords != st.words || o.ClaimantHow != st.how {
				t.Errorf("%s: claimant %q/%q/%q, want %q/%q/%q", st.url, o.ClaimantID, o.ClaimantWords, o.ClaimantHow, st.id, st.words, st.how)
			}
		}
		if got := h[0].Claimant(); got != "gaza_health_ministry" {
			t.Errorf("a configured claimant is named by its id, got %q", got)
		}
		if got := h[1].Claimant(); got != "Save the Children" {
			t.Errorf("an unlisted claimant is named by its words, got %q", got)
		}
		if got := h[2].Claimant(); got != "" {
			t.Errorf("an unattributed figure has no claimant, got %q", got)
		}
	})
}

func TestAcceptedValuePerClaimant(t *testing.T) {
	eachStore(t, func(t *testing.T, open func() Store) {
		s := open()
		ctx := context.Background()
		moh, err := observe(ctx, s, article("https://a.example/1", "Gulf Courier", t0, "1"), "toll", 33091, "gaza_health_ministry", "health ministry", "sentence", true, "gaza_health_ministry")
		if err != nil {
			t.Fatal(err)
		}
		idf, err := observe(ctx, s, article("https://b.example/2", "Ledger", t0.Add(time.Hour), "2"), "toll", 13000, "israeli_military", "Israeli military", "sentence", true, "israeli_military")
		if err != nil {
			t.Fatal(err)
		}
		err = s.Update(ctx, func(tx *Tx) error {
			if err := tx.LockMetrics(ctx, []string{"toll"}); err != nil {
				return err
			}
			a, err := tx.Accepted(ctx, "toll", "gaza_health_ministry")
			if err != nil {
				return err
			}
			if a == nil || a.ObservationID != moh.ID || a.ClaimantID != "gaza_health_ministry" || a.Key != "gaza_health_ministry" || a.Readings[0].Value != 33091 || !slices.Equal(a.Claimants, []string{"gaza_health_ministry"}) || !slices.Equal(a.Agreeing, []string{"Gulf Courier"}) {
				t.Errorf("the ministry's value: %+v", a)
			}
			b, err := tx.Accepted(ctx, "toll", "israeli_military")
			if err != nil {
				return err
			}
			if b == nil || b.ObservationID != idf.ID || b.Readings[0].Value != 13000 {
				t.Errorf("the military's value: %+v", b)
			}
			if none, err := tx.Accepted(ctx, "toll", ""); err != nil || none != nil {
				t.Errorf("the metric as one has no value of its own: %+v, %v", none, err)
			}
			return tx.SetAgreeing(ctx, "toll", "gaza_health_ministry", []string{"Gulf Courier", "Ledger"}, []string{"gaza_health_ministry", "un"})
		})
		if err != nil {
			t.Fatal(err)
		}
		err = s.Update(ctx, func(tx *Tx) error {
			a, err := tx.Accepted(ctx, "toll", "gaza_health_ministry")
			if err != nil {
				return err
			}
			if !slices.Equal(a.Agreeing, []string{"Gulf Courier", "Ledger"}) || !slices.Equal(a.Claimants, []string{"gaza_health_ministry", "un"}) {
				t.Errorf("agreeing after SetAgreeing: outlets %v, claimants %v", a.Agreeing, a.Claimants)
			}
			b, err := tx.Accepted(ctx, "toll", "israeli_military")
			if err != nil {
				return err
			}
			if len(b.Agreeing) != 1 || len(b.Claimants) != 1 {
				t.Errorf("another claimant's agreement moved: %+v", b)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		cur, _, err := s.Current(ctx, "toll")
		if err != nil || cur == nil || cur.ID != idf.ID {
			t.Errorf("Current is the newest claimant's value: %+v, %v", cur, err)
		}
		all, err := s.AcceptedValues(ctx, "toll")
		if err != nil || len(all) != 2 || all[0].Key != "gaza_health_ministry" || all[1].Key != "israeli_military" || all[0].Readings[0].Value != 33091 {
			t.Errorf("AcceptedValues: %+v, %v", all, err)
		}
		if none, err := s.AcceptedValues(ctx, "other"); err != nil || len(none) != 0 {
			t.Errorf("a metric without a value: %+v, %v", none, err)
		}
	})
}

// TestAcceptedValueSurvivesClaimantMigration opens a store whose accepted
// value was written before claimants (SQLite schema 5, PostgreSQL 4): it
// is the metric's value as one, with no agreeing claimant.
func TestAcceptedValueSurvivesClaimantMigration(t *testing.T) {
	ctx := context.Background()
	seed := func(t *testing.T, db *sql.DB) {
		execAll(t, db,
			`INSERT INTO articles (source, outlet, url, canonical_url, published_ms, fetched_ms, text_hash) VALUES ('s', 'Wire', 'u', 'https://old.example/1', 1000, 1000, 'h')`,
			`INSERT INTO observations (metric, article_id, outlet, published_ms, fetched_ms, readings, quote, quote_start, quote_end, rule, outcome) VALUES ('toll', 1, 'Wire', 1000, 1000, '[{"Name":"value","Value":32490}]', 'q', 0, 1, 'r', 'baseline')`,
			`INSERT INTO metric_state (metric, readings, observation_id, outlet, published_ms, agree, updated_ms) VALUES ('toll', '[{"Name":"value","Value":32490}]', 1, 'Wire', 1000, '["Wire","Post"]', 1000)`,
		)
	}
	eachOldStore(t, 5, 4, seed, func(t *testing.T, s Store) {
		err := s.Update(ctx, func(tx *Tx) error {
			a, err := tx.Accepted(ctx, "toll", "")
			if err != nil {
				return err
			}
			if a == nil || a.Readings[0].Value != 32490 || !slices.Equal(a.Agreeing, []string{"Wire", "Post"}) || len(a.Claimants) != 0 {
				t.Errorf("the accepted value after the migration: %+v", a)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		h, err := s.History(ctx, "toll")
		if err != nil || len(h) != 1 || h[0].Claimant() != "" {
			t.Errorf("an observation stored before claimants is unattributed: %+v, %v", h, err)
		}
	})
}

// TestTrackedSinceIsTheFirstAcceptance: an accepted value remembers when
// its tracking began, the fetch of its first value's article; accepting
// later values, each claimant's own included, leaves it.
func TestTrackedSinceIsTheFirstAcceptance(t *testing.T) {
	eachStore(t, func(t *testing.T, open func() Store) {
		s := open()
		ctx := context.Background()
		fetchedAt := func(a model.Article, at time.Time) model.Article { a.Fetched = at; return a }
		began := t0.Add(48 * time.Hour)
		steps := []struct {
			a     model.Article
			value float64
			key   string
			want  time.Time // TrackedSince after the step
		}{
			{fetchedAt(article("https://a.example/1", "A", t0, "1"), began), 32490, "", began},
			{fetchedAt(article("https://b.example/1", "B", t0.Add(time.Hour), "2"), began.Add(time.Minute)), 33091, "", began},
			{fetchedAt(article("https://c.example/1", "C", t0.Add(72*time.Hour), "3"), began.Add(30*time.Hour)), 34000, "", began},
			{fetchedAt(article("https://d.example/1", "D", t0, "4"), began.Add(time.Hour)), 13000, "israeli_military", began.Add(time.Hour)},
		}
		for i, st := range steps {
			var got *Accepted
			err := s.Update(ctx, func(tx *Tx) error {
				id, _, err := tx.PutArticle(ctx, st.a)
				if err != nil {
					return err
				}
				o := model.Observation{Metric: "toll", ArticleID: id, Outlet: st.a.Outlet, URL: st.a.CanonicalURL, Published: st.a.Published, Fetched: st.a.Fetched,
					Readings: []model.Reading{{Name: "value", Value: st.value, Qualifier: "exact"}}, Quote: "q", Rule: "r", Outcome: "change"}
				if o.ID, err = tx.AddObservation(ctx, o); err != nil {
					return err
				}
				if got, err = tx.Accept(ctx, o, st.key); err != nil {
					return err
				}
				read, err := tx.Accepted(ctx, "toll", st.key)
				if err != nil {
					return err
				}
				if !read.TrackedSince.Equal(got.TrackedSince) {
					t.Errorf("step %d: Accept says tracked since %v, Accepted reads %v", i, got.TrackedSince, read.TrackedSince)
				}
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			if !got.TrackedSince.Equal(st.want) {
				t.Errorf("step %d: tracked since %v, want %v", i, got.TrackedSince, st.want)
			}
		}
	})
}

// TestTrackedSinceBackfilled opens a store whose accepted value was
// written before tracked_ms (schema 8 in both dialects): its tracking
// began when its metric's first observation was fetched; a metric with
// none fetched at a known time has no known start.
func TestTrackedSinceBackfilled(t *testing.T) {
	ctx := context.Background()
	seed := func(t *testing.T, db *sql.DB) {
		execAll(t, db,
			`INSERT INTO articles (source, outlet, url, canonical_url, published_ms, fetched_ms, text_hash) VALUES ('s', 'Wire', 'u', 'https://old.example/1', 1000, 5000, 'h')`,
			`INSERT INTO articles (source, outlet, url, canonical_url, published_ms, fetched_ms, text_hash) VALUES ('s', 'Wire', 'u2', 'https://old.example/2', 9000, 9500, 'h2')`,
			`INSERT INTO observations (metric, article_id, outlet, published_ms, fetched_ms, readings, quote, quote_start, quote_end, rule, outcome) VALUES ('toll', 1, 'Wire', 1000, 5000, '[{"Name":"value","Value":32490}]', 'q', 0, 1, 'r', 'baseline')`,
			`INSERT INTO observations (metric, article_id, outlet, published_ms, fetched_ms, readings, quote, quote_start, quote_end, rule, outcome) VALUES ('toll', 2, 'Wire', 9000, 9500, '[{"Name":"value","Value":33091}]', 'q', 0, 1, 'r', 'change')`,
			`INSERT INTO observations (metric, article_id, outlet, published_ms, fetched_ms, readings, quote, quote_start, quote_end, rule, outcome) VALUES ('aid', 1, 'Wire', 1000, 0, '[{"Name":"value","Value":120}]', 'q', 0, 1, 'r', 'baseline')`,
			`INSERT INTO metric_state (metric, claimant, readings, observation_id, outlet, published_ms, agree, updated_ms) VALUES ('toll', '', '[{"Name":"value","Value":33091}]', 2, 'Wire', 9000, '["Wire"]', 9500)`,
			`INSERT INTO metric_state (metric, claimant, readings, observation_id, outlet, published_ms, agree, updated_ms) VALUES ('aid', '', '[{"Name":"value","Value":120}]', 3, 'Wire', 1000, '["Wire"]', 1000)`,
		)
	}
	eachOldStore(t, 8, 8, seed, func(t *testing.T, s Store) {
		err := s.Update(ctx, func(tx *Tx) error {
			toll, err := tx.Accepted(ctx, "toll", "")
			if err != nil {
				return err
			}
			if toll == nil || !toll.TrackedSince.Equal(time.UnixMilli(5000).UTC()) {
				t.Errorf("toll after the migration: %+v", toll)
			}
			aid, err := tx.Accepted(ctx, "aid", "")
			if err != nil {
				return err
			}
			if aid == nil || !aid.TrackedSince.IsZero() {
				t.Errorf("aid after the migration: %+v", aid)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	})
}

// TestTrackedMetrics lists the metrics with an accepted value, once each
// (a metric judged by claimant has a row per claimant), in order.
func TestTrackedMetrics(t *testing.T) {
	ctx := context.Background()
	seed := func(t *testing.T, db *sql.DB) {
		execAll(t, db,
			`INSERT INTO articles (source, outlet, url, canonical_url, published_ms, fetched_ms, text_hash) VALUES ('s', 'Wire', 'u', 'https://old.example/1', 1000, 5000, 'h')`,
			`INSERT INTO observations (metric, article_id, outlet, published_ms, fetched_ms, readings, quote, quote_start, quote_end, rule, outcome) VALUES ('toll', 1, 'Wire', 1000, 5000, '[{"Name":"value","Value":32490}]', 'q', 0, 1, 'r', 'baseline')`,
			`INSERT INTO metric_state (metric, claimant, readings, observation_id, outlet, published_ms, agree, updated_ms) VALUES ('toll', 'ministry', '[{"Name":"value","Value":32490}]', 1, 'Wire', 1000, '["Wire"]', 5000)`,
			`INSERT INTO metric_state (metric, claimant, readings, observation_id, outlet, published_ms, agree, updated_ms) VALUES ('toll', 'army', '[{"Name":"value","Value":32490}]', 1, 'Wire', 1000, '["Wire"]', 5000)`,
			`INSERT INTO metric_state (metric, claimant, readings, observation_id, outlet, published_ms, agree, updated_ms) VALUES ('aid', '', '[{"Name":"value","Value":120}]', 1, 'Wire', 1000, '["Wire"]', 5000)`,
		)
	}
	eachOldStore(t, 8, 8, seed, func(t *testing.T, s Store) {
		got, err := s.TrackedMetrics(ctx)
		if err != nil || strings.Join(got, ",") != "aid,toll" {
			t.Errorf("tracked metrics: %v %v, want aid,toll", got, err)
		}
	})
}

// TestSetOutcome: an observation's outcome can be recorded again (a
// level's baseline that a newer disagreeing archive figure replaced is
// listed as backlog_conflict), and the history reads the new one.
func TestSetOutcome(t *testing.T) {
	eachStore(t, func(t *testing.T, open func() Store) {
		s := open()
		ctx := context.Background()
		o, err := observe(ctx, s, article("https://a.example/1", "Outlet", t0, "https://a.example/1"), "shelter", 5000, "", "", "", true, "")
		if err != nil {
			t.Fatal(err)
		}
		if err := s.Update(ctx, func(tx *Tx) error { return tx.SetOutcome(ctx, o.ID, "backlog_conflict") }); err != nil {
			t.Fatal(err)
		}
		h, err := s.History(ctx, "shelter")
		if err != nil || len(h) != 1 || h[0].Outcome != "backlog_conflict" {
			t.Errorf("history after SetOutcome: %+v, %v", h, err)
		}
	})
}
