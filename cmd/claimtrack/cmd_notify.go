package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"time"

	"github.com/claimtrack/claimtrack/config"
	"github.com/claimtrack/claimtrack/model"
	"github.com/claimtrack/claimtrack/notify"
	"github.com/claimtrack/claimtrack/notify/slack"
)

func runNotify(ctx context.Context, e *env, args []string) int {
	const usage = "Usage: claimtrack notify test [--config F] [--dry-run] [--kind K]"
	if len(args) == 0 || args[0] != "test" {
		if len(args) > 0 && (args[0] == "-h" || args[0] == "--help") {
			fmt.Fprintln(e.stdout, usage+"\n\nSend one sample message of each event kind to the configured Slack destination.")
			return exitOK
		}
		fmt.Fprintf(e.stderr, "claimtrack notify: %s\n\n%s\n", whichSubcommand(args, "test"), usage)
		return exitUsage
	}
	fs := newFlags(e, "notify test", "[--config F] [--dry-run] [--kind K]",
		"Send one made-up message of each event kind (first, change, conflict, decrease,\n"+
			"source_failing, source_recovered, source_no_text, source_text_back), and a change\n"+
			"that is an outlet's correction, to the Slack destination in the config, with your\n"+
			"templates, to see how alerts look; with no Slack configured, print them as once\n"+
			"does. --dry-run prints the JSON payloads instead.")
	cfgPath := configFlag(fs)
	dry := fs.Bool("dry-run", false, "print the payloads; send nothing")
	only := fs.String("kind", "", "only this event kind")
	if code, ok := parseFlagsNoArgs(fs, e, args[1:]); !ok {
		return code
	}
	// Sending refuses a missing Slack secret below: its refusal stands in
	// for check's warning about it, which would say the same twice.
	cfg, _, code := loadEngineFor(e, *cfgPath, notifyPurpose(*dry))
	if code != exitOK {
		return code
	}
	var events []model.Event
	for _, ev := range notify.SampleEvents() {
		if *only == "" || string(ev.Kind) == *only {
			// A key of its own, so that a second test is not taken for
			// the first one repeated.
			ev.Key = fmt.Sprintf("test/%s/%d", ev.Kind, time.Now().UnixNano())
			events = append(events, ev)
		}
	}
	if len(events) == 0 {
		fmt.Fprintf(e.stderr, "claimtrack notify test: no event kind %q: use one of %v\n", *only, model.EventKinds())
		return exitUsage
	}
	scfg := slackConfig(cfg, newLogger(e.stderr, cfg.Log))
	if *dry {
		r, err := slack.NewRenderer(scfg.Templates)
		if err != nil {
			fmt.Fprintf(e.stderr, "claimtrack notify test: %v\n", err)
			return exitFail
		}
		for _, ev := range events {
			b, err := slack.Preview(r, ev)
			if err != nil {
				fmt.Fprintf(e.stderr, "claimtrack notify test: %s: %v\n", ev.Kind, err)
				return exitFail
			}
			fmt.Fprintf(e.stdout, "── %s\n%s\n", notify.SampleLabel(ev), b)
		}
		return exitOK
	}
	if err := cfg.DeliveryProblem(); err != nil {
		fmt.Fprintf(e.stderr, "claimtrack notify test: %v\n", err)
		return exitFail
	}
	if !cfg.Slack.Configured() {
		// As once and run do without Slack: the messages printed, so that
		// a desk with no Slack account yet sees what it would be told.
		fmt.Fprintf(e.stderr, "claimtrack notify test: %s sets no Slack destination, so the samples are printed as once and run print messages; to post them, set slack.webhook_url, or slack.token and slack.channel; --dry-run prints the payloads, and slack.api_url sends a bot's calls to a fake Slack of your own (docs/slack.md)\n", cfg.Path)
		return printSamples(e, cfg, events)
	}
	n, err := slack.New(scfg, noThreads{})
	if err != nil {
		fmt.Fprintf(e.stderr, "claimtrack notify test: %v\n", err)
		return exitFail
	}
	for _, ev := range events {
		d, _, err := n.Notify(ctx, ev)
		if err != nil {
			fmt.Fprintf(e.stderr, "claimtrack notify test: %s: %v%s\n", ev.Kind, err, unreachable(err))
			return exitFail
		}
		fmt.Fprintf(e.stdout, "sent %-17s to %s%s\n", notify.SampleLabel(ev), d.Channel, answered(d))
	}
	return exitOK
}

// printSamples prints the sample events as the console prints messages
// when no Slack is configured, each under its label.
func printSamples(e *env, cfg *config.Config, events []model.Event) int {
	r, err := notify.NewRenderer(cfg.Templates, notify.Plain)
	if err != nil {
		fmt.Fprintf(e.stderr, "claimtrack notify test: %v\n", err)
		return exitFail
	}
	out := notify.Console{W: e.stdout, Renderer: r}
	for _, ev := range events {
		fmt.Fprintf(e.stdout, "── %s\n", notify.SampleLabel(ev))
		if _, _, err := out.Notify(context.Background(), ev); err != nil {
			fmt.Fprintf(e.stderr, "claimtrack notify test: %s: %v\n", ev.Kind, err)
			return exitFail
		}
	}
	return exitOK
}

// noThreads keeps test messages out of the metrics' threads.
type noThreads struct{}

func (noThreads) Thread(context.Context, string, string) (string, string, error) { return "", "", nil }

// answered is what Slack said of a test message, when it says anything
// (a bot's post; a webhook answers only "ok"): the message's ts and the
// channel's id, which a fake Slack of one's own shows it received.
func answered(d model.Delivery) string {
	if d.MessageTS == "" {
		return ""
	}
	if d.ChannelID == "" {
		return " (Slack answered: message " + d.MessageTS + ")"
	}
	return " (Slack answered: message " + d.MessageTS + " in channel " + d.ChannelID + ")"
}

// unreachable says what to do when Slack could not be reached at all (no
// network, a name that does not resolve, a proxy needed): the error alone
// ("dial tcp: lookup slack.com ... no such host") names no next step.
func unreachable(err error) string {
	var dns *net.DNSError
	var op *net.OpError
	if !errors.As(err, &dns) && !errors.As(err, &op) {
		return ""
	}
	return "\nSlack could not be reached from this machine: check its network (a proxy is taken from HTTPS_PROXY); " +
		"--dry-run prints the payloads, and slack.api_url sends a bot's calls to a fake Slack of your own (docs/slack.md)"
}

// notifyPurpose: a dry run prints the payloads and reaches no Slack, so it
// reads; a real test delivers, and is refused without its secret.
func notifyPurpose(dry bool) loadPurpose {
	if dry {
		return forReading
	}
	return forDelivering
}
