package tracker

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/internal/retryafter"
	"github.com/claimtrack/claimtrack/internal/syncbuf"
	"github.com/claimtrack/claimtrack/model"
	"github.com/claimtrack/claimtrack/scrape"
	"github.com/claimtrack/claimtrack/store"
	"github.com/claimtrack/claimtrack/tracker/health"
)

// heldSite serves a feed of one story whose page answers only once the
// test lets it, so that a pass can be caught in the middle.
type heldSite struct {
	*httptest.Server
	story   []byte
	fetched chan struct{} // a reader asked for the story
	release chan struct{} // closed: the story is served
}

func newHeldSite(t *testing.T) *heldSite {
	story, err := os.ReadFile("testdata/pass-story.txt")
	if err != nil {
		t.Fatal(err)
	}
	s := &heldSite{story: story, fetched: make(chan struct{}, 10), release: make(chan struct{})}
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/feed.xml" {
			w.Header().Set("Content-Type", "application/rss+xml")
			io.WriteString(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><item><title>Toll</title><link>/toll</link></item></channel></rss>`)
			return
		}
		s.fetched <- struct{}{}
		select {
		case <-s.release:
		case <-r.Context().Done():
			return
		}
		writeStory(w, "Toll", string(s.story))
	}))
	t.Cleanup(s.Close)
	return s
}

func (s *heldSite) source() scrape.Source {
	return scrape.Source{Name: "wire", Feed: s.URL + "/feed.xml", Outlet: "Wire"}
}

func passesOn(s store.Store, owner Owner) (*Passes, *syncbuf.Buffer) {
	var buf syncbuf.Buffer
	return NewPasses(s, owner, 2, slog.New(slog.NewTextHandler(&buf, nil))), &buf
}

var (
	otherHost = Owner{Host: "elsewhere.example", PID: 4242, Start: time.UnixMilli(1_700_000_000_000)}
	// thisProc is this test binary's one Owner, drawn once as main draws
	// the process's.
	thisProc = DrawOwner()
)

// A second run of a source while its first runs in the same process is
// skipped, though the lease would let this process back in: the start-up
// run and a reload both bypass the scheduler's guard.
func TestPassesOneRunOfASourceAtATime(t *testing.T) {
	site := newHeldSite(t)
	st, pass := testPass(t)
	passes, _ := passesOn(st, thisProc)
	ctx := context.Background()
	first := make(chan Ran)
	go func() { first <- passes.Run(ctx, pass, site.source(), RunOptions{}) }()
	<-site.fetched
	if again := passes.Run(ctx, pass, site.source(), RunOptions{Force: true}); again.Skip != AlreadyRunning {
		t.Errorf("a second run while the first runs: %+v, want skipped as already running", again)
	}
	close(site.release)
	if r := <-first; !r.WasRead() || r.Err != nil || r.New != 1 {
		t.Errorf("first run: %+v", r)
	}
	if h, _ := st.History(ctx, "gaza_death_toll"); len(h) != 1 {
		t.Errorf("%d observations of the toll, want 1", len(h))
	}
	// The lease is given back: any process may run the next pass at once.
	if leases, _ := st.Leases(ctx, time.Now()); len(leases) != 0 {
		t.Errorf("leases left after the pass: %+v", leases)
	}
	if again := passes.Run(ctx, pass, site.source(), RunOptions{}); !again.WasRead() {
		t.Errorf("the next run: %+v", again)
	}
}

func TestPassesRespectBackoffUnlessForced(t *testing.T) {
	site := newHeldSite(t)
	close(site.release)
	st, pass := testPass(t)
	passes, _ := passesOn(st, thisProc)
	ctx := context.Background()
	if _, err := RecordFetch(ctx, st, Result{Source: "wire", Address: site.source().Address(), Err: errors.New("HTTP 503")}, time.Now(), health.DefaultBackoff); err != nil {
		t.Fatal(err)
	}
	r := passes.Run(ctx, pass, site.source(), RunOptions{})
	if r.Skip != BackingOff || !strings.Contains(r.Why(), "HTTP 503") || !r.Until.After(time.Now()) {
		t.Errorf("a source backing off: %+v (%s)", r, r.Why())
	}
	if r := passes.Run(ctx, pass, site.source(), RunOptions{Force: true}); !r.WasRead() || r.Err != nil || r.New != 1 {
		t.Errorf("forced: %+v", r)
	}
}

// TestPassesUpgradeBackoff: a source that failed under a version that
// did not record what a source reads (no address stored, as migration 11
// leaves it) is read at once rather than at the end of that backoff: the
// desk may have corrected it since, and nothing can tell. The pass records
// the address and keeps counting failures, so a source still failing backs
// off as before; a site that asked to wait (Retry-After) is not asked
// sooner.
func TestPassesUpgradeBackoff(t *testing.T) {
	site := newHeldSite(t)
	close(site.release)
	ctx := context.Background()
	failBefore := func(t *testing.T, err error) (store.Store, *SourcePass, *Passes) {
		st, pass := testPass(t)
		passes, _ := passesOn(st, thisProc)
		for range 2 {
			if _, err := RecordFetch(ctx, st, Result{Source: "wire", Err: err}, time.Now(), health.DefaultBackoff); err != nil {
				t.Fatal(err)
			}
		}
		return st, pass, passes
	}
	t.Run("corrected", func(t *testing.T) {
		st, pass, passes := failBefore(t, errors.New("fetch https://old.example/feed.xml: 404 Not Found"))
		r := passes.Run(ctx, pass, site.source(), RunOptions{})
		if !r.WasRead() || !r.Unrecorded || r.Reset != "" || r.Err != nil || r.New != 1 {
			t.Fatalf("a source backing off from before the upgrade, its address since corrected: %+v (%s)", r, r.Why())
		}
		got, err := st.SourceState(ctx, "wire")
		if err != nil || got.Address != site.source().Address() || got.Failures != 0 {
			t.Errorf("after its pass: %+v, %v", got, err)
		}
	})
	t.Run("still failing", func(t *testing.T) {
		st, pass, passes := failBefore(t, errors.New("fetch: connection refused"))
		down := scrape.Source{Name: "wire", Feed: "http://127.0.0.1:1/feed.xml", Outlet: "Wire"}
		r := passes.Run(ctx, pass, down, RunOptions{})
		if !r.WasRead() || !r.Unrecorded || r.Err == nil {
			t.Fatalf("read at once, still failing: %+v", r)
		}
		got, _ := st.SourceState(ctx, "wire")
		if got.Failures != 3 || got.Address != down.Address() {
			t.Errorf("its failures count on, its address recorded: %+v", got)
		}
		if r := passes.Run(ctx, pass, down, RunOptions{}); r.Skip != BackingOff || r.Unrecorded {
			t.Errorf("the next run backs off as before: %+v", r)
		}
	})
	t.Run("retry after", func(t *testing.T) {
		_, pass, passes := failBefore(t, &retryafter.Error{Wait: time.Hour, Err: errors.New("HTTP 429")})
		if r := passes.Run(ctx, pass, site.source(), RunOptions{}); r.Skip != BackingOff || r.Unrecorded {
			t.Errorf("a site that asked to wait: %+v", r)
		}
	})
}

// A source another process holds is skipped, and the log says who holds
// it; a dead process of this host holds nothing.
func TestPassesLeasesOfOthers(t *testing.T) {
	site := newHeldSite(t)
	close(site.release)
	st, pass := testPass(t)
	passes, log := passesOn(st, thisProc)
	ctx := context.Background()
	now := time.Now()
	st.TryLease(ctx, "wire", otherHost.String(), now.Add(time.Minute), now)
	r := passes.Run(ctx, pass, site.source(), RunOptions{})
	if r.Skip != Leased || r.Holder != otherHost.String() || !strings.Contains(log.String(), "holder="+otherHost.String()) {
		t.Errorf("a source another host holds: %+v\nlog: %s", r, log)
	}

	st.TryLease(ctx, "wire", otherHost.String(), time.Time{}, now) // given back

	// A twin container: this host name and this pid, another namespace.
	twin := thisProc
	twin.Instance, twin.Space = "7w1n", "0ther5pc"
	st.TryLease(ctx, "wire", twin.String(), now.Add(time.Minute), now)
	if r := passes.Run(ctx, pass, site.source(), RunOptions{}); r.Skip != Leased || r.Holder != twin.String() {
		t.Errorf("a source a twin container holds: %+v\nlog: %s", r, log)
	}
	if err := passes.ReclaimDead(ctx); err != nil {
		t.Fatal(err)
	}
	if leases, _ := st.Leases(ctx, now); len(leases) != 1 || leases[0].Owner != twin.String() {
		t.Errorf("ReclaimDead took the twin's lease: %+v", leases)
	}
	st.TryLease(ctx, "wire", twin.String(), time.Time{}, now) // given back

	dead := deadProcess(t)
	if ok, err := st.TryLease(ctx, "wire", dead.String(), now.Add(time.Minute), now); !ok || err != nil {
		t.Fatalf("lease for the dead process: %v %v", ok, err)
	}
	if r := passes.Run(ctx, pass, site.source(), RunOptions{}); !r.WasRead() || r.New != 1 {
		t.Errorf("a source a dead process of this host held: %+v\nlog: %s", r, log)
	}
	if !strings.Contains(log.String(), "died holding a source") {
		t.Errorf("the take-over is not logged:\n%s", log)
	}
}

// deadProcess is an owner of this host whose process has exited.
func deadProcess(t *testing.T) Owner {
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	if err := cmd.Run(); err != nil {
		t.Fatal(err)
	}
	return Owner{Host: thisProc.Host, PID: cmd.Process.Pid, Start: time.Now().Add(-time.Second).Truncate(time.Millisecond), Instance: "0dead0", Space: thisProc.Space}
}

func TestOwner(t *testing.T) {
	for _, o := range []Owner{thisProc, otherHost, {Host: "h", PID: 7}, {Host: "h", PID: 7, Start: time.UnixMilli(1), Instance: "ab12"}, {Host: "h", PID: 7, Start: time.UnixMilli(1), Instance: "ab12", Space: "cd34", Ticks: 5}} {
		if back, ok := ParseOwner(o.String()); !ok || back.String() != o.String() {
			t.Errorf("%s read back as %+v %v", o, back, ok)
		}
	}
	for _, s := range []string{"replica-a", "test", "h/x", "h/1/y", "/1", "h/1/2/", "h/1/2/ab/", "h/1/2/ab/cd/ef", "h/1/2/ab/cd/0", "h/1/2/ab/cd/-3", "h/1/2/ab/cd/5/6"} {
		if o, ok := ParseOwner(s); ok {
			t.Errorf("%q read as an owner: %+v", s, o)
		}
	}
	if thisProc.DeadOnThisHost(thisProc) || thisProc.DeadOnThisHost(otherHost) {
		t.Error("this process, or one of another host, taken for dead")
	}
	if !thisProc.DeadOnThisHost(deadProcess(t)) {
		t.Error("an exited process of this host not taken for dead")
	}
	// This pid under an earlier start: a process before a restart that
	// reused the pid (a container's pid 1).
	earlier := thisProc
	earlier.Start, earlier.Instance = earlier.Start.Add(-time.Hour), "0ld0001"
	if earlier.Ticks > 0 {
		earlier.Ticks-- // it started before this process
	}
	if !thisProc.DeadOnThisHost(earlier) {
		t.Error("an earlier process with this pid not taken for dead")
	}
	// A live process of this host under its own start time is alive.
	parent := Owner{Host: thisProc.Host, PID: os.Getppid(), Instance: "beef01", Space: thisProc.Space}
	if thisProc.DeadOnThisHost(parent) {
		t.Error("the parent process taken for dead")
	}
	// A second Owner drawn in this process has its pid and its start
	// ticks under another instance: it is this very process, alive, and
	// neither takes the other's leases.
	second := DrawOwner()
	if thisProc.Instance == "" || second.Instance == thisProc.Instance {
		t.Errorf("DrawOwner gives no fresh instance: %+v %+v", thisProc, second)
	}
	if thisProc.Ticks > 0 && (second.Ticks != thisProc.Ticks || thisProc.DeadOnThisHost(second) || second.DeadOnThisHost(thisProc)) {
		t.Errorf("a second Owner drawn in this process (its pid, its start ticks) taken for dead: %s, %s", thisProc, second)
	}
	// Its pid and ticks read from the store as written (the process itself,
	// another instance of it): alive too.
	if back, ok := ParseOwner(second.String()); thisProc.Ticks > 0 && (!ok || thisProc.DeadOnThisHost(back)) {
		t.Errorf("this process's other Owner, read back (%v), taken for dead: %s", ok, second)
	}
}

// Two containers given one host name both run claimtrack as pid 1, and
// started at about the same time: each must see the other as alive. Its
// pid belongs to another pid namespace (Space), where this process cannot
// ask. Only a process of this same namespace that had this pid has gone.
func TestOwnerTwinContainers(t *testing.T) {
	me := Owner{Host: "claimtrack", PID: 1, Start: thisProc.Start, Instance: "aaaa1111", Space: "5pace0ne"}
	twin := Owner{Host: "claimtrack", PID: 1, Start: thisProc.Start, Instance: "bbbb2222", Space: "5pace2wo"}
	if me.String() == twin.String() {
		t.Fatalf("two processes named alike: %s", me)
	}
	if me.DeadOnThisHost(twin) || twin.DeadOnThisHost(me) {
		t.Error("a twin container (same host name, pid 1, another pid namespace) taken for dead")
	}
	// Its pid under another namespace is not asked about either.
	if me.DeadOnThisHost(Owner{Host: "claimtrack", PID: 999999, Instance: "cccc3333", Space: "5pace2wo"}) {
		t.Error("a pid of another namespace asked about here")
	}
	// The same namespace, this pid, another instance: an earlier process
	// this one replaced (a restart that reused the pid).
	before := twin
	before.Space = me.Space
	if !me.DeadOnThisHost(before) {
		t.Error("an earlier process of this namespace with this pid not taken for dead")
	}
	// An owner an older claimtrack wrote says no namespace: it is waited
	// for (its lease ends on its own), never taken for dead.
	for _, old := range []string{"claimtrack/1", "claimtrack/1/1700000000000", thisProc.Host + "/" + fmt.Sprint(deadProcess(t).PID)} {
		o, ok := ParseOwner(old)
		if !ok || me.DeadOnThisHost(o) || thisProc.DeadOnThisHost(o) {
			t.Errorf("an owner without a namespace (%s) taken for dead, or not read (%v)", old, ok)
		}
	}
}

// Leases are renewed while a pass runs, on both stores: a pass longer
// than its lease keeps the source, and another process finds it held.
func TestPassesRenewLeases(t *testing.T) {
	eachStore(t, func(t *testing.T, open func() store.Store) {
		site := newHeldSite(t)
		st := open()
		_, pass := testPass(t)
		pass.Store = st
		passes, _ := passesOn(st, thisProc)
		passes.SetLease(time.Second)
		other, _ := passesOn(open(), otherHost)
		ctx := context.Background()
		first := make(chan Ran)
		go func() { first <- passes.Run(ctx, pass, site.source(), RunOptions{}) }()
		<-site.fetched
		waitRenewedPast(t, st, site.source().Name, time.Now().Add(2*time.Second))
		r := other.Run(ctx, pass, site.source(), RunOptions{})
		if r.Skip != Leased || r.Holder != thisProc.String() {
			t.Errorf("during a pass longer than its lease, another process: %+v", r)
		}
		close(site.release)
		if r := <-first; !r.WasRead() || r.Err != nil {
			t.Errorf("the long pass: %+v", r)
		}
	})
}

// waitRenewedPast waits until this process's lease on source, renewed,
// runs past when: the pass has outlived its first leases. It returns while
// the renewal just seen has most of a lease left, so that what the test
// asks next is not decided by how late the machine's load makes the next
// renewal.
func waitRenewedPast(t *testing.T, st store.Store, source string, when time.Time) {
	t.Helper()
	deadline := time.Now().Add(time.Minute)
	for {
		now := time.Now()
		leases, err := st.Leases(context.Background(), now)
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range leases {
			if l.Kind == store.SourceLease && l.Name == source && l.Owner == thisProc.String() &&
				now.After(when) && l.Until.Sub(now) > 600*time.Millisecond {
				return
			}
		}
		if now.After(deadline) {
			t.Fatalf("the lease on %s was not renewed past %s: %+v", source, when.Format(time.TimeOnly), leases)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// ReclaimDead takes back the source leases, outbox lease and claimed
// events of a dead process of this host, and nothing of others.
func TestReclaimDead(t *testing.T) {
	eachStore(t, func(t *testing.T, open func() store.Store) {
		st := open()
		ctx := context.Background()
		now := time.Now()
		dead := deadProcess(t).String()
		st.TryLease(ctx, "wire", dead, now.Add(time.Minute), now)
		st.TryLease(ctx, "ledger", otherHost.String(), now.Add(time.Minute), now)
		st.HoldLease(ctx, "outbox", dead, now.Add(time.Minute), now)
		judge := func(string) (Policy, MetricInfo) { return Policy{AnnounceFirst: true}, MetricInfo{} }
		a := article("https://a.example/1", "A", t0, "1")
		if _, err := Process(ctx, st, a, nil, judge); err != nil {
			t.Fatal(err)
		}
		if _, err := Process(ctx, st, article("https://a.example/2", "A", t0, "2"), []model.Observation{obs("m", "700", t)}, judge); err != nil {
			t.Fatal(err)
		}
		if evs, err := st.ClaimEvents(ctx, dead, now.Add(2*time.Minute), now, 10); err != nil || len(evs) != 1 {
			t.Fatalf("claim: %v %v", evs, err)
		}
		leases, err := st.Leases(ctx, now)
		if err != nil || len(leases) != 4 {
			t.Fatalf("leases before: %+v %v", leases, err)
		}
		passes, log := passesOn(st, thisProc)
		if err := passes.ReclaimDead(ctx); err != nil {
			t.Fatal(err)
		}
		leases, _ = st.Leases(ctx, time.Now())
		if len(leases) != 1 || leases[0].Name != "ledger" || leases[0].Owner != otherHost.String() {
			t.Errorf("leases after: %+v\nlog: %s", leases, log)
		}
		if evs, _ := st.ClaimEvents(ctx, "next", time.Now().Add(time.Minute), time.Now(), 10); len(evs) != 1 {
			t.Errorf("the dead process's claimed event is not free: %v", evs)
		}
	})
}
