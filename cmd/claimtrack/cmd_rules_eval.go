package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/claimtrack/claimtrack/config"
	"github.com/claimtrack/claimtrack/rules"
	"github.com/claimtrack/claimtrack/rules/eval"
)

// fileList is a flag given several times, each a file, a glob or a
// comma-separated list of them.
type fileList []string

func (s *fileList) String() string { return strings.Join(*s, ",") }

func (s *fileList) Set(v string) error {
	for _, p := range strings.Split(v, ",") {
		p = strings.TrimSpace(p)
		if p == "" {
			continue
		}
		matches, err := filepath.Glob(p)
		if err != nil {
			return fmt.Errorf("bad glob %q: %w", p, err)
		}
		if len(matches) == 0 {
			matches = []string{p} // left for the loader to report as missing
		}
		*s = append(*s, matches...)
	}
	return nil
}

func runRulesEval(_ context.Context, e *env, args []string) int {
	fs := newFlags(e, "rules eval", "[--config F | --rules FILE...] [--json] [--min-recall R] [--max-false-per-100 N] [--min-qualifier Q] [--min-claimant C] CORPUS...",
		"Score the metrics against labelled corpora: per metric and per file, recall (the\n"+
			"figures found with the right value), precision, false alarms per 100 sentences and\n"+
			"qualifier accuracy, and claimant accuracy when the corpus labels claimants; then\n"+
			"each miss, false alarm, wrong qualifier and wrong claimant with its sentence and\n"+
			"style. Exit 1 when the whole run is under a floor.\n"+
			"The metrics come from the configuration, or from --rules files alone.")
	src := addRuleSource(fs)
	asJSON := fs.Bool("json", false, "print the report as one JSON object")
	floors := eval.Floors{}
	fs.Float64Var(&floors.MinRecall, "min-recall", 0.95, "least share of expected figures found")
	fs.Float64Var(&floors.MaxFalsePer100, "max-false-per-100", 1, "most false alarms per 100 sentences judged")
	fs.Float64Var(&floors.MinQualifierRight, "min-qualifier", 0.95, "least share of judged qualifiers right")
	fs.Float64Var(&floors.MinClaimantRight, "min-claimant", 0, "least share of judged claimants right (default: no floor)")
	if code, ok := parseFlags(fs, e, args); !ok {
		return code
	}
	if floors.MinClaimantRight < 0 || floors.MinClaimantRight > 1 {
		fmt.Fprintf(e.stderr, "claimtrack rules eval: --min-claimant %g: give a share between 0 and 1 (0.9 for 90%%)\n", floors.MinClaimantRight)
		return exitUsage
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(e.stderr, "claimtrack rules eval: give one or more corpus files (see docs/rules-eval.md for their format)")
		return exitUsage
	}
	eng, code := src.engine(e, "rules eval")
	if code != exitOK {
		return code
	}
	corpora, err := eval.Load(fs.Args()...)
	if err != nil {
		fmt.Fprintln(e.stderr, err)
		fmt.Fprintln(e.stderr, "claimtrack rules eval: fix the corpus files above; nothing was scored")
		return exitFail
	}
	var known []string
	for _, m := range eng.Metrics() {
		known = append(known, m.ID)
	}
	rep, err := (&eval.Scorer{Rules: eng, Claimant: eval.EngineClaimant}).Score(corpora, known)
	if err != nil {
		fmt.Fprintf(e.stderr, "claimtrack rules eval: %v\n", err)
		return exitFail
	}
	if floors.MinClaimantRight > 0 && rep.Total.ClaimantsJudged == 0 {
		// Said, not failed: like qualifiers, a floor holds only over what was
		// judged, but a floor that judged nothing should not pass unnoticed.
		fmt.Fprintln(e.stderr, "claimtrack rules eval: --min-claimant: no found figure has a claimant: label, so claimant accuracy was not measured")
	}
	if *asJSON {
		err = rep.WriteJSON(e.stdout, floors)
	} else {
		err = rep.WriteText(e.stdout, floors)
	}
	if err != nil {
		fmt.Fprintf(e.stderr, "claimtrack rules eval: %v\n", err)
		return exitFail
	}
	if len(floors.Check(rep.Total)) > 0 {
		return exitFail
	}
	return exitOK
}

// ruleSource is where the commands that measure rules take the metrics
// from: the configuration, or rule files alone.
type ruleSource struct {
	config *string
	files  fileList
}

func addRuleSource(fs *flag.FlagSet) *ruleSource {
	r := &ruleSource{config: configFlag(fs)}
	fs.Var(&r.files, "rules", "rule `files` to load instead of the configuration: a file, a glob or a comma-separated list; repeatable")
	return r
}

// engine compiles the metrics of the rule files given, or else of the
// configuration.
func (r *ruleSource) engine(e *env, cmd string) (*rules.Engine, int) {
	if len(r.files) > 0 && *r.config != "" {
		fmt.Fprintf(e.stderr, "claimtrack %s: give --config or --rules, not both\n", cmd)
		return nil, exitUsage
	}
	if len(r.files) == 0 {
		_, eng, code := loadEngine(e, *r.config)
		return eng, code
	}
	return r.filesEngine(e)
}

// filesEngine compiles the metrics of the rule files given.
func (r *ruleSource) filesEngine(e *env) (*rules.Engine, int) {
	specs, err := config.LoadRuleFiles(r.files)
	if err != nil {
		var errs config.Errors
		if errors.As(err, &errs) {
			for _, fe := range errs {
				fmt.Fprintln(e.stderr, fe.Error())
			}
			fmt.Fprintf(e.stderr, "claimtrack: %s in the rule files\n", count(len(errs), "problem"))
		} else {
			fmt.Fprintf(e.stderr, "claimtrack: %v\n", err)
		}
		return nil, exitFail
	}
	eng, err := rules.Compile(specs)
	if err != nil {
		fmt.Fprintf(e.stderr, "claimtrack: %v\n", err)
		return nil, exitFail
	}
	return eng, exitOK
}
