// Command claimtrack tracks the figures news reports state and tells a Slack
// channel when one changes. Run "claimtrack help" for the commands.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"sort"
	"strings"
	"syscall"

	"github.com/claimtrack/claimtrack/internal/gctune"
	"github.com/claimtrack/claimtrack/internal/suggest"
	"github.com/claimtrack/claimtrack/tracker"
)

// Exit codes.
const (
	exitOK    = 0
	exitFail  = 1 // something the user must fix
	exitUsage = 2 // the command line itself is wrong
	// exitPartial: once read some sources and delivered what they gave,
	// but others failed or still back off after failing (restic's backup
	// says 3 for a snapshot some files could not be read into, rsync 23
	// for a partial transfer).
	exitPartial = 3
)

// env is what a command may touch: no globals, so tests run commands in
// parallel with their own streams.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	getenv         func(string) string
	// owner is this process as it takes leases and claims events, drawn
	// once in main and shared by every part of the process (once's and the
	// demo's passes, run's daemon and the passes of each reload): two
	// Owners drawn in one process would be two holders of its leases
	// (tracker.DrawOwner).
	owner tracker.Owner
	// writeProblem says why this user could not write a store; nil is
	// store.WriteProblem (a test hands in another: root writes anywhere).
	writeProblem func(dsn, dir string) string
}

type command struct {
	name    string
	args    string
	summary string
	run     func(ctx context.Context, e *env, args []string) int
}

func commands() []command {
	return []command{
		{"check", "[--config F]", "validate the configuration and run every rule example", runCheck},
		{"figures", "[--json] [--lines] [--claimants [--config F]] [FILE|-]", "print every figure in a text", runFigures},
		{"extract", "[--config F] [--json] [--metric ID] [--text] [--explain] FILE|URL|-", "print what the scraper sees in one article, or the observations the metrics make in it", runExtract},
		{"rules", "test|eval|misses|vocab [--config F] ...", "run the metrics' examples, score them on labelled corpora, list what they miss in files or the store, list vocabularies", runRules},
		{"run", "[--config F] [--grace D] [--jitter D]", "run as a service: sources on their schedules, events as they come", runRun},
		{"once", "[--config F] [--source NAME [--force]]", "one pass over every source now, deliver the events, exit", runOnce},
		{"serve", "[--config F] [--listen ADDR]", "the dashboard and API over the store, as run serves them: no fetching, no Slack", runServe},
		{"notify", "test [--config F] [--dry-run] [--kind K]", "send one sample message of each kind to Slack, or print the payloads", runNotify},
		{"history", "[--config F] [--json] METRIC", "a metric's timeline: when, value, qualifier, outlet, URL", runHistory},
		{"store", "stats|prune|copy [--config F] [--to DSN]", "rows and size of each table, apply the retention policy now, or copy the store into another database", runStore},
		{"demo", "[--serve] [--listen ADDR]", "show claimtrack following a small built-in news story, offline", runDemo},
		{"schema", "[--rules]", "print the JSON Schema of the configuration file", runSchema},
		{"health", "[--config F] [--timeout D]", "exit 0 if the daemon on listen answers /healthz", runHealth},
		{"version", "", "print the version", runVersion},
	}
}

func main() {
	gctune.Apply(os.Getenv)
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	// The process's one Owner is drawn here, before any command runs.
	e := &env{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr, getenv: os.Getenv, owner: tracker.DrawOwner()}
	code := dispatch(ctx, e, os.Args[1:])
	stop()
	os.Exit(code)
}

func dispatch(ctx context.Context, e *env, args []string) int {
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		usage(e.stdout)
		if len(args) == 0 {
			return exitUsage
		}
		return exitOK
	}
	if args[0] == "--version" {
		return runVersion(ctx, e, nil)
	}
	for _, c := range commands() {
		if c.name == args[0] {
			return c.run(ctx, e, args[1:])
		}
	}
	if c := commandMeant(args[0]); c != "" {
		fmt.Fprintf(e.stderr, "claimtrack: unknown command %q: did you mean %q?\n\n", args[0], c)
	} else {
		fmt.Fprintf(e.stderr, "claimtrack: unknown command %q\n\n", args[0])
	}
	usage(e.stderr)
	return exitUsage
}

