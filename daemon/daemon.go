// Package daemon runs claimtrack as a service: sources on their schedules,
// the outbox drained to the notifier, health and metrics over HTTP, and
// the signals a service manager sends.
package daemon

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"net"
	"net/http"
	"sync"
	"time"

	"github.com/coreos/go-systemd/v22/daemon"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"github.com/robfig/cron/v3"

	"github.com/claimtrack/claimtrack/config"
	"github.com/claimtrack/claimtrack/internal/retryafter"
	"github.com/claimtrack/claimtrack/notify"
	"github.com/claimtrack/claimtrack/scrape"
	"github.com/claimtrack/claimtrack/tracker"
)

// Runtime is what one configuration needs to run: built by the caller, so
// that a reload can build a new one and swap it in.
type Runtime struct {
	Config   *config.Config
	Pipeline *tracker.Pipeline
	Sources  []scrape.Source
	Notifier notify.Notifier
	// Dashboard, if set, serves every path on listen that health and
	// metrics do not.
	Dashboard http.Handler
}

// Options configure the daemon.
type Options struct {
	Store tracker.Store
	Log   *slog.Logger
	Owner string // this replica's name, for leases and outbox claims
	// Load builds a runtime from the configuration file; called at start
	// and on every reload.
	Load func(ctx context.Context) (*Runtime, error)
	// Reload delivers reload requests (SIGHUP).
	Reload <-chan struct{}
	// Jitter delays each scheduled run by up to this much, so sources on
	// the same schedule do not all fire at once.
	Jitter time.Duration
	// ShutdownGrace is how long in-flight work may finish after a stop.
	ShutdownGrace time.Duration
	// DrainEvery is how often the outbox is checked when idle.
	DrainEvery time.Duration
	// RetryBase is the first wait after a failed delivery; it doubles
	// with each failure in a row, up to five minutes (default 1s).
	RetryBase time.Duration
}

// Daemon is a running claimtrack.
type Daemon struct {
	opt     Options
	metrics *Metrics

	mu      sync.Mutex
	rt      *Runtime
	cron    *cron.Cron
	running sync.WaitGroup
	// stopping is set (under mu) before waiting for running work, so that
	// no run starts while Run waits.
	stopping bool
	slots    chan struct{}
	ready    bool
	// deliveryErr is set while delivery fails in a way retrying cannot fix.
	deliveryErr error
	drainNow    chan struct{}
}

// New makes a daemon; Run starts it.
func New(opt Options) *Daemon {
	if opt.ShutdownGrace == 0 {
		opt.ShutdownGrace = 30 * time.Second
	}
	if opt.RetryBase == 0 {
		opt.RetryBase = time.Second
	}
	if opt.DrainEvery == 0 {
		opt.DrainEvery = 10 * time.Second
	}
	return &Daemon{opt: opt, metrics: NewMetrics(), drainNow: make(chan struct{}, 1)}
}

// Metrics returns the daemon's Prometheus metrics.
func (d *Daemon) Metrics() *Metrics { return d.metrics }

