package tracker

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"runtime/debug"
	"sync"
	"time"

	"github.com/claimtrack/claimtrack/internal/retryafter"
	"github.com/claimtrack/claimtrack/rules"
	"github.com/claimtrack/claimtrack/rules/claimant"
	"github.com/claimtrack/claimtrack/scrape"
	"github.com/claimtrack/claimtrack/store"
	"github.com/claimtrack/claimtrack/tracker/health"
)

// SourcePass is one pass of claimtrack's work over a source: discover new
// articles, extract them, find observations, judge and store them.
type SourcePass struct {
	Store          store.Store
	Fetcher        *scrape.Fetcher
	Engine         *rules.Engine
	ConflictWindow time.Duration
	// AnnounceRecent is Policy.AnnounceRecent for every metric
	// (tracker.announce_recent).
	AnnounceRecent time.Duration
	Backoff        health.Backoff
	Log            *slog.Logger
	Now            func() time.Time
	// HoldClock is the wall clock a pass's hold on its first values runs
	// by (passHold: held, renewed, handed back); nil is time.Now. Now
	// dates what the pass reads, and a test may set it to a day long
	// past, while the hold races the daemon's deliveries now.
	HoldClock func() time.Time
	// HoldTick is how often, by the wall clock, the pass asks whether its
	// hold is due a renewal while it reads (passHold.renewWhile; 0:
	// HoldFor/8).
	HoldTick time.Duration
	// CopyWindow is how far back near-duplicate texts are looked for.
	CopyWindow time.Duration
	// Stats, when set, is told what each pass did (Prometheus metrics).
	Stats Stats
	// ClaimantNames are the display names of the configured claimants by
	// id (config.Config.ClaimantEntities); the shipped ones when nil.
	ClaimantNames map[string]string
	// Rechecks says when an article already stored is read again; nil
	// means scrape.DefaultRechecks.
	Rechecks *scrape.Rechecks

	specsOnce     sync.Once
	specs         map[string]rules.MetricSpec
	claimantNames map[string]string
}

// Stats receives counts from source passes.
type Stats interface {
	Fetched(source string, err error)
	Article(source string, verdict string)
	Observation(metric, rule, outcome string)
}

// Result says what a pass over one source did.
type Result struct {
	Source string
	Links  int
	New    int // articles processed
	// Corrected counts those of New that were stored already and read
	// again with another text (a correction, an edited file): "1 new"
	// alone reads as another article.
	Corrected    int
	Skipped      int // unchanged, copies, not modified
	Failed       int // articles that could not be fetched, read or stored
	Observations int
	Changes      int // observations that changed a metric
	// Kept counts the observations that changed nothing by their outcome
	// (baseline, stale, backlog ...): a first pass over saved articles is
	// all of these, and says so, or "0 changes" reads as a pass that
	// found nothing.
	Kept map[Outcome]int
	// kept is the outcome each observation counted in Kept was counted
	// under, by id, for recount.
	kept map[int64]Outcome
	// revised holds the observations of earlier passes, or of other
	// sources of this one, whose outcome this pass's replays changed:
	// RunAll recounts those another source kept (recountAcross).
	revised map[int64]bool
	// Posted counts the observations other than changes that made a
	// message by their outcome: a possible correction, a conflict, a
	// first value announced (announce_first). Kept counts none of them.
	Posted map[Outcome]int
	// posting is the outcome each observation counted in Changes or
	// Posted was counted under, by id: one whose waiting message a later
	// observation took over (judged.instead) moves to Kept.
	posting map[int64]Outcome
	// Replacing counts the observations whose message is the one an
	// earlier pass counted, its waiting message rewritten to them ("ten
	// thousand" counted as a change, then the ministry's 10,212 of a
	// minute before it posted in its place): counted in neither Changes
	// nor Posted, so that the lines add up to the messages posted.
	// replacing holds them by id, for RunAll's recountAcross, which moves
	// them to Changes or Posted where the earlier pass ran in the same run
	// and its count moves to Kept.
	Replacing int
	replacing map[int64]replaced
	// Unmodified says the feed or page answered that it is unchanged
	// since the last read (a 304), so that no link was listed: "0
	// articles listed" alone reads as a selector that finds nothing.
	Unmodified bool
	// NoText counts the articles read (new or corrected) whose page gave
	// no figure and almost no text besides its title, and NoTextURL is
	// one of them: an
	// outlet that changed its layout reads as title-only pages, and its
	// figures stop without any error.
	NoText    int
	NoTextURL string
	// Address is what the pass read (scrape.Source.Address), recorded
	// with the source's backoff.
	Address string
	// Robots is what the host's robots.txt said of the source's listing
	// when the pass ended (scrape.Fetcher.RobotsStatus), recorded with
	// the source's state for every process's dashboard.
	Robots string
	Err    error
}