// commandMeant is the command a mistyped one, or the word other daemons
// use for it ("serve", "start"), most likely means.
func commandMeant(word string) string {
	switch strings.ToLower(word) {
	case "start", "daemon", "server":
		return "run"
	case "validate", "lint", "verify":
		return "check"
	}
	var names []string
	for _, c := range commands() {
		names = append(names, c.name)
	}
	return suggest.Closest(word, names)
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "claimtrack tracks the figures news reports state and tells Slack when one changes.")
	fmt.Fprintln(w, "\nUsage: claimtrack COMMAND [options]\n\nCommands:")
	cs := commands()
	sort.Slice(cs, func(i, j int) bool { return cs[i].name < cs[j].name })
	for _, c := range cs {
		fmt.Fprintf(w, "  %-9s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w, "\nRun 'claimtrack COMMAND --help' for a command's options.")
	fmt.Fprintln(w, "The configuration is --config, else $CLAIMTRACK_CONFIG, else ./config.yaml.")
}

// newFlags makes a flag set whose --help prints the command's usage. The
// usage line comes from commands(), the one table "claimtrack help" and
// README's command table agree with; args is used only for a command that
// table does not list.
func newFlags(e *env, name, args, summary string) *flag.FlagSet {
	if a, ok := usageArgs(name); ok {
		args = a
	}
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		out := fs.Output()
		fmt.Fprintf(out, "%s\n\n%s\n", strings.TrimSpace("Usage: claimtrack "+name+" "+args), summary)
		var b strings.Builder
		fs.SetOutput(&b)
		fs.PrintDefaults()
		fs.SetOutput(out)
		if b.Len() > 0 {
			fmt.Fprintf(out, "\nOptions:\n%s", b.String())
		}
	}
	return fs
}

// usageArgs returns the arguments commands() lists for a command, or for a
// subcommand such as "rules test".
func usageArgs(name string) (string, bool) {
	for _, c := range commands() {
		if c.name == name {
			return c.args, true
		}
		if sub, ok := strings.CutPrefix(name, c.name+" "); ok {
			if rest, ok := strings.CutPrefix(c.args, sub+" "); ok {
				return rest, true
			}
		}
	}
	return "", false
}

// parseFlags parses args and says how to exit if parsing ended the command.
// The flag package itself prints usage on -help and on a bad flag; it is
// held back here and printed once: to stdout when asked for, to stderr
// after a mistake.
//
// Options may come after the arguments too ("extract story.txt --explain",
// "history gaza_death_toll --json"), as people type them: the flag package
// alone stops at the first argument and would take the options for more
// arguments. After "--" everything is an argument.
func parseFlags(fs *flag.FlagSet, e *env, args []string) (int, bool) {
	usage := fs.Usage
	fs.Usage = func() {}
	err := parseInterspersed(fs, args)
	fs.Usage = usage
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fs.SetOutput(e.stdout)
			fs.Usage()
			fs.SetOutput(e.stderr)
			return exitOK, false
		}
		fs.Usage()
		return exitUsage, false
	}
	return 0, true
}

// parseFlagsNoArgs is parseFlags for a command that takes options only:
// an argument is refused, not ignored. `claimtrack check desk.yaml` used to
// check ./config.yaml and say OK; a file named there was meant as --config.
func parseFlagsNoArgs(fs *flag.FlagSet, e *env, args []string) (int, bool) {
	if code, ok := parseFlags(fs, e, args); !ok {
		return code, false
	}
	if fs.NArg() == 0 {
		return 0, true
	}
	arg := fs.Arg(0)
	hint := "it takes options only"
	if fs.Lookup("config") != nil && (strings.HasSuffix(arg, ".yaml") || strings.HasSuffix(arg, ".yml")) {
		hint = "to use that configuration, write --config " + arg
	}
	fmt.Fprintf(e.stderr, "claimtrack %s: unexpected argument %q: %s (claimtrack %s --help)\n", fs.Name(), arg, hint, fs.Name())
	return exitUsage, false
}

// parseInterspersed parses the options wherever they stand among args and
// leaves the arguments, in their order, as fs.Args().
func parseInterspersed(fs *flag.FlagSet, args []string) error {
	var positional []string
	rest := args
	for {
		if err := fs.Parse(rest); err != nil {
			return err
		}
		left := fs.Args()
		if len(left) == 0 {
			break
		}
		if consumed := len(rest) - len(left); consumed > 0 && rest[consumed-1] == "--" {
			positional = append(positional, left...)
			break
		}
		positional = append(positional, left[0])
		rest = left[1:]
	}
	return fs.Parse(append([]string{"--"}, positional...))
}

func configFlag(fs *flag.FlagSet) *string {
	return fs.String("config", "", "configuration file (default $CLAIMTRACK_CONFIG or ./config.yaml)")
}
