package daemon

import "github.com/prometheus/client_golang/prometheus"

// Metrics are the daemon's Prometheus metrics.
type Metrics struct {
	Registry     *prometheus.Registry
	Fetches      *prometheus.CounterVec
	Articles     *prometheus.CounterVec
	Observations *prometheus.CounterVec
	RunSeconds   *prometheus.HistogramVec
	Delivered    prometheus.Counter
	// DeliveryErrors counts failed drains by what follows: retry,
	// rate_limited or permanent.
	DeliveryErrors *prometheus.CounterVec
	Reloads        *prometheus.CounterVec
}

// NewMetrics registers the metrics on a registry of their own.
func NewMetrics() *Metrics {
	m := &Metrics{
		Registry:     prometheus.NewRegistry(),
		Fetches:      prometheus.NewCounterVec(prometheus.CounterOpts{Name: "claimtrack_source_runs_total", Help: "Source runs by result (ok or error)."}, []string{"source", "result"}),
		Articles:     prometheus.NewCounterVec(prometheus.CounterOpts{Name: "claimtrack_articles_total", Help: "Articles seen, by how the scraper classified them (label verdict: new, corrected, unchanged, copy, not_modified, not_due; and no_text, also counted as new or corrected: a page that gave almost no text besides its title)."}, []string{"source", "verdict"}),
		Observations: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "claimtrack_observations_total", Help: "Observations by metric, matching rule and outcome."}, []string{"metric", "rule", "outcome"}),
		RunSeconds:   prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: "claimtrack_source_run_seconds", Help: "How long a source run takes.", Buckets: runSecondsBuckets()}, []string{"source"}),
		Delivered:    prometheus.NewCounter(prometheus.CounterOpts{Name: "claimtrack_events_delivered_total", Help: "Events delivered."}),
		DeliveryErrors: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "claimtrack_delivery_errors_total",
			Help: "Failed deliveries, by what follows: retry (backoff), rate_limited (Retry-After) or permanent (fix the configuration)."}, []string{"kind"}),
		Reloads: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "claimtrack_reloads_total", Help: "Configuration reloads by result."}, []string{"result"}),
	}
	m.Registry.MustRegister(m.Fetches, m.Articles, m.Observations, m.RunSeconds, m.Delivered, m.DeliveryErrors, m.Reloads,
		prometheus.NewGoCollector(), prometheus.NewProcessCollector(prometheus.ProcessCollectorOpts{}))
	return m
}

// Fetched implements tracker.Stats.
func (m *Metrics) Fetched(source string, err error) {
	result := "ok"
	if err != nil {
		result = "error"
	}
	m.Fetches.WithLabelValues(source, result).Inc()
}

// Article implements tracker.Stats: class is the article's scrape.Novelty,
// or not_modified or not_due, counted under the label "verdict" that
// dashboards read.
func (m *Metrics) Article(source, class string) { m.Articles.WithLabelValues(source, class).Inc() }

// Observation implements tracker.Stats.
func (m *Metrics) Observation(metric, rule, outcome string) {
	m.Observations.WithLabelValues(metric, rule, outcome).Inc()
}

// runSecondsBuckets are written out: ExponentialBuckets(0.1, 3, 8) gives
// labels such as le="0.30000000000000004" on /metrics.
func runSecondsBuckets() []float64 { return []float64{0.1, 0.3, 1, 3, 10, 30, 100, 300} }
