package main

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"

	"github.com/claimtrack/claimtrack/config"
	"github.com/claimtrack/claimtrack/rules"
	"github.com/claimtrack/claimtrack/rules/claimant"
	"github.com/claimtrack/claimtrack/store"
)

func runCheck(_ context.Context, e *env, args []string) int {
	fs := newFlags(e, "check", "[--config F]", "Validate the configuration and the rule files it names, and run every\nmetric's examples. Exits 1 on any problem, listing them all.")
	cfgPath := configFlag(fs)
	if code, ok := parseFlagsNoArgs(fs, e, args); !ok {
		return code
	}
	cfg, ok := loadConfigFor(e, *cfgPath, forCheck)
	if cfg != nil {
		checkStoreWritable(e, cfg)
	}
	if !ok {
		if cfg != nil {
			checkSoundExamples(e, cfg)
		}
		return exitFail
	}
	eng, err := compileEngine(cfg)
	if err != nil {
		fmt.Fprintf(e.stderr, "claimtrack: %v\n", err)
		return exitFail
	}
	results := eng.TestExamples()
	failed := printExampleFailures(e, results)
	if failed > 0 {
		fmt.Fprintf(e.stderr, "%s: %d of %d rule examples failed\n", cfg.Path, failed, len(results))
		return exitFail
	}
	fmt.Fprintf(e.stdout, "%s: OK: %s, %s, %s passed; messages go to %s\n", cfg.Path,
		count(len(cfg.Sources), "source"), count(len(cfg.Metrics), "metric"), count(len(results), "rule example"), cfg.Destination())
	return exitOK
}

// checkStoreWritable warns, at store:'s line, when this user could not
// write the store (a SQLite file another user made, or one to be made in
// a folder this user cannot write), which `once` and `run` would stop at:
// the path and what to do. A warning, as a Slack secret unset is: check
// may run as another user, or on another machine, than the service. It
// neither makes nor changes the store.
func checkStoreWritable(e *env, cfg *config.Config) {
	if cfg.StoreProblem() != nil {
		return // said already: the store meant is not known
	}
	problem := e.writeProblem
	if problem == nil {
		problem = store.WriteProblem
	}
	if p := problem(cfg.Store, cfg.Dir); p != "" {
		fmt.Fprintf(e.stderr, "%s: warning: store: once and run cannot open it as this user: %s\n", cfg.StoreAt(), p)
	}
}

// checkSoundExamples runs, when the configuration has problems, the
// examples of the metrics that have none, and says how many failed: a desk
// sees every mistake in one run (an unknown @name in one metric, a failing
// example in another) rather than the second only after fixing the first.
// The metrics with a problem are counted, their examples not run.
func checkSoundExamples(e *env, cfg *config.Config) {
	specs, troubled := cfg.SoundMetrics()
	if len(specs) == 0 {
		return
	}
	notRun := ""
	if troubled > 0 {
		notRun = fmt.Sprintf(" (the examples of %s with a problem above were not run)", count(troubled, "metric"))
	}
	eng, err := rules.Compile(specs)
	if err == nil {
		var f *claimant.Finder
		if f, err = cfg.ClaimantFinder(); err == nil {
			eng.UseClaimants(f)
		}
	}
	if err != nil {
		// Said above already, at its line: the examples need it mended.
		fmt.Fprintf(e.stderr, "%s: rule examples not run until the problems above are fixed\n", cfg.Path)
		return
	}
	results := eng.TestExamples()
	if failed := printExampleFailures(e, results); failed > 0 {
		fmt.Fprintf(e.stderr, "%s: %d of %d rule examples failed%s\n", cfg.Path, failed, len(results), notRun)
		return
	}
	fmt.Fprintf(e.stderr, "%s: %s passed%s\n", cfg.Path, count(len(results), "rule example"), notRun)
}

// loadEngine loads the configuration and compiles its metrics, printing
// every problem, for a command that sends nothing to Slack: the warning
// of an unset Slack secret is left out.
func loadEngine(e *env, flagPath string) (*config.Config, *rules.Engine, int) {
	return loadEngineFor(e, flagPath, forReading)
}

// loadPurpose is what a command loads the configuration for, which
// decides the warnings it prints: check all of them, a delivering command
// (run, once) none that its refusal repeats, a reading one none about
// Slack, which it never reaches.
type loadPurpose int

const (
	forCheck loadPurpose = iota
	forDelivering
	forReading
)

