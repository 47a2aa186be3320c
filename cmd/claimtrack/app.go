package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"strings"
	"time"

	"github.com/claimtrack/claimtrack/config"
	"github.com/claimtrack/claimtrack/notify"
	"github.com/claimtrack/claimtrack/rules"
	"github.com/claimtrack/claimtrack/scrape"
	"github.com/claimtrack/claimtrack/store"
	"github.com/claimtrack/claimtrack/tracker"
	"github.com/claimtrack/claimtrack/tracker/health"
)

// app is a configuration brought to life: the store open, the rules
// compiled, the fetcher and the pipeline ready.
type app struct {
	cfg      *config.Config
	engine   *rules.Engine
	store    store.Store
	fetcher  *scrape.Fetcher
	pass     *tracker.SourcePass
	renderer *notify.Renderer
	sources  []scrape.Source
	log      *slog.Logger
	// passes runs the sources for `once` and the demo as the daemon
	// does, as this process.
	passes *tracker.Passes
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

// openApp builds the app from a loaded configuration, its passes run as
// owner (the process's, env.owner).
func openApp(ctx context.Context, cfg *config.Config, eng *rules.Engine, owner tracker.Owner, log *slog.Logger) (*app, error) {
	st, err := store.Open(ctx, cfg.Store, cfg.Dir)
	if err != nil {
		return nil, err
	}
	if err := store.RefuseMoved(ctx, st, storePath(cfg)); err != nil {
		st.Close()
		return nil, err
	}
	store := st
	a, err := newApp(cfg, eng, store, owner, log)
	if err != nil {
		store.Close()
		return nil, err
	}
	warnUntracked(ctx, log, store, eng)
	warnFolderOutlets(ctx, log, store, cfg.Sources)
	return a, nil
}

func newApp(cfg *config.Config, eng *rules.Engine, store store.Store, owner tracker.Owner, log *slog.Logger) (*app, error) {
	f, err := scrape.NewFetcher(fetchConfigFrom(cfg), nil)
	if err != nil {
		return nil, err
	}
	renderer, err := notify.NewRenderer(cfg.Templates, notify.Plain)
	if err != nil {
		return nil, err
	}
	a := &app{cfg: cfg, engine: eng, store: store, fetcher: f, renderer: renderer, log: log,
		passes: tracker.NewPasses(store, owner, cfg.Fetch.Workers, log)}
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
	a.pass = &tracker.SourcePass{
		Store: store, Fetcher: f, Engine: eng, Log: log,
		ConflictWindow: cfg.Tracker.ConflictWindow.Std(48 * time.Hour),
		AnnounceRecent: cfg.Tracker.AnnounceRecentStd(),
		Backoff:        health.DefaultBackoff,
		ClaimantNames:  tracker.ClaimantNames(cfg.ClaimantEntities()),
	}
	return a, nil
}

// runDue runs the sources named (all when only is ""), as `run` would,
// then delivers what they found under the one retry policy, waiting out a
// rate limit or a brief outage a few times before leaving the rest in the
// outbox for the next run.
func (a *app) runDue(ctx context.Context, only string, opt tracker.RunOptions, n notify.Notifier) ([]tracker.Ran, int, error) {
	if err := a.passes.ReclaimDead(ctx); err != nil {
		a.log.Warn("taking back a dead process's leases failed; they end on their own", "err", err)
	}
	var todo []scrape.Source
	for _, s := range a.sources {
		if only == "" || s.Name == only {
			todo = append(todo, s)
		}
	}
	ran := a.passes.RunAll(ctx, a.pass, todo, opt)
	stage := &notify.RetryStage{Outbox: a.store, Notifier: n, Owner: a.passes.Owner().String(), Log: a.log}
	sent, err := stage.Patiently(ctx, 5)
	return ran, sent, err
}

func describeResult(r tracker.Ran) string {
	if !r.WasRead() {
		return fmt.Sprintf("%s: skipped: %s", r.Source, r.Why())
	}
	var b strings.Builder
	// "skipped" read as a problem; these are articles read before, copies
	// and pages the site says are unchanged.
	if r.Unmodified {
		fmt.Fprintf(&b, "%s: unchanged since the last read (the site answered 304 Not Modified), ", r.Source)
	} else {
		fmt.Fprintf(&b, "%s: ", r.Source)
	}
	fmt.Fprintf(&b, "%s listed, %d new", count(r.Links, "article"), r.New-r.Corrected)
	if r.Corrected > 0 {
		fmt.Fprintf(&b, ", %d corrected", r.Corrected)
	}
	fmt.Fprintf(&b, ", %d unchanged or copies", r.Skipped)
	if r.Failed > 0 {
		fmt.Fprintf(&b, ", %d failed", r.Failed)
	}
	if r.NoText > 0 {
		fmt.Fprintf(&b, " (%d with almost no text besides the title: does `claimtrack extract --text %s` show the story?)", r.NoText, r.NoTextURL)
	}
	fmt.Fprintf(&b, ", %s, %s", count(r.Observations, "observation"), count(r.Changes, "change"))
	if posted := tracker.KeptWords(r.Posted); posted != "" {
		fmt.Fprintf(&b, ", %s posted", posted)
	}
	if r.Replacing > 0 {
		// An earlier pass's line counted the message; this one's figure
		// took it over (an exact count in place of a spoken rounding).
		fmt.Fprintf(&b, ", %d replacing an earlier pass's waiting message (rewritten to name it, counted there)", r.Replacing)
	}
	if kept := tracker.KeptWords(r.Kept); kept != "" {
		fmt.Fprintf(&b, " (not posted: %s%s; `claimtrack history METRIC` lists them)", kept, tracker.ArchiveGloss(r.Kept))
	}
	if r.Err != nil {
		fmt.Fprintf(&b, "; error: %v", r.Err)
	}
	return b.String()
}

// storePath names the configured store in a message: the SQLite file's
// path, or the PostgreSQL URL with its password hidden.
func storePath(cfg *config.Config) string {
	if p, ok := store.SQLitePath(cfg.Store, cfg.Dir); ok {
		return p
	}
	return store.Redact(cfg.Store)
}
