package daemon

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/config"
	"github.com/claimtrack/claimtrack/internal/syncbuf"
	"github.com/claimtrack/claimtrack/model"
	"github.com/claimtrack/claimtrack/notify"
	"github.com/claimtrack/claimtrack/store"
	"github.com/claimtrack/claimtrack/tracker"
	"github.com/claimtrack/claimtrack/web"
)

// freePort is a TCP port nothing listens on just now.
func freePort(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	_, p, _ := net.SplitHostPort(ln.Addr().String())
	return p
}

// reloadListen starts a daemon on listen with a dashboard token, then
// reloads a configuration that moves listen to next and drops the token,
// as the audit did. It returns the daemon and its log.
func reloadListen(t *testing.T, listen, next string) (*Daemon, *syncbuf.Buffer) {
	t.Helper()
	_, cfg, store := storyOnSQLite(t)
	var logBuf syncbuf.Buffer
	log := testLogTo(t, &logBuf)
	reload := make(chan struct{})
	loads := 0
	var d *Daemon
	d = New(Options{Store: store, Log: log, Owner: tracker.Owner{Host: "test", PID: 1}, Reload: reload, ShutdownGrace: 5 * time.Second, DrainEvery: time.Hour,
		Load: func(ctx context.Context) (*Runtime, error) {
			loads++
			c := *cfg
			c.Listen, c.Dashboard = listen, config.Dashboard{Token: "s3cret"}
			if loads > 1 {
				c.Listen, c.Dashboard = next, config.Dashboard{}
			}
			return runtimeWithDashboard(&c, store, log, d)
		}})
	t.Cleanup(run(t, d))
	waitFor(t, "the socket", func() bool { return d.Addr() != nil })
	reload <- struct{}{}
	waitFor(t, "the reload", func() bool { return strings.Contains(logBuf.String(), "configuration reloaded") })
	return d, &logBuf
}

// runtimeWithDashboard is the story's runtime with a dashboard, built as
// claimtrack run builds it: from the configuration's token alone.
func runtimeWithDashboard(c *config.Config, st store.Store, log *slog.Logger, d *Daemon) (*Runtime, error) {
	rt, err := runtimeFor(c, st, io.Discard, log, d.Metrics())
	if err != nil {
		return nil, err
	}
	srv, err := web.New(web.Options{Store: st, Token: c.Dashboard.Token, Log: log})
	if err != nil {
		return nil, err
	}
	rt.Dashboard = srv.Handler()
	return rt, nil
}

func testLogTo(t *testing.T, buf *syncbuf.Buffer) *slog.Logger {
	t.Cleanup(func() {
		if t.Failed() {
			t.Logf("the daemon's log:\n%s", buf.String())
		}
	})
	return slog.New(slog.NewTextHandler(buf, &slog.HandlerOptions{Level: slog.LevelDebug}))
}

func apiStatus(t *testing.T, hostport string) int {
	t.Helper()
	resp, err := http.Get("http://" + hostport + "/api/metrics")
	if err != nil {
		t.Fatalf("GET %s: %v", hostport, err)
	}
	resp.Body.Close()
	return resp.StatusCode
}

// TestReloadRebindsAChangedListen: moving listen from every interface to
// loopback on the same port re-binds the socket, and only then does the
// dashboard answer without a token.
func TestReloadRebindsAChangedListen(t *testing.T) {
	port := freePort(t)
	d, logs := reloadListen(t, "0.0.0.0:"+port, "127.0.0.1:"+port)
	waitFor(t, "the new socket", func() bool { return d.Addr() != nil && d.Addr().String() == "127.0.0.1:"+port })
	if !strings.Contains(logs.String(), "now serving on the new address") {
		t.Errorf("the re-bind is not logged")
	}
	if code := apiStatus(t, "127.0.0.1:"+port); code != 200 {
		t.Errorf("bound to loopback without a token: %d, want 200", code)
	}
}

