package tracker

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/claimtrack/claimtrack/model"
	"github.com/claimtrack/claimtrack/rules"
	"github.com/claimtrack/claimtrack/scrape"
	"github.com/claimtrack/claimtrack/store"
)

// Judge gives a metric's policy and what its events say of it.
type Judge func(metric string) (Policy, MetricInfo)

// Item is an article and its observations, waiting to be stored.
type Item struct {
	// Article is zero when only the page's validators are to be saved
	// (the page was read again and its text had not changed).
	Article      model.Article
	Observations []model.Observation
	// CopyOfItem, when not 0, says the article is a near copy of the
	// batch's item CopyOfItem-1, which has no id until it is stored.
	CopyOfItem int
	// CopyStored says Article.CopyOf is an article stored before this
	// pass (batch.nearCopy), which may be this one's copy (original.go).
	CopyStored bool
	// originalOfItem, when not 0, says the article is the original of
	// the batch's item originalOfItem-1, read before it in the same pass
	// (batch.nearCopy): that item becomes its copy when it is added.
	// Between them CopyOfItem and originalOfItem link one pass's near
	// copies as original.go links a pass's to those stored before it:
	// the order read does not choose the original.
	originalOfItem int
	// Page, when set, is the address the article was fetched from,
	// Validators what that fetch said for the next conditional GET,
	// Checked when it was made and PagePublished the publication time the
	// page gives (zero if none): saved in the same transaction as the
	// article, for the page's re-checks.
	Page          string
	Validators    scrape.Validators
	Checked       time.Time
	PagePublished time.Time
	// Listed is what the feed said of the item (scrape.Link.Listed),
	// saved with the page so that the next pass sees a revision.
	Listed string
	// UndatedArchive says the article gives no date (Article.Published
	// is zero) and was read on its source's first pass: the archive's
	// past, of unknown age (Candidate.UndatedArchive).
	UndatedArchive bool
	// datedAsRead says the article gives no date and was read on a later
	// pass of its source: news as of its reading, which the pass dates
	// when it judges what it read (storeInOrder).
	datedAsRead bool
	// Revised says the article was stored already and its text changed
	// since (Candidate.Revised); AsOf, when later than its publication,
	// is when the page says it was revised: the figures the revision
	// changed are dated by it (revisedFigures).
	Revised bool
	AsOf    time.Time
}

// readAs is how an article was read, for judging its figures: undated on
// its source's first pass (Item.UndatedArchive), or stored already and read
// again with another text (Item.Revised). One value rather than two bools
// in a row, which a call could swap unseen.
type readAs struct {
	undated, revised bool
	asOf             time.Time // Item.AsOf
	// copyStored says the article's CopyOf was stored before its pass
	// (Item.CopyStored); copied, that this stored article, read before
	// it, is the article's copy (original.go), or 0.
	copyStored bool
	copied     int64
	// copyOf is the article this one nearly copies, as stored (0: none).
	copyOf int64
	// pageHad holds the metrics a revised article's earlier versions
	// gave figures of (metricsOnPage).
	pageHad map[string]bool
}

// Process stores an article and its observations and, in the same
// transaction, judges each observation against its metric, updates the
// accepted values and queues the events: a crash loses or doubles
// nothing.
func Process(ctx context.Context, s store.Store, a model.Article, obs []model.Observation, judge Judge) ([]Outcome, error) {
	done, err := processBatch(ctx, s, []Item{{Article: a, Observations: obs}}, judge, nil, nil)
	if err != nil {
		return nil, err
	}
	if done.refused[0] != nil {
		return nil, done.refused[0]
	}
	return judgedOutcomes(done.all[0]), nil
}

// ProcessBatch does what Process does for several articles, in order, in
// one transaction (one commit for a source's pass, not one an article);
// it returns each item's outcomes. An article whose canonical URL another
// source owns is not stored, and nor are its observations.
func ProcessBatch(ctx context.Context, s store.Store, items []Item, judge Judge) ([][]Outcome, error) {
	done, err := processBatch(ctx, s, items, judge, nil, nil)
	if err != nil {
		return nil, err
	}
	out := make([][]Outcome, len(done.all))
	for i, js := range done.all {
		out[i] = judgedOutcomes(js)
	}
	return out, nil
}

