package tracker

import (
	"context"
	"errors"
	"fmt"
	"github.com/claimtrack/claimtrack/rules"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/claimtrack/claimtrack/model"
	"github.com/claimtrack/claimtrack/rules/figures"
	"github.com/claimtrack/claimtrack/scrape"
	"github.com/claimtrack/claimtrack/store"
)

// MetricInfo is what events say about a metric.
type MetricInfo struct {
	Name string
	Unit string
}

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
	// Page, when set, is the address the article was fetched from,
	// Validators what that fetch said for the next conditional GET,
	// Checked when it was made and PagePublished the publication time the
	// page gives (zero if none): saved in the same transaction as the
	// article, for the page's re-checks.
	Page          string
	Validators    scrape.Validators
	Checked       time.Time
	PagePublished time.Time
}

// Process stores an article and its observations and, in the same
// transaction, judges each observation against its metric, updates the
// accepted values and queues the events: a crash loses or doubles
// nothing.
func Process(ctx context.Context, s store.Store, a model.Article, obs []model.Observation, judge Judge) ([]Outcome, error) {
	out, refused, err := processBatch(ctx, s, []Item{{Article: a, Observations: obs}}, judge)
	if err != nil {
		return nil, err
	}
	if refused[0] != nil {
		return nil, refused[0]
	}
	return out[0], nil
}

// ProcessBatch does what Process does for several articles, in order, in
// one transaction (one commit for a source's pass, not one an article);
// it returns each item's outcomes. An article whose canonical URL another
// source owns is not stored, and nor are its observations.
func ProcessBatch(ctx context.Context, s store.Store, items []Item, judge Judge) ([][]Outcome, error) {
	all, _, err := processBatch(ctx, s, items, judge)
	return all, err
}

