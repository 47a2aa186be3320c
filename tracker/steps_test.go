package tracker

import (
	"context"
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/internal/pgtest"
	"github.com/claimtrack/claimtrack/model"
	"github.com/claimtrack/claimtrack/rules"
	"github.com/claimtrack/claimtrack/scrape"
	"github.com/claimtrack/claimtrack/store"
)

// Most recorder tests tell a story: articles read in turn, each giving
// one figure, and the outcome each must have. The helpers here are what
// the stories are made of (a store of each kind, an article, a figure's
// observation, a total's policy, the events queued) and their step,
// written once; an error from the recorder ends the test.

// eachStore runs a test against SQLite and, when CLAIMTRACK_TEST_POSTGRES
// names a database, PostgreSQL, each in a fresh schema.
func eachStore(t *testing.T, test func(t *testing.T, open func() store.Store)) {
	pgtest.EachStore(t, store.Open, test)
}

// t0 is when the stories begin.
var t0 = time.Date(2024, 3, 25, 9, 0, 0, 0, time.UTC)

// article is an outlet's article at url, published and fetched at at;
// text makes its hash and fingerprint (near copies share them).
func article(url, outlet string, at time.Time, text string) model.Article {
	return model.Article{Source: outlet, Outlet: outlet, URL: url, CanonicalURL: url, Title: "t", Published: at, Fetched: at, TextHash: scrape.HashText(text), Fingerprint: store.Fingerprint(text)}
}

// obs is an observation of metric reading figureText as the figures
// package does, quoted in a sentence of its own.
func obs(metric, figureText string, t *testing.T) model.Observation {
	r := reading(t, figureText)
	q := r.Qualifier.Name()
	return model.Observation{Metric: metric, Readings: []model.Reading{{Name: "value", Value: r.Value, Low: r.Low, High: r.High, Qualifier: q, Text: r.Text}},
		Quote: "The toll is " + figureText + ".", Rule: `keyword "toll"`}
}

// judgeTotal is a death toll's policy: a total, conflicts within 48 hours.
func judgeTotal(string) (Policy, MetricInfo) {
	return Policy{Total: true, ConflictWindow: 48 * time.Hour}, MetricInfo{Name: "Death toll", Unit: "people"}
}

// pending claims the events queued and marks them delivered.
func pending(t *testing.T, s store.Store) []model.Event {
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

// processOne reads one article giving one observation, as Process does
// (an article another source owns is an error), and returns that
// observation's outcome.
func processOne(ctx context.Context, t *testing.T, s store.Store, a model.Article, o model.Observation, judge Judge) Outcome {
	t.Helper()
	outs, err := Process(ctx, s, a, []model.Observation{o}, judge)
	if err != nil {
		t.Fatal(err)
	}
	return outs[0]
}

// stepper returns the step of a story about one metric: the article
// gives figure (obs's reading of it) and Process judges it.
func stepper(ctx context.Context, t *testing.T, s store.Store, metric string, judge Judge) func(a model.Article, figure string) Outcome {
	return func(a model.Article, figure string) Outcome {
		t.Helper()
		return processOne(ctx, t, s, a, obs(metric, figure, t), judge)
	}
}

// passOne reads one article giving one observation as a source's pass
// does (ProcessBatch), the article's near copy's original stored before
// it when it names one (Item.CopyStored), and returns the outcome.
func passOne(ctx context.Context, t *testing.T, s store.Store, a model.Article, o model.Observation, judge Judge) Outcome {
	t.Helper()
	outs, err := ProcessBatch(ctx, s, []Item{{Article: a, Observations: []model.Observation{o}, CopyStored: a.CopyOf != 0}}, judge)
	if err != nil {
		t.Fatal(err)
	}
	return outs[0][0]
}

// decideAfter is Decide's outcome for outlet's figure next, published at
// at, after outlet A's cur, published on day: one judgement, no store.
func decideAfter(t *testing.T, p Policy, cur, next, outlet string, at time.Time) Outcome {
	t.Helper()
	return Decide(p, &State{Readings: []rules.Value{reading(t, cur)}, Outlet: "A", Published: day}, Candidate{Readings: []rules.Value{reading(t, next)}, Outlet: outlet, Published: at})
}
