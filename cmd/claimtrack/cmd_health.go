package main

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"

	"github.com/claimtrack/claimtrack/config"
)

func runHealth(ctx context.Context, e *env, args []string) int {
	fs := newFlags(e, "health", "[--config F] [--timeout D]", "Ask the running daemon, on the configured listen address, whether it is\nhealthy. Used by the container HEALTHCHECK. Exits 0 if /healthz answers 200.")
	cfgPath := configFlag(fs)
	timeout := fs.Duration("timeout", 5*time.Second, "how long to wait")
	if code, ok := parseFlagsNoArgs(fs, e, args); !ok {
		return code
	}
	path := resolveConfig(e, *cfgPath)
	cfg, err := config.Load(path)
	if err != nil {
		fmt.Fprintf(e.stderr, "claimtrack health: %v\n", err)
		return exitFail
	}
	addr := cfg.Listen
	if addr == "" {
		fmt.Fprintf(e.stderr, "claimtrack health: %s sets listen empty, which turns the daemon's HTTP server off: nothing to ask (remove the key for %s)\n", path, config.DefaultListen)
		return exitFail
	}
	ctx, cancel := context.WithTimeout(ctx, *timeout)
	defer cancel()
	url := "http://" + addr + "/healthz"
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		fmt.Fprintf(e.stderr, "claimtrack health: %v\n", err)
		return exitFail
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		fmt.Fprintf(e.stderr, "claimtrack health: %s: %v (is `claimtrack run --config %s` running, with this listen:?)\n", url, err, path)
		return exitFail
	}
	// /healthz says why it is unhealthy: pass that on.
	body, _ := io.ReadAll(io.LimitReader(resp.Body, 2048))
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		fmt.Fprintf(e.stderr, "claimtrack health: %s answered %s: %s\n", url, resp.Status, strings.TrimSpace(string(body)))
		return exitFail
	}
	fmt.Fprintln(e.stdout, "healthy")
	return exitOK
}

// resolveConfig picks the config file: the flag, else $CLAIMTRACK_CONFIG,
// else ./config.yaml.
func resolveConfig(e *env, flagValue string) string {
	if flagValue != "" {
		return flagValue
	}
	if p := e.getenv(config.EnvPath); p != "" {
		return p
	}
	return config.DefaultPath
}
