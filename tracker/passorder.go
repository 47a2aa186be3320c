package tracker

import (
	"cmp"
	"context"
	"slices"
	"strings"
	"time"

	"github.com/claimtrack/claimtrack/rules"
	"github.com/claimtrack/claimtrack/store"
)

// A pass reads a source's articles in the order its listing gives them (a
// feed's, a section page's, a sitemap's, a folder's), which says nothing
// of when each was written, and Decide judges each figure against the
// value accepted when it is judged. Judged as read, from one source 1,300
// (hour 3), 1,150 (hour 6) and 1,400 (hour 9) would list the 1,150 as a
// disputed decrease only when read before the 1,400, and post 1,400 then
// nothing, or 1,300 → 1,400 then nothing, as the listing fell: what a desk
// is sent would follow the scraper's order. So a pass holds the articles
// it reads until it has read them all (at most the source's max_items,
// each text bounded by scrape.MaxTextBytes) and then judges them in
// publication order (passOrder), batchSize to a transaction
// (storeInOrder): the scheduler's passes, `once` and the demo alike, for
// all of them run SourcePass.Run.
//
// What this leaves to the order read: on a source's first pass, which
// undated article of its archive is the baseline (the first listed: a
// listing gives its newest first, the only word of their age; they post
// nothing). Which of two near copies read in one pass is the original is
// not: it is the one the other credits (a credit line) or, neither
// crediting the other, the one published first (originalOf,
// batch.nearCopy), and a copy is judged after it. Of one outlet's two the
// first read stays the original.

// passTime is when an item's figures are as of, to order a pass by: its
// article's publication, or, for an article read again whose page says
// when it was revised, that revision (Item.AsOf, which dates the figures
// the revision changed). An undated article of a source's archive
// (UndatedArchive) is zero: older than any dated one, as it is judged.
func passTime(it *Item) time.Time {
	if it.Revised && it.AsOf.After(it.Article.Published) {
		return it.AsOf
	}
	return it.Article.Published
}

// passOrder sorts a pass's items, and their kinds with them, in
// publication order (passTime), those of one time by canonical URL, then
// as read (an undated archive keeps its listing's order). A near copy
// of another item comes after it, whatever its own time: its article is
// linked to the original's (CopyOfItem, renumbered here), which is stored
// first. It returns the items and kinds in that order.
func passOrder(items []Item, kinds []itemKind) ([]Item, []itemKind) {
	type key struct {
		at     time.Time
		isCopy bool
		url    string
		read   int
	}
	keys := make([]key, len(items))
	for i := range items {
		it := &items[i]
		k := key{at: passTime(it), isCopy: it.CopyOfItem > 0, url: it.Article.CanonicalURL, read: i}
		if k.url == "" {
			k.url = it.Page // a page's validators alone: where it falls changes nothing
		}
		if it.UndatedArchive {
			k.url = "" // the listing's order: see above
		}
		keys[i] = k
	}
	// A copy may be read before its original (batch.add): its original,
	// never a copy itself, is keyed first.
	for i := range items {
		if o := items[i].CopyOfItem - 1; o >= 0 && keys[o].at.After(keys[i].at) {
			keys[i].at = keys[o].at
		}
	}
	order := make([]int, len(items))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int {
		ka, kb := &keys[a], &keys[b]
		if c := ka.at.Compare(kb.at); c != 0 {
			return c
		}
		if ka.isCopy != kb.isCopy {
			if ka.isCopy {
				return 1
			}
			return -1
		}
		if c := strings.Compare(ka.url, kb.url); c != 0 {
			return c
		}
		return cmp.Compare(ka.read, kb.read)
	})
	at := make([]int, len(items)) // where each item read now is
	for to, from := range order {
		at[from] = to
	}
	sorted, sortedKinds := make([]Item, len(items)), make([]itemKind, len(items))
	for to, from := range order {
		sorted[to], sortedKinds[to] = items[from], kinds[from]
		if k := items[from].CopyOfItem; k > 0 {
			sorted[to].CopyOfItem = at[k-1] + 1
		}
	}
	return sorted, sortedKinds
}

// storeInOrder stores a pass's items in publication order (passOrder),
// size to a transaction, each judged in the transaction that stores it, its
// events queued there (Process): a crash loses the pass's later
// transactions, whose articles, never stored, the next pass reads again,
// and doubles nothing. An undated article read on a later pass (datedAsRead)
// is dated at, the time the pass judges what it read: as of its reading,
// after every dated article the pass read, and among the pass's other
// undated ones by its address, since nothing says which is newer. done is
// told each transaction's items, kinds and what became of them. After a
// transaction fails nothing more is stored, so that no newer article is
// judged before an older one the next pass will read again; storeInOrder
// returns the error and how many articles were not stored (a page's
// validators alone are none).
func storeInOrder(ctx context.Context, s store.Store, items []Item, kinds []itemKind, judge Judge, size int, at time.Time, hold *passHold, engine *rules.Engine,
	done func([]Item, []itemKind, batchResult)) (left int, err error) {
	for i := range items {
		if items[i].datedAsRead {
			items[i].Article.Published = at
		}
	}
	items, kinds = passOrder(items, kinds)
	ids := make([]int64, len(items)) // the articles stored, for later transactions' copies
	for start := 0; start < len(items); start += size {
		end := min(start+size, len(items))
		chunk := slices.Clone(items[start:end])
		for i := range chunk {
			switch k := chunk[i].CopyOfItem - 1; {
			case k < 0:
			case k < start:
				// Its original was stored by an earlier transaction.
				chunk[i].Article.CopyOf, chunk[i].CopyOfItem = ids[k], 0
			default:
				chunk[i].CopyOfItem = k - start + 1
			}
		}
		hold.keep(ctx, s)
		res, err := processBatch(ctx, s, chunk, judge, hold, engine)
		if err != nil {
			for _, it := range items[start:] {
				if it.Article.CanonicalURL != "" {
					left++
				}
			}
			return left, err
		}
		copy(ids[start:end], res.ids)
		if done != nil {
			done(chunk, kinds[start:end], res)
		}
	}
	return 0, nil
}