// judged is what the recorder decided of one observation: its outcome,
// and whether that outcome queued an event (the metric's policy says
// whether a first value is news), so that a pass counts what it posted
// without asking the policy again.
type judged struct {
	outcome Outcome
	queued  bool
	id      int64 // the observation stored
	// instead is the observation stored earlier whose place this one took
	// (refineSaid, takeCredit), and insteadNow that one's outcome now.
	// Queued, this one took its waiting event over ("4,020 → 10,212" where
	// the radio's "ten thousand" queued it): one post, which the pass that
	// counted that one no longer counts. Not queued, that one's message
	// had gone, or it made none: this one posted nothing.
	instead    int64
	insteadNow Outcome
}

// judgedOutcomes is the outcomes of an item's judged observations, in order.
func judgedOutcomes(js []judged) []Outcome {
	if js == nil {
		return nil
	}
	out := make([]Outcome, len(js))
	for i, j := range js {
		out[i] = j.outcome
	}
	return out
}

// batchResult is what processBatch did with each item of a batch: its
// observations judged (all), whether it was refused because another source
// owns its article (refused[i] set, outcomes nil) or another source of the
// outlet stored it since it was found new (readElsewhere[i], outcomes nil),
// and its article's id (ids[i], 0 when not stored), for a later batch's
// copies of it (storeInOrder). revised holds the observations of earlier
// transactions whose outcome this one changed (recorder.revise).
type batchResult struct {
	all           [][]judged
	refused       []*store.OwnedError
	readElsewhere []bool
	ids           []int64
	revised       map[int64]Outcome
}

// processBatch is ProcessBatch, and says what became of each item
// (batchResult). hold, when not nil, is the pass's (passHold): the first
// values the batch queues or revises are held until the pass ends. engine,
// when not nil, is the pass's rules, which read a stored row's sentence
// again for a replay (reread.go).
func processBatch(ctx context.Context, s store.Store, items []Item, judge Judge, hold *passHold, engine *rules.Engine) (res batchResult, err error) {
	if len(items) == 0 {
		return res, nil
	}
	var all [][]judged
	var refused []*store.OwnedError
	var readElsewhere []bool
	var ids []int64
	var revised map[int64]Outcome
	err = s.Update(ctx, func(tx *store.Tx) error {
		// The events earlier transactions of the pass held were held HoldFor
		// from their commits: renewed first, they stay held while this one
		// runs, however long (keepIn); renewed last, they stay held at its
		// commit.
		if err := hold.keepIn(ctx, tx); err != nil {
			return err
		}
		var metrics []string
		for _, it := range items {
			for _, o := range it.Observations {
				metrics = append(metrics, o.Metric)
			}
		}
		if err := tx.LockMetrics(ctx, metrics); err != nil {
			return err
		}
		r := recorder{tx: tx, judge: judge, hold: hold, engine: engine, states: map[stateKey]*metricState{}, spans: map[string]*metricSpan{}}
		ids = make([]int64, len(items))
		all, refused, readElsewhere = make([][]judged, len(items)), make([]*store.OwnedError, len(items)), make([]bool, len(items))
		for i, it := range items {
			a := it.Article
			if it.Page != "" {
				if err := tx.SavePage(ctx, it.Page, it.Validators, it.Checked, it.PagePublished, it.Listed); err != nil {
					return err
				}
			}
			if a.CanonicalURL == "" {
				continue
			}
			if k := it.CopyOfItem; k > 0 && k <= i {
				a.CopyOf = ids[k-1]
			}
			var err error
			ids[i], all[i], err = r.article(ctx, a, it.Observations, readAs{undated: it.UndatedArchive, revised: it.Revised, asOf: it.AsOf, copyStored: it.CopyStored && a.CopyOf != 0})
			if owned := (*store.OwnedError)(nil); errors.As(err, &owned) {
				refused[i] = owned
				continue
			}
			if other := (*readByAnother)(nil); errors.As(err, &other) {
				readElsewhere[i] = true
				continue
			}
			if err != nil {
				return err
			}
		}
		revised = r.revised
		return hold.keepIn(ctx, tx) // a slow transaction's held events stay held at its commit
	})
	if err != nil {
		return batchResult{}, fmt.Errorf("store %d articles: %w", len(items), err)
	}
	// An observation of the batch that a later one's replay revised is
	// returned with its outcome as stored; revised keeps the others (of
	// earlier batches). One that queued an event keeps the outcome that
	// queued it.
	for _, js := range all {
		for i := range js {
			if to, ok := revised[js[i].id]; ok {
				if !js[i].queued {
					js[i].outcome = to
				}
				delete(revised, js[i].id)
			}
		}
	}
	return batchResult{all: all, refused: refused, readElsewhere: readElsewhere, ids: ids, revised: revised}, nil
}
