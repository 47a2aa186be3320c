package tracker

import (
	"cmp"
	"context"
	"fmt"
	"log/slog"
	"net/url"
	"strings"
	"time"

	"github.com/claimtrack/claimtrack/scrape"
	"github.com/claimtrack/claimtrack/store"
)

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
	// firstRead says no pass over the source has succeeded before this
	// one: what it lists is the source's archive (Item.UndatedArchive).
	firstRead bool
	// noText counts the articles read whose page gave almost no text
	// besides its title (see noText); noTextURL is the first.
	noText    int
	noTextURL string
	// held is how many bytes of text items holds, for heldTextBudget.
	held int
	// hold keeps the first values the pass queues until it ends
	// (passHold); storeFailed says a transaction of the pass failed, which
	// leaves the hold to run out.
	hold        *passHold
	storeFailed bool
	// sites is the outlet of each host this pass named (siteName).
	sites map[string]string
}

// siteName is the outlet of an article a web source with no outlet: read:
// one site, one name. Pages of one site do not all name it (an older
// template, a live page, AMP): one gives og:site_name, the next only its
// feed's title or its host, and a level's next figure from the site
// would read as another outlet's ("outlets disagree"). So a page that
// names no site (scrape's OutletGuessed) takes the name its host's pages
// were given: this pass's first of the host, else the store's first
// (HostOutlet), else its own guess (its listing's name, its host). A page
// that names its site keeps it: one host may serve several outlets (a
// publisher's platform, a rehearsal's local servers), each page naming
// its own. The host is keyed with its port: two servers on one machine
// are two sites.
func (b *batch) siteName(ctx context.Context, a *scrape.Article) (string, error) {
	u, err := url.Parse(a.CanonicalURL)
	if err != nil || u.Host == "" {
		return a.Outlet, nil
	}
	host := strings.TrimPrefix(strings.ToLower(u.Host), "www.")
	if name, ok := b.sites[host]; ok && a.OutletGuessed {
		return name, nil
	}
	name := a.Outlet
	if a.OutletGuessed {
		stored, err := b.HostOutlet(ctx, host)
		if err != nil {
			return "", err
		}
		name = cmp.Or(stored, name)
	}
	if _, ok := b.sites[host]; !ok {
		if b.sites == nil {
			b.sites = map[string]string{}
		}
		b.sites[host] = name
	}
	return name, nil
}

type itemKind int8

const (
	newArticle       itemKind = iota // processed as new
	correctedArticle                 // processed as new: a stored article whose text changed
	copyOnly                         // stored only to link a copy
	pageOnly                         // an unchanged page's new validators
)

