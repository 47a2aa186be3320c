// health.go holds what a service manager and a scraper of the daemon ask:
// systemd's watchdog, and the /healthz, /readyz and /metrics handler.

package daemon

import (
	"fmt"
	"net/http"
	"time"

	"github.com/coreos/go-systemd/v22/daemon"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/claimtrack/claimtrack/web"
)

// watchdog pings systemd's watchdog at half its interval, if it is on.
func (d *Daemon) watchdog() func() {
	interval, err := daemon.SdWatchdogEnabled(false)
	if err != nil || interval == 0 {
		return func() {}
	}
	done := make(chan struct{})
	go func() {
		t := time.NewTicker(interval / 2)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-t.C:
				daemon.SdNotify(false, daemon.SdNotifyWatchdog)
			}
		}
	}()
	return func() { close(done) }
}

// Handler serves /healthz, /readyz and /metrics.
func (d *Daemon) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("/healthz", func(w http.ResponseWriter, r *http.Request) {
		d.mu.Lock()
		derr := d.deliveryErr
		d.mu.Unlock()
		if derr != nil {
			http.Error(w, "unhealthy: "+derr.Error(), http.StatusServiceUnavailable)
			return
		}
		fmt.Fprintln(w, "ok")
	})
	mux.HandleFunc("/readyz", func(w http.ResponseWriter, r *http.Request) {
		d.mu.Lock()
		ready := d.ready
		d.mu.Unlock()
		if !ready {
			http.Error(w, "not ready", http.StatusServiceUnavailable)
			return
		}
		fmt.Fprintln(w, "ready")
	})
	mux.Handle("/metrics", promhttp.HandlerFor(d.metrics.Registry, promhttp.HandlerOpts{}))
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		d.mu.Lock()
		var h http.Handler
		if d.rt != nil {
			h = d.rt.Dashboard
		}
		next, reload := d.nextDrain, d.reloadFailed
		d.mu.Unlock()
		if h == nil {
			http.NotFound(w, r)
			return
		}
		h.ServeHTTP(w, r.WithContext(web.WithReloadFailure(web.WithNextDelivery(r.Context(), next), reload)))
	})
	return mux
}