// loadDeliveringEngine is loadEngine for command cmd, which delivers
// events (run, once): a Slack secret missing from the environment is
// refused before anything is read that could not be delivered, and so is
// a store: whose ${VAR} is unset (it would be a new SQLite file, not the
// store meant); the refusal stands in for check's warning about it.
func loadDeliveringEngine(e *env, flagPath, cmd string) (*config.Config, *rules.Engine, int) {
	cfg, eng, code := loadEngineFor(e, flagPath, forDelivering)
	if code != exitOK {
		return nil, nil, code
	}
	for _, err := range []error{cfg.StoreProblem(), cfg.DeliveryProblem()} {
		if err != nil {
			fmt.Fprintf(e.stderr, "claimtrack %s: %v\n", cmd, err)
			return nil, nil, exitFail
		}
	}
	return cfg, eng, exitOK
}

// loadEngineFor loads as loadEngine does, printing the warnings that fit
// purpose.
func loadEngineFor(e *env, flagPath string, purpose loadPurpose) (*config.Config, *rules.Engine, int) {
	cfg, ok := loadConfigFor(e, flagPath, purpose)
	if !ok {
		return nil, nil, exitFail
	}
	eng, err := compileEngine(cfg)
	if err != nil {
		fmt.Fprintf(e.stderr, "claimtrack: %v\n", err)
		return nil, nil, exitFail
	}
	return cfg, eng, exitOK
}

// loadConfigFor loads the configuration, printing its warnings and every
// problem; ok is false when it has a problem, cfg nil when the file could
// not be read at all.
func loadConfigFor(e *env, flagPath string, purpose loadPurpose) (cfg *config.Config, ok bool) {
	delivering := purpose == forDelivering
	path := resolveConfig(e, flagPath)
	cfg, err := config.Load(path)
	if cfg != nil {
		warnings := cfg.Warnings
		switch purpose {
		case forDelivering:
			warnings = cfg.WarningsBesideRefusals()
		case forReading:
			warnings = cfg.WarningsBesideDelivery()
		}
		for _, w := range warnings {
			fmt.Fprintln(e.stderr, w)
		}
	}
	if err != nil {
		var errs config.Errors
		if errors.As(err, &errs) {
			if delivering && cfg != nil {
				errs = withRefusals(errs, cfg)
			}
			for _, fe := range errs {
				fmt.Fprintln(e.stderr, fe.Error())
			}
			fmt.Fprintf(e.stderr, "%s: %s to fix\n", path, count(len(errs), "problem"))
		} else {
			fmt.Fprintf(e.stderr, "claimtrack: %v\n", err)
		}
		return cfg, false
	}
	return cfg, true
}

// compileEngine compiles the configuration's metrics and gives the engine
// its claimants (the shipped ones with the configured ones).
func compileEngine(cfg *config.Config) (*rules.Engine, error) {
	eng, err := rules.Compile(cfg.Metrics)
	if err != nil {
		return nil, err
	}
	f, err := cfg.ClaimantFinder()
	if err != nil {
		return nil, err
	}
	eng.UseClaimants(f)
	return eng, nil
}

// printExampleFailures prints each failed example, and a warning for each
// none: example that passed only for want of a scope word (it tests
// nothing else: rules.ExampleResult.Untested), and returns how many failed.
func printExampleFailures(e *env, results []rules.ExampleResult) int {
	failed := 0
	for _, r := range results {
		if !r.Passed {
			failed++
			fmt.Fprintf(e.stderr, "FAIL %s\n", r)
		} else if r.Untested != "" {
			where := ""
			if o := r.Origin.String(); o != "" {
				where = o + ": "
			}
			fmt.Fprintf(e.stderr, "%swarning: %s: examples[%d]: %q %s\n", where, r.Metric, r.Index, r.Text, r.Untested)
		}
	}
	return failed
}

// count writes n with its noun, plural unless n is 1.
func count(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// withRefusals adds to a configuration's problems the refusals a
// delivering command would make once they are fixed (a Slack secret or the
// store's variable unset), in their place by line: their warnings are left
// out for such a command, and a user fixing the listed problems should not
// find one more on the next run.
func withRefusals(errs config.Errors, cfg *config.Config) config.Errors {
	for _, p := range []error{cfg.StoreProblem(), cfg.DeliveryProblem()} {
		var fe config.FieldError
		if errors.As(p, &fe) {
			errs = append(errs, fe)
		}
	}
	slices.SortStableFunc(errs, func(a, b config.FieldError) int {
		return cmp.Or(cmp.Compare(a.Pos.File, b.Pos.File), cmp.Compare(a.Pos.Line, b.Pos.Line), cmp.Compare(a.Pos.Col, b.Pos.Col))
	})
	return errs
}
