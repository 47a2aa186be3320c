package main

import (
	"context"
	"fmt"
	"log/slog"
	"strings"

	"github.com/claimtrack/claimtrack/config"
	"github.com/claimtrack/claimtrack/internal/suggest"
	"github.com/claimtrack/claimtrack/notify"
	"github.com/claimtrack/claimtrack/notify/slack"
	"github.com/claimtrack/claimtrack/tracker"
)

func runOnce(ctx context.Context, e *env, args []string) int {
	fs := newFlags(e, "once", "[--config F] [--source NAME [--force]]",
		"Make one pass over every source now, store what is found, deliver the events it\n"+
			"produced, and exit. A source that failed lately waits out its backoff (--force\n"+
			"with --source tries it at once), unless its address or filters changed since it\n"+
			"failed; one another claimtrack is reading is left to it.\n\n"+
			"Exit status, for cron and CI:\n"+
			"  0  every source was read (or left to another claimtrack reading it)\n"+
			"  1  nothing was read: every source failed or backs off after failing, the\n"+
			"     --source named was not read, the configuration or store failed, or\n"+
			"     events could not be delivered (they stay in the outbox)\n"+
			"  2  the command line is wrong\n"+
			"  3  some sources were read and their events delivered, but others failed or\n"+
			"     back off after failing: the summary line names them\n"+
			"     (`claimtrack once || [ $? -eq 3 ]` tolerates it)")
	cfgPath := configFlag(fs)
	only := fs.String("source", "", "only this source")
	force := fs.Bool("force", false, "with --source: read it even while it backs off after failures")
	if code, ok := parseFlagsNoArgs(fs, e, args); !ok {
		return code
	}
	if *force && *only == "" {
		fmt.Fprintln(e.stderr, "claimtrack once: --force needs --source NAME: it reads one source that is backing off after failures")
		return exitUsage
	}
	cfg, eng, code := loadDeliveringEngine(e, *cfgPath, "once")
	if code != exitOK {
		return code
	}
	// As run does at start: a rule just edited whose example fails is
	// said here, not only by check, before the pass reads with it.
	for _, f := range failedExamples(eng.TestExamples()) {
		fmt.Fprintf(e.stderr, "%s (warning: this rule example fails; claimtrack check shows why)\n", f)
	}
	log := newLogger(e.stderr, cfg.Log)
	a, err := openApp(ctx, cfg, eng, e.owner, log)
	if err != nil {
		fmt.Fprintf(e.stderr, "claimtrack once: %v\n", err)
		return exitFail
	}
	defer a.store.Close()
	if *only != "" && !a.hasSource(*only) {
		fmt.Fprintf(e.stderr, "claimtrack once: no enabled source %q in %s%s\n", *only, cfg.Path, a.sourceHint(*only))
		return exitFail
	}
	notifier, err := a.notifier(e)
	if err != nil {
		fmt.Fprintf(e.stderr, "claimtrack once: %v\n", err)
		return exitFail
	}
	// The outbox's newest event before the pass: those after it that
	// another claimtrack on the store delivers are said as its, not as
	// events once failed to deliver.
	before, berr := newestEventID(ctx, a.store)
	here := newPostedHere(notifier)
	ran, n, derr := a.runDue(ctx, *only, tracker.RunOptions{Force: *force}, here)
	read, failed, skipped, reset, unrecorded := 0, 0, 0, 0, 0
	var down []string
	for _, r := range ran {
		fmt.Fprintln(e.stderr, describeResult(r))
		if r.Reset != "" && r.WasRead() {
			reset++
			fmt.Fprintf(e.stderr, "  (read now: its configuration changed since it failed at %s, so its backoff was reset)\n", r.Reset)
		}
		if r.Unrecorded && r.WasRead() {
			unrecorded++
			fmt.Fprintf(e.stderr, "  (read now, not at the end of its backoff: it failed under a version that did not record what a source reads, so a configuration corrected since could not be told; should it fail again, it backs off as before)\n")
		}
		switch {
		case !r.WasRead():
			skipped++
			if r.Skip == tracker.BackingOff {
				down = append(down, r.Source)
				fmt.Fprintf(e.stderr, "  (claimtrack once --source %s --force reads it now; once reads it at once when its address or filters are changed)\n", r.Source)
			}
		case r.Err != nil:
			read++
			failed++
			down = append(down, r.Source)
		default:
			read++
		}
	}
	summary := fmt.Sprintf("%s read, %d failed, %d skipped, %s delivered%s", count(read, "source"), failed, skipped, count(n, "event"),
		a.deliveredElsewhere(ctx, derr, berr, before, here).words())
	if reset > 0 {
		summary += fmt.Sprintf(", %s read again at once after its configuration changed", count(reset, "source"))
	}
	if unrecorded > 0 {
		summary += fmt.Sprintf(", %s backing off from before the upgrade read at once", count(unrecorded, "source"))
	}
	if derr != nil {
		// The pass's summary still, then the delivery's error: said here
		// once (notify.RetryStage.Patiently leaves it unlogged).
		if len(down) > 0 {
			summary += fmt.Sprintf(" (exit 1: events not delivered; %s failed or backing off: %s)", count(len(down), "source"), strings.Join(down, ", "))
		}
		fmt.Fprintln(e.stderr, summary)
		fmt.Fprintf(e.stderr, "claimtrack once: delivering events: %v (they stay in the outbox)\n", derr)
		return exitFail
	}
	status := onceExit(read-failed, len(down), *only != "" && skipped > 0)
	switch status {
	case exitFail:
		if len(down) > 0 {
			summary += fmt.Sprintf(" (exit 1: no source was read; failing: %s)", strings.Join(down, ", "))
		}
	case exitPartial:
		summary += fmt.Sprintf(" (exit 3: %s failed or backing off: %s)", count(len(down), "source"), strings.Join(down, ", "))
	}
	fmt.Fprintln(e.stderr, summary)
	return status
}

// onceExit is once's exit status (runOnce's help says what each means)
// from how many sources were read without error, how many failed or back
// off after failing, and whether the --source named was left unread. A
// source another claimtrack is reading is not down: it is read there.
func onceExit(ok, down int, namedUnread bool) int {
	switch {
	case namedUnread, down > 0 && ok == 0:
		return exitFail
	case down > 0:
		return exitPartial
	}
	return exitOK
}

// sourceHint names the source probably meant, or the enabled ones.
func (a *app) sourceHint(name string) string {
	names := make([]string, len(a.sources))
	for i, s := range a.sources {
		names[i] = s.Name
	}
	if s := suggest.Closest(name, names); s != "" {
		return fmt.Sprintf(": did you mean %q?", s)
	}
	return "; enabled sources: " + strings.Join(names, ", ")
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
// or a bot token, standard output otherwise. A Slack secret missing from
// the environment is refused: printing would record as delivered messages
// Slack never saw.
func (a *app) notifier(e *env) (notify.Notifier, error) {
	if err := a.cfg.DeliveryProblem(); err != nil {
		return nil, err
	}
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
		Broadcast: s.Broadcast, Channels: channels, Templates: cfg.Templates, Log: log, WebhookDelivery: s.WebhookDelivery,
		TokenFrom: secretFrom(cfg.SlackSecretFrom("token")), WebhookFrom: secretFrom(cfg.SlackSecretFrom("webhook_url"))}
}

// secretFrom hands the notifier where a Slack secret was set, so that a
// refusal names the variable the user set rather than the key.
func secretFrom(f config.SecretFrom) slack.Source {
	return slack.Source{Key: f.Key, Env: f.Env, At: f.At}
}
