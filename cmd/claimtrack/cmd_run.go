package main

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"os/signal"
	"runtime/debug"
	"strings"
	"syscall"
	"time"

	"github.com/claimtrack/claimtrack/config"
	"github.com/claimtrack/claimtrack/daemon"
	"github.com/claimtrack/claimtrack/rules"
	"github.com/claimtrack/claimtrack/store"
)

// defaultGrace is how long work in progress may finish after SIGTERM
// unless --grace says otherwise; deploy/claimtrack.service's TimeoutStopSec
// and README's docker --stop-timeout leave room for it.
const defaultGrace = 30 * time.Second

func runRun(ctx context.Context, e *env, args []string) int {
	fs := newFlags(e, "run", "[--config F]",
		"Run as a service: every source on its schedule, events delivered as they come,\n"+
			"/healthz, /readyz and /metrics on listen. SIGHUP reloads the configuration (an\n"+
			"invalid one, or one whose rule examples fail, is logged and the running one\n"+
			"kept); SIGTERM or SIGINT stops after work in progress finishes (at most --grace).")
	cfgPath := configFlag(fs)
	grace := fs.Duration("grace", defaultGrace, "how long work in progress may finish after a stop")
	jitter := fs.Duration("jitter", 0, "delay each scheduled run by a random amount up to this")
	if code, ok := parseFlagsNoArgs(fs, e, args); !ok {
		return code
	}
	// Start-up (package tables of dependencies, loading the configuration
	// and compiling the rules) leaves garbage behind that a long-running
	// service would otherwise keep mapped; hand it back to the system
	// before settling in, so that idle memory is what the daemon holds.
	debug.FreeOSMemory()
	path := resolveConfig(e, *cfgPath)
	cfg, eng, code := loadDeliveringEngine(e, path, "run")
	if code != exitOK {
		return code
	}
	log := newLogger(e.stderr, cfg.Log)
	// At start there are no rules to keep instead, and an upgrade that
	// moves one example should not stop every alert: say so, loudly.
	for _, f := range failedExamples(eng.TestExamples()) {
		log.Warn("rule example fails: a reload is refused until it passes (claimtrack check shows why)", "example", f)
	}
	st, err := store.Open(ctx, cfg.Store, cfg.Dir)
	if err != nil {
		fmt.Fprintf(e.stderr, "claimtrack run: %v\n", err)
		return exitFail
	}
	defer st.Close()
	if err := store.RefuseMoved(ctx, st, storePath(cfg)); err != nil {
		fmt.Fprintf(e.stderr, "claimtrack run: %v\n", err)
		return exitFail
	}
	store := st
	return runService(ctx, e, service{cmd: "run", path: path, cfg: cfg, eng: eng, store: store, log: log, opt: daemon.Options{Jitter: *jitter, ShutdownGrace: *grace}})
}

// service is what runService runs: the command's name (for messages),
// the configuration file at path (cfg and eng its first load; path is ""
// for the demo's, built in memory), the open store, the logger and the
// daemon's options.
type service struct {
	cmd, path string
	cfg       *config.Config
	eng       *rules.Engine
	store     store.Store
	log       *slog.Logger
	opt       daemon.Options
	// listen, when not "", is where to listen instead of the
	// configuration's listen (serve --listen), at the start and after
	// each reload.
	listen string
}

