// passes.go holds how the daemon starts a source's passes: a runtime swapped
// in, one pass run, and a source looked at again after another process's lease.

package daemon

import (
	"context"
	"math/rand/v2"
	"time"

	"github.com/robfig/cron/v3"

	"github.com/claimtrack/claimtrack/scrape"
	"github.com/claimtrack/claimtrack/tracker"
)

// apply swaps in a runtime: a new schedule for the new sources, and a
// pass of each, spread after a reload (startPasses); it returns when the
// last spread pass starts, zero when all start at once. Serving only, it
// swaps in the runtime's dashboard and schedules nothing.
func (d *Daemon) apply(ctx context.Context, rt *Runtime, reload bool) time.Duration {
	if d.opt.ServeOnly {
		d.mu.Lock()
		d.rt = rt
		d.mu.Unlock()
		return 0
	}
	c := cron.New(cron.WithParser(cron.NewParser(cron.Minute|cron.Hour|cron.Dom|cron.Month|cron.Dow|cron.Descriptor)),
		cron.WithChain(cron.Recover(cronLogger{d.opt.Log}), cron.SkipIfStillRunning(cronLogger{d.opt.Log})))
	for _, cs := range rt.Config.Sources {
		if cs.Disabled {
			continue
		}
		src, ok := findSource(rt.Sources, cs.Name)
		if !ok {
			continue
		}
		if _, err := c.AddFunc(cs.ScheduleSpec(), func() { d.runPass(ctx, src, true, tracker.RunOptions{}) }); err != nil {
			d.opt.Log.Error("schedule", "source", cs.Name, "err", err)
		}
	}
	d.passes.SetWorkers(rt.Config.Fetch.Workers)
	d.deliver.SetNotifier(rt.Notifier)
	d.mu.Lock()
	old := d.cron
	var before []scrape.Source
	if d.rt != nil {
		before = d.rt.Sources
	}
	d.rt, d.cron = rt, c
	d.stopDelayed() // the previous reload's, not started: this one reads them
	d.mu.Unlock()
	if old != nil {
		old.Stop() // running jobs finish; they hold their own runtime
	}
	c.Start()
	// Run everything once at start and after a reload, as a scheduler
	// tick would. A source whose pass is still running is skipped: this
	// run bypasses the scheduler's SkipIfStillRunning.
	return d.startPasses(ctx, rt.Sources, before, reload)
}

func findSource(list []scrape.Source, name string) (scrape.Source, bool) {
	for _, s := range list {
		if s.Name == name {
			return s, true
		}
	}
	return scrape.Source{}, false
}

// runPass runs one pass of a source: jitter (for scheduled runs), then
// the process's source passes (tracker.Passes.Run), which take a worker
// slot and respect the source's backoff and lease.
func (d *Daemon) runPass(ctx context.Context, src scrape.Source, scheduled bool, opt tracker.RunOptions) {
	d.mu.Lock()
	if d.stopping {
		d.mu.Unlock()
		return
	}
	d.running.Add(1)
	d.mu.Unlock()
	defer d.running.Done()
	if j := d.opt.Jitter; j > 0 && scheduled {
		select {
		case <-time.After(time.Duration(rand.Int64N(int64(j)))):
		case <-ctx.Done():
			return
		}
	}
	d.mu.Lock()
	rt := d.rt
	d.mu.Unlock()
	start := time.Now()
	ran := d.passes.Run(ctx, rt.Pass, src, opt)
	if ran.Skip == tracker.Leased {
		d.lookAgain(ctx, src, ran.Until)
	}
	if !ran.WasRead() {
		return
	}
	d.metrics.RunSeconds.WithLabelValues(src.Name).Observe(time.Since(start).Seconds())
	res := ran.Result
	attrs := []any{"source", src.Name, "links", res.Links, "new", res.New - res.Corrected, "observations", res.Observations, "changes", res.Changes}
	if res.Corrected > 0 {
		attrs = append(attrs, "corrected", res.Corrected)
	}
	// A message that is no change (a conflict, a lower figure, a first
	// value announced), as once's line says "1 conflict posted".
	if posted := tracker.KeptWords(res.Posted); posted != "" {
		attrs = append(attrs, "posted", posted)
	}
	if res.Replacing > 0 {
		attrs = append(attrs, "replacing", res.Replacing) // an earlier pass's logged change, its message rewritten
	}
	if res.NoText > 0 {
		attrs = append(attrs, "no_text", res.NoText) // the pass warned with what to do
	}
	if res.Unmodified {
		attrs = append(attrs, "listing", "unchanged (304)")
	}
	// Why a figure read posted nothing, as once's summary says it: a
	// file saved while run runs but dated before the metric's tracking
	// began is the archive's past, and changes=0 alone left a desk
	// waiting for a message.
	if kept := tracker.KeptWords(res.Kept); kept != "" {
		attrs = append(attrs, "not_posted", kept+tracker.ArchiveGloss(res.Kept))
	}
	switch {
	case emptyAgain(ran):
		d.opt.Log.Info("source run: page still empty", append(attrs, "empty_reads", ran.State.Failures+1, "err", res.Err)...)
	case res.Err != nil:
		d.opt.Log.Warn("source run failed", append(attrs, "err", res.Err)...)
	default:
		d.opt.Log.Info("source run", attrs...)
	}
	select {
	case d.drainNow <- struct{}{}:
	default:
	}
}

// lookAgain runs a source another process was reading when its lease
// ends, unless that process has read it since: had it died mid-pass, the
// source would otherwise wait for its next tick, which may be hours away.
func (d *Daemon) lookAgain(ctx context.Context, src scrape.Source, until time.Time) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.lookingAgain[src.Name] || d.stopping {
		return
	}
	d.lookingAgain[src.Name] = true
	skipped := time.Now()
	time.AfterFunc(time.Until(until)+time.Second, func() {
		d.mu.Lock()
		delete(d.lookingAgain, src.Name)
		current, ok := findSource(d.rt.Sources, src.Name)
		d.mu.Unlock()
		if ok { // not removed by a reload meanwhile
			d.runPass(ctx, current, false, tracker.RunOptions{UnlessAttemptedSince: skipped})
		}
	})
}
