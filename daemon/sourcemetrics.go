package daemon

import (
	"context"
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

// sourceCollector reports each configured source's health as the store
// records it, at scrape time. The per-process counters
// (claimtrack_source_runs_total) only count the passes this process ran:
// with replicas each source is read by whichever holds its lease, so no
// one replica's counters tell whether a source still works. These gauges
// come from the shared store, so every replica answers the same, and one
// alert covers them all: time() - claimtrack_source_last_success_timestamp_seconds.
type sourceCollector struct{ d *Daemon }

var (
	sourceLastSuccessDesc = prometheus.NewDesc("claimtrack_source_last_success_timestamp_seconds",
		"When the source was last read without error, by any process on this store (Unix seconds; 0: never).", []string{"source"}, nil)
	sourceFailuresDesc = prometheus.NewDesc("claimtrack_source_consecutive_failures",
		"Failed passes in a row of the source, by any process on this store (0 when the last pass worked).", []string{"source"}, nil)
)

// sourceScrapeTimeout bounds the store reads of one scrape: a slow
// database must not hang /metrics.
const sourceScrapeTimeout = 2 * time.Second

func (c sourceCollector) Describe(ch chan<- *prometheus.Desc) {
	ch <- sourceLastSuccessDesc
	ch <- sourceFailuresDesc
}

func (c sourceCollector) Collect(ch chan<- prometheus.Metric) {
	c.d.mu.Lock()
	rt := c.d.rt
	c.d.mu.Unlock()
	if rt == nil || c.d.opt.Store == nil {
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), sourceScrapeTimeout)
	defer cancel()
	for _, s := range rt.Sources {
		st, err := c.d.opt.Store.SourceState(ctx, s.Name)
		if err != nil {
			ch <- prometheus.NewInvalidMetric(sourceLastSuccessDesc, err)
			return
		}
		last := 0.0
		if !st.LastSuccess.IsZero() {
			last = float64(st.LastSuccess.UnixMilli()) / 1000
		}
		ch <- prometheus.MustNewConstMetric(sourceLastSuccessDesc, prometheus.GaugeValue, last, s.Name)
		ch <- prometheus.MustNewConstMetric(sourceFailuresDesc, prometheus.GaugeValue, float64(st.Failures), s.Name)
	}
}
