package daemon

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"sync"
	"syscall"
	"time"

	"github.com/claimtrack/claimtrack/web"
)

// listener is the daemon's HTTP server and the socket it serves on. A
// reload that changes listen re-binds; one whose address cannot be bound
// keeps the old socket and says so. The dashboard decides whether it may
// answer without a token from the socket actually bound (web.BaseContext),
// so a configuration's text can never open a socket it does not describe.
type listener struct {
	mu     sync.Mutex
	srv    *http.Server
	ln     net.Listener
	listen string // the configured address ln was bound for
}

func (d *Daemon) startHTTP(addr string) error {
	d.http.srv = &http.Server{Handler: d.Handler(), ReadHeaderTimeout: 10 * time.Second, BaseContext: web.BaseContext}
	if addr == "" {
		return nil
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("listen on %s: %w (change listen in the config, or stop what uses it)", addr, err)
	}
	d.serve(ln, addr)
	return nil
}

func (d *Daemon) serve(ln net.Listener, addr string) {
	d.http.mu.Lock()
	d.http.ln, d.http.listen = ln, addr
	d.http.mu.Unlock()
	go d.http.srv.Serve(ln)
}

// Addr is the address the daemon's HTTP socket is bound to, or nil.
func (d *Daemon) Addr() net.Addr {
	d.http.mu.Lock()
	defer d.http.mu.Unlock()
	if d.http.ln == nil {
		return nil
	}
	return d.http.ln.Addr()
}

// relisten applies a reloaded listen: it binds the new address and closes
// the old socket (connections already open finish as they are). Moving to
// another address on the same port, which the old socket holds, must free
// the port first; if the new address then cannot be bound, the old one is
// bound again.
func (d *Daemon) relisten(addr string) {
	d.http.mu.Lock()
	old, oldAddr := d.http.ln, d.http.listen
	d.http.mu.Unlock()
	if addr == oldAddr {
		return
	}
	log := d.opt.Log
	if addr == "" {
		if old != nil {
			old.Close()
		}
		d.http.mu.Lock()
		d.http.ln, d.http.listen = nil, ""
		d.http.mu.Unlock()
		log.Info("listen removed from the configuration: no longer serving HTTP", "was", oldAddr)
		return
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil && errors.Is(err, syscall.EADDRINUSE) && old != nil && samePort(addr, old.Addr()) {
		old.Close()
		if ln, err = net.Listen("tcp", addr); err != nil {
			back, berr := net.Listen("tcp", oldAddr)
			if berr != nil {
				d.http.mu.Lock()
				d.http.ln, d.http.listen = nil, ""
				d.http.mu.Unlock()
				log.Error("listen changed and neither address can be bound: not serving HTTP until a reload binds one",
					"listen", addr, "err", err, "previous", oldAddr, "previous_err", berr)
				return
			}
			d.serve(back, oldAddr)
			old = nil
		}
	}
	if err != nil {
		log.Error("listen changed but the new address cannot be bound; still serving on the old one (fix listen and reload)",
			"listen", addr, "err", err, "serving", oldAddr)
		return
	}
	d.serve(ln, addr)
	if old != nil {
		old.Close()
	}
	log.Info("listen changed: now serving on the new address", "listen", ln.Addr().String(), "dashboard", web.OpenURL(ln.Addr()), "was", oldAddr)
}

func samePort(addr string, bound net.Addr) bool {
	_, p, err := net.SplitHostPort(addr)
	_, q, err2 := net.SplitHostPort(bound.String())
	return err == nil && err2 == nil && p == q
}

func (d *Daemon) stopHTTP(ctx context.Context) {
	if d.http.srv != nil {
		d.http.srv.Shutdown(ctx)
	}
}
