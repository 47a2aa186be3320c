package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/claimtrack/claimtrack/config"
	"github.com/claimtrack/claimtrack/internal/parallel"
	"github.com/claimtrack/claimtrack/notify"
	"github.com/claimtrack/claimtrack/rules"
	"github.com/claimtrack/claimtrack/scrape"
	"github.com/claimtrack/claimtrack/tracker"
	"github.com/claimtrack/claimtrack/tracker/health"
)

// app is a configuration brought to life: the store open, the rules
// compiled, the fetcher and the pipeline ready.
type app struct {
	cfg      *config.Config
	engine   *rules.Engine
	store    tracker.Store
	fetcher  *scrape.Fetcher
	pipeline *tracker.Pipeline
	renderer *notify.Renderer
	sources  []scrape.Source
	log      *slog.Logger
	owner    string // this process, for leases and outbox claims
}

func newLogger(w io.Writer, c config.Log) *slog.Logger {
	level := slog.LevelInfo
	switch c.Level {
	case "debug":
		level = slog.LevelDebug
	case "warn":
		level = slog.LevelWarn
	case "error":
		level = slog.LevelError
	}
	opts := &slog.HandlerOptions{Level: level}
	if c.Format == "json" {
		return slog.New(slog.NewJSONHandler(w, opts))
	}
	return slog.New(slog.NewTextHandler(w, opts))
}

// openApp builds the app from a loaded configuration.
func openApp(ctx context.Context, cfg *config.Config, eng *rules.Engine, log *slog.Logger) (*app, error) {
	store, err := tracker.Open(ctx, cfg.Store, cfg.Dir)
	if err != nil {
		return nil, err
	}
	a, err := newApp(cfg, eng, store, log)
	if err != nil {
		store.Close()
		return nil, err
	}
	return a, nil
}

func newApp(cfg *config.Config, eng *rules.Engine, store tracker.Store, log *slog.Logger) (*app, error) {
	f, err := scrape.NewFetcher(fetchConfigFrom(cfg), nil)
	if err != nil {
		return nil, err
	}
	renderer, err := notify.NewRenderer(cfg.Templates, notify.Plain)
	if err != nil {
		return nil, err
	}
	a := &app{cfg: cfg, engine: eng, store: store, fetcher: f, renderer: renderer, log: log, owner: processName()}
	for _, s := range cfg.Sources {
		if s.Disabled {
			continue
		}
		src, err := sourceFrom(cfg, s)
		if err != nil {
			return nil, err
		}
		a.sources = append(a.sources, src)
	}
	a.pipeline = &tracker.Pipeline{
		Store: store, Fetcher: f, Engine: eng, Log: log,
		ConflictWindow: cfg.Tracker.ConflictWindow.Std(48 * time.Hour),
		Backoff:        health.DefaultBackoff,
	}
	return a, nil
}

func processName() string {
	h, _ := os.Hostname()
	return fmt.Sprintf("%s/%d", h, os.Getpid())
}

// pass runs every source once with a bounded pool of workers. A source
// another replica holds (a lease) is left to it.
func (a *app) pass(ctx context.Context, only string, leaseFor time.Duration) []tracker.Result {
	workers := a.cfg.Fetch.Workers
	if workers <= 0 {
		workers = 4
	}
	var todo []scrape.Source
	for _, s := range a.sources {
		if only == "" || s.Name == only {
			todo = append(todo, s)
		}
	}
	var mu sync.Mutex
	var results []tracker.Result
	parallel.For(len(todo), workers, func(i int) {
		src := todo[i]
		if ctx.Err() != nil {
			return // stopping: start no more sources
		}
		now := time.Now()
		ok, err := a.store.TryLease(ctx, src.Name, a.owner, now.Add(leaseFor), now)
		if err != nil {
			a.log.Error("lease", "source", src.Name, "err", err)
			return
		}
		if !ok {
			a.log.Debug("another replica has this source", "source", src.Name)
			return
		}
		r := a.pipeline.RunSource(ctx, src)
		mu.Lock()
		results = append(results, r)
		mu.Unlock()
	})
	return results
}

func describeResult(r tracker.Result) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %d links, %d new, %d skipped", r.Source, r.Links, r.New, r.Skipped)
	if r.Failed > 0 {
		fmt.Fprintf(&b, ", %d failed", r.Failed)
	}
	fmt.Fprintf(&b, ", %d observations, %d changes", r.Observations, r.Changes)
	if r.Err != nil {
		fmt.Fprintf(&b, "; error: %v", r.Err)
	}
	return b.String()
}
