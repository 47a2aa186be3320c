package daemon

import (
	"context"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/claimtrack/claimtrack/model"
)

// sourceCollector reports each configured source's health as the store
// records it, at scrape time. The per-process counters
// (claimtrack_source_runs_total) only count the passes this process ran:
// with replicas each source is read by whichever holds its lease, so no
// one replica's counters tell whether a source still works. These gauges
// come from the shared store, so every replica answers the same, and one
// alert covers them all: time() - claimtrack_source_last_success_timestamp_seconds.
// The outbox's pending count is read here too, for the same reason and so
// that it is never a count an earlier delivery turn left.
//
// A store that cannot be read (a database down, a timeout) must not cost
// the scrape the process's own metrics: promhttp answers 500 for the whole
// page when one collector sends an invalid metric. The store-backed gauges
// are left out instead, claimtrack_source_metrics_stale says so (1), the
// failure is counted, and logged once until a scrape reads the store again.
type sourceCollector struct {
	d *Daemon
	// storeErrors counts scrapes whose store read failed.
	storeErrors prometheus.Counter
	mu          sync.Mutex
	failing     bool // the last scrape's read failed (logged already)
}

func newSourceCollector(d *Daemon) *sourceCollector {
	return &sourceCollector{d: d, storeErrors: prometheus.NewCounter(prometheus.CounterOpts{Name: "claimtrack_source_metrics_store_errors_total",
		Help: "Scrapes of /metrics whose read of the store failed: the store's gauges were left out of them (claimtrack_source_metrics_stale 1)."})}
}

var (
	sourceLastSuccessDesc = prometheus.NewDesc("claimtrack_source_last_success_timestamp_seconds",
		"When the source was last read without error, by any process on this store (Unix seconds; 0: never).", []string{"source"}, nil)
	sourceFailuresDesc = prometheus.NewDesc("claimtrack_source_consecutive_failures",
		"Failed passes in a row of the source, by any process on this store (0 when the last pass worked).", []string{"source"}, nil)
	sourceStaleDesc = prometheus.NewDesc("claimtrack_source_metrics_stale",
		"1 when this scrape could not read the store, so the store's gauges (source last success, consecutive failures, outbox pending) are left out; 0 when they are here.", nil, nil)
	outboxPendingDesc = prometheus.NewDesc("claimtrack_outbox_pending",
		"Events waiting to be delivered, read from the store at this scrape.", nil, nil)
)

// sourceScrapeTimeout bounds the store reads of one scrape: a slow
// database must not hang /metrics.
const sourceScrapeTimeout = 2 * time.Second

func (c *sourceCollector) Describe(ch chan<- *prometheus.Desc) {
	ch <- sourceLastSuccessDesc
	ch <- sourceFailuresDesc
	ch <- sourceStaleDesc
	ch <- outboxPendingDesc
	c.storeErrors.Describe(ch)
}

func (c *sourceCollector) Collect(ch chan<- prometheus.Metric) {
	defer c.storeErrors.Collect(ch)
	c.d.mu.Lock()
	rt := c.d.rt
	c.d.mu.Unlock()
	if rt == nil || c.d.opt.Store == nil {
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), sourceScrapeTimeout)
	defer cancel()
	// Every source is read before any gauge is sent: a read that fails
	// halfway leaves them all out, not some.
	states := make([]model.SourceState, len(rt.Sources))
	for i, s := range rt.Sources {
		st, err := c.d.opt.Store.SourceState(ctx, s.Name)
		if err != nil {
			c.failed(err, "source", s.Name)
			ch <- prometheus.MustNewConstMetric(sourceStaleDesc, prometheus.GaugeValue, 1)
			return
		}
		states[i] = st
	}
	pending, err := c.d.opt.Store.PendingCount(ctx)
	if err != nil {
		c.failed(err, "read", "outbox pending count")
		ch <- prometheus.MustNewConstMetric(sourceStaleDesc, prometheus.GaugeValue, 1)
		return
	}
	c.recovered()
	ch <- prometheus.MustNewConstMetric(sourceStaleDesc, prometheus.GaugeValue, 0)
	ch <- prometheus.MustNewConstMetric(outboxPendingDesc, prometheus.GaugeValue, float64(pending))
	for i, s := range rt.Sources {
		st := states[i]
		last := 0.0
		if !st.LastSuccess.IsZero() {
			last = float64(st.LastSuccess.UnixMilli()) / 1000
		}
		ch <- prometheus.MustNewConstMetric(sourceLastSuccessDesc, prometheus.GaugeValue, last, s.Name)
		ch <- prometheus.MustNewConstMetric(sourceFailuresDesc, prometheus.GaugeValue, float64(st.Failures), s.Name)
	}
}

// failed counts a failed read and logs it when it is the first of a run of
// failures: a scrape every 15 seconds must not fill the log. what names
// the read that failed, as log attributes.
func (c *sourceCollector) failed(err error, what ...any) {
	c.storeErrors.Inc()
	c.mu.Lock()
	first := !c.failing
	c.failing = true
	c.mu.Unlock()
	if first && c.d.opt.Log != nil {
		c.d.opt.Log.Warn("/metrics: cannot read the store; its gauges (the sources' state, the outbox's pending count) are left out until it can be read (claimtrack_source_metrics_stale 1)",
			append(what, "err", err)...)
	}
}

// recovered logs the end of a run of failed reads.
func (c *sourceCollector) recovered() {
	c.mu.Lock()
	was := c.failing
	c.failing = false
	c.mu.Unlock()
	if was && c.d.opt.Log != nil {
		c.d.opt.Log.Info("/metrics: the store reads again")
	}
}