// Run serves until ctx ends, then stops scheduling, lets in-flight work
// finish within the grace period, and returns nil.
func (d *Daemon) Run(ctx context.Context) error {
	log := d.opt.Log
	rt, err := d.opt.Load(ctx)
	if err != nil {
		return err
	}
	var srv *http.Server
	if rt.Config.Listen != "" {
		srv, err = d.serveHTTP(rt.Config.Listen)
		if err != nil {
			return err
		}
	}
	workCtx, cancelWork := context.WithCancel(context.WithoutCancel(ctx))
	defer cancelWork()
	d.apply(workCtx, rt)

	drainDone := make(chan struct{})
	go func() {
		defer close(drainDone)
		d.drainLoop(workCtx)
	}()
	d.mu.Lock()
	d.ready = true
	d.mu.Unlock()
	daemon.SdNotify(false, daemon.SdNotifyReady)
	stopWatchdog := d.watchdog()
	log.Info("claimtrack running", "sources", len(rt.Sources), "metrics", len(rt.Pipeline.Engine.Metrics()), "listen", rt.Config.Listen)

loop:
	for {
		select {
		case <-ctx.Done():
			break loop
		case <-d.opt.Reload:
			daemon.SdNotify(false, daemon.SdNotifyReloading)
			nrt, err := d.opt.Load(ctx)
			if err != nil {
				log.Error("reload failed; still running the previous configuration", "err", err)
				d.metrics.Reloads.WithLabelValues("failed").Inc()
			} else {
				d.apply(workCtx, nrt)
				log.Info("configuration reloaded", "sources", len(nrt.Sources))
				d.metrics.Reloads.WithLabelValues("ok").Inc()
			}
			daemon.SdNotify(false, daemon.SdNotifyReady)
		}
	}

	log.Info("stopping: no new runs; waiting for work in progress", "grace", d.opt.ShutdownGrace)
	daemon.SdNotify(false, daemon.SdNotifyStopping)
	stopWatchdog()
	d.mu.Lock()
	c := d.cron
	d.ready, d.stopping = false, true
	d.mu.Unlock()
	if c != nil {
		c.Stop()
	}
	finished := make(chan struct{})
	go func() { d.running.Wait(); close(finished) }()
	select {
	case <-finished:
	case <-time.After(d.opt.ShutdownGrace):
		log.Warn("grace period over: abandoning work in progress")
	}
	cancelWork()
	<-drainDone
	if srv != nil {
		sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		srv.Shutdown(sctx)
	}
	log.Info("stopped")
	return nil
}

// apply swaps in a runtime: a new schedule for the new sources.
func (d *Daemon) apply(ctx context.Context, rt *Runtime) {
	c := cron.New(cron.WithParser(cron.NewParser(cron.Minute|cron.Hour|cron.Dom|cron.Month|cron.Dow|cron.Descriptor)),
		cron.WithChain(cron.Recover(cronLogger{d.opt.Log}), cron.SkipIfStillRunning(cronLogger{d.opt.Log})))
	workers := rt.Config.Fetch.Workers
	if workers <= 0 {
		workers = 4
	}
	for _, cs := range rt.Config.Sources {
		if cs.Disabled {
			continue
		}
		src, ok := findSource(rt.Sources, cs.Name)
		if !ok {
			continue
		}
		if _, err := c.AddFunc(cs.ScheduleSpec(), func() { d.runSource(ctx, src) }); err != nil {
			d.opt.Log.Error("schedule", "source", cs.Name, "err", err)
		}
	}
	d.mu.Lock()
	old := d.cron
	d.rt, d.cron, d.slots = rt, c, make(chan struct{}, workers)
	d.mu.Unlock()
	if old != nil {
		old.Stop() // running jobs finish; they hold their own runtime
	}
	c.Start()
	// Run everything once at start, as a scheduler tick would.
	for _, s := range rt.Sources {
		go d.runSource(ctx, s)
	}
}

func findSource(list []scrape.Source, name string) (scrape.Source, bool) {
	for _, s := range list {
		if s.Name == name {
			return s, true
		}
	}
	return scrape.Source{}, false
}

