package tracker

import (
	"time"

	"github.com/claimtrack/claimtrack/scrape"
	"github.com/claimtrack/claimtrack/store"
)

// toRead keeps the links a pass fetches: every article not stored yet,
// and a stored one only when its re-check is due (scrape.Rechecks),
// counted from the page's own last fetch, or when its feed item was
// revised since (revisedItems); the others count as skipped. lastGood,
// the source's last good pass, stands in for a page fetched before the
// store recorded each page's fetch time (zero: each such page is due, as
// if the source were new).
func (p *SourcePass) toRead(src scrape.Source, links []scrape.Link, pages map[string]store.PageState, lastGood time.Time, res *Result) []scrape.Link {
	rechecks, now := scrape.DefaultRechecks, p.now() // a copy: the default is shared
	if p.Rechecks != nil {
		rechecks = *p.Rechecks
	}
	revised := p.revisedItems(src, links, pages)
	kept := links[:0:0]
	for _, l := range links {
		ps := pages[l.URL]
		stored := ps.TextHash != "" || ps.Validators != (scrape.Validators{}) || !ps.Checked.IsZero()
		last := ps.Checked
		if last.IsZero() {
			last = lastGood
		}
		if l.Published.IsZero() {
			l.Published = ps.Published // the page's own date, when the listing gives none
		}
		if l.Path != "" || !stored || rechecks.Due(l, last, now) || revised[l.URL] {
			kept = append(kept, l)
			continue
		}
		res.Skipped++
		p.countVerdict(src.Name, "not_due")
	}
	return kept
}

// revisedItems are the stored links whose feed item says something else
// than when their page was last fetched (scrape.ListingRevised): read
// again in this pass, each a conditional GET. A feed whose items all
// change at every read (a view count, a "5 minutes ago" in each summary)
// would have every page fetched every pass: when over half of the
// items known, and over churnFloor, changed at once, the feed's own
// churn is taken for it and its pages wait for their re-checks (logged at
// debug level: a churning feed would say it at every pass).
func (p *SourcePass) revisedItems(src scrape.Source, links []scrape.Link, pages map[string]store.PageState) map[string]bool {
	known, out := 0, map[string]bool{}
	for _, l := range links {
		if before := pages[l.URL].Listed; before != "" && l.Listed != "" {
			known++
			if scrape.ListingRevised(l, before) {
				out[l.URL] = true
			}
		}
	}
	if len(out) > churnFloor && 2*len(out) > known {
		p.Log.Debug("most of the feed's items changed since their pages were read: taken as the feed's own churn, those pages wait for their re-checks",
			"source", src.Name, "changed", len(out), "known", known)
		return nil
	}
	return out
}

// churnFloor is how many revised items a pass always reads again: a
// small feed whose few items were all revised at once is not churning.
const churnFloor = 3
