package tracker

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"runtime/debug"
	"sync"
	"time"

	"github.com/claimtrack/claimtrack/internal/retryafter"
	"github.com/claimtrack/claimtrack/model"
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
	Backoff        health.Backoff
	Log            *slog.Logger
	Now            func() time.Time
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
	Source       string
	Links        int
	New          int // articles processed
	Skipped      int // unchanged, copies, not modified
	Failed       int // articles that could not be fetched or read
	Observations int
	Changes      int // observations that changed a metric
	Err          error
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
	return PolicyOf(s, p.ConflictWindow), MetricInfo{Name: name, Unit: s.Unit, ClaimantNames: p.claimantNames}
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
// are most of what storing costs, and a crash loses at most this many
// articles' work, which the next pass reads again (nothing of theirs was
// stored, so they are new to it).
const batchSize = 20

// Run makes one pass over a source and records how it went.
func (p *SourcePass) Run(ctx context.Context, src scrape.Source) (res Result) {
	res = Result{Source: src.Name}
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
	case err != nil:
		res.Err = err
	}
	res.Links = len(links)
	b := &batch{Store: p.Store}
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
		links = p.toRead(ctx, src, links, b.pages, &res)
	}
	retry := false // an article failed in a way that may pass next time
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
		if len(b.items) >= batchSize {
			p.flush(ctx, src, b, &res, log)
		}
	}
	p.flush(ctx, src, b, &res, log)
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

// toRead keeps the links a pass fetches: every article not stored yet,
// and a stored one only when its re-check is due (scrape.Rechecks),
// counted from the page's own last fetch; the others count as skipped.
func (p *SourcePass) toRead(ctx context.Context, src scrape.Source, links []scrape.Link, pages map[string]store.PageState, res *Result) []scrape.Link {
	// The source's last good pass stands in for a page fetched before the
	// store recorded each page's fetch time.
	st, err := p.Store.SourceState(ctx, src.Name)
	if err != nil {
		st = model.SourceState{} // each such page then due, as if the source were new
	}
	rechecks, now := cmp.Or(p.Rechecks, &scrape.DefaultRechecks), p.now()
	kept := links[:0:0]
	for _, l := range links {
		ps := pages[l.URL]
		stored := ps.TextHash != "" || ps.Validators != (scrape.Validators{}) || !ps.Checked.IsZero()
		last := ps.Checked
		if last.IsZero() {
			last = st.LastSuccess
		}
		if l.Published.IsZero() {
			l.Published = ps.Published // the page's own date, when the listing gives none
		}
		if l.Path != "" || !stored || rechecks.Due(l, last, now) {
			kept = append(kept, l)
			continue
		}
		res.Skipped++
		p.stat(src.Name, "not_due")
	}
	return kept
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
	if _, err := RecordFetch(ctx, p.Store, src.Name, res.Err, res.New, p.now(), p.Backoff); err != nil && ctx.Err() == nil {
		log.Error("record fetch state", "err", err)
	}
}

// batch holds the articles of a pass not yet stored. As a scrape.Seen it
// answers from the store and from itself, so that a text met twice in one
// pass is judged as it would be had the first been stored already.
type batch struct {
	store.Store
	// pages is what the store knew of the pass's links when it began.
	pages map[string]store.PageState
	items []Item
	// kinds is parallel to items: what each is stored as.
	kinds []itemKind
}

type itemKind int8

const (
	newArticle itemKind = iota // processed as new
	copyOnly                   // stored only to link a copy
	pageOnly                   // an unchanged page's new validators
)

func (b *batch) add(it Item, k itemKind) {
	b.items, b.kinds = append(b.items, it), append(b.kinds, k)
}

func (b *batch) HashAt(ctx context.Context, canonicalURL string) (string, error) {
	for i := len(b.items) - 1; i >= 0; i-- {
		if a := &b.items[i].Article; a.CanonicalURL == canonicalURL {
			return a.TextHash, nil
		}
	}
	if ps, ok := b.pages[canonicalURL]; ok {
		return ps.TextHash, nil
	}
	return b.Store.HashAt(ctx, canonicalURL)
}

// stored brings what the batch knew of its pages up to date with items
// just stored: a later link of the pass with the same canonical URL (the
// same story under two addresses) is then unchanged, not new.
func (b *batch) stored(items []Item, refused []*store.OwnedError) {
	for i, it := range items {
		if ps, ok := b.pages[it.Article.CanonicalURL]; ok && refused[i] == nil {
			ps.TextHash = it.Article.TextHash
			b.pages[it.Article.CanonicalURL] = ps
		}
		if ps, ok := b.pages[it.Page]; ok {
			ps.Validators = it.Validators
			b.pages[it.Page] = ps
		}
	}
}