// replaced is an observation counted in Replacing: the one whose message
// it took over, that one's outcome now, and its own.
type replaced struct {
	of      int64
	ofNow   Outcome
	outcome Outcome
}

func (p *SourcePass) now() time.Time {
	if p.Now != nil {
		return p.Now()
	}
	return time.Now()
}

func (p *SourcePass) judge(metric string) (Policy, MetricInfo) {
	p.specsOnce.Do(func() {
		p.specs = map[string]rules.MetricSpec{}
		for _, s := range p.Engine.Metrics() {
			p.specs[s.ID] = s
		}
		p.claimantNames = p.ClaimantNames
		if p.claimantNames == nil {
			p.claimantNames = ClaimantNames(claimant.Defaults())
		}
	})
	s := p.specs[metric]
	name := s.Name
	if name == "" {
		name = s.ID
	}
	pol := PolicyOf(s, p.ConflictWindow)
	pol.AnnounceRecent = p.AnnounceRecent
	return pol, MetricInfo{Name: name, Unit: s.Unit, ClaimantNames: p.claimantNames, Scope: s.Scope,
		claimantOwn: p.Engine.ClaimantFinder().OwnWord}
}

// ClaimantNames maps claimants' ids to their display names.
func ClaimantNames(list []claimant.Entity) map[string]string {
	names := make(map[string]string, len(list))
	for _, e := range list {
		if e.Name != "" {
			names[e.ID] = e.Name
		}
	}
	return names
}

// batchSize is how many articles a pass stores in one transaction: commits
// are most of what storing costs. A pass stores nothing until it has read
// every article it lists (storeInOrder), so a crash while it reads loses
// the pass's work, and one while it stores the transactions not yet
// committed: the next pass reads those articles again (nothing of theirs
// was stored, so they are new to it). A pass stopped while it reads (a
// stop past the grace period, a cancelled `once`) stores what it read
// (cutShortStore).
const batchSize = 20

// heldTextBudget bounds the text a pass holds before it judges what it
// read: past it the pass stores what it holds, in publication order, and
// reads on, so that a source with a large max_items over big pages (each
// text up to scrape.MaxTextBytes) does not hold them all at once. Only
// articles read in one stretch are then judged in publication order with
// each other; 32 MiB is thousands of news stories, and the default
// max_items (50) of the largest pages. A variable for the tests.
var heldTextBudget = 32 << 20

// cutShortStore is how long a pass stopped while it reads may take to
// store what it read: the daemon's grace period is over, or `once` was
// interrupted, so it is short. A pass whose lease another process took
// over stores nothing (errLeaseLost): that process reads the source now.
const cutShortStore = 5 * time.Second

