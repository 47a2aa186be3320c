package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/claimtrack/claimtrack/config"
	"github.com/claimtrack/claimtrack/internal/retryafter"
	"github.com/claimtrack/claimtrack/notify"
	"github.com/claimtrack/claimtrack/notify/slack"
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
	notifier, err := a.notifier(e)
	if err != nil {
		fmt.Fprintf(e.stderr, "claimtrack once: %v\n", err)
		return exitFail
	}
	n, err := drainPatiently(ctx, a.store, notifier, a.owner, log)
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

// notifier picks where events go: Slack when the config names a webhook
// or a bot token, standard output otherwise.
func (a *app) notifier(e *env) (notify.Notifier, error) {
	if !a.cfg.Slack.Configured() {
		return notify.Console{W: e.stdout, Renderer: a.renderer}, nil
	}
	return slack.New(slackConfig(a.cfg, a.log), a.store)
}

func slackConfig(cfg *config.Config, log *slog.Logger) slack.Config {
	channels := map[string]string{}
	for _, m := range cfg.Metrics {
		if m.Channel != "" {
			channels[m.ID] = m.Channel
		}
	}
	s := cfg.Slack
	return slack.Config{WebhookURL: s.WebhookURL, Token: s.Token, Channel: s.Channel, APIURL: s.APIURL,
		Broadcast: s.Broadcast, Channels: channels, Templates: cfg.Templates, Log: log}
}

// drainPatiently delivers the outbox for a command that runs once:
// a rate limit or a brief outage is waited out (Retry-After, or a short
// backoff) a few times before the command gives up and leaves the rest
// for the next run.
func drainPatiently(ctx context.Context, box notify.Outbox, n notify.Notifier, owner string, log *slog.Logger) (int, error) {
	total := 0
	wait := time.Second
	for attempt := 1; ; attempt++ {
		sent, err := notify.Drain(ctx, box, n, owner)
		total += sent
		if err == nil || errors.Is(err, notify.ErrPermanent) || attempt == 5 {
			return total, err
		}
		w := wait
		if ra := retryafter.Wait(err); ra > 0 {
			w = ra
		}
		log.Warn("delivery failed; retrying", "err", err, "in", w)
		select {
		case <-ctx.Done():
			return total, err
		case <-time.After(w):
		}
		wait *= 2
	}
}
