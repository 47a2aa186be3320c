package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"text/tabwriter"
	"time"

	"github.com/claimtrack/claimtrack/store"
)

// runStoreCopy is "claimtrack store copy --to DSN": the configured store's
// whole history into an empty store, SQLite's into PostgreSQL when a desk
// grows into replicas.
func runStoreCopy(ctx context.Context, e *env, args []string) int {
	fs := newFlags(e, "store copy", "[--config F] --to DSN",
		"Copy every row of the configured store (store: in the configuration) into the store --to\n"+
			"names, a postgres:// URL or a SQLite file, which must be empty or not exist yet: the\n"+
			"articles and their texts, the observations and accepted values, the events with their\n"+
			"delivery state and Slack threads, the sources' fetch state and the page validators,\n"+
			"ids kept. Started on the copy, claimtrack posts nothing it had posted, and replies in\n"+
			"the threads it had started. Stop every claimtrack on the store first (run, once):\n"+
			"the copy refuses a store a process is reading or delivering from, but an idle daemon\n"+
			"holds nothing, and what it wrote during or after the copy would be missing from it.\n"+
			"The copy is one transaction: stopped or failed, it leaves the destination empty.")
	cfgPath := configFlag(fs)
	to := fs.String("to", "", "the store to copy into: postgres://USER@HOST/DB, or a SQLite file path (relative to the working directory)")
	if code, ok := parseFlags(fs, e, args); !ok {
		return code
	}
	if *to == "" || fs.NArg() > 0 {
		fmt.Fprintln(e.stderr, "claimtrack store copy: give the store to copy into: --to postgres://USER@HOST/DB or --to FILE.db")
		return exitUsage
	}
	cfg, _, code := loadEngine(e, *cfgPath)
	if code != exitOK {
		return code
	}
	if sameStore(cfg.Store, cfg.Dir, *to) {
		fmt.Fprintf(e.stderr, "claimtrack store copy: --to names the configured store itself (store: in %s): give a new SQLite file or an empty PostgreSQL database\n", cfg.Path)
		return exitUsage
	}
	// Checked here, not left to store.Open, whose advice is about store: in
	// the configuration.
	if path, isFile := store.SQLitePath(*to, ""); isFile {
		if info, err := os.Stat(filepath.Dir(path)); err != nil || !info.IsDir() {
			fmt.Fprintf(e.stderr, "claimtrack store copy: --to %s: the folder %s does not exist: create it, or give a file in a folder that does\n", path, filepath.Dir(path))
			return exitUsage
		}
	}
	src, err := openForReading(ctx, cfg)
	if err != nil {
		fmt.Fprintf(e.stderr, "claimtrack store copy: %v\n", err)
		return exitFail
	}
	defer src.Close()
	// Refused before the destination is made: a store in use leaves no
	// empty file behind. Copy asks again in the snapshot it copies.
	leases, err := src.Leases(ctx, time.Now())
	if err == nil && len(leases) > 0 {
		err = &store.InUseError{Leases: leases}
	}
	if err != nil {
		fmt.Fprintf(e.stderr, "claimtrack store copy: %v\n", err)
		return exitFail
	}
	dst, err := store.Open(ctx, *to, "")
	if err != nil {
		fmt.Fprintf(e.stderr, "claimtrack store copy: %v\n", err)
		return exitFail
	}
	defer dst.Close()
	copied, err := store.Copy(ctx, dst, src, time.Now())
	var full *store.NotEmptyError
	var inUse *store.InUseError
	switch {
	case errors.As(err, &full) || errors.As(err, &inUse):
		fmt.Fprintf(e.stderr, "claimtrack store copy: %v\n", err)
		return exitFail
	case err != nil:
		// Stopped (Ctrl-C) or failed halfway: say that a second try starts
		// clean, lest the destination be dropped or a merge feared.
		fmt.Fprintf(e.stderr, "claimtrack store copy: %v\nThe copy is one transaction: nothing of it was kept in %s; copy again once the cause is fixed.\n", err, store.Redact(*to))
		return exitFail
	}
	from, _ := store.SQLitePath(cfg.Store, cfg.Dir)
	if from == "" {
		from = store.Redact(cfg.Store)
	}
	fmt.Fprintf(e.stdout, "copied %s into %s:\n", from, store.Redact(*to))
	tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "TABLE\tROWS\t")
	for _, c := range copied {
		note := ""
		if c.Rebuilt {
			// The last cell is not aligned: the space is its own.
			note = "  (rebuilt from the articles' fingerprints)"
		}
		fmt.Fprintf(tw, "%s\t%d\t%s\n", c.Table, c.Rows, note)
	}
	tw.Flush()
	// The old SQLite store is marked, so that a claimtrack started on it
	// again (a cron job without the store's variable) refuses to post what
	// the new one posts (store/moved.go). The copy is made: a failure here
	// is told, not fatal.
	if err := store.MarkMoved(ctx, src, dst, store.Redact(*to), time.Now()); err != nil {
		fmt.Fprintf(e.stderr, "claimtrack store copy: warning: %v: run and once would not refuse the old store\n", err)
	}
	fmt.Fprintf(e.stdout, "Set store: to the copy in %s and start claimtrack on it; leave the old store stopped.\n", cfg.Path)
	return exitOK
}

// sameStore says whether dsn names the configured store (store: of a
// configuration in dir): the same SQLite file, by any path (a link, a
// hard link, "..") or the same URL. Copy would refuse the store anyway,
// as a destination that holds rows, but with advice that does not fit.
func sameStore(configured, dir, dsn string) bool {
	a, aFile := store.SQLitePath(configured, dir)
	b, bFile := store.SQLitePath(dsn, "")
	if !aFile || !bFile {
		return configured == dsn
	}
	if ia, err := os.Stat(a); err == nil {
		if ib, err := os.Stat(b); err == nil {
			return os.SameFile(ia, ib)
		}
	}
	a, errA := filepath.Abs(a)
	b, errB := filepath.Abs(b)
	return errA == nil && errB == nil && a == b
}
