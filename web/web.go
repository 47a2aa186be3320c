// Package web serves claimtrack's read-only dashboard and JSON API: every
// metric at a glance, each metric's history as a chart and a table, the
// sources' health, and CSV exports. Pages are rendered on the server
// (html/template and SVG), with no JavaScript at all, so the Content
// Security Policy can forbid scripts outright: a quote scraped from a page
// is shown as text, whatever it holds.
package web

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"log/slog"
	"net/http"
	"strings"
	"time"

	"github.com/claimtrack/claimtrack/model"
	"github.com/claimtrack/claimtrack/notify"
	"github.com/claimtrack/claimtrack/rules/claimant"
	"github.com/claimtrack/claimtrack/store"
	"github.com/claimtrack/claimtrack/tracker"
)

//go:embed templates static
var assets embed.FS

// Store is what the dashboard reads.
type Store interface {
	Current(ctx context.Context, metric string) (*model.Observation, []string, error)
	History(ctx context.Context, metric string) ([]model.Observation, error)
	SourceState(ctx context.Context, name string) (model.SourceState, error)
	// EventsBefore pages the outbox, newest first.
	EventsBefore(ctx context.Context, before int64, limit int) ([]model.Event, error)
	// CopiesOf names, for each observation from a syndicated copy, the
	// outlet whose story it copies.
	CopiesOf(ctx context.Context, metric string) (map[int64]string, error)
	// FailingEvents sums up the events that fail to be delivered, for
	// the index's warning.
	FailingEvents(ctx context.Context) (store.Failing, error)
	// AcceptedValues are a metric's accepted values: one, or one per
	// claimant for a metric judged by claimant.
	AcceptedValues(ctx context.Context, metric string) ([]store.Accepted, error)
}

// Metric describes a configured metric.
type Metric struct {
	ID          string `json:"id"`
	Name        string `json:"name"`
	Description string `json:"description,omitempty"`
	Unit        string `json:"unit,omitempty"`
	Total       bool   `json:"total"`
}

// Source describes a configured source.
type Source struct {
	Name     string `json:"name"`
	Outlet   string `json:"outlet"`
	URL      string `json:"url"`
	Schedule string `json:"schedule"`
	// Reads is what the configuration has the source read at its next
	// pass, in one line (scrape.Source.Address: "feed https://... include
	// ..."); the store's model.SourceState.Address is what its last pass
	// read.
	Reads string `json:"reads"`
}

// Options configure a dashboard.
type Options struct {
	Store   Store
	Metrics []Metric
	Sources []Source
	// Robots says what robots.txt, as last read, says of a URL.
	Robots func(url string) string
	// Token, when set, is required of every request (Authorization:
	// Bearer, or the session cookie /login sets). Without one, the
	// dashboard answers only on a listener bound to loopback (see
	// BaseContext): one open to the network refuses every request.
	Token string
	// TrustProxy believes a reverse proxy's X-Forwarded-Proto and
	// X-Forwarded-Host: the session cookie is Secure when the proxy says
	// the browser came over https, and /login's Origin check expects the
	// host the browser asked for.
	TrustProxy bool
	// Renderer writes events as text for the API (config templates).
	Renderer *notify.Renderer
	// Claimants are the shipped and configured claimants
	// (config.ClaimantEntities), for their display names and colours;
	// nil: the shipped ones.
	Claimants []claimant.Entity
	Log       *slog.Logger
}

// Server is the dashboard.
type Server struct {
	opt   Options
	pages map[string]*template.Template
	// colours are the outlets' colours, from the configured sources.
	colours *Palette
	// claimantColours are the claimants' colours, keyed by claimant key,
	// from the configured claimants; claimantNames their display names.
	claimantColours *Palette
	claimantNames   map[string]string
}

// New builds a dashboard.
func New(opt Options) (*Server, error) {
	if opt.Log == nil {
		opt.Log = slog.New(slog.DiscardHandler)
	}
	if opt.Renderer == nil {
		r, err := notify.NewRenderer(nil, notify.Plain)
		if err != nil {
			return nil, err
		}
		opt.Renderer = r
	}
	if opt.Robots == nil {
		opt.Robots = func(string) string { return "unknown" }
	}
	var outlets []string
	for _, src := range opt.Sources {
		outlets = append(outlets, src.Outlet)
	}
	if opt.Claimants == nil {
		opt.Claimants = claimant.Defaults()
	}
	var ids []string
	for _, e := range opt.Claimants {
		ids = append(ids, e.ID)
	}
	s := &Server{opt: opt, pages: map[string]*template.Template{}, colours: NewPalette(outlets),
		claimantColours: NewPalette(ids), claimantNames: tracker.ClaimantNames(opt.Claimants)}
	funcs := template.FuncMap{
		"when":      when,
		"ago":       ago,
		"readings":  notify.ReadingsText,
		"plural":    plural,
		"qualifier": qualifierWords,
		"judged":    Judged,
		"until":     until,
		// claimantHow is where a claimant's words were found, in words.
		"claimantHow": claimantHowWords,
	}
	// attribution says who gives an observation's figure as Slack does:
	// "Gaza health ministry via Northern Ledger", the outlet alone when
	// nobody is named.
	funcs["attribution"] = func(o model.Observation) string {
		return notify.Attribution(tracker.ClaimantDisplay(o, s.claimantNames), o.Outlet)
	}
	for _, page := range []string{"index", "metric", "sources", "events", "login"} {
		t, err := template.New("layout.html").Funcs(funcs).ParseFS(assets, "templates/layout.html", "templates/"+page+".html")
		if err != nil {
			return nil, fmt.Errorf("dashboard template %s: %w", page, err)
		}
		s.pages[page] = t
	}
	return s, nil
}

