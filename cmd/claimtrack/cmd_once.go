package main

import (
	"context"
	"fmt"
	"time"

	"github.com/claimtrack/claimtrack/notify"
)

func runOnce(ctx context.Context, e *env, args []string) int {
	fs := newFlags(e, "once", "[--config F] [--source NAME]",
		"Make one pass over every source now, store what is found, deliver the events it\n"+
			"produced, and exit. Exit 1 if every source failed.")
	cfgPath := configFlag(fs)
	only := fs.String("source", "", "only this source")
	if code, ok := parseFlags(fs, e, args); !ok {
		return code
	}
	cfg, eng, code := loadEngine(e, *cfgPath)
	if code != exitOK {
		return code
	}
	log := newLogger(e.stderr, cfg.Log)
	a, err := openApp(ctx, cfg, eng, log)
	if err != nil {
		fmt.Fprintf(e.stderr, "claimtrack once: %v\n", err)
		return exitFail
	}
	defer a.store.Close()
	if *only != "" && !a.hasSource(*only) {
		fmt.Fprintf(e.stderr, "claimtrack once: no enabled source %q in %s\n", *only, cfg.Path)
		return exitFail
	}
	results := a.pass(ctx, *only, 10*time.Minute)
	failed := 0
	for _, r := range results {
		fmt.Fprintln(e.stderr, describeResult(r))
		if r.Err != nil {
			failed++
		}
	}
	n, err := notify.Drain(ctx, a.store, a.notifier(e), a.owner)
	if err != nil {
		fmt.Fprintf(e.stderr, "claimtrack once: delivering events: %v (they stay in the outbox)\n", err)
		return exitFail
	}
	fmt.Fprintf(e.stderr, "%d sources, %d failed, %d events delivered\n", len(results), failed, n)
	if len(results) > 0 && failed == len(results) {
		return exitFail
	}
	return exitOK
}

func (a *app) hasSource(name string) bool {
	for _, s := range a.sources {
		if s.Name == name {
			return true
		}
	}
	return false
}

// notifier picks where events go. Until the Slack notifier lands, events
// are written to standard output.
func (a *app) notifier(e *env) notify.Notifier {
	return notify.Console{W: e.stdout, Renderer: a.renderer}
}
