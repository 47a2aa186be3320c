package main

import (
	"context"
	"fmt"
)

func runRules(ctx context.Context, e *env, args []string) int {
	if len(args) == 0 || args[0] != "test" {
		if len(args) > 0 && (args[0] == "-h" || args[0] == "--help") {
			args, _ := usageArgs("rules")
			fmt.Fprintf(e.stdout, "Usage: claimtrack rules %s\n\nRun the examples written in each metric.\n", args)
			return exitOK
		}
		args, _ := usageArgs("rules")
		fmt.Fprintf(e.stderr, "Usage: claimtrack rules %s\n", args)
		return exitUsage
	}
	fs := newFlags(e, "rules test", "[--config F]", "Run every metric's examples: each text must yield the values it lists,\nor nothing when it says none: true. Exits 1 on any failure.")
	cfgPath := configFlag(fs)
	verbose := fs.Bool("v", false, "also list the examples that pass")
	if code, ok := parseFlags(fs, e, args[1:]); !ok {
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
