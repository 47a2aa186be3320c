package main

import (
	"context"
	"fmt"

	"github.com/claimtrack/claimtrack/config"
)

func runSchema(_ context.Context, e *env, args []string) int {
	fs := newFlags(e, "schema", "[--rules]", "Print the JSON Schema of the configuration file (config.schema.json),\nor with --rules of a rule file (rules.schema.json).")
	ruleFile := fs.Bool("rules", false, "the schema of a rule file instead")
	if code, ok := parseFlagsNoArgs(fs, e, args); !ok {
		return code
	}
	b, err := config.Schema()
	if *ruleFile {
		b, err = config.RuleFileSchema()
	}
	if err != nil {
		fmt.Fprintf(e.stderr, "claimtrack schema: %v\n", err)
		return exitFail
	}
	e.stdout.Write(b)
	return exitOK
}
