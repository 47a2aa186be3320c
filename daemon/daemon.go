// Package daemon runs claimtrack as a service: sources on their schedules,
// the outbox drained to the notifier, health and metrics over HTTP, and
// the signals a service manager sends.
package daemon

import (
	"context"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"sync"
	"time"

	"github.com/coreos/go-systemd/v22/daemon"
	"github.com/robfig/cron/v3"

	"github.com/claimtrack/claimtrack/config"
	"github.com/claimtrack/claimtrack/notify"
	"github.com/claimtrack/claimtrack/scrape"
	"github.com/claimtrack/claimtrack/store"
	"github.com/claimtrack/claimtrack/tracker"
	"github.com/claimtrack/claimtrack/web"
)

// Runtime is what one configuration needs to run: built by the caller, so
// that a reload can build a new one and swap it in.
type Runtime struct {
	Config   *config.Config
	Pass     *tracker.SourcePass
	Sources  []scrape.Source
	Notifier notify.Notifier
	// Dashboard, if set, serves every path on listen that health and
	// metrics do not.
	Dashboard http.Handler
}

// Options configure the daemon.
type Options struct {
	Store store.Store
	Log   *slog.Logger
	Owner tracker.Owner // this process, for leases and outbox claims
	// Load builds a runtime from the configuration file; called at start
	// and on every reload.
	Load func(ctx context.Context) (*Runtime, error)
	// Reload delivers reload requests (SIGHUP).
	Reload <-chan struct{}
	// Jitter delays each scheduled run by up to this much, so sources on
	// the same schedule do not all fire at once.
	Jitter time.Duration
	// ReloadSpread is the time over which a reload's passes of the sources
	// it keeps are spread (DefaultReloadSpread when zero; reloadspread.go).
	ReloadSpread time.Duration
	// ShutdownGrace is how long in-flight work may finish after a stop.
	ShutdownGrace time.Duration
	// DrainEvery is how often the outbox is checked when idle.
	DrainEvery time.Duration
	// Retry is the delivery retry policy (defaults: 1s doubling to 5m).
	Retry notify.Retry
	// RetentionDelay is how long after start the first prune waits
	// (default a minute: the start-up passes come first).
	RetentionDelay time.Duration
	// ServeOnly serves HTTP (health, metrics, the dashboard and API over
	// the store) and does nothing else: no source is read, no event
	// delivered, nothing pruned, no lease taken back (claimtrack serve).
	// A reload swaps the dashboard and moves listen as it does for run.
	ServeOnly bool
	// Ready, when set, is called once the daemon is ready, with the
	// address its HTTP socket is bound to (nil without listen): a listen
	// on port 0 binds a free port, which only then is known (demo --serve
	// prints it).
	Ready func(addr net.Addr)
}

// Daemon is a running claimtrack.
type Daemon struct {
	opt     Options
	metrics *Metrics

	passes  *tracker.Passes
	deliver *notify.RetryStage

	mu      sync.Mutex
	rt      *Runtime
	cron    *cron.Cron
	running sync.WaitGroup
	// stopping is set (under mu) before waiting for running work, so that
	// no run starts while Run waits.
	stopping bool
	ready    bool
	// deliveryErr is set while delivery fails in a way retrying cannot fix.
	deliveryErr error
	drainNow    chan struct{}
	// nextDrain is when the outbox is next tried, for the events page.
	nextDrain time.Time
	// reloadFailed is the last reload's failure while no reload has
	// succeeded since (zero when none), for the dashboard: a reload
	// refused is otherwise only a line in the log.
	reloadFailed web.ReloadFailure
	http         listener
	// lookingAgain holds the sources another process was reading when
	// they were due: each is looked at again when that lease ends.
	lookingAgain map[string]bool
	// delayed holds the timers of the passes a reload spread out and has
	// not started yet (reloadspread.go).
	delayed []*time.Timer
}

// New makes a daemon; Run starts it.
func New(opt Options) *Daemon {
	if opt.ShutdownGrace == 0 {
		opt.ShutdownGrace = 30 * time.Second
	}
	if opt.RetentionDelay == 0 {
		opt.RetentionDelay = time.Minute
	}
	if opt.DrainEvery == 0 {
		opt.DrainEvery = 10 * time.Second
	}
	passes := tracker.NewPasses(opt.Store, opt.Owner, 0, opt.Log)
	d := &Daemon{opt: opt, metrics: NewMetrics(), drainNow: make(chan struct{}, 1), passes: passes,
		deliver:      &notify.RetryStage{Outbox: opt.Store, Owner: opt.Owner.String(), Policy: opt.Retry, Log: opt.Log},
		lookingAgain: map[string]bool{}}
	d.metrics.Registry.MustRegister(newSourceCollector(d))
	return d
}

// Metrics returns the daemon's Prometheus metrics.
func (d *Daemon) Metrics() *Metrics { return d.metrics }

// HTTPStopTimeout is how long the HTTP server may take to close after the
// grace period: a supervisor's stop timeout (systemd's TimeoutStopSec,
// docker's --stop-timeout) must exceed the grace period and this, or it
// kills claimtrack before the work SIGTERM let finish is delivered.
const HTTPStopTimeout = 5 * time.Second