// Handler serves the dashboard and the API; mount it at /.
func (s *Server) Handler() http.Handler {
	mux := http.NewServeMux()
	static, _ := fs.Sub(assets, "static")
	mux.Handle("GET /static/", http.StripPrefix("/static/", http.FileServerFS(static)))
	mux.HandleFunc("GET /{$}", s.index)
	mux.HandleFunc("GET /metrics/{id}", s.metric)
	mux.HandleFunc("GET /sources", s.sources)
	mux.HandleFunc("GET /events", s.events)
	mux.HandleFunc("GET /login", s.loginForm)
	mux.HandleFunc("POST /login", s.login)
	mux.HandleFunc("POST /logout", s.logout)
	mux.HandleFunc("GET /api/metrics", s.apiMetrics)
	mux.HandleFunc("GET /api/metrics/{id}", s.apiMetric)
	mux.HandleFunc("GET /api/metrics/{id}/observations", s.apiObservations)
	mux.HandleFunc("GET /api/metrics/{id}/history.csv", s.csv)
	mux.HandleFunc("GET /api/sources", s.apiSources)
	mux.HandleFunc("GET /api/events", s.apiEvents)
	return s.guard(mux)
}

// securityHeaders forbid scripts, framing and sniffing: the pages need
// none of them, and they show text scraped from anywhere.
func securityHeaders(h http.Header) {
	h.Set("Content-Security-Policy", "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("X-Frame-Options", "DENY")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("Cross-Origin-Opener-Policy", "same-origin")
}

func (s *Server) render(w http.ResponseWriter, page string, data map[string]any) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	data["SignOut"] = s.opt.Token != "" && page != "login"
	var b strings.Builder
	if err := s.pages[page].Execute(&b, data); err != nil {
		s.opt.Log.Error("dashboard page", "page", page, "err", err)
		http.Error(w, "the page could not be rendered; see the log", http.StatusInternalServerError)
		return
	}
	fmt.Fprint(w, b.String())
}

func (s *Server) fail(w http.ResponseWriter, what string, err error) {
	if errors.Is(err, context.Canceled) {
		return
	}
	s.opt.Log.Error("dashboard", "what", what, "err", err)
	http.Error(w, what+": the store could not be read; see the log", http.StatusInternalServerError)
}

// metricOf finds the metric a request's {id} names, or answers 404.
func (s *Server) metricOf(w http.ResponseWriter, r *http.Request) (Metric, bool) {
	id := r.PathValue("id")
	for _, m := range s.opt.Metrics {
		if m.ID == id {
			return m, true
		}
	}
	http.Error(w, "no metric "+id+" in the configuration", http.StatusNotFound)
	return Metric{}, false
}

func when(t time.Time) string {
	if t.IsZero() {
		return "—"
	}
	return t.UTC().Format("2006-01-02 15:04 UTC")
}

// ago is a rough age: "3 h ago", "2 d ago".
func ago(t time.Time) string {
	if t.IsZero() {
		return "never"
	}
	d := time.Since(t)
	switch {
	case d < time.Minute:
		return "just now"
	case d < time.Hour:
		return fmt.Sprintf("%d min ago", int(d.Minutes()))
	case d < 48*time.Hour:
		return fmt.Sprintf("%d h ago", int(d.Hours()))
	}
	return fmt.Sprintf("%d d ago", int(d.Hours()/24))
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// until is a rough wait: "in 40 s", "in 3 min".
func until(t time.Time) string {
	d := time.Until(t)
	switch {
	case t.IsZero():
		return ""
	case d <= 0:
		return "due now"
	case d < time.Minute:
		return fmt.Sprintf("in %d s", int(d.Seconds()))
	case d < time.Hour:
		return fmt.Sprintf("in %d min", int(d.Minutes()))
	}
	return fmt.Sprintf("in %d h", int(d.Hours()))
}