// runService runs the daemon over an open store until ctx ends, for run
// and, with opt.ServeOnly, for serve: the same HTTP server (health,
// metrics, the dashboard and API on listen), SIGHUP reloading the
// configuration at path (cfg and eng are its first load). Serving only,
// it builds no notifier: nothing is delivered, so Slack is not needed.
func runService(ctx context.Context, e *env, svc service) int {
	cmd, path, cfg, eng, store, log, opt, listen := svc.cmd, svc.path, svc.cfg, svc.eng, svc.store, svc.log, svc.opt, svc.listen
	reload := make(chan struct{}, 1)
	defer forwardHUP(ctx, reload)()

	var d *daemon.Daemon
	first := true
	running := cfg // the configuration the daemon runs, for what a reload drops
	load := func(ctx context.Context) (*daemon.Runtime, error) {
		c, en := cfg, eng
		if !first && path == "" {
			// The demo's configuration is built in memory: no file to read again.
			return nil, fmt.Errorf("nothing to reload: %s reads no configuration file", cmd)
		}
		if !first {
			nc, ne, err := reloadEngine(path)
			if err != nil {
				return nil, err
			}
			if nc.Store != cfg.Store {
				log.Warn("store changed in the configuration: restart claimtrack to switch stores; keeping the open one")
			}
			c, en = nc, ne
		}
		first = false
		if listen != "" {
			c.Listen = listen
		}
		a, err := newApp(c, en, store, e.owner, log)
		if err != nil {
			return nil, err
		}
		a.pass.Stats = d.Metrics()
		rt := &daemon.Runtime{Config: c, Pass: a.pass, Sources: a.sources}
		if !opt.ServeOnly {
			if rt.Notifier, err = a.notifier(e); err != nil {
				return nil, err
			}
			if !c.Slack.Configured() {
				log.Warn("no Slack destination in the configuration: messages are printed to standard output and recorded as delivered")
			}
		}
		if rt.Dashboard, err = a.dashboard(); err != nil {
			return nil, err
		}
		logDropped(log, running, c)
		warnUntracked(ctx, log, store, en)
		warnFolderOutlets(ctx, log, store, c.Sources)
		running = c
		return rt, nil
	}
	opt.Store, opt.Log, opt.Owner, opt.Load, opt.Reload = store, log, e.owner, load, reload
	d = daemon.New(opt)
	if err := d.Run(ctx); err != nil {
		if busy := busyListen(cmd, cfg, cfg.Listen, listen != "", err); busy != "" {
			fmt.Fprintf(e.stderr, "claimtrack %s: %s\n", cmd, busy)
			return exitFail
		}
		fmt.Fprintf(e.stderr, "claimtrack %s: %v\n", cmd, err)
		return exitFail
	}
	return exitOK
}

// logDropped warns when a reload stops metrics, naming them: a rule_files
// pattern gone wrong otherwise silences alerts without a word.
func logDropped(log *slog.Logger, running, next *config.Config) {
	if dropped := config.DroppedMetrics(running, next); len(dropped) > 0 {
		log.Warn("reload drops metrics: no more alerts for them", "dropped", dropped, "metrics", len(next.Metrics))
	}
}

// reloadEngine loads and compiles the configuration at path for a reload.
// It refuses, as check does, rules whose examples fail: the running rules
// are kept rather than swapped for rules that no longer read what their
// author wrote down, and the error names each example at its line.
func reloadEngine(path string) (*config.Config, *rules.Engine, error) {
	nc, err := config.Load(path)
	if err != nil {
		return nil, nil, err
	}
	ne, err := compileEngine(nc)
	if err != nil {
		return nil, nil, err
	}
	if failed := failedExamples(ne.TestExamples()); len(failed) > 0 {
		return nil, nil, fmt.Errorf("%s failed (claimtrack check shows why): %s",
			count(len(failed), "rule example"), strings.Join(failed, "; "))
	}
	return nc, ne, nil
}

// failedExamples is one line per failed example: where it is written,
// what it wants and what the metric took.
func failedExamples(results []rules.ExampleResult) []string {
	var out []string
	for _, r := range results {
		if r.Passed {
			continue
		}
		where := r.Metric
		if o := r.Origin.String(); o != "" {
			where = o + ": " + r.Metric
		}
		out = append(out, fmt.Sprintf("%s: examples[%d]: want %s, got %s", where, r.Index, r.Want, r.Got))
	}
	return out
}

// forwardHUP turns each SIGHUP into a reload request on reload (one
// pending at most: signals arriving during a reload ask for one more, not
// one each) until ctx ends or the returned stop is called. stop returns
// once the forwarding goroutine has ended, so that a service that returns
// (a failed start, a stop) leaves no goroutine reading a channel that
// signal.Stop never closes, and nothing is sent on reload after it.
func forwardHUP(ctx context.Context, reload chan<- struct{}) (stop func()) {
	ctx, cancel := context.WithCancel(ctx)
	hup := make(chan os.Signal, 1)
	signal.Notify(hup, syscall.SIGHUP)
	done := make(chan struct{})
	go func() {
		defer close(done)
		for {
			select {
			case <-ctx.Done():
				return
			case <-hup:
				select {
				case reload <- struct{}{}:
				default:
				}
			}
		}
	}()
	return func() {
		signal.Stop(hup)
		cancel()
		<-done
	}
}
