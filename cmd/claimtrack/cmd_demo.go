package main

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/claimtrack/claimtrack"
	"github.com/claimtrack/claimtrack/demo"
	"github.com/claimtrack/claimtrack/rules"
)

func runDemo(_ context.Context, e *env, args []string) int {
	fs := newFlags(e, "demo", "", "Read a small built-in news story (seven articles from four outlets over six\ndays) with the shipped rules and show what claimtrack finds. Needs no\nnetwork and no Slack account.")
	if code, ok := parseFlags(fs, e, args); !ok {
		return code
	}
	dir, err := os.MkdirTemp("", "claimtrack-demo-")
	if err != nil {
		fmt.Fprintf(e.stderr, "claimtrack demo: %v\n", err)
		return exitFail
	}
	defer os.RemoveAll(dir)
	if err := writeShipped(dir); err != nil {
		fmt.Fprintf(e.stderr, "claimtrack demo: %v\n", err)
		return exitFail
	}
	// The shipped config reads secrets from the environment; the demo needs none.
	quiet := &env{stdin: e.stdin, stdout: e.stdout, stderr: discard{}, getenv: e.getenv}
	_, eng, code := loadEngine(quiet, filepath.Join(dir, "config.yaml"))
	if code != exitOK {
		_, _, _ = loadEngine(e, filepath.Join(dir, "config.yaml"))
		return code
	}
	articles, err := demo.Articles()
	if err != nil {
		fmt.Fprintf(e.stderr, "claimtrack demo: %v\n", err)
		return exitFail
	}
	names := map[string]string{}
	for _, m := range eng.Metrics() {
		names[m.ID] = m.Name
	}
	w := e.stdout
	fmt.Fprintf(w, "claimtrack demo: %d shipped metrics read %d built-in articles, in the order a scraper finds them.\n\n", len(names), len(articles))
	type seen struct {
		when, outlet, what string
	}
	byMetric := map[string][]seen{}
	total := 0
	for _, a := range articles {
		fmt.Fprintf(w, "%s  %s: %s\n", a.Published.Format("2006-01-02 15:04"), a.Outlet, a.Title)
		obs := eng.Extract(a.Body)
		if len(obs) == 0 {
			fmt.Fprintln(w, "    (no figure for any metric)")
		}
		for _, o := range obs {
			total++
			fmt.Fprintf(w, "    %s: %s\n      by %s in %q\n", names[o.Metric], rules.DescribeValues(o.Values), o.Rule, o.Quote)
			byMetric[o.Metric] = append(byMetric[o.Metric], seen{a.Published.Format("Jan 2"), a.Outlet, valuesShort(o.Values)})
		}
		fmt.Fprintln(w)
	}
	fmt.Fprintf(w, "Summary: %d observations.\n", total)
	ids := make([]string, 0, len(byMetric))
	for id := range byMetric {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		var parts []string
		for _, s := range byMetric[id] {
			parts = append(parts, fmt.Sprintf("%s %s (%s)", s.what, s.outlet, s.when))
		}
		fmt.Fprintf(w, "  %-40s %s\n", names[id], strings.Join(parts, "; "))
	}
	fmt.Fprintln(w, "\nWhat this shows: qualifiers kept (\"more than\", \"some\", \"at least\"), two values from one")
	fmt.Fprintln(w, "sentence (prisoners and hostages), money normalised to USD, and the quote behind each figure.")
	fmt.Fprintln(w, "Deciding which of these are news (the stale Ledger article, the syndicated copy, the")
	fmt.Fprintln(w, "conflicting count) and posting to Slack is the tracker's and notifier's work, still to come.")
	return exitOK
}

func valuesShort(vals []rules.Value) string {
	var parts []string
	for _, v := range vals {
		s := v.Text
		if v.Name != "value" {
			s = v.Name + " " + s
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, ", ")
}

func writeShipped(dir string) error {
	return fs.WalkDir(claimtrack.Shipped, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		target := filepath.Join(dir, path)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		b, err := claimtrack.Shipped.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(target, b, 0o644)
	})
}

type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }
