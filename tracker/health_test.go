package tracker

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/internal/retryafter"
	"github.com/claimtrack/claimtrack/model"
	"github.com/claimtrack/claimtrack/store"
	"github.com/claimtrack/claimtrack/tracker/health"
)

func TestSourceHealth(t *testing.T) {
	eachStore(t, func(t *testing.T, open func() store.Store) {
		s := open()
		ctx := context.Background()
		b := health.Backoff{Base: time.Minute, Max: time.Hour, ReportAfter: 3}
		now := t0
		for i := 1; i <= 5; i++ {
			st, err := RecordFetch(ctx, s, Result{Source: "wire", Err: errors.New("fetch https://wire.example/rss: 503")}, now, b)
			if err != nil {
				t.Fatal(err)
			}
			if st.Failures != i || st.NextAttempt.Before(now.Add(time.Minute)) {
				t.Errorf("failure %d: %+v", i, st)
			}
			now = now.Add(time.Hour)
		}
		evs := pending(t, s)
		if len(evs) != 1 || evs[0].Kind != model.EventSourceFailing || evs[0].Payload.Source != "wire" || !strings.Contains(evs[0].Payload.Error, "503") {
			t.Fatalf("one failing warning: %+v", evs)
		}
		st, err := RecordFetch(ctx, s, Result{Source: "wire", New: 4}, now, b)
		if err != nil || st.Failures != 0 || st.Failing || st.Articles != 4 {
			t.Errorf("recovery: %+v %v", st, err)
		}
		if evs := pending(t, s); len(evs) != 1 || evs[0].Kind != model.EventSourceRecovered {
			t.Errorf("one recovery message: %+v", evs)
		}
	})
}

// A source whose site asked to wait longer than the backoff (Retry-After)
// is not read again before then.
func TestSourceHealthKeepsRetryAfter(t *testing.T) {
	now := t0
	b := health.Backoff{Base: time.Minute, Max: time.Hour, ReportAfter: 3}
	err := fmt.Errorf("wire: %w", &retryafter.Error{Wait: 2 * time.Hour, Err: errors.New("fetch https://wire.example/rss: 429")})
	if st, _ := sourceHealth(model.SourceState{Name: "wire"}, Result{Source: "wire", Err: err}, now, b); !st.NextAttempt.Equal(now.Add(2 * time.Hour)) {
		t.Errorf("next attempt %v, want the site's %v", st.NextAttempt, now.Add(2*time.Hour))
	}
	err = &retryafter.Error{Wait: time.Second, Err: errors.New("fetch https://wire.example/rss: 503")}
	if st, _ := sourceHealth(model.SourceState{Name: "wire"}, Result{Source: "wire", Err: err}, now, b); st.NextAttempt.Before(now.Add(time.Minute)) {
		t.Errorf("next attempt %v: a short Retry-After must not cut the backoff", st.NextAttempt)
	}
}

// The pages that gave no text stay in the source's state through passes
// that read nothing, and through failures, until a pass reads articles
// again: most passes find nothing new, and the dashboard would lose the
// warning at the next one.
func TestSourceHealthKeepsNoTextUntilARead(t *testing.T) {
	now := t0
	b := health.DefaultBackoff
	st, _ := sourceHealth(model.SourceState{Name: "herald"}, Result{Source: "herald", New: 3, NoText: 2, NoTextURL: "https://herald.example/a"}, now, b)
	read := model.SourceState{Name: "herald", LastRead: now, LastReadArticles: 3, NoText: 2, NoTextURL: "https://herald.example/a"}
	if st.LastRead != read.LastRead || st.LastReadArticles != 3 || st.NoText != 2 || st.NoTextURL != read.NoTextURL {
		t.Fatalf("after a read: %+v", st)
	}
	st, _ = sourceHealth(st, Result{Source: "herald", Unmodified: true}, now.Add(time.Hour), b)
	st, _ = sourceHealth(st, Result{Source: "herald", Err: errors.New("fetch https://herald.example/rss: 503")}, now.Add(2*time.Hour), b)
	if st.LastRead != read.LastRead || st.LastReadArticles != 3 || st.NoText != 2 || st.NoTextURL != read.NoTextURL {
		t.Errorf("after a pass that read nothing and a failure: %+v", st)
	}
	st, _ = sourceHealth(st, Result{Source: "herald", New: 4}, now.Add(3*time.Hour), b)
	if !st.LastRead.Equal(now.Add(3*time.Hour)) || st.LastReadArticles != 4 || st.NoText != 0 || st.NoTextURL != "" {
		t.Errorf("after a pass whose pages gave text: %+v", st)
	}
}