// processBatch is ProcessBatch, and says which items were refused because
// another source owns their article (refused[i] set, outcomes nil).
func processBatch(ctx context.Context, s store.Store, items []Item, judge Judge) (all [][]Outcome, refused []*store.OwnedError, err error) {
	if len(items) == 0 {
		return nil, nil, nil
	}
	err = s.Update(ctx, func(tx *store.Tx) error {
		var metrics []string
		for _, it := range items {
			for _, o := range it.Observations {
				metrics = append(metrics, o.Metric)
			}
		}
		if err := tx.LockMetrics(ctx, metrics); err != nil {
			return err
		}
		r := recorder{tx: tx, judge: judge, states: map[string]*metricState{}}
		ids := make([]int64, len(items))
		all, refused = make([][]Outcome, len(items)), make([]*store.OwnedError, len(items))
		for i, it := range items {
			a := it.Article
			if it.Page != "" {
				if err := tx.SavePage(ctx, it.Page, it.Validators, it.Checked, it.PagePublished); err != nil {
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
			ids[i], all[i], err = r.article(ctx, a, it.Observations)
			if owned := (*store.OwnedError)(nil); errors.As(err, &owned) {
				refused[i] = owned
				continue
			}
			if err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, nil, err
	}
	return all, refused, nil
}

// recorder judges the observations of one transaction and writes what it
// decided through it.
type recorder struct {
	tx    *store.Tx
	judge Judge
	// states is what the transaction knows of the accepted value of the
	// metrics it has read or written. The transaction holds every metric
	// of its batch locked (LockMetrics), so what it wrote is what reading
	// again would return: each metric is read once a batch, not once an
	// observation.
	states map[string]*metricState
}

type metricState struct {
	cur   *State
	curID int64 // the accepted observation
	agree []string
}

// article stores one article and its observations, judged.
func (r *recorder) article(ctx context.Context, a model.Article, obs []model.Observation) (int64, []Outcome, error) {
	articleID, _, err := r.tx.PutArticle(ctx, a)
	if err != nil {
		return 0, nil, err
	}
	outcomes := make([]Outcome, 0, len(obs))
	for _, o := range obs {
		o.ArticleID = articleID
		o.Outlet, o.URL, o.Title, o.Published, o.Fetched = a.Outlet, a.CanonicalURL, a.Title, a.Published, a.Fetched
		out, err := r.observation(ctx, o, a.CopyOf != 0)
		if err != nil {
			return 0, nil, fmt.Errorf("store observation of %s in %s: %w", o.Metric, a.CanonicalURL, err)
		}
		outcomes = append(outcomes, out)
	}
	return articleID, outcomes, nil
}

// state returns what the transaction knows of a metric's accepted value,
// reading it the first time.
func (r *recorder) state(ctx context.Context, metric string) (*metricState, error) {
	if st, ok := r.states[metric]; ok {
		return st, nil
	}
	acc, err := r.tx.Accepted(ctx, metric)
	if err != nil {
		return nil, err
	}
	st := &metricState{}
	if acc != nil {
		st = &metricState{cur: stateOf(acc), curID: acc.ObservationID, agree: acc.Agreeing}
	}
	r.states[metric] = st
	return st, nil
}

func stateOf(acc *store.Accepted) *State {
	return &State{Readings: toReadings(acc.Readings), Outlet: acc.Outlet, Published: acc.Published}
}

// observation judges one observation against its metric's accepted value,
// stores it with its outcome, moves the accepted value or its agreeing
// outlets, and queues the event it makes, if any.
func (r *recorder) observation(ctx context.Context, o model.Observation, isCopy bool) (Outcome, error) {
	st, err := r.state(ctx, o.Metric)
	if err != nil {
		return 0, err
	}
	pol, info := r.judge(o.Metric)
	cur, curID, agree := st.cur, st.curID, st.agree
	outcome := Decide(pol, cur, Candidate{Readings: toReadings(o.Readings), Outlet: o.Outlet, Published: o.Published})
	o.Outcome = outcome.String()
	if o.ID, err = r.tx.AddObservation(ctx, o); err != nil {
		return 0, err
	}
	switch outcome {
	case Baseline, Change:
		acc, err := r.tx.Accept(ctx, o)
		if err != nil {
			return 0, err
		}
		agree = acc.Agreeing
		*st = metricState{cur: stateOf(acc), curID: o.ID, agree: agree}
	case Corroborates:
		// Near-duplicate texts count once: a copy does not add an outlet.
		if !isCopy && !slices.Contains(agree, o.Outlet) {
			agree = append(slices.Clip(agree), o.Outlet)
			sort.Strings(agree[1:])
			if err := r.tx.SetAgreeing(ctx, o.Metric, agree); err != nil {
				return 0, err
			}
			st.agree = agree
		}
	}
	kind, ok := eventKind(outcome, pol)
	if !ok {
		return outcome, nil
	}
	var curObs *model.Observation
	if curID != 0 {
		if curObs, err = r.tx.Observation(ctx, curID); err != nil {
			return 0, err
		}
	}
	p := model.EventPayload{MetricName: info.Name, Unit: info.Unit, Old: curObs, New: &o, Agreeing: max(1, len(agree))}
	if kind == model.EventConflict || kind == model.EventDecrease {
		p.Agreeing = 0
	}
	return outcome, r.tx.Enqueue(ctx, eventKey(kind, o), kind, o.Metric, p)
}

// eventKind says which event an outcome makes, if any: a first value only
// when the metric announces it.
func eventKind(outcome Outcome, pol Policy) (model.EventKind, bool) {
	switch {
	case outcome == Baseline && pol.AnnounceFirst:
		return model.EventFirst, true
	case outcome == Change:
		return model.EventChange, true
	case outcome == Decrease:
		return model.EventDecrease, true
	case outcome == Conflict:
		return model.EventConflict, true
	}
	return "", false
}

// eventKey names the news, not the attempt: replaying the same article
// queues nothing new.
func eventKey(kind model.EventKind, o model.Observation) string {
	return fmt.Sprintf("%s:%s:%s:%s", kind, o.Metric, o.URL, readingsKey(o.Readings))
}

func readingsKey(rs []model.Reading) string {
	parts := make([]string, len(rs))
	for i, r := range rs {
		parts[i] = r.Name + "=" + strconv.FormatFloat(r.Value, 'g', -1, 64)
	}
	return strings.Join(parts, ",")
}

func toReadings(rs []model.Reading) []rules.Value {
	out := make([]rules.Value, len(rs))
	for i, r := range rs {
		out[i] = rules.Value{Name: r.Name, Figure: figures.Figure{Value: r.Value, Low: r.Low, High: r.High, Qualifier: qualifierFromName(r.Qualifier), Unit: r.Unit, Text: r.Text}}
	}
	return out
}

// qualifierFromName reads a qualifier as stored ("exact" for none).
func qualifierFromName(name string) figures.Qualifier {
	if name == "exact" {
		return figures.Exact
	}
	return figures.Qualifier(name)
}
