package main

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"os/signal"
	"runtime/debug"
	"syscall"
	"time"

	"github.com/claimtrack/claimtrack/config"
	"github.com/claimtrack/claimtrack/daemon"
	"github.com/claimtrack/claimtrack/store"
	"github.com/claimtrack/claimtrack/tracker"
)

func runRun(ctx context.Context, e *env, args []string) int {
	fs := newFlags(e, "run", "[--config F]",
		"Run as a service: every source on its schedule, events delivered as they come,\n"+
			"/healthz, /readyz and /metrics on listen. SIGHUP reloads the configuration (an\n"+
			"invalid one is logged and the running one kept); SIGTERM or SIGINT stops after\n"+
			"work in progress finishes (at most --grace).")
	cfgPath := configFlag(fs)
	grace := fs.Duration("grace", 30*time.Second, "how long work in progress may finish after a stop")
	jitter := fs.Duration("jitter", 0, "delay each scheduled run by a random amount up to this")
	if code, ok := parseFlags(fs, e, args); !ok {
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
	store, err := store.Open(ctx, cfg.Store, cfg.Dir)
	if err != nil {
		fmt.Fprintf(e.stderr, "claimtrack run: %v\n", err)
		return exitFail
	}
	defer store.Close()

	reload := make(chan struct{}, 1)
	hup := make(chan os.Signal, 1)
	signal.Notify(hup, syscall.SIGHUP)
	defer signal.Stop(hup)
	go func() {
		for range hup {
			select {
			case reload <- struct{}{}:
			default:
			}
		}
	}()

	var d *daemon.Daemon
	first := true
	running := cfg // the configuration the daemon runs, for what a reload drops
	load := func(ctx context.Context) (*daemon.Runtime, error) {
		c, en := cfg, eng
		if !first {
			nc, err := config.Load(path)
			if err != nil {
				return nil, err
			}
			ne, err := compileEngine(nc)
			if err != nil {
				return nil, err
			}
			if nc.Store != cfg.Store {
				log.Warn("store changed in the configuration: restart claimtrack to switch stores; keeping the open one")
			}
			c, en = nc, ne
		}
		first = false
		a, err := newApp(c, en, store, log)
		if err != nil {
			return nil, err
		}
		a.pass.Stats = d.Metrics()
		n, err := a.notifier(e)
		if err != nil {
			return nil, err
		}
		if !c.Slack.Configured() {
			log.Warn("no Slack destination in the configuration: messages are printed to standard output and recorded as delivered")
		}
		dash, err := a.dashboard()
		if err != nil {
			return nil, err
		}
		logDropped(log, running, c)
		running = c
		return &daemon.Runtime{Config: c, Pass: a.pass, Sources: a.sources, Notifier: n, Dashboard: dash}, nil
	}
	d = daemon.New(daemon.Options{Store: store, Log: log, Owner: tracker.ThisProcess(), Load: load, Reload: reload, Jitter: *jitter, ShutdownGrace: *grace})
	if err := d.Run(ctx); err != nil {
		fmt.Fprintf(e.stderr, "claimtrack run: %v\n", err)
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
