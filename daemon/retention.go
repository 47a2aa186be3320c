package daemon

import (
	"context"
	"time"

	"github.com/claimtrack/claimtrack/config"
	"github.com/claimtrack/claimtrack/store"
)

// retentionLoop prunes the store as the current configuration's retention
// block says, until ctx ends. A reload's new settings apply from the next
// prune on. Replicas each prune: pruning twice removes nothing more.
func (d *Daemon) retentionLoop(ctx context.Context) {
	timer := time.NewTimer(d.opt.RetentionDelay)
	defer timer.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-timer.C:
		}
		d.mu.Lock()
		r := d.rt.Config.Retention
		d.mu.Unlock()
		d.prune(ctx, r, time.Now())
		timer.Reset(r.Interval())
	}
}

// prune runs one retention pass as of now and logs what it removed.
func (d *Daemon) prune(ctx context.Context, r config.Retention, now time.Time) {
	if r.Disabled {
		return
	}
	log := d.opt.Log
	p, err := d.opt.Store.Prune(ctx, RetentionOf(r, now))
	if err != nil {
		if ctx.Err() == nil {
			log.Error("pruning the store failed; it will be tried again", "err", err, "next", r.Interval())
		}
		return
	}
	log.Info("store pruned", "fingerprints", p.Fingerprints, "articles", p.Articles, "texts", p.Texts, "validators", p.Validators, "event_payloads", p.Payloads)
}

// RetentionOf is what a retention block prunes as of now.
func RetentionOf(r config.Retention, now time.Time) store.Retention {
	return store.Retention{ArticlesBefore: now.Add(-r.Articles()), TextsBefore: now.Add(-r.Texts()), PayloadsBefore: now.Add(-r.EventPayloads())}
}