// TestAddressChangedCountsFailuresAnew: a source that failed three times
// at one address and then fails at another (the desk corrected it, or
// tried another) counts one failure, with the first backoff (a minute,
// jittered), not a
// fourth; it stays reported failing, so no second warning is sent, and
// its recovery is told. A state from before the address was kept ("")
// keeps its count.
func TestAddressChangedCountsFailuresAnew(t *testing.T) {
	b := health.DefaultBackoff
	now := time.Date(2026, 12, 5, 12, 0, 0, 0, time.UTC)
	old := model.SourceState{Name: "wire", Failures: 3, Failing: true, Address: "feed https://wire.example/old.xml", NextAttempt: now.Add(4 * time.Minute)}
	fail := Result{Source: "wire", Address: "feed https://wire.example/new.xml", Err: errors.New("fetch https://wire.example/new.xml: 404")}
	st, events := sourceHealth(old, fail, now, b)
	if st.Failures != 1 || st.NextAttempt.After(now.Add(2*b.Base)) || !st.Failing || len(events) != 0 || st.Address != fail.Address {
		t.Errorf("a failure at a new address: %+v, %v", st, events)
	}
	st, events = sourceHealth(old, Result{Source: "wire", Address: "feed https://wire.example/new.xml"}, now, b)
	if st.Failures != 0 || st.Failing || len(events) != 1 || events[0] != model.EventSourceRecovered || st.Address != fail.Address {
		t.Errorf("a success at a new address: %+v, %v", st, events)
	}
	unknown := old
	unknown.Address = ""
	if st, _ = sourceHealth(unknown, fail, now, b); st.Failures != 4 || st.Address != fail.Address {
		t.Errorf("a failure after an upgrade, the old address unknown: %+v", st)
	}
	if AddressChanged(old, old.Address) || !AddressChanged(old, fail.Address) || AddressChanged(unknown, fail.Address) {
		t.Error("AddressChanged")
	}
}

// TestBackoffLift: the one decision Passes.Run acts on and the dashboard
// tells: a source failing at the address it still reads waits; one
// corrected since is read (LiftChanged); one that failed before the
// address was kept is read (LiftUnknown) unless the site asked to wait;
// one that never failed has nothing to lift.
func TestBackoffLift(t *testing.T) {
	now := time.Date(2026, 12, 5, 12, 0, 0, 0, time.UTC)
	failing := model.SourceState{Name: "wire", Failures: 2, Address: "feed https://wire.example/a.xml", LastError: "fetch: 503", NextAttempt: now.Add(time.Hour)}
	unknown := failing
	unknown.Address = ""
	waited := unknown
	waited.LastError = (&retryafter.Error{Wait: 2 * time.Hour, Err: errors.New("fetch: 429")}).Error()
	for _, c := range []struct {
		name    string
		st      model.SourceState
		address string
		want    Lift
	}{
		{"same address", failing, failing.Address, NoLift},
		{"corrected", failing, "feed https://wire.example/b.xml", LiftChanged},
		{"from before the upgrade", unknown, failing.Address, LiftUnknown},
		{"before the upgrade, Retry-After", waited, failing.Address, NoLift},
		{"never failed", model.SourceState{Name: "wire"}, failing.Address, NoLift},
	} {
		if got := BackoffLift(c.st, c.address); got != c.want {
			t.Errorf("%s: BackoffLift = %d, want %d", c.name, got, c.want)
		}
	}
}
