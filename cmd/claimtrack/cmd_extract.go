package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/claimtrack/claimtrack/rules"
	"github.com/claimtrack/claimtrack/rules/figures"
)

func runExtract(_ context.Context, e *env, args []string) int {
	fs := newFlags(e, "extract", "[--config F] [--json] [--metric ID] FILE|-",
		"Print the observations the configured metrics make in one article: the values,\nthe quote they came from and the rule that matched. FILE is a plain-text article.")
	cfgPath := configFlag(fs)
	asJSON := fs.Bool("json", false, "one JSON object per observation per line")
	only := fs.String("metric", "", "only this metric")
	if code, ok := parseFlags(fs, e, args); !ok {
		return code
	}
	if fs.NArg() != 1 {
		fmt.Fprintln(e.stderr, "claimtrack extract: give one FILE, or - for standard input")
		return exitUsage
	}
	if src := fs.Arg(0); strings.HasPrefix(src, "http://") || strings.HasPrefix(src, "https://") {
		fmt.Fprintf(e.stderr, "claimtrack extract: %s: fetching pages is not built yet (the scraper issue); save the article text to a file and pass that\n", src)
		return exitFail
	}
	_, eng, code := loadEngine(e, *cfgPath)
	if code != exitOK {
		return code
	}
	if *only != "" {
		found := false
		for _, m := range eng.Metrics() {
			found = found || m.ID == *only
		}
		if !found {
			fmt.Fprintf(e.stderr, "claimtrack extract: no metric %q in the configuration\n", *only)
			return exitFail
		}
	}
	in, name, closeIn, err := openInput(e, fs.Arg(0))
	if err != nil {
		fmt.Fprintf(e.stderr, "claimtrack extract: %v\n", err)
		return exitFail
	}
	defer closeIn()
	data, err := io.ReadAll(io.LimitReader(in, figures.MaxTextBytes+1))
	if err != nil {
		fmt.Fprintf(e.stderr, "claimtrack extract: read %s: %v\n", name, err)
		return exitFail
	}
	n := 0
	for _, o := range eng.Extract(string(data)) {
		if *only != "" && o.Metric != *only {
			continue
		}
		n++
		if *asJSON {
			b, _ := json.Marshal(o)
			fmt.Fprintf(e.stdout, "%s\n", b)
			continue
		}
		printObservation(e.stdout, o)
	}
	if n == 0 && !*asJSON {
		fmt.Fprintf(e.stderr, "%s: no metric matched\n", name)
	}
	return exitOK
}

func printObservation(w io.Writer, o rules.Observation) {
	fmt.Fprintf(w, "%s: %s\n  by %s\n  %q\n", o.Metric, rules.DescribeValues(o.Values), o.Rule, o.Quote)
}
