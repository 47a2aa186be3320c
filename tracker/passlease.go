package tracker

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/claimtrack/claimtrack/store"
)

// A source's lease, as Passes keeps it: taken before a pass (take, over
// from a dead process of this host), renewed while it runs and stopping
// the pass when lost (renew, errLeaseLost), and what dead processes of
// this host held taken back at start (ReclaimDead). The lease keeps two
// processes from passing over one source at once. Split from passes.go.

// take takes a source's lease. When another process holds it, take
// returns that lease, unless its holder is a dead process of this host:
// then it takes the lease over.
func (p *Passes) take(ctx context.Context, source string, now time.Time) (*store.Lease, error) {
	me := p.owner.String()
	ok, err := p.store.TryLease(ctx, source, me, now.Add(p.lease), now)
	if err != nil || ok {
		return nil, wrapLease(source, err)
	}
	held, err := p.holder(ctx, source, now)
	if err != nil || held == nil {
		// Given back between the two questions: ask once more.
		if ok, err = p.store.TryLease(ctx, source, me, now.Add(p.lease), now); err != nil || ok {
			return nil, wrapLease(source, err)
		}
		return &store.Lease{Name: source, Owner: "another process"}, nil
	}
	if o, parsed := ParseOwner(held.Owner); !parsed || !p.owner.DeadOnThisHost(o) {
		return held, nil
	}
	p.log.Warn("a process of this host died holding a source; taking it over", "source", source, "dead", held.Owner)
	if _, err := p.store.TryLease(ctx, source, held.Owner, time.Time{}, now); err != nil {
		return nil, wrapLease(source, err)
	}
	if ok, err = p.store.TryLease(ctx, source, me, now.Add(p.lease), now); err != nil || ok {
		return nil, wrapLease(source, err)
	}
	return p.holder(ctx, source, now)
}

func wrapLease(source string, err error) error {
	if err == nil {
		return nil
	}
	return fmt.Errorf("%s: lease: %w", source, err)
}

// holder returns who holds a source's lease, or nil.
func (p *Passes) holder(ctx context.Context, source string, now time.Time) (*store.Lease, error) {
	leases, err := p.store.Leases(ctx, now)
	if err != nil {
		return nil, wrapLease(source, err)
	}
	for _, l := range leases {
		if l.Kind == store.SourceLease && l.Name == source {
			return &l, nil
		}
	}
	return nil, nil
}

// errLeaseLost is why a pass whose source's lease another process took
// over was stopped: it stores nothing of what it read (SourcePass.Run).
var errLeaseLost = errors.New("lost the source's lease to another process")

// renew keeps a source's lease while its pass runs. A lease lost (this
// process stalled longer than a lease, and another took the source over)
// stops the pass (errLeaseLost): two passes of one source at once would
// store its articles twice.
func (p *Passes) renew(ctx context.Context, stop context.CancelCauseFunc, source string, log *slog.Logger) {
	t := time.NewTicker(p.lease / 3)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		now := time.Now()
		ok, err := p.store.TryLease(ctx, source, p.owner.String(), now.Add(p.lease), now)
		switch {
		case err != nil && ctx.Err() == nil:
			log.Warn("renewing the source's lease failed; will try again", "err", err)
		case err == nil && !ok:
			log.Error("lost the source's lease to another process; stopping this pass")
			stop(errLeaseLost)
			return
		}
	}
}

// ReclaimDead takes back at once what dead processes of this host held:
// their sources' leases, the outbox's lease and the events they had
// claimed. A restarted claimtrack calls it first, instead of waiting for
// its predecessor's leases and claims to end.
func (p *Passes) ReclaimDead(ctx context.Context) error {
	now := time.Now()
	leases, err := p.store.Leases(ctx, now)
	if err != nil {
		return fmt.Errorf("reclaim: %w", err)
	}
	for _, l := range leases {
		o, ok := ParseOwner(l.Owner)
		if !ok || !p.owner.DeadOnThisHost(o) {
			continue
		}
		what := "source " + l.Name
		if l.Kind == store.SourceLease {
			_, err = p.store.TryLease(ctx, l.Name, l.Owner, time.Time{}, now)
		} else {
			// The outbox's lease and claims go together.
			what = fmt.Sprintf("lease %q and %d claimed events", l.Name, l.Claims)
			err = p.store.ReleaseOutbox(ctx, l.Name, l.Owner)
		}
		if err != nil {
			return fmt.Errorf("reclaim %s from %s: %w", what, l.Owner, err)
		}
		p.log.Info("took back what a process of this host held when it died", "what", what, "dead", l.Owner)
	}
	return nil
}