// TestReloadKeepsAListenItCannotBind: when the new address is taken the
// old socket stays, the reason is logged, and the dashboard (now without
// a token) refuses everyone, since the socket is still open to the
// network. Before, it answered 200 to anyone.
func TestReloadKeepsAListenItCannotBind(t *testing.T) {
	taken, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer taken.Close()
	port := freePort(t)
	d, logs := reloadListen(t, "0.0.0.0:"+port, taken.Addr().String())
	if got := d.Addr().String(); got != "[::]:"+port && got != "0.0.0.0:"+port {
		t.Errorf("bound to %s, want the old 0.0.0.0:%s", got, port)
	}
	if !strings.Contains(logs.String(), "cannot be bound; still serving on the old one") {
		t.Errorf("the refusal is not logged")
	}
	if code := apiStatus(t, "127.0.0.1:"+port); code != 403 {
		t.Errorf("still bound to every interface, without a token: %d, want 403", code)
	}
}

// TestReloadToAnAddressNotHereKeepsTheSocket: an address this machine
// does not have (TEST-NET-1), on the same port, is refused without ever
// letting go of the port.
func TestReloadToAnAddressNotHereKeepsTheSocket(t *testing.T) {
	port := freePort(t)
	d, logs := reloadListen(t, "0.0.0.0:"+port, "192.0.2.1:"+port)
	if !strings.Contains(logs.String(), "cannot be bound; still serving on the old one") || strings.Contains(logs.String(), "now serving") {
		t.Errorf("the refusal is not logged")
	}
	if got := d.Addr().String(); got != "[::]:"+port && got != "0.0.0.0:"+port {
		t.Errorf("bound to %s, want the old 0.0.0.0:%s", got, port)
	}
	if code := apiStatus(t, "127.0.0.1:"+port); code != 403 {
		t.Errorf("still bound to every interface, without a token: %d, want 403", code)
	}
}

// down is a notifier whose every delivery fails.
type down struct{}

func (down) Notify(context.Context, model.Event) (notify.Delivery, bool, error) {
	return notify.Delivery{}, true, errors.New("slack: 503 Service Unavailable")
}

// TestEventsPageKnowsTheNextAttempt: the dashboard the daemon serves says
// when a failing event is tried again.
func TestEventsPageKnowsTheNextAttempt(t *testing.T) {
	site, cfg, st := storyOnSQLite(t)
	log := testLogTo(t, &syncbuf.Buffer{})
	var d *Daemon
	d = New(Options{Store: st, Log: log, Owner: tracker.Owner{Host: "test", PID: 1}, Reload: make(chan struct{}), ShutdownGrace: 5 * time.Second,
		DrainEvery: time.Hour, Retry: notify.Retry{Base: time.Hour},
		Load: func(ctx context.Context) (*Runtime, error) {
			c := *cfg
			c.Dashboard = config.Dashboard{Token: "s3cret"}
			rt, err := runtimeWithDashboard(&c, st, log, d)
			if rt != nil {
				rt.Notifier = down{}
			}
			return rt, err
		}})
	defer run(t, d)()
	// The first article sets the baseline, the second changes it.
	waitFor(t, "the first article", func() bool { return observed(st, "gaza_death_toll") == 1 })
	site.Show(2)

	var events []struct {
		State       string     `json:"state"`
		LastError   string     `json:"last_error"`
		NextAttempt *time.Time `json:"next_attempt"`
	}
	waitFor(t, "a failing event", func() bool {
		rec := httptest.NewRecorder()
		req := httptest.NewRequest("GET", "/api/events", nil)
		req.Header.Set("Authorization", "Bearer s3cret")
		d.Handler().ServeHTTP(rec, req)
		events = nil
		json.Unmarshal(rec.Body.Bytes(), &events)
		return len(events) > 0 && events[0].State == "failing"
	})
	e := events[0]
	// The backoff after a failure is capped at five minutes.
	if !strings.Contains(e.LastError, "503") || e.NextAttempt == nil || !e.NextAttempt.After(time.Now().Add(2*time.Minute)) ||
		e.NextAttempt.After(time.Now().Add(2*time.Hour)) {
		t.Errorf("a failing event, retried in minutes: %+v", e)
	}
}
