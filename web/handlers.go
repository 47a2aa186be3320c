package web

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/claimtrack/claimtrack/model"
	"github.com/claimtrack/claimtrack/notify"
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
	Alerts       []model.Observation `json:"-"` // conflicts and decreases since the accepted value
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

// apiObservation is an observation as the API gives it.
type apiObservation struct {
	ID         int64           `json:"id"`
	Metric     string          `json:"metric"`
	Readings   []model.Reading `json:"readings"`
	Text       string          `json:"text"`
	Outlet     string          `json:"outlet"`
	URL        string          `json:"url"`
	Title      string          `json:"title"`
	Published  time.Time       `json:"published"`
	Fetched    time.Time       `json:"fetched"`
	Quote      string          `json:"quote"`
	QuoteStart int             `json:"quote_start"`
	QuoteEnd   int             `json:"quote_end"`
	Rule       string          `json:"rule"`
	Outcome    string          `json:"outcome"`
	// CopyOf is the outlet whose story this article copies, if any.
	CopyOf string `json:"copy_of,omitempty"`
	// Claimant is who the article says claims the figure: its configured
	// id, else its words; with the words as written and where they were
	// found. All absent when unattributed.
	Claimant      string `json:"claimant,omitempty"`
	ClaimantWords string `json:"claimant_words,omitempty"`
	ClaimantHow   string `json:"claimant_how,omitempty"`
}

func apiObs(o model.Observation, copies map[int64]string) apiObservation {
	return apiObservation{ID: o.ID, Metric: o.Metric, Readings: o.Readings, Text: notify.ReadingsText(o.Readings), Outlet: o.Outlet,
		URL: o.URL, Title: o.Title, Published: o.Published, Fetched: o.Fetched, Quote: o.Quote, QuoteStart: o.QuoteStart,
		QuoteEnd: o.QuoteEnd, Rule: o.Rule, Outcome: o.Outcome, CopyOf: copies[o.ID],
		Claimant: o.Claimant(), ClaimantWords: o.ClaimantWords, ClaimantHow: o.ClaimantHow}
}

// apiSummary is a metric as the API gives it.
type apiSummary struct {
	Summary
	LastChange *time.Time       `json:"last_change"`
	Current    *apiObservation  `json:"current"`
	OpenAlerts []apiObservation `json:"open_alerts"`
}

func apiSum(s Summary) apiSummary {
	out := apiSummary{Summary: s, LastChange: orNull(s.LastChange), OpenAlerts: []apiObservation{}}
	if s.Current != nil {
		c := apiObs(*s.Current, nil)
		out.Current = &c
	}
	for _, o := range s.Alerts {
		out.OpenAlerts = append(out.OpenAlerts, apiObs(o, nil))
	}
	if out.Agreeing == nil {
		out.Agreeing = []string{}
	}
	if out.Copies == nil {
		out.Copies = []Copy{}
	}
	if out.Values == nil {
		out.Values = []CurrentValue{}
	}
	return out
}