// Run serves until ctx ends, then stops scheduling, lets in-flight work
// finish within the grace period, and returns nil.
func (d *Daemon) Run(ctx context.Context) error {
	log := d.opt.Log
	rt, err := d.opt.Load(ctx)
	if err != nil {
		return err
	}
	if err := d.startHTTP(rt.Config.Listen); err != nil {
		return err
	}
	workCtx, cancelWork := context.WithCancel(context.WithoutCancel(ctx))
	defer cancelWork()
	// What a dead predecessor on this host held is taken back before the
	// first runs, not after its leases and claims end.
	if !d.opt.ServeOnly {
		if err := d.passes.ReclaimDead(ctx); err != nil {
			log.Error("taking back a dead process's leases failed; they end on their own", "err", err)
		}
	}
	d.apply(workCtx, rt, false)

	drainDone := make(chan struct{})
	if d.opt.ServeOnly {
		close(drainDone)
	} else {
		go func() {
			defer close(drainDone)
			d.drainLoop(workCtx)
		}()
		// Pruning ends with the stop, not with the work it lets finish: a prune
		// begun after SIGTERM would only lengthen the stop past a supervisor's
		// timeout. One cut short is rolled back and runs after the next start.
		go d.retentionLoop(ctx)
	}
	d.mu.Lock()
	d.ready = true
	d.mu.Unlock()
	daemon.SdNotify(false, daemon.SdNotifyReady)
	stopWatchdog := d.watchdog()
	// The store is named at start: two replicas that should share one
	// database show at a glance whether they do. The owner is how leases
	// and the log name this process ("holder=").
	// The dashboard's address, to open: what was bound (listen: with
	// port 0 takes a free one; 0.0.0.0 is opened at 127.0.0.1), "" with
	// no listener or no dashboard.
	dashboard := ""
	if addr := d.Addr(); addr != nil && rt.Dashboard != nil {
		dashboard = web.OpenURL(addr)
	}
	if d.opt.ServeOnly {
		log.Info("claimtrack serving the store: no source is read, no message sent", "metrics", len(rt.Pass.Engine.Metrics()),
			"listen", rt.Config.Listen, "dashboard", dashboard, "store", storeShown(rt.Config.Store, rt.Config.Dir))
	} else {
		log.Info("claimtrack running", "sources", len(rt.Sources), "metrics", len(rt.Pass.Engine.Metrics()), "listen", rt.Config.Listen,
			"dashboard", dashboard, "store", storeShown(rt.Config.Store, rt.Config.Dir), "owner", d.opt.Owner.String())
	}
	if d.opt.Ready != nil {
		d.opt.Ready(d.Addr())
	}

loop:
	for {
		select {
		case <-ctx.Done():
			break loop
		case <-d.opt.Reload:
			daemon.SdNotify(false, daemon.SdNotifyReloading)
			nrt, err := d.opt.Load(ctx)
			if err != nil {
				failed := web.ReloadFailure{At: time.Now(), Err: err.Error()}
				// A rule file with several mistakes is one line each, each
				// at its FILE:LINE:COL, as check prints them; not one err=
				// value with its line breaks escaped.
				if problems := failed.Problems(); len(problems) > 1 {
					log.Error("reload failed; still running the previous configuration", "problems", len(problems))
					for i, p := range problems {
						log.Error("reload failed: "+p, "problem", fmt.Sprintf("%d of %d", i+1, len(problems)))
					}
				} else {
					log.Error("reload failed; still running the previous configuration", "err", err)
				}
				d.metrics.Reloads.WithLabelValues("failed").Inc()
				d.mu.Lock()
				d.reloadFailed = failed
				d.mu.Unlock()
			} else {
				d.mu.Lock()
				d.reloadFailed = web.ReloadFailure{}
				d.mu.Unlock()
				d.relisten(nrt.Config.Listen)
				if spread := d.apply(workCtx, nrt, true); spread > 0 {
					log.Info("configuration reloaded", "sources", len(nrt.Sources), "passes_spread_over", spread.Round(time.Second).String())
				} else {
					log.Info("configuration reloaded", "sources", len(nrt.Sources))
				}
				d.metrics.Reloads.WithLabelValues("ok").Inc()
			}
			daemon.SdNotify(false, daemon.SdNotifyReady)
		}
	}

	if d.opt.ServeOnly {
		log.Info("stopping")
	} else {
		log.Info("stopping: no new runs; waiting for work in progress", "grace", d.opt.ShutdownGrace)
	}
	daemon.SdNotify(false, daemon.SdNotifyStopping)
	stopWatchdog()
	d.mu.Lock()
	c := d.cron
	d.ready, d.stopping = false, true
	d.stopDelayed()
	d.mu.Unlock()
	if c != nil {
		c.Stop()
	}
	finished := make(chan struct{})
	go func() { d.running.Wait(); close(finished) }()
	graceOver := time.Now().Add(d.opt.ShutdownGrace)
	completed := false
	select {
	case <-finished:
		completed = true
	case <-time.After(d.opt.ShutdownGrace):
		log.Warn("grace period over: abandoning work in progress")
	}
	cancelWork()
	<-drainDone
	if completed && !d.opt.ServeOnly {
		// The work waited for may have queued events after the drain loop's
		// last turn (a change found by the pass SIGTERM let finish): they
		// are delivered now, within what is left of the grace period,
		// rather than left in the outbox until the next start.
		d.finalDrain(log, graceOver)
	}
	sctx, cancel := context.WithTimeout(context.Background(), HTTPStopTimeout)
	defer cancel()
	d.stopHTTP(sctx)
	log.Info("stopped")
	return nil
}

type cronLogger struct{ l *slog.Logger }

func (c cronLogger) Info(msg string, kv ...any) { c.l.Debug("cron: "+msg, kv...) }
func (c cronLogger) Error(err error, msg string, kv ...any) {
	c.l.Error("cron: "+msg, append(kv, "err", err)...)
}

// storeShown is the store as the log names it: a SQLite file's whole path,
// or a PostgreSQL URL without its password.
func storeShown(dsn, dir string) string {
	if p, ok := store.SQLitePath(dsn, dir); ok {
		return p
	}
	return store.Redact(dsn)
}
