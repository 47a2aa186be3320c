package tracker

import (
	"context"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/claimtrack/claimtrack/model"
	"github.com/claimtrack/claimtrack/scrape"
	"github.com/claimtrack/claimtrack/store"
)

// DefaultWorkers is how many sources a process reads at once when the
// configuration does not say (fetch.workers).
const DefaultWorkers = 4

// Workers is the configured number of workers, or the default.
func Workers(configured int) int {
	if configured > 0 {
		return configured
	}
	return DefaultWorkers
}

// DefaultLease is how long a source's lease lasts unless renewed. A pass
// renews it every third of that while it runs, so a process that dies
// mid-pass holds its sources this long at most.
const DefaultLease = 30 * time.Second

// LeaseStore is what running sources needs of the store: each source's
// backoff, and its lease.
type LeaseStore interface {
	SourceState(ctx context.Context, name string) (model.SourceState, error)
	// TryLease takes or renews a source's lease until the given time; an
	// until of zero releases it. It returns false while another owner
	// holds it.
	TryLease(ctx context.Context, source, owner string, until, now time.Time) (bool, error)
	// Leases lists the leases and claims held at now.
	Leases(ctx context.Context, now time.Time) ([]store.Lease, error)
	// ReleaseOutbox gives up an owner's outbox lease and its claims on
	// undelivered events.
	ReleaseOutbox(ctx context.Context, lease, owner string) error
}

// Passes runs the source passes of one process, for `run`, `once` and
// the demo alike: a bounded number at once, none while the source backs
// off after failures, each under a lease renewed while it runs and given
// back after, and never two of one source at once in this process (the
// lease lets its owner back in, so it cannot tell).
type Passes struct {
	store LeaseStore
	owner Owner
	log   *slog.Logger
	// lease is how long a lease lasts unrenewed.
	lease time.Duration

	mu      sync.Mutex
	running map[string]bool
	slots   chan struct{}
}

// NewPasses runs passes as owner with the given number of workers.
func NewPasses(s LeaseStore, owner Owner, workers int, log *slog.Logger) *Passes {
	return &Passes{store: s, owner: owner, log: log, lease: DefaultLease,
		running: map[string]bool{}, slots: make(chan struct{}, Workers(workers))}
}

// SetLease changes how long a lease lasts unrenewed (tests shorten it).
func (p *Passes) SetLease(d time.Duration) { p.lease = d }

// SetWorkers changes how many passes run at once; passes under way
// finish in the slots they took.
func (p *Passes) SetWorkers(n int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if cap(p.slots) != Workers(n) {
		p.slots = make(chan struct{}, Workers(n))
	}
}

// Owner is who the passes run as.
func (p *Passes) Owner() Owner { return p.owner }

// RunOptions qualify one run of a source.
type RunOptions struct {
	// Force runs a source that is backing off after failures.
	Force bool
	// UnlessAttemptedSince skips the source if a pass of it, in any
	// process, ended after this time: set when looking again at a source
	// another process held, which that process may have read since.
	UnlessAttemptedSince time.Time
}

// SkipReason says why a source was not read.
type SkipReason int

const (
	// NotSkipped: the source was read.
	NotSkipped SkipReason = iota
	// BackingOff: it failed lately and waits until Until.
	BackingOff
	// Leased: another process (Holder) is reading it, until Until at the
	// latest unless it renews the lease.
	Leased
	// AlreadyRunning: a pass of it runs in this process now.
	AlreadyRunning
	// ReadSince: another process read it after RunOptions.UnlessAttemptedSince.
	ReadSince
	// Stopping: the context ended before the pass began.
	Stopping
)

// Ran is what came of running a source: its pass's Result, or why it was
// skipped.
type Ran struct {
	Result
	// Reset is the address the source failed at, when its configuration
	// changed since (AddressChanged): its backoff was reset and the pass
	// ran at once.
	Reset string
	// Unrecorded: the source was backing off after failing before the
	// store kept what a source reads (AddressUnknown), and was read at
	// once in case its configuration changed since.
	Unrecorded bool
	Skip       SkipReason
	Holder     string    // Leased: who holds the source
	Until      time.Time // BackingOff, Leased: until when
	State      model.SourceState
}

// WasRead reports whether the source was read (Skip says why not).
func (r Ran) WasRead() bool { return r.Skip == NotSkipped }

// Why says in words why the source was skipped.
func (r Ran) Why() string {
	switch r.Skip {
	case BackingOff:
		return fmt.Sprintf("backing off after %s in a row until %s (last error: %s)",
			plural(r.State.Failures, "failure"), clock(r.Until), r.State.LastError)
	case Leased:
		return fmt.Sprintf("being read by %s (lease until %s)", r.Holder, clock(r.Until))
	case AlreadyRunning:
		return "a pass of it is already running in this process"
	case ReadSince:
		return "read by another process since"
	case Stopping:
		return "stopping"
	}
	return ""
}

// clock says when, in local time with its zone, and its day when that is
// not today: a backoff of hours may end tomorrow.
func clock(t time.Time) string {
	t = t.Local()
	if now := time.Now(); t.Year() == now.Year() && t.YearDay() == now.YearDay() {
		return t.Format("15:04:05 MST")
	}
	return t.Format("2 Jan 15:04:05 MST")
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}

