package web

import (
	"encoding/json"
	"net/http"
	"time"

	"github.com/claimtrack/claimtrack/model"
	"github.com/claimtrack/claimtrack/notify"
)

// The JSON API: what it gives for a metric, an observation and a source, and its handlers.

// Observation is an observation as JSON: the one shape of the API
// (/api/metrics/{id}/observations, a metric's current value and open
// alerts) and of `claimtrack history --json`, which prints this type. Its
// names are the contract (docs/api.md): lower case, words joined by _.
type Observation struct {
	ID        int64           `json:"id"`
	Metric    string          `json:"metric"`
	ArticleID int64           `json:"article_id"`
	Readings  []model.Reading `json:"readings"`
	Text      string          `json:"text"`
	Outlet    string          `json:"outlet"`
	URL       string          `json:"url"`
	Title     string          `json:"title"`
	Published time.Time       `json:"published,omitzero"` // absent when undated (backlog_undated)
	// Revised says Published is when a revision of the page changed the
	// figure in place, not when the article was published.
	Revised    bool      `json:"revised,omitempty"`
	Fetched    time.Time `json:"fetched"`
	Quote      string    `json:"quote"`
	QuoteStart int       `json:"quote_start"`
	QuoteEnd   int       `json:"quote_end"`
	Rule       string    `json:"rule"`
	Outcome    string    `json:"outcome"`
	// CopyOf is the outlet whose story this article copies, if any.
	CopyOf string `json:"copy_of,omitempty"`
	// Claimant is who the article says claims the figure: its configured
	// id, else its words; with the words as written and where they were
	// found. All absent when unattributed.
	Claimant      string `json:"claimant,omitempty"`
	ClaimantWords string `json:"claimant_words,omitempty"`
	ClaimantHow   string `json:"claimant_how,omitempty"`
	// ClaimantWritten is the claimant as the figure's sentence wrote it
	// when the tracker keyed the figure by the body the article named
	// before ("agency" for the World Health Organization); absent when
	// the claimant is as written.
	ClaimantWritten string `json:"claimant_written,omitempty"`
}

// ObservationOf is o as JSON; copies maps an observation's id to the outlet
// whose story its article copies (store.CopiesOf), nil when unknown.
func ObservationOf(o model.Observation, copies map[int64]string) Observation {
	return Observation{ID: o.ID, Metric: o.Metric, ArticleID: o.ArticleID, Readings: o.Readings, Text: notify.ReadingsText(o.Readings), Outlet: o.Outlet,
		URL: o.URL, Title: o.Title, Published: o.Published, Revised: o.Revised, Fetched: o.Fetched, Quote: o.Quote, QuoteStart: o.QuoteStart,
		QuoteEnd: o.QuoteEnd, Rule: o.Rule, Outcome: o.Outcome, CopyOf: copies[o.ID],
		Claimant: o.Claimant(), ClaimantWords: o.ClaimantWords, ClaimantHow: o.ClaimantHow, ClaimantWritten: o.ClaimantWritten}
}

// apiSummary is a metric as the API gives it.
type apiSummary struct {
	Summary
	LastChange *time.Time    `json:"last_change"`
	Current    *Observation  `json:"current"`
	OpenAlerts []Observation `json:"open_alerts"`
}

func apiSum(s Summary) apiSummary {
	out := apiSummary{Summary: s, LastChange: orNull(s.LastChange), OpenAlerts: []Observation{}}
	if s.Current != nil {
		c := ObservationOf(*s.Current, nil)
		out.Current = &c
	}
	for _, o := range s.Alerts {
		out.OpenAlerts = append(out.OpenAlerts, ObservationOf(o, nil))
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
	// The last pass that read articles: when, how many, how many gave no
	// text besides their title and one of those (model.SourceState).
	LastRead         *time.Time `json:"last_read"`
	LastReadArticles int        `json:"last_read_articles"`
	NoText           int        `json:"no_text"`
	NoTextURL        string     `json:"no_text_url"`
	Robots           string     `json:"robots"`
	// Address is what the source's last pass read, as the store keeps
	// it; "" when none is recorded (never read, or read only before
	// migration 11). Source.Reads is what the next pass reads.
	Address string `json:"address"`
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
	out := make([]Observation, len(hist))
	for i, o := range hist {
		out[i] = ObservationOf(o, copies)
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
			LastSuccess: orNull(st.LastSuccess), NextAttempt: orNull(st.NextAttempt), Articles: st.Articles, Failing: st.Failing,
			LastRead: orNull(st.LastRead), LastReadArticles: st.LastReadArticles, NoText: st.NoText, NoTextURL: st.NoTextURL, Robots: v.Robots,
			Address: st.Address}
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
