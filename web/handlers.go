package web

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"slices"
	"time"

	"github.com/claimtrack/claimtrack/model"
	"github.com/claimtrack/claimtrack/tracker"
)

// Summary is a metric as the index shows it.
type Summary struct {
	Metric
	Current *model.Observation `json:"-"`
	// Text is the current value as written ("more than 1.4 million (1,400,000)").
	Text      string `json:"text"`
	Qualifier string `json:"qualifier"`
	// Agreeing are the distinct outlets whose own reports give the
	// accepted value, its own outlet first; a syndicated copy of another
	// outlet's story is not counted, and is listed in Copies instead.
	Agreeing []string `json:"agreeing"`
	Copies   []Copy   `json:"copies"`
	// LastChange is when the accepted value was published.
	LastChange   time.Time           `json:"-"`
	Observations int                 `json:"observations"`
	Alerts       []model.Observation `json:"-"` // conflicts and decreases since the accepted value, the backlog's included
	Spark        Chart               `json:"-"`
	// Values are the accepted values: one, or one per claimant for a
	// metric judged by claimant (then Current is the newest of them).
	Values []CurrentValue `json:"values"`
	// ByClaimant is set for a metric judged by claimant.
	ByClaimant bool `json:"by_claimant"`
}

// Copy is an observation from a near copy of another outlet's story
// (syndication) that gives the accepted value.
type Copy struct {
	Outlet string `json:"outlet"`
	Of     string `json:"copy_of"`
}

// summary reads a metric's state, its history (oldest first) and which
// observations came from syndicated copies.
func (s *Server) summary(ctx context.Context, m Metric) (Summary, []model.Observation, map[int64]string, error) {
	sum := Summary{Metric: m}
	acc, err := s.opt.Store.AcceptedValues(ctx, m.ID)
	if err != nil {
		return sum, nil, nil, err
	}
	hist, err := s.opt.Store.History(ctx, m.ID)
	if err != nil {
		return sum, nil, nil, err
	}
	copies, err := s.opt.Store.CopiesOf(ctx, m.ID)
	if err != nil {
		return sum, nil, nil, err
	}
	sum.Observations, sum.Values = len(hist), s.currentValues(acc, hist)
	// The newest accepted value stands for the metric where one is
	// wanted (the summary's Current), as Store.Current chooses it.
	var cur *model.Observation
	for _, a := range acc {
		sum.ByClaimant = sum.ByClaimant || a.Key != ""
	}
	for _, v := range sum.Values {
		if cur == nil || v.Since.After(sum.LastChange) {
			cur, sum.Text, sum.LastChange, sum.Agreeing, sum.Qualifier = v.obs, v.Text, v.Since, v.Agreeing, v.Qualifier
		}
	}
	sum.Current = cur
	// Alerts after the accepted observation (history is oldest first) are
	// still open: nothing has settled them. For a metric judged by
	// claimant, a claimant's alerts are open after its own accepted
	// value, whichever claimant reported last.
	stateKey := func(o model.Observation) string {
		if sum.ByClaimant {
			return claimantKey(o)
		}
		return ""
	}
	since := map[string]int{} // state key -> index in hist of its accepted observation
	value := map[string]*CurrentValue{}
	for k, v := range sum.Values {
		if i := slices.IndexFunc(hist, func(o model.Observation) bool { return o.ID == v.obs.ID }); i >= 0 {
			since[stateKey(hist[i])] = i
			value[stateKey(hist[i])] = &sum.Values[k]
		}
	}
	var acceptedOnly []model.Observation
	for i, o := range hist {
		if accepted(o) {
			acceptedOnly = append(acceptedOnly, o)
		}
		from, ok := since[stateKey(o)]
		switch {
		case !ok || i <= from:
		case disputes(o):
			// The backlog's are listed, not posted: the desk learns that
			// its sources disagreed before tracking began.
			sum.Alerts = append(sum.Alerts, o)
		case o.Outcome == "corroborates" && copies[o.ID] != "":
			// A copy counts for its own claimant's value; the metric's
			// Copies are its current value's.
			c := Copy{Outlet: o.Outlet, Of: copies[o.ID]}
			if v := value[stateKey(o)]; v != nil {
				v.Copies = append(v.Copies, c)
			}
			if cur != nil && stateKey(o) == stateKey(*cur) {
				sum.Copies = append(sum.Copies, c)
			}
		}
	}
	spark := ChartOptions{W: 140, H: 32, Spark: true, Colours: s.colours}
	if sum.ByClaimant {
		spark.LineOf = func(o model.Observation) (string, string) { return claimantKey(o), "" }
	}
	sum.Spark = NewChart(acceptedOnly, "", spark)
	return sum, hist, copies, nil
}

func (s *Server) summaries(ctx context.Context) ([]Summary, error) {
	out := make([]Summary, 0, len(s.opt.Metrics))
	for _, m := range s.opt.Metrics {
		sum, _, _, err := s.summary(ctx, m)
		if err != nil {
			return nil, err
		}
		out = append(out, sum)
	}
	return out, nil
}