// runSource is one scheduled run: jitter, a worker slot, the source's
// backoff and lease, then the pipeline.
func (d *Daemon) runSource(ctx context.Context, src scrape.Source) {
	d.mu.Lock()
	if d.stopping {
		d.mu.Unlock()
		return
	}
	d.running.Add(1)
	d.mu.Unlock()
	defer d.running.Done()
	if j := d.opt.Jitter; j > 0 {
		select {
		case <-time.After(time.Duration(rand.Int64N(int64(j)))):
		case <-ctx.Done():
			return
		}
	}
	d.mu.Lock()
	rt, slots := d.rt, d.slots
	d.mu.Unlock()
	select {
	case slots <- struct{}{}:
	case <-ctx.Done():
		return
	}
	defer func() { <-slots }()
	st, err := d.opt.Store.SourceState(ctx, src.Name)
	if err == nil && st.NextAttempt.After(time.Now()) {
		d.opt.Log.Debug("backing off", "source", src.Name, "until", st.NextAttempt)
		return
	}
	now := time.Now()
	ok, err := d.opt.Store.TryLease(ctx, src.Name, d.opt.Owner, now.Add(30*time.Minute), now)
	if err != nil || !ok {
		return
	}
	start := time.Now()
	res := rt.Pipeline.RunSource(ctx, src)
	d.metrics.RunSeconds.WithLabelValues(src.Name).Observe(time.Since(start).Seconds())
	// Release the lease so that the next tick can go to any replica.
	d.opt.Store.TryLease(ctx, src.Name, d.opt.Owner, time.Now(), time.Now())
	attrs := []any{"source", src.Name, "links", res.Links, "new", res.New, "observations", res.Observations, "changes", res.Changes}
	if res.Err != nil {
		d.opt.Log.Warn("source run failed", append(attrs, "err", res.Err)...)
	} else {
		d.opt.Log.Info("source run", attrs...)
	}
	select {
	case d.drainNow <- struct{}{}:
	default:
	}
}

// drainLoop delivers outbox events: after each run and every DrainEvery,
// backing off with jitter while delivery fails.
func (d *Daemon) drainLoop(ctx context.Context) {
	failures := 0
	var retryAfter time.Duration
	for {
		wait := d.opt.DrainEvery
		if failures > 0 {
			wait = min(d.opt.RetryBase<<min(failures-1, 10), 5*time.Minute)
			wait += time.Duration(rand.Int64N(int64(wait)/5 + 1))
		}
		if retryAfter > 0 {
			// Slack said how long to wait: no sooner, and no need to
			// grow the backoff for it.
			wait = retryAfter + time.Duration(rand.Int64N(int64(time.Second)))
		}
		select {
		case <-ctx.Done():
			return
		case <-d.drainNow:
		case <-time.After(wait):
		}
		d.mu.Lock()
		n := d.rt.Notifier
		d.mu.Unlock()
		sent, err := notify.Drain(ctx, d.opt.Store, n, d.opt.Owner)
		d.metrics.Delivered.Add(float64(sent))
		if depth, derr := d.opt.Store.PendingCount(ctx); derr == nil {
			d.metrics.OutboxDepth.Set(float64(depth))
		}
		retryAfter = retryafter.Wait(err)
		d.mu.Lock()
		switch {
		case err == nil:
			failures, d.deliveryErr = 0, nil
		case errors.Is(err, notify.ErrPermanent):
			failures++
			d.deliveryErr = err
			d.metrics.DeliveryErrors.WithLabelValues("permanent").Inc()
			d.opt.Log.Error("delivery needs the configuration fixed; events wait in the outbox (reload with SIGHUP once fixed)", "err", err)
		case retryAfter > 0:
			d.metrics.DeliveryErrors.WithLabelValues("rate_limited").Inc()
			d.opt.Log.Warn("rate limited; waiting as asked", "err", err, "wait", retryAfter)
		default:
			failures++
			d.metrics.DeliveryErrors.WithLabelValues("retry").Inc()
			d.opt.Log.Warn("delivery failed; will retry", "err", err, "attempt", failures)
		}
		d.mu.Unlock()
	}
}

// watchdog pings systemd's watchdog at half its interval, if it is on.
func (d *Daemon) watchdog() func() {
	interval, err := daemon.SdWatchdogEnabled(false)
	if err != nil || interval == 0 {
		return func() {}
	}
	done := make(chan struct{})
	go func() {
		t := time.NewTicker(interval / 2)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-t.C:
				daemon.SdNotify(false, daemon.SdNotifyWatchdog)
			}
		}
	}()
	return func() { close(done) }
}