func (b *batch) URLWithHash(ctx context.Context, hash string) (string, error) {
	if u, err := b.Store.URLWithHash(ctx, hash); u != "" || err != nil {
		return u, err
	}
	for i := range b.items {
		if a := &b.items[i].Article; a.TextHash == hash {
			return a.CanonicalURL, nil
		}
	}
	return "", nil
}

// nearCopy links rec to the original it nearly copies: a stored article,
// or one earlier in the batch.
func (b *batch) nearCopy(ctx context.Context, it *Item, since time.Time) error {
	rec := &it.Article
	id, err := b.Store.NearCopy(ctx, rec.Fingerprint, rec.CanonicalURL, since)
	if err != nil || id != 0 {
		rec.CopyOf = id
		return err
	}
	for i := range b.items {
		o := &b.items[i]
		if o.CopyOfItem == 0 && o.Article.CopyOf == 0 && o.Article.CanonicalURL != rec.CanonicalURL && store.NearDuplicate(rec.Fingerprint, o.Article.Fingerprint) {
			it.CopyOfItem = i + 1
			return nil
		}
	}
	return nil
}

// flush stores the batch in one transaction and counts what it changed.
func (p *SourcePass) flush(ctx context.Context, src scrape.Source, b *batch, res *Result, log *slog.Logger) {
	if len(b.items) == 0 {
		return
	}
	items, kinds := b.items, b.kinds
	b.items, b.kinds = nil, nil
	all, refused, err := processBatch(ctx, p.Store, items, p.judge)
	if err != nil {
		res.Failed += len(items)
		log.Warn("storing articles failed", "articles", len(items), "err", err)
		if res.Err == nil && ctx.Err() == nil {
			res.Err = fmt.Errorf("store %d articles: %w", len(items), err)
		}
		return
	}
	b.stored(items, refused)
	for i, outcomes := range all {
		if o := refused[i]; o != nil {
			// A page naming another source's article as its own: a
			// mistake in the outlet's markup, or a page posing as another
			// outlet. Either way its figures are not that outlet's.
			// (runLink has counted its verdict in Stats already.)
			res.Skipped++
			log.Warn("page claims an article another source stored first: not stored", "url", o.CanonicalURL, "owner", o.Owner, "page", items[i].Article.URL)
			continue
		}
		switch kinds[i] {
		case newArticle:
			res.New++
		case copyOnly:
			res.Skipped++
		}
		for j, out := range outcomes {
			res.Observations++
			if out == Change {
				res.Changes++
			}
			if p.Stats != nil {
				o := items[i].Observations[j]
				p.Stats.Observation(o.Metric, o.Rule, out.String())
			}
		}
	}
}

// runLink reads one article and adds it to the batch when it is to be
// stored; it reports whether it did (false: not modified or unchanged,
// which is no failure). flush counts what it added as new or skipped.
//
// The page's validators (ETag, Last-Modified) are stored with the article,
// in the batch's transaction: stored before it, a crash in between would
// leave the page answered 304 at the next pass and the article never read.
func (p *SourcePass) runLink(ctx context.Context, src scrape.Source, l scrape.Link, b *batch) (stored bool, err error) {
	// A page is untrusted input for a parser, an extractor and a figure
	// finder, any of which may have a bug some page sets off. A panic here
	// would take the daemon down, and after a restart the same article,
	// never stored, would take it down again: it fails this article alone.
	defer func() {
		if r := recover(); r != nil {
			p.Log.Error("reading an article panicked: a bug in claimtrack, please report it with the URL", "url", l.URL, "panic", r, "stack", string(debug.Stack()))
			stored, err = false, fmt.Errorf("%s: internal error: %v", l.URL, r)
		}
	}()
	v := b.pages[l.URL].Validators // Run read them for every link to fetch
	a, resp, err := p.Fetcher.Article(ctx, l, src, v)
	if err != nil {
		return false, err
	}
	var page string
	if l.Path == "" {
		page = l.URL
	}
	if a == nil { // 304: unchanged since the last pass
		p.stat(src.Name, "not_modified")
		if page != "" {
			if resp.Validators != (scrape.Validators{}) {
				v = resp.Validators
			}
			b.add(Item{Page: page, Validators: v, Checked: p.now(), PagePublished: b.pages[l.URL].Published}, pageOnly)
		}
		return false, nil
	}
	if a.Cut > 0 {
		p.Log.Debug("page longer than claimtrack reads: its end left out", "url", a.URL, "source", src.Name, "bytes_left_out", a.Cut, "bytes_read", len(a.Text))
	}
	class, orig, err := scrape.Classify(ctx, b, a)
	if err != nil {
		return false, fmt.Errorf("%s: %w", a.CanonicalURL, err)
	}
	p.stat(src.Name, class.String())
	if class == scrape.Unchanged {
		if page != "" {
			b.add(Item{Page: page, Validators: resp.Validators, Checked: p.now(), PagePublished: a.Published}, pageOnly)
		}
		return false, nil
	}
	it := Item{Article: p.record(src, a), Page: page, Validators: resp.Validators, Checked: p.now(), PagePublished: a.Published}
	// A syndicated or re-spun copy is linked to its original (an exact copy
	// has the same fingerprint): its outlet does not count as another one
	// agreeing.
	if err := b.nearCopy(ctx, &it, p.now().Add(-p.copyWindow())); err != nil {
		return false, err
	}
	if class == scrape.Copy {
		p.Log.Debug("copy of an article already read", "url", a.CanonicalURL, "original", orig)
		b.add(it, copyOnly)
		return true, nil
	}
	// The text the rules read is stored with the article, for `rules
	// misses --store`; a copy's is its original's.
	it.Article.Text = a.Text
	found := bestPerMetric(p.Engine.Extract(a.Text), p.byClaimant)
	it.Observations = make([]model.Observation, len(found))
	for i, o := range found {
		it.Observations[i] = observationOf(o)
	}
	b.add(it, newArticle)
	return true, nil
}