func (s *Server) index(w http.ResponseWriter, r *http.Request) {
	sums, err := s.summaries(r.Context())
	if err != nil {
		s.fail(w, "metrics", err)
		return
	}
	views, err := s.sourceViews(r.Context())
	if err != nil {
		s.fail(w, "sources", err)
		return
	}
	// A source that fails, or whose pages give no text (an outlet that
	// changed its layout), loses its figures in silence: the page a desk
	// opens says so, not only the sources page.
	var trouble []SourceView
	for _, v := range views {
		if v.Failing || v.NoText > 0 {
			trouble = append(trouble, v)
		}
	}
	// The delivery warning is an extra: a failed read of it costs the
	// page only the warning, and is logged.
	delivery, err := s.deliveryTrouble(r.Context())
	if err != nil && !errors.Is(err, context.Canceled) {
		s.opt.Log.Error("dashboard: the index shows no delivery warning", "what", "failing events", "err", err)
	}
	s.render(w, "index", map[string]any{"Title": "Metrics", "Metrics": sums, "SourceTrouble": trouble, "Reload": reloadFailure(r.Context()),
		"Delivery": delivery})
}

func (s *Server) metric(w http.ResponseWriter, r *http.Request) {
	m, ok := s.metricOf(w, r)
	if !ok {
		return
	}
	sum, hist, copies, err := s.summary(r.Context(), m)
	if err != nil {
		s.fail(w, "metric "+m.ID, err)
		return
	}
	// Newest first in the table; the chart runs left to right in time.
	rows := make([]model.Observation, len(hist))
	for i, o := range hist {
		rows[len(hist)-1-i] = o
	}
	opt := ChartOptions{W: 760, H: 300, Colours: s.colours, Copies: copies}
	byClaimant := r.URL.Query().Get("colour") == "claimant"
	if sum.ByClaimant {
		// Each claimant's value steps on its own line: one line through
		// all of them would draw changes that never happened.
		opt.LineOf = func(o model.Observation) (string, string) {
			if byClaimant {
				return claimantKey(o), s.claimantClass(claimantKey(o))
			}
			return claimantKey(o), ""
		}
	}
	if byClaimant {
		opt.SeriesOf = func(o model.Observation) Series {
			k := claimantKey(o)
			return Series{Key: k, Name: s.claimantName(o), Class: s.claimantClass(k)}
		}
	}
	s.render(w, "metric", map[string]any{"Title": m.Name, "M": sum, "Charts": NewCharts(hist, opt), "Rows": rows, "Copies": copies,
		"ColourByClaimant": byClaimant, "Claimants": s.claimantRows(hist, copies)})
}

// SourceView is a source with its health.
type SourceView struct {
	Source
	model.SourceState
	Robots string `json:"robots"`
}

// LastReadOther is what the source's last pass read (its stored
// address) when the configuration now has it read something else: the
// desk corrected it since, or this dashboard serves a store another
// configuration filled. "" when they agree or nothing is recorded.
func (v SourceView) LastReadOther() string {
	if v.SourceState.Address == "" || v.Reads == "" || v.SourceState.Address == v.Reads {
		return ""
	}
	return v.SourceState.Address
}

// Unrecorded reports whether the source was tried but what it read is
// not recorded: its passes ran under a version before the store kept it
// (migration 11).
func (v SourceView) Unrecorded() bool {
	return v.SourceState.Address == "" && !v.LastAttempt.IsZero()
}

// BackingOff reports whether the source waits after failing: no pass
// reads it before NextAttempt, unless its configuration changed.
func (v SourceView) BackingOff() bool {
	return v.Failures > 0 && v.NextAttempt.After(time.Now())
}

// ReadAtOnce reports whether a source backing off is read at its next
// pass all the same: its configuration changed since it failed, or may
// have. tracker.BackoffLift decides it, for the pass and for this page.
func (v SourceView) ReadAtOnce() bool {
	return v.BackingOff() && tracker.BackoffLift(v.SourceState, v.Reads) != tracker.NoLift
}

// NoTextRead says how many of the articles the source's last pass that
// read any read gave no text besides their title (NoText of
// LastReadArticles; while every page gives none, the articles of the
// passes in a row): one such page among stories is a video or a brief,
// every page a layout claimtrack no longer reads.
func (v SourceView) NoTextRead() string {
	switch n, of := v.NoText, v.LastReadArticles; {
	case n >= of && n == 1:
		return "the last article"
	case n >= of:
		return fmt.Sprintf("the last %d articles", n)
	default:
		return fmt.Sprintf("%d of the %d articles", n, of)
	}
}

func (s *Server) sourceViews(ctx context.Context) ([]SourceView, error) {
	out := make([]SourceView, 0, len(s.opt.Sources))
	for _, src := range s.opt.Sources {
		st, err := s.opt.Store.SourceState(ctx, src.Name)
		if err != nil {
			return nil, err
		}
		st.Name = src.Name
		// The last pass's reading, whichever process ran it, so that
		// two daemons on one store show the same; this process's own
		// memory for a source not read since the store kept it.
		robots := st.Robots
		if robots == "" {
			robots = s.opt.Robots(src.URL)
		}
		out = append(out, SourceView{Source: src, SourceState: st, Robots: robots})
	}
	return out, nil
}

func (s *Server) sources(w http.ResponseWriter, r *http.Request) {
	views, err := s.sourceViews(r.Context())
	if err != nil {
		s.fail(w, "sources", err)
		return
	}
	s.render(w, "sources", map[string]any{"Title": "Sources", "Sources": views})
}