// apiSource is a source with its health as the API gives it.
type apiSource struct {
	Source
	Failures    int        `json:"failures"`
	LastError   string     `json:"last_error"`
	LastAttempt *time.Time `json:"last_attempt"` // null: never
	LastSuccess *time.Time `json:"last_success"`
	NextAttempt *time.Time `json:"next_attempt"`
	Articles    int        `json:"articles"`
	Failing     bool       `json:"failing"`
	Robots      string     `json:"robots"`
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
		case o.Outcome == "conflict" || o.Outcome == "decrease":
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
	s.render(w, "index", map[string]any{"Title": "Metrics", "Metrics": sums})
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

func (s *Server) sourceViews(ctx context.Context) ([]SourceView, error) {
	out := make([]SourceView, 0, len(s.opt.Sources))
	for _, src := range s.opt.Sources {
		st, err := s.opt.Store.SourceState(ctx, src.Name)
		if err != nil {
			return nil, err
		}
		st.Name = src.Name
		out = append(out, SourceView{Source: src, SourceState: st, Robots: s.opt.Robots(src.URL)})
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

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.Encode(v)
}

func (s *Server) apiMetrics(w http.ResponseWriter, r *http.Request) {
	sums, err := s.summaries(r.Context())
	if err != nil {
		s.fail(w, "metrics", err)
		return
	}
	out := make([]apiSummary, len(sums))
	for i, sm := range sums {
		out[i] = apiSum(sm)
	}
	writeJSON(w, out)
}

func (s *Server) apiMetric(w http.ResponseWriter, r *http.Request) {
	m, ok := s.metricOf(w, r)
	if !ok {
		return
	}
	sum, hist, copies, err := s.summary(r.Context(), m)
	if err != nil {
		s.fail(w, "metric", err)
		return
	}
	writeJSON(w, struct {
		apiSummary
		Claimants []ClaimantRow `json:"claimants"`
	}{apiSum(sum), s.claimantRows(hist, copies)})
}

func (s *Server) apiObservations(w http.ResponseWriter, r *http.Request) {
	m, ok := s.metricOf(w, r)
	if !ok {
		return
	}
	hist, err := s.opt.Store.History(r.Context(), m.ID)
	if err != nil {
		s.fail(w, "observations", err)
		return
	}
	copies, err := s.opt.Store.CopiesOf(r.Context(), m.ID)
	if err != nil {
		s.fail(w, "observations", err)
		return
	}
	out := make([]apiObservation, len(hist))
	for i, o := range hist {
		out[i] = apiObs(o, copies)
	}
	writeJSON(w, out)
}

func (s *Server) apiSources(w http.ResponseWriter, r *http.Request) {
	views, err := s.sourceViews(r.Context())
	if err != nil {
		s.fail(w, "sources", err)
		return
	}
	out := make([]apiSource, len(views))
	for i, v := range views {
		st := v.SourceState
		out[i] = apiSource{Source: v.Source, Failures: st.Failures, LastError: st.LastError, LastAttempt: orNull(st.LastAttempt),
			LastSuccess: orNull(st.LastSuccess), NextAttempt: orNull(st.NextAttempt), Articles: st.Articles, Failing: st.Failing, Robots: v.Robots}
	}
	writeJSON(w, out)
}

// orNull is nil for the zero time, which JSON should show as null.
func orNull(t time.Time) *time.Time {
	if t.IsZero() {
		return nil
	}
	return &t
}

// csv exports a metric's history, one row per reading.
func (s *Server) csv(w http.ResponseWriter, r *http.Request) {
	m, ok := s.metricOf(w, r)
	if !ok {
		return
	}
	hist, err := s.opt.Store.History(r.Context(), m.ID)
	if err != nil {
		s.fail(w, "history", err)
		return
	}
	w.Header().Set("Content-Type", "text/csv; charset=utf-8")
	w.Header().Set("Content-Disposition", `attachment; filename="`+m.ID+`.csv"`)
	cw := csv.NewWriter(w)
	cw.Write([]string{"published", "fetched", "metric", "name", "value", "low", "high", "qualifier", "unit", "as_written", "outlet", "url", "outcome", "quote", "rule", "claimant", "claimant_words", "claimant_how"})
	num := func(f *float64) string {
		if f == nil {
			return ""
		}
		return strconv.FormatFloat(*f, 'f', -1, 64)
	}
	for _, o := range hist {
		for _, rd := range o.Readings {
			cw.Write([]string{o.Published.UTC().Format(time.RFC3339), o.Fetched.UTC().Format(time.RFC3339), m.ID, rd.Name,
				strconv.FormatFloat(rd.Value, 'f', -1, 64), num(rd.Low), num(rd.High), rd.Qualifier, rd.Unit,
				cell(rd.Text), cell(o.Outlet), cell(o.URL), o.Outcome, cell(o.Quote), cell(o.Rule),
				cell(o.Claimant()), cell(o.ClaimantWords), o.ClaimantHow})
		}
	}
	cw.Flush()
}

// claimantHowWords says where a claimant's words were found (the
// finder's how: sentence, quote, previous, next).
func claimantHowWords(how string) string {
	switch how {
	case "sentence":
		return "in the figure's sentence"
	case "quote":
		return "as the quote's speaker"
	case "previous":
		return "in the sentence before"
	case "next":
		return "in the sentence after"
	}
	return how
}

// cell keeps a spreadsheet from reading scraped text as a formula.
func cell(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

// qualifierWords is a qualifier as a reader says it: "more than", not
// more_than.
func qualifierWords(name string) string {
	switch name {
	case "", "exact":
		return "exact"
	case "vague":
		return "vague amount"
	}
	return strings.ReplaceAll(name, "_", " ")
}

// outcomeWords is what the tracker judged an observation, in words.
func outcomeWords(outcome, copyOf string) string {
	if copyOf != "" {
		return "copy of " + copyOf + "'s story"
	}
	switch outcome {
	case "baseline":
		return "first value"
	case "change":
		return "change"
	case "corroborates":
		return "agrees"
	case "small":
		return "change below min_change"
	case "stale":
		return "older than the accepted value"
	case "decrease":
		return "decrease: possible correction"
	case "conflict":
		return "conflict"
	}
	return strings.ReplaceAll(outcome, "_", " ")
}