// observationOf is what the store keeps of an engine's observation.
func observationOf(o rules.Observation) model.Observation {
	m := model.Observation{Metric: o.Metric, Readings: modelReadings(o.Values), Quote: o.Quote, QuoteStart: o.QuoteStart, QuoteEnd: o.QuoteEnd, Rule: o.Rule}
	if c := o.Claimant; c != nil {
		m.ClaimantID, m.ClaimantWords, m.ClaimantHow = c.ID, c.Words, string(c.How)
	}
	return m
}

// byClaimant reports whether a metric is judged by claimant.
func (p *SourcePass) byClaimant(metric string) bool {
	pol, _ := p.judge(metric)
	return pol.ByClaimant
}

// bestPerMetric keeps one observation per metric (per metric and claimant
// for a metric judged by claimant: one article may give the ministry's
// toll and the military's count): an article makes one claim about a
// figure, often repeated (the headline, then the body). The most precise
// wins; on a tie, the longer quote, which says more than a headline does.
func bestPerMetric(obs []rules.Observation, byClaimant func(metric string) bool) []rules.Observation {
	best := map[string]int{}
	var order []string
	for i, o := range obs {
		k := o.Metric
		if o.Claimant != nil && byClaimant != nil && byClaimant(o.Metric) {
			k += "\x00" + store.ClaimantKey(observationOf(o))
		}
		j, ok := best[k]
		if !ok {
			best[k] = i
			order = append(order, k)
			continue
		}
		w, bw := widthOf(o), widthOf(obs[j])
		if w < bw || w == bw && len(o.Quote) > len(obs[j].Quote) {
			best[k] = i
		}
	}
	out := make([]rules.Observation, 0, len(order))
	for _, m := range order {
		out = append(out, obs[best[m]])
	}
	return out
}

// widthOf sums how wide the ranges of an observation's values are.
func widthOf(o rules.Observation) float64 {
	w := 0.0
	for _, v := range o.Values {
		w += v.Width()
	}
	return w
}

func (p *SourcePass) stat(source, verdict string) {
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

func (p *SourcePass) record(src scrape.Source, a *scrape.Article) model.Article {
	outlet := src.Outlet
	if outlet == "" {
		outlet = a.Outlet
	}
	if outlet == "" {
		outlet = src.Name
	}
	published := a.Published
	if published.IsZero() {
		published = p.now() // undated: as of when we read it
	}
	return model.Article{Source: src.Name, Outlet: outlet, URL: a.URL, CanonicalURL: a.CanonicalURL, Title: a.Title,
		Published: published, Fetched: p.now(), TextHash: a.TextHash, Fingerprint: store.Fingerprint(a.Text)}
}

func modelReadings(vals []rules.Value) []model.Reading {
	out := make([]model.Reading, len(vals))
	for i, v := range vals {
		out[i] = model.Reading{Name: v.Name, Value: v.Value, Low: v.Low, High: v.High, Qualifier: v.Qualifier.Name(), Unit: v.Unit, Text: v.Text}
	}
	return out
}