// RunAll runs every source given, the configured number at once, and
// returns what came of each, in the order given.
func (p *Passes) RunAll(ctx context.Context, pass *SourcePass, sources []scrape.Source, opt RunOptions) []Ran {
	out := make([]Ran, len(sources))
	var wg sync.WaitGroup
	for i, src := range sources {
		wg.Add(1)
		go func() {
			defer wg.Done()
			out[i] = p.Run(ctx, pass, src, opt)
		}()
	}
	wg.Wait()
	if err := recountAcross(ctx, pass.Store, out); err != nil {
		p.log.Warn("recounting what one source's pass kept after another's revised it failed; history shows the outcomes", "err", err)
	}
	return out
}

// recountAcross moves what a source's pass kept to the outcome the store
// now records where another source's pass, later in the same run, revised
// it: the first once over two folders, the newer file's in one and the
// older's in the other, replays the newer (a baseline until the older
// came) to backlog. Sources run at once, so the store, not the order the
// revisions came in, says where each stands.
func recountAcross(ctx context.Context, st store.Store, ran []Ran) error {
	// A message one source's pass took over from another's, in the same
	// run, is the taker's: the other's line counts its figure as what it
	// is now (agreeing, its message rewritten).
	for i := range ran {
		for id, rp := range ran[i].replacing {
			for j := range ran {
				if j != i && ran[j].tookOver(rp.of, rp.ofNow) {
					delete(ran[i].replacing, id)
					ran[i].Replacing--
					ran[i].posted(id, rp.outcome)
					break
				}
			}
		}
	}
	var ids []int64
	for i := range ran {
		for id := range ran[i].kept {
			for j := range ran {
				if j != i && ran[j].revised[id] {
					ids = append(ids, id)
					break
				}
			}
		}
	}
	if len(ids) == 0 {
		return nil
	}
	now := map[int64]Outcome{}
	err := st.Update(ctx, func(tx *store.Tx) error {
		for _, id := range ids {
			o, err := tx.Observation(ctx, id)
			if err != nil {
				return err
			}
			if out, ok := OutcomeNamed(o.Outcome); ok {
				now[id] = out
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("read %d observations' outcomes: %w", len(ids), err)
	}
	for i := range ran {
		ran[i].recount(now)
	}
	return nil
}

// Run runs one source once if it is due: a worker slot, no pass of it
// under way here, not backing off (unless forced), and its lease.
func (p *Passes) Run(ctx context.Context, pass *SourcePass, src scrape.Source, opt RunOptions) Ran {
	ran := Ran{Result: Result{Source: src.Name}}
	log := p.log.With("source", src.Name)
	p.mu.Lock()
	slots := p.slots
	p.mu.Unlock()
	select {
	case slots <- struct{}{}:
	case <-ctx.Done():
		ran.Skip = Stopping
		return ran
	}
	defer func() { <-slots }()
	if !p.begin(src.Name) {
		log.Debug("a pass of this source is already running in this process; skipped")
		ran.Skip = AlreadyRunning
		return ran
	}
	defer p.end(src.Name)

	st, err := p.store.SourceState(ctx, src.Name)
	if err != nil {
		ran.Err = fmt.Errorf("%s: read its state: %w", src.Name, err)
		return ran
	}
	ran.State = st
	now := time.Now()
	if !opt.UnlessAttemptedSince.IsZero() && st.LastAttempt.After(opt.UnlessAttemptedSince) {
		ran.Skip = ReadSince
		return ran
	}
	switch lift := BackoffLift(st, src.Address()); {
	case lift == LiftChanged:
		// The desk corrected the source after it failed: the backoff was
		// the old address's, and the pass counts failures anew.
		log.Info("the source's configuration changed since it failed; its backoff is reset",
			"was", st.Address, "now", src.Address(), "failures", st.Failures, "last_error", st.LastError)
		ran.Reset = st.Address
	case lift == LiftUnknown && st.NextAttempt.After(now):
		// Failed under a version that did not record what a source reads:
		// a configuration corrected since would wait out the old backoff.
		// One pass now records the address; a source still failing backs
		// off as before, its failures still counted.
		log.Info("the source failed before this version recorded what a source reads; read now in case its configuration changed",
			"now", src.Address(), "failures", st.Failures, "last_error", st.LastError, "was_backing_off_until", st.NextAttempt)
		ran.Unrecorded = true
	case !opt.Force && st.NextAttempt.After(now):
		log.Debug("backing off", "until", st.NextAttempt, "failures", st.Failures)
		ran.Skip, ran.Until = BackingOff, st.NextAttempt
		return ran
	}
	held, err := p.take(ctx, src.Name, now)
	if err != nil {
		ran.Err = err
		return ran
	}
	if held != nil {
		log.Info("another process is reading this source; skipped", "holder", held.Owner, "until", held.Until)
		ran.Skip, ran.Holder, ran.Until = Leased, held.Owner, held.Until
		return ran
	}
	passCtx, cancel := context.WithCancelCause(ctx)
	renewed := make(chan struct{})
	go func() {
		defer close(renewed)
		p.renew(passCtx, cancel, src.Name, log)
	}()
	ran.Result = pass.Run(passCtx, src)
	cancel(nil)
	<-renewed
	// Give the lease back, even when stopping, so that the next run, in
	// any process, need not wait for it to end.
	rctx, rcancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
	defer rcancel()
	if _, err := p.store.TryLease(rctx, src.Name, p.owner.String(), time.Time{}, time.Now()); err != nil {
		log.Warn("giving the source's lease back failed; it ends on its own", "err", err, "within", p.lease)
	}
	return ran
}

func (p *Passes) begin(source string) bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.running[source] {
		return false
	}
	p.running[source] = true
	return true
}

func (p *Passes) end(source string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	delete(p.running, source)
}