// add holds it, of kind k, to be stored with the pass. An item that is the
// original of one held (Item.originalOfItem) takes its place: that item,
// and any held copy of it, become its copies.
func (b *batch) add(it Item, k itemKind) {
	if was := it.originalOfItem; was > 0 {
		now := len(b.items) + 1
		for i := range b.items {
			if i+1 == was || b.items[i].CopyOfItem == was {
				b.items[i].CopyOfItem = now
			}
		}
		it.originalOfItem = 0
	}
	b.items, b.kinds = append(b.items, it), append(b.kinds, k)
	b.held += len(it.Article.Text)
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
// same story under two addresses), read after a pass stored what it held
// (heldTextBudget), is then unchanged, not new.
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

// nearCopy links rec, whose text is text, to the original it nearly
// copies: a stored article, or one earlier in the batch. Of two near copies
// read in one pass, the one read first is not the original for that alone:
// the one read now is when originalOf says so (a credit line, or published
// first), and the batch's item becomes its copy when it is added
// (Item.originalOfItem, add).
func (b *batch) nearCopy(ctx context.Context, it *Item, text string, since time.Time) error {
	rec := &it.Article
	id, err := b.Store.NearCopy(ctx, rec.Fingerprint, rec.CanonicalURL, since)
	if err != nil {
		return fmt.Errorf("look for an article %s nearly copies: %w", rec.CanonicalURL, err)
	}
	if id != 0 {
		rec.CopyOf, it.CopyStored = id, true
		return nil
	}
	for i := range b.items {
		o := &b.items[i]
		if o.CopyOfItem == 0 && o.Article.CopyOf == 0 && o.Article.CanonicalURL != rec.CanonicalURL && store.NearDuplicate(rec.Fingerprint, o.Article.Fingerprint) {
			a := *rec
			a.Text = text // the item's text is set after it is linked (runLink), and originalOf reads its credits
			if originalOf(a, o.Article) {
				it.originalOfItem = i + 1
			} else {
				it.CopyOfItem = i + 1
			}
			return nil
		}
	}
	return nil
}

// flush stores what the pass read, in publication order, batchSize
// articles to a transaction (storeInOrder), and counts what it changed.
func (p *SourcePass) flush(ctx context.Context, src scrape.Source, b *batch, res *Result, log *slog.Logger) {
	if len(b.items) == 0 {
		return
	}
	items, kinds := b.items, b.kinds
	b.items, b.kinds, b.held = nil, nil, 0
	left, err := storeInOrder(ctx, p.Store, items, kinds, p.judge, batchSize, p.now(), b.hold, p.Engine, func(items []Item, kinds []itemKind, done batchResult) {
		b.stored(items, done.refused)
		p.count(items, kinds, done, res, log)
	})
	if err != nil {
		// Read, but not stored: the next pass reads them again.
		b.storeFailed = true
		res.Failed += left
		log.Warn("storing articles failed: not stored; the next pass reads them again", "articles", left, "err", err)
		if res.Err == nil && ctx.Err() == nil {
			res.Err = err // processBatch says how many articles it was storing
		}
	}
}

// count counts what one transaction of a pass stored and changed.
func (p *SourcePass) count(items []Item, kinds []itemKind, done batchResult, res *Result, log *slog.Logger) {
	res.recount(done.revised)
	for i, outcomes := range done.all {
		if o := done.refused[i]; o != nil {
			// A page naming another source's article as its own: a
			// mistake in the outlet's markup, or a page posing as another
			// outlet. Either way its figures are not that outlet's.
			// (runLink has counted its verdict in Stats already.)
			res.Skipped++
			log.Warn("page claims an article another source stored first: not stored", "url", o.CanonicalURL, "owner", o.Owner, "page", items[i].Article.URL)
			continue
		}
		if done.readElsewhere[i] {
			// Another source of the outlet read it in a pass that ran at
			// the same time, and stored it first: unchanged, here.
			res.Skipped++
			continue
		}
		switch kinds[i] {
		case newArticle:
			res.New++
		case correctedArticle:
			res.New++
			res.Corrected++
		case copyOnly:
			res.Skipped++
		}
		for j, jd := range outcomes {
			res.Observations++
			o, out := items[i].Observations[j], jd.outcome
			switch {
			case jd.instead != 0 && !jd.queued:
				// It took the place of a figure whose message had gone (a
				// copy's change, posted before its original was read): that
				// figure's count stands, and this one posted nothing.
				res.keep(jd.id, out)
			case jd.instead != 0 && !res.tookOver(jd.instead, jd.insteadNow):
				res.Replacing++
				if res.replacing == nil {
					res.replacing = map[int64]replaced{}
				}
				res.replacing[jd.id] = replaced{of: jd.instead, ofNow: jd.insteadNow, outcome: out}
			case out == Change || jd.queued:
				res.posted(jd.id, out)
			default:
				res.keep(jd.id, out)
			}
			if p.Stats != nil {
				p.Stats.Observation(o.Metric, o.Rule, out.String())
			}
		}
	}
}

// posted counts an observation that made a message (a change, or Posted
// by its outcome).
func (res *Result) posted(id int64, out Outcome) {
	if out == Change {
		res.Changes++
	} else {
		res.Posted = count(res.Posted, out)
	}
	if res.posting == nil {
		res.posting = map[int64]Outcome{}
	}
	res.posting[id] = out
}

// tookOver moves an observation this pass counted as making a message
// (id) to Kept under its outcome now, another having taken its waiting
// message over; false when this pass did not count it so (an earlier
// pass's, or another source's).
func (res *Result) tookOver(id int64, now Outcome) bool {
	out, ok := res.posting[id]
	if !ok {
		return false
	}
	delete(res.posting, id)
	if out == Change {
		res.Changes--
	} else if res.Posted[out]--; res.Posted[out] == 0 {
		delete(res.Posted, out)
	}
	res.keep(id, now)
	return true
}

// keep counts an observation that made no message, by its outcome.
func (res *Result) keep(id int64, out Outcome) {
	res.Kept = count(res.Kept, out)
	if res.kept == nil {
		res.kept = map[int64]Outcome{}
	}
	res.kept[id] = out
}

// recount moves the observations this pass kept that a later batch's
// replay revised (the first once over an archive read newest first: the
// newest was a baseline until the older ones came) to their outcome now,
// so that "not posted: 1 baseline, 1 backlog" says what history shows.
// Those it did not keep (another source's, of the same run or not) it
// notes in revised, for RunAll's recountAcross.
func (res *Result) recount(revised map[int64]Outcome) {
	for id, to := range revised {
		from, ok := res.kept[id]
		if !ok {
			if res.revised == nil {
				res.revised = map[int64]bool{}
			}
			res.revised[id] = true
			continue
		}
		if from == to {
			continue
		}
		if res.Kept[from]--; res.Kept[from] == 0 {
			delete(res.Kept, from)
		}
		res.Kept[to]++
		res.kept[id] = to
	}
}

// count adds one to an outcome's count, making the map if need be.
func count(m map[Outcome]int, o Outcome) map[Outcome]int {
	if m == nil {
		m = map[Outcome]int{}
	}
	m[o]++
	return m
}
