package tracker

import (
	"context"
	"log/slog"
	"sync"
	"time"

	"github.com/claimtrack/claimtrack/model"
	"github.com/claimtrack/claimtrack/store"
)

// passHold keeps the first values a pass queues from being delivered
// before the pass ends. A first pass reads its archive oldest first,
// batchSize articles to a transaction, so the first value (announce_first)
// queued by its first transaction is the archive's oldest figure, which a
// later one replaces (reviseFirst); the daemon delivers every 10 s, and a
// delivery between the two would post the oldest figure and then nothing
// (the archive's moves are not posted). Held (store.EnqueueHeld), the
// event is posted when the pass ends, with the value the pass ended at.
// The hold is the source's (store.PassHold): a pass that stops on a failed
// transaction holds on (store.HoldAfterFailure), and the source's next
// pass, which reads the articles not stored again, revises the event if
// they replace its value and hands it back as it ends. While the pass
// runs, the hold is renewed as it reads and as it stores (keep), so that
// a pass that stores a stretch mid-read (heldTextBudget) and reads on for
// minutes keeps it, and beside the pass while it reads (renewWhile), so
// that a single page slower than HoldFor (a slow host's retries, a long
// crawl delay) keeps it too. Other events are not held; a later event of the held
// one's metric waits behind it (the store keeps a metric's events in
// order).
type passHold struct {
	name string // store.PassHold's
	// mu guards used and renewed: the renewer beside the pass
	// (renewWhile) asks them while the pass holds and renews.
	mu      sync.Mutex
	used    bool      // the pass has held or revised an event
	renewed time.Time // when the pass last renewed the hold
	log     *slog.Logger
	// clock is the wall clock the hold runs by (SourcePass.HoldClock;
	// nil: time.Now): when it holds, renews and ends, not when what the
	// pass reads was published.
	clock func() time.Time
}

// newPassHold is the hold of a pass of source, which logs to log and runs
// by clock (nil: time.Now).
func newPassHold(source string, log *slog.Logger, clock func() time.Time) *passHold {
	h := &passHold{name: store.PassHold(source), log: log, clock: clock}
	h.renewed = h.now()
	return h
}

// now is the hold's clock's reading.
func (h *passHold) now() time.Time {
	if h.clock != nil {
		return h.clock()
	}
	return time.Now()
}

// until is when an event held now is held until: HoldFor ahead (zero for
// no hold).
func (h *passHold) until() time.Time {
	if h == nil {
		return time.Time{}
	}
	return h.now().Add(store.HoldFor)
}

// holds says whether an event of kind is held until the pass ends: a first
// value, the one event a later transaction of its pass may rewrite.
func (h *passHold) holds(kind model.EventKind) bool {
	return h != nil && kind == model.EventFirst
}

// hold marks the hold used by an event held or revised now, which holds
// it HoldFor from now.
func (h *passHold) hold() {
	now := h.now()
	h.mu.Lock()
	h.used, h.renewed = true, now
	h.mu.Unlock()
}

// isUsed says whether the pass has held or revised an event.
func (h *passHold) isUsed() bool {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.used
}

// keep renews the hold, once it holds an event, when a quarter of HoldFor
// has gone since it last was: the pass is still running.
func (h *passHold) keep(ctx context.Context, s store.Store) {
	if h == nil {
		return
	}
	now := h.now()
	h.mu.Lock()
	due := h.used && now.Sub(h.renewed) >= store.HoldFor/4
	if due {
		h.renewed = now
	}
	h.mu.Unlock() // not held while the store is asked: the pass's transaction may be renewing too
	if !due {
		return
	}
	if err := s.RenewHeld(ctx, h.name, now.Add(store.HoldFor)); err != nil && ctx.Err() == nil {
		h.log.Warn("the hold on this pass's first values was not renewed", "err", err)
	}
}

// keepIn renews the hold, once it holds an event, in tx. A pass's
// transaction asks it as its first statement and as its last. First: the
// events earlier transactions held were held HoldFor from their commits,
// and a transaction running longer than that would let a delivery claim
// them mid-pass; renewed in it, their rows are the transaction's (in
// PostgreSQL a delivery's claim of one waits for the commit, then finds
// it held; in SQLite the transaction holds the whole file). Last: an event
// the transaction held was held HoldFor from when it was written, and a
// transaction slower than that after the write would commit a hold
// already run out. keep, between transactions and pages, cannot reach
// inside one.
func (h *passHold) keepIn(ctx context.Context, tx *store.Tx) error {
	if h == nil || !h.isUsed() {
		return nil
	}
	now := h.now()
	if err := tx.RenewHeld(ctx, h.name, now.Add(store.HoldFor)); err != nil {
		return err
	}
	h.mu.Lock()
	h.renewed = now
	h.mu.Unlock()
	return nil
}

// renewWhile renews the hold beside the pass until stop is called (once or
// more: a pass that panics stops it by its defer): every
// tick of the wall clock (0: HoldFor/8) it asks keep, which renews the
// hold by its own clock once a quarter of HoldFor has gone. The pass asks
// keep between pages and transactions; a single page can take longer than
// HoldFor (retries after a 5xx back off up to five minutes, a host's
// Crawl-delay, fetch.timeout set long), and while it is fetched only this
// renews the hold.
func (h *passHold) renewWhile(ctx context.Context, s store.Store, tick time.Duration) (stop func()) {
	if h == nil {
		return func() {}
	}
	if tick <= 0 {
		tick = store.HoldFor / 8
	}
	ctx, cancel := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() {
		defer close(done)
		t := time.NewTicker(tick)
		defer t.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-t.C:
				h.keep(ctx, s)
			}
		}
	}()
	var once sync.Once
	return func() { once.Do(func() { cancel(); <-done }) }
}

// end hands back what the pass held, as it ends (the next delivery posts
// it), or, after a failed transaction, holds it on for the source's next
// pass. It runs even when the pass was stopped (a cancelled ctx). A pass
// that held nothing still hands back what a failed pass of its source
// held.
func (h *passHold) end(ctx context.Context, s store.Store, failed bool) {
	if h == nil {
		return
	}
	rctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
	defer cancel()
	used := h.isUsed()
	if failed {
		if used {
			if err := s.RenewHeld(rctx, h.name, h.now().Add(store.HoldAfterFailure)); err != nil {
				h.log.Warn("holding this pass's first values for the next pass failed: they are delivered when the hold runs out", "in", store.HoldFor, "err", err)
			}
		}
		return
	}
	if err := s.ReleaseHeld(rctx, h.name); err != nil {
		if !used { // only asked after what an earlier pass may have held
			h.log.Debug("asking for first values an earlier pass held failed", "err", err)
			return
		}
		h.log.Warn("handing back the first values this pass held failed: they are delivered when the hold runs out", "err", err)
	}
}

// holdName is the name of the hold, "" for none.
func (h *passHold) holdName() string {
	if h == nil {
		return ""
	}
	return h.name
}
