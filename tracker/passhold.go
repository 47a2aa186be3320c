package tracker

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"log/slog"
	"time"

	"github.com/claimtrack/claimtrack/model"
	"github.com/claimtrack/claimtrack/store"
)

// passHold keeps the first values a pass queues from being delivered
// before the pass ends. A first pass reads its archive oldest first, batchSize
// articles to a transaction, so the first value (announce_first) queued by
// its first transaction is the archive's oldest figure, which a later one
// replaces (reviseFirst); the daemon delivers every 10 s, and a delivery
// between the two would post the oldest figure and then nothing (the
// archive's moves are not posted). Held (store.EnqueueHeld), the event is
// posted when the pass ends, with the value the pass ended at. A pass that
// stops on a failed transaction leaves its hold to run out (store.HoldFor):
// the next pass reads the articles not stored again, and revises and holds
// the event again if they replace its value. Other events are not held; a
// later event of the held one's metric waits behind it (the store keeps
// a metric's events in order).
type passHold struct {
	name string // store.PassHold's
	used bool   // the pass has held or revised an event
}

// newPassHold names a hold for a pass of source: the source and a random
// id, so that no two passes share one.
func newPassHold(source string) *passHold {
	var id [4]byte
	_, _ = rand.Read(id[:]) // never fails (crypto/rand since Go 1.24)
	return &passHold{name: store.PassHold(source + " " + hex.EncodeToString(id[:]))}
}

// holds says whether an event of kind is held until the pass ends: a first
// value, the one event a later transaction of its pass may rewrite.
func (h *passHold) holds(kind model.EventKind) bool {
	return h != nil && kind == model.EventFirst
}

// renew moves the hold's end on at each transaction of the pass.
func (h *passHold) renew(ctx context.Context, tx *store.Tx) error {
	if h == nil || !h.used {
		return nil
	}
	return tx.RenewHeld(ctx, h.name, time.Now().Add(store.HoldFor))
}

// release hands back what the pass held, as it ends: the next delivery
// posts it. It runs even when the pass was stopped (a cancelled ctx).
func (h *passHold) release(ctx context.Context, s store.Store, log *slog.Logger) {
	if h == nil || !h.used {
		return
	}
	rctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
	defer cancel()
	if err := s.ReleaseHeld(rctx, h.name); err != nil {
		log.Warn("handing back the first values this pass held failed: they are delivered when the hold runs out", "in", store.HoldFor, "err", err)
	}
}

// holdName is the name of the hold, "" for none.
func (h *passHold) holdName() string {
	if h == nil {
		return ""
	}
	return h.name
}