// Run makes one pass over a source and records how it went.
func (p *SourcePass) Run(ctx context.Context, src scrape.Source) (res Result) {
	res = Result{Source: src.Name, Address: src.Address()}
	log := p.Log.With("source", src.Name)
	// A feed or section page is untrusted input too (see runLink): a
	// panic fails this pass of this source, not the daemon.
	defer func() {
		if r := recover(); r != nil {
			log.Error("a pass panicked: a bug in claimtrack, please report it with the source's address", "panic", r, "stack", string(debug.Stack()))
			res.Err = fmt.Errorf("%s: internal error: %v", src.Name, r)
		}
	}()
	listing := src.Listing()
	var seen scrape.Validators
	if listing != "" {
		var err error
		if seen, err = p.Store.Validators(ctx, listing); err != nil {
			res.Err = fmt.Errorf("%s: validators: %w", listing, err)
			p.finish(ctx, src, &res, log)
			return res
		}
	}
	links, fresh, err := p.Fetcher.DiscoverSince(ctx, src, seen)
	switch {
	case errors.Is(err, scrape.ErrNotModified):
		err = nil // the feed or page is unchanged: nothing new
		res.Unmodified = true
	case err != nil:
		res.Err = err
	}
	res.Links = len(links)
	// The source's state before this pass: its last good pass, which
	// stands in for pages fetched before the store recorded each page's
	// fetch time (toRead), and says whether the source was read before
	// (undated articles: see undatedArchive). Unreadable, the source is
	// taken as new to the re-checks and as read before to the judge: the
	// worst either does is what a pass did before this was known.
	st, stErr := p.Store.SourceState(ctx, src.Name)
	b := &batch{Store: p.Store, firstRead: stErr == nil && st.LastSuccess.IsZero(), hold: newPassHold(src.Name, log, p.HoldClock)}
	if len(links) > 0 {
		urls := make([]string, 0, len(links))
		for _, l := range links {
			if l.Path == "" {
				urls = append(urls, l.URL)
			}
		}
		if b.pages, err = p.Store.Pages(ctx, urls); err != nil {
			res.Err = fmt.Errorf("%s: %w", src.Name, err)
			links = nil
		}
		links = p.toRead(src, links, b.pages, st.LastSuccess, &res)
	}
	retry := false // an article failed in a way that may pass next time
	stopRenewing := b.hold.renewWhile(ctx, p.Store, p.HoldTick)
	defer stopRenewing() // a pass that panics must not renew its hold for ever
	for _, l := range links {
		if ctx.Err() != nil {
			res.Err = ctx.Err()
			break
		}
		ok, err := p.runLink(ctx, src, l, b)
		if err != nil {
			res.Failed++
			log.Warn("article failed", "url", l.URL, "err", err)
			retry = retry || !gone(err)
			if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
				res.Err = err
				break
			}
			if retryafter.Wait(err) > 0 {
				res.Err = err // the host asked us to stop for now
				break
			}
			continue
		}
		if !ok {
			res.Skipped++
		}
		b.hold.keep(ctx, p.Store)
		if b.held > heldTextBudget {
			p.flush(ctx, src, b, &res, log)
		}
	}
	stopRenewing()
	// Judged only now that the pass has read every article, in
	// publication order, not the order the listing gave (passorder.go).
	storeCtx := ctx
	if ctx.Err() != nil && !errors.Is(context.Cause(ctx), errLeaseLost) {
		// Stopped while reading: what was read is kept, and the rest,
		// read by the next pass, is judged after it.
		var cancel context.CancelFunc
		storeCtx, cancel = context.WithTimeout(context.WithoutCancel(ctx), cutShortStore)
		defer cancel()
	}
	p.flush(storeCtx, src, b, &res, log)
	b.hold.end(ctx, p.Store, b.storeFailed) // the pass's first values go out with the value it ended at
	if res.NoText, res.NoTextURL = b.noText, b.noTextURL; res.NoText > 0 {
		log.Warn(NoTextAdvice(res.NoText), "example", res.NoTextURL)
	}
	// The listing's validators, only now that every article it points to
	// is stored: a failed article is then looked for again next pass
	// instead of hidden behind a 304. One that is gone (404, 410) will not
	// come back, and does not keep the feed from being fetched
	// conditionally.
	if listing != "" && fresh != seen && fresh != (scrape.Validators{}) && res.Err == nil && !retry && (res.Failed == 0 || res.Failed < res.Links) {
		if err := p.Store.SaveValidators(ctx, listing, fresh); err != nil && ctx.Err() == nil {
			log.Warn("storing the listing's validators failed", "url", listing, "err", err)
		}
	}
	p.finish(ctx, src, &res, log)
	return res
}

// NoTextAdvice says what n articles that gave no text besides their
// title may mean, and what to do.
func NoTextAdvice(n int) string {
	what := "1 article read gave"
	if n != 1 {
		what = fmt.Sprintf("%d articles read gave", n)
	}
	return what + " almost no text besides the title, so no figure in the story could be read: " +
		"if the outlet changed its page layout, see what claimtrack reads with `claimtrack extract --text URL` " +
		"and set the source's content: selector (a video or gallery page is also this)"
}

// gone reports whether an article's page is no longer there.
func gone(err error) bool {
	var se *scrape.StatusError
	return errors.As(err, &se) && (se.Status == http.StatusNotFound || se.Status == http.StatusGone)
}

// finish judges the pass as a whole and records how it went.
func (p *SourcePass) finish(ctx context.Context, src scrape.Source, res *Result, log *slog.Logger) {
	if res.Err == nil && res.Links > 0 && res.Failed == res.Links {
		res.Err = fmt.Errorf("all %d articles failed", res.Failed)
	}
	if p.Stats != nil {
		p.Stats.Fetched(src.Name, res.Err)
	}
	if p.Fetcher != nil {
		// What robots.txt says of the listing, for every process's
		// dashboard (model.SourceState.Robots); a fetcher that has not
		// read the host (a pass that ended first) leaves the stored
		// reading as it is (review59).
		if st := p.Fetcher.RobotsStatus(src.Location()); st != scrape.RobotsNotRead {
			res.Robots = st
		}
	}
	if _, err := RecordFetch(ctx, p.Store, *res, p.now(), p.Backoff); err != nil && ctx.Err() == nil {
		log.Error("record fetch state", "err", err)
	}
}

// countVerdict tells Stats, when set, what became of an article.
func (p *SourcePass) countVerdict(source, verdict string) {
	if p.Stats != nil {
		p.Stats.Article(source, verdict)
	}
}

func (p *SourcePass) copyWindow() time.Duration {
	if p.CopyWindow > 0 {
		return p.CopyWindow
	}
	return 7 * 24 * time.Hour
}
