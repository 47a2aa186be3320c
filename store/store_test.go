package store

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/internal/pgtest"
	"github.com/claimtrack/claimtrack/model"
	"github.com/claimtrack/claimtrack/scrape"
)

// eachStore runs a test against SQLite and, when CLAIMTRACK_TEST_POSTGRES
// names a database, PostgreSQL, each in a fresh schema.
func eachStore(t *testing.T, test func(t *testing.T, open func() Store)) {
	opener := func(t *testing.T, dsn string) func() Store {
		return func() Store {
			s, err := Open(context.Background(), dsn, "")
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { s.Close() })
			return s
		}
	}
	t.Run("sqlite", func(t *testing.T) {
		test(t, opener(t, filepath.Join(t.TempDir(), "test.db")))
	})
	t.Run("postgres", func(t *testing.T) {
		test(t, opener(t, pgtest.Schema(t)))
	})
}

var t0 = time.Date(2024, 3, 25, 9, 0, 0, 0, time.UTC)

func article(url, outlet string, at time.Time, text string) model.Article {
	return model.Article{Source: outlet, Outlet: outlet, URL: url, CanonicalURL: url, Title: "t", Published: at, Fetched: at, TextHash: scrape.HashText(text), Fingerprint: Fingerprint(text)}
}

// putArticle stores an article in a transaction of its own.
func putArticle(ctx context.Context, s Store, a model.Article) (int64, error) {
	var id int64
	err := s.Update(ctx, func(tx *Tx) error {
		var err error
		id, _, err = tx.PutArticle(ctx, a)
		return err
	})
	return id, err
}

// queueEvent stores an article with an observation of a metric and queues
// the event announcing it, as the tracker does for a first value.
func queueEvent(ctx context.Context, s Store, a model.Article, metric string, value float64) error {
	return s.Update(ctx, func(tx *Tx) error {
		id, _, err := tx.PutArticle(ctx, a)
		if err != nil {
			return err
		}
		o := model.Observation{Metric: metric, ArticleID: id, Outlet: a.Outlet, URL: a.CanonicalURL, Published: a.Published, Fetched: a.Fetched,
			Readings: []model.Reading{{Name: "value", Value: value, Qualifier: "exact", Text: fmt.Sprint(value)}}, Outcome: "baseline"}
		if o.ID, err = tx.AddObservation(ctx, o); err != nil {
			return err
		}
		return tx.Enqueue(ctx, fmt.Sprintf("first:%s:%s", metric, a.CanonicalURL), model.EventFirst, metric, model.EventPayload{New: &o, Agreeing: 1})
	})
}

func pending(t *testing.T, s Store) []model.Event {
	t.Helper()
	evs, err := s.ClaimEvents(context.Background(), "reader", time.Now().Add(time.Minute), time.Now(), 100)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range evs {
		if err := s.MarkDelivered(context.Background(), e.ID, model.Delivery{Channel: "#c", MessageTS: "1.0"}, time.Now()); err != nil {
			t.Fatal(err)
		}
	}
	return evs
}