func (d *Daemon) serveHTTP(addr string) (*http.Server, error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("listen on %s: %w (change listen in the config, or stop what uses it)", addr, err)
	}
	srv := &http.Server{Handler: d.Handler(), ReadHeaderTimeout: 10 * time.Second}
	go srv.Serve(ln)
	return srv, nil
}

// Handler serves /healthz, /readyz and /metrics.
func (d *Daemon) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("/healthz", func(w http.ResponseWriter, r *http.Request) {
		d.mu.Lock()
		derr := d.deliveryErr
		d.mu.Unlock()
		if derr != nil {
			http.Error(w, "unhealthy: "+derr.Error(), http.StatusServiceUnavailable)
			return
		}
		fmt.Fprintln(w, "ok")
	})
	mux.HandleFunc("/readyz", func(w http.ResponseWriter, r *http.Request) {
		d.mu.Lock()
		ready := d.ready
		d.mu.Unlock()
		if !ready {
			http.Error(w, "not ready", http.StatusServiceUnavailable)
			return
		}
		fmt.Fprintln(w, "ready")
	})
	mux.Handle("/metrics", promhttp.HandlerFor(d.metrics.Registry, promhttp.HandlerOpts{}))
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		d.mu.Lock()
		var h http.Handler
		if d.rt != nil {
			h = d.rt.Dashboard
		}
		d.mu.Unlock()
		if h == nil {
			http.NotFound(w, r)
			return
		}
		h.ServeHTTP(w, r)
	})
	return mux
}

type cronLogger struct{ l *slog.Logger }

func (c cronLogger) Info(msg string, kv ...any) { c.l.Debug("cron: "+msg, kv...) }
func (c cronLogger) Error(err error, msg string, kv ...any) {
	c.l.Error("cron: "+msg, append(kv, "err", err)...)
}

// Metrics are the daemon's Prometheus metrics.
type Metrics struct {
	Registry     *prometheus.Registry
	Fetches      *prometheus.CounterVec
	Articles     *prometheus.CounterVec
	Observations *prometheus.CounterVec
	RunSeconds   *prometheus.HistogramVec
	OutboxDepth  prometheus.Gauge
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
		Articles:     prometheus.NewCounterVec(prometheus.CounterOpts{Name: "claimtrack_articles_total", Help: "Articles seen, by verdict (new, corrected, unchanged, copy, not_modified, not_due)."}, []string{"source", "verdict"}),
		Observations: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "claimtrack_observations_total", Help: "Observations by metric, matching rule and outcome."}, []string{"metric", "rule", "outcome"}),
		RunSeconds:   prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: "claimtrack_source_run_seconds", Help: "How long a source run takes.", Buckets: prometheus.ExponentialBuckets(0.1, 3, 8)}, []string{"source"}),
		OutboxDepth:  prometheus.NewGauge(prometheus.GaugeOpts{Name: "claimtrack_outbox_pending", Help: "Events waiting to be delivered."}),
		Delivered:    prometheus.NewCounter(prometheus.CounterOpts{Name: "claimtrack_events_delivered_total", Help: "Events delivered."}),
		DeliveryErrors: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "claimtrack_delivery_errors_total",
			Help: "Failed deliveries, by what follows: retry (backoff), rate_limited (Retry-After) or permanent (fix the configuration)."}, []string{"kind"}),
		Reloads: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "claimtrack_reloads_total", Help: "Configuration reloads by result."}, []string{"result"}),
	}
	m.Registry.MustRegister(m.Fetches, m.Articles, m.Observations, m.RunSeconds, m.OutboxDepth, m.Delivered, m.DeliveryErrors, m.Reloads,
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

// Article implements tracker.Stats.
func (m *Metrics) Article(source, verdict string) { m.Articles.WithLabelValues(source, verdict).Inc() }

// Observation implements tracker.Stats.
func (m *Metrics) Observation(metric, rule, outcome string) {
	m.Observations.WithLabelValues(metric, rule, outcome).Inc()
}
