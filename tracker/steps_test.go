package tracker

import (
	"context"
	"testing"

	"github.com/claimtrack/claimtrack/model"
	"github.com/claimtrack/claimtrack/store"
)

// Most recorder tests tell a story: articles read in turn, each giving
// one figure, and the outcome each must have. The helpers here are that
// story's step, written once; an error from the recorder ends the test.

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
