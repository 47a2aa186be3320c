package main

import (
	"context"
	"fmt"
	"strings"
	"sync"

	"github.com/claimtrack/claimtrack/model"
	"github.com/claimtrack/claimtrack/notify"
	"github.com/claimtrack/claimtrack/store"
)

// Two processes on one store (docs/operations.md) share one outbox, and
// one of them at a time delivers it: the events once's pass queues may be
// posted by a claimtrack run beside it, before once drains or while it
// holds the outbox lease. Once's count of its own deliveries then read "0
// events delivered" under "1 change", as if delivery had failed. These
// helpers tell the events queued while once ran that another process
// delivered, or left waiting for it, from the store itself.

// postedHere wraps once's notifier to record the events this process
// tried to post: an event delivered that is not among them was delivered
// by another process.
type postedHere struct {
	notify.Notifier
	mu  sync.Mutex
	ids map[int64]bool
}

func newPostedHere(n notify.Notifier) *postedHere {
	return &postedHere{Notifier: n, ids: map[int64]bool{}}
}

func (p *postedHere) Notify(ctx context.Context, e model.Event) (notify.Delivery, bool, error) {
	p.mu.Lock()
	p.ids[e.ID] = true
	p.mu.Unlock()
	return p.Notifier.Notify(ctx, e)
}

func (p *postedHere) posted(id int64) bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.ids[id]
}

// newestEventID is the id of the newest event in the outbox, 0 when empty.
func newestEventID(ctx context.Context, st store.Store) (int64, error) {
	evs, err := st.Events(ctx, 1)
	if err != nil || len(evs) == 0 {
		return 0, err
	}
	return evs[0].ID, nil
}

// maxElsewhere bounds how many events queued during one once are read to
// count them (ids run in order; a gap only makes the read a little long).
const maxElsewhere = 1000

// elsewhere counts, among the events queued after the one numbered before,
// those delivered by another process and those still waiting in the
// outbox. Called after a drain that ended without error, a waiting event
// is another process's to deliver: it holds the outbox or the event, or
// queued it after once's drain and drains after its own pass.
type elsewhere struct{ delivered, waiting int }

func countElsewhere(ctx context.Context, st store.Store, before int64, here *postedHere) (elsewhere, error) {
	var c elsewhere
	newest, err := newestEventID(ctx, st)
	if err != nil || newest <= before {
		return c, err
	}
	evs, err := st.Events(ctx, int(min(newest-before, maxElsewhere)))
	if err != nil {
		return c, err
	}
	for _, e := range evs {
		switch {
		case e.ID <= before || here.posted(e.ID):
		case e.Delivered != nil:
			c.delivered++
		default:
			c.waiting++
		}
	}
	return c, nil
}

// words says it after once's own count ("0 events delivered"), "" when
// nothing was delivered or left elsewhere: a single process reads as
// before.
func (c elsewhere) words() string {
	var parts []string
	if c.delivered > 0 {
		parts = append(parts, fmt.Sprintf("%d by another claimtrack on this store", c.delivered))
	}
	if c.waiting > 0 {
		to := "another claimtrack on this store"
		if c.delivered > 0 {
			to = "another claimtrack"
		}
		parts = append(parts, fmt.Sprintf("%d left in the outbox to %s", c.waiting, to))
	}
	if len(parts) == 0 {
		return ""
	}
	return " here, " + strings.Join(parts, ", ")
}

// deliveredElsewhere counts the events another claimtrack delivered or was
// left while once ran; nothing when once's drain failed (its error says
// why events wait) or the outbox could not be read before the pass.
func (a *app) deliveredElsewhere(ctx context.Context, derr, berr error, before int64, here *postedHere) elsewhere {
	if derr != nil {
		return elsewhere{}
	}
	if berr != nil {
		a.log.Warn("reading the outbox before the pass failed; events another claimtrack on this store delivers are not counted", "err", berr)
		return elsewhere{}
	}
	c, err := countElsewhere(ctx, a.store, before, here)
	if err != nil {
		a.log.Warn("counting the events another claimtrack on this store delivered failed", "err", err)
	}
	return c
}
