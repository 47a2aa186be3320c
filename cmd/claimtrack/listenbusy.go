package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/claimtrack/claimtrack/config"
	"github.com/claimtrack/claimtrack/web"
)

// busyListen says, for run or serve whose listen address is taken, which
// port is busy, who holds it when that is a claimtrack (its /metrics
// says so), a port free now, and the two ways to move: serve's --listen
// for this once, listen: in the configuration (at its line, or as a new
// key) for good. A daemon never takes another port on its own: a
// supervisor, a health check and a desk's bookmarks expect the one
// configured. "" when err is not a busy port.
func busyListen(cmd string, cfg *config.Config, addr string, flagSet bool, err error) string {
	if !errors.Is(err, syscall.EADDRINUSE) {
		return ""
	}
	host, port, serr := net.SplitHostPort(addr)
	if serr != nil {
		return ""
	}
	var b strings.Builder
	fmt.Fprintf(&b, "cannot listen on %s: port %s is already in use", addr, port)
	ours := claimtrackAt(addr)
	if ours {
		fmt.Fprintf(&b, " by a claimtrack (a `run` or `serve`, perhaps of this desk: its /healthz and dashboard answer at http://%s/)", dialable(host, port))
	} else {
		b.WriteString(" by another program")
	}
	b.WriteString(".\n  Stop what uses it, or use another port")
	free := freePort(host, port)
	next := net.JoinHostPort(host, "PORT")
	if free != "" {
		next = net.JoinHostPort(host, free)
		fmt.Fprintf(&b, " (%s is free now)", free)
	}
	b.WriteString(":\n")
	if cmd == "serve" {
		fmt.Fprintf(&b, "  for this once: claimtrack serve --listen %s\n", next)
	}
	switch at := cfg.ListenAt(); {
	case flagSet:
		b.WriteString("  (this address came from --listen)\n")
	case at.Line > 0:
		fmt.Fprintf(&b, "  for good: change listen: at %s to %s\n", at, next)
	default:
		fmt.Fprintf(&b, "  for good: add listen: %s to %s (without the key it is %s)\n", next, cfg.Path, config.DefaultListen)
	}
	if ours && cmd == "run" && !flagSet {
		// A second run beside the first on one store (docs/operations.md,
		// several processes on one store) reads the same configuration:
		// changing its listen moves the first too. Each needs its own.
		fmt.Fprintf(&b, "  for a second claimtrack beside it on one store, with one configuration: listen: ${CLAIMTRACK_LISTEN:-%s} there, and CLAIMTRACK_LISTEN=%s in the second one's environment\n", addr, next)
	}
	return strings.TrimRight(b.String(), "\n")
}

// dialable is host:port as a client on this machine reaches it
// (web.LocalHost, as the dashboard's address is printed).
func dialable(host, port string) string {
	return net.JoinHostPort(web.LocalHost(host), port)
}

// claimtrackAt reports whether what listens on addr answers /metrics as
// claimtrack does (within a second).
func claimtrackAt(addr string) bool {
	host, port, _ := net.SplitHostPort(addr)
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "http://"+dialable(host, port)+"/metrics", nil)
	if err != nil {
		return false
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return false
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(io.LimitReader(resp.Body, 1<<16))
	return resp.StatusCode == http.StatusOK && strings.Contains(string(body), "claimtrack_")
}

// freePort is the first of the ten ports after port that host lets this
// process bind now, or "": a suggestion, not a reservation.
func freePort(host, port string) string {
	p, err := strconv.Atoi(port)
	if err != nil || p == 0 {
		return ""
	}
	for q := p + 1; q <= p+10 && q < 65536; q++ {
		ln, err := net.Listen("tcp", net.JoinHostPort(host, strconv.Itoa(q)))
		if err == nil {
			ln.Close()
			return strconv.Itoa(q)
		}
	}
	return ""
}
