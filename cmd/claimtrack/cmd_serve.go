package main

import (
	"context"
	"fmt"
	"net"

	"github.com/claimtrack/claimtrack/daemon"
)

// runServe serves the dashboard and API over a store that once (or a run
// stopped since) filled: run's HTTP server and reloads (runService), with
// no source read, no event delivered and nothing pruned, so it needs no
// Slack and never creates a store.
func runServe(ctx context.Context, e *env, args []string) int {
	fs := newFlags(e, "serve", "[--config F] [--listen ADDR]",
		"Serve the dashboard, its JSON API, /healthz, /readyz and /metrics on listen over the\n"+
			"store as it is (one that `claimtrack once` filled): no source is read, no message\n"+
			"sent or queued, nothing pruned. SIGHUP reloads the configuration; SIGTERM or\n"+
			"SIGINT stops.")
	cfgPath := configFlag(fs)
	listen := fs.String("listen", "", "serve on this host:port instead of the configuration's listen (when that port is busy)")
	if code, ok := parseFlagsNoArgs(fs, e, args); !ok {
		return code
	}
	path := resolveConfig(e, *cfgPath)
	cfg, eng, code := loadEngine(e, path)
	if code != exitOK {
		return code
	}
	if *listen != "" {
		if _, _, err := net.SplitHostPort(*listen); err != nil {
			fmt.Fprintf(e.stderr, "claimtrack serve: --listen %q is not host:port (for example 127.0.0.1:9465)\n", *listen)
			return exitUsage
		}
		cfg.Listen = *listen
	}
	if cfg.Listen == "" || cfg.Dashboard.Disabled {
		fmt.Fprintf(e.stderr, "claimtrack serve: nothing to serve: %s sets %s\n", cfg.Path,
			map[bool]string{true: `listen: ""`, false: "dashboard.disabled"}[cfg.Listen == ""])
		return exitFail
	}
	log := newLogger(e.stderr, cfg.Log)
	store, err := openForReading(ctx, cfg)
	if err != nil {
		fmt.Fprintf(e.stderr, "claimtrack serve: %v\n", err)
		return exitFail
	}
	defer store.Close()
	return runService(ctx, e, service{cmd: "serve", path: path, cfg: cfg, eng: eng, store: store, log: log, opt: daemon.Options{ServeOnly: true}, listen: *listen})
}
