package main

import (
	"context"
	"fmt"
	"strings"
)

// rulesUsage is the usage of rules as the command table gives it, then
// of each of its subcommands.
func rulesUsage() string {
	args, _ := usageArgs("rules")
	return "Usage: claimtrack rules " + args + "\n\n" + rulesSubcommands
}

const rulesSubcommands = `       claimtrack rules test [--config F] [-v]
       claimtrack rules eval [--config F | --rules FILE...] [--json] CORPUS...
       claimtrack rules misses --metric ID [--config F | --rules FILE...] [--store] [PATH...]
       claimtrack rules vocab [--config F] [--json] [NAME...]

test runs the examples written in each metric; eval scores the metrics against
labelled corpora; misses lists the sentences of an archive (files, folders, the
stored articles) a metric most likely missed; vocab lists the phrase vocabularies (@name) rules can use.`

func runRules(ctx context.Context, e *env, args []string) int {
	if len(args) > 0 {
		switch args[0] {
		case "eval":
			return runRulesEval(ctx, e, args[1:])
		case "misses":
			return runRulesMisses(ctx, e, args[1:])
		case "vocab":
			return runRulesVocab(ctx, e, args[1:])
		}
	}
	if len(args) == 0 || args[0] != "test" {
		if len(args) > 0 && (args[0] == "-h" || args[0] == "--help") {
			fmt.Fprintln(e.stdout, rulesUsage())
			return exitOK
		}
		fmt.Fprintf(e.stderr, "claimtrack rules: %s\n\n%s\n", whichSubcommand(args, "test", "eval", "misses", "vocab"), rulesUsage())
		return exitUsage
	}
	fs := newFlags(e, "rules test", "[--config F] [-v]", "Run every metric's examples: each text must yield the values it lists,\nor nothing when it says none: true. Exits 1 on any failure.")
	cfgPath := configFlag(fs)
	verbose := fs.Bool("v", false, "also list the examples that pass")
	if code, ok := parseFlagsNoArgs(fs, e, args[1:]); !ok {
		return code
	}
	_, eng, code := loadEngine(e, *cfgPath)
	if code != exitOK {
		return code
	}
	results := eng.TestExamples()
	if *verbose {
		for _, r := range results {
			if r.Passed {
				fmt.Fprintf(e.stdout, "ok   %s examples[%d]: %s\n", r.Metric, r.Index, r.Want)
			}
		}
	}
	failed := printExampleFailures(e, results)
	fmt.Fprintf(e.stdout, "%d passed, %d failed\n", len(results)-failed, failed)
	if failed > 0 {
		return exitFail
	}
	return exitOK
}

// whichSubcommand says what is wrong with a command's first argument when
// it names none of the subcommands: missing, or an unknown word.
func whichSubcommand(args []string, names ...string) string {
	give := "give " + strings.Join(names[:len(names)-1], ", ") + " or " + names[len(names)-1]
	if len(names) == 1 {
		give = "give " + names[0]
	}
	if len(args) == 0 {
		return give
	}
	return fmt.Sprintf("unknown subcommand %q: %s", args[0], give)
}
