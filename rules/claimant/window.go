package claimant

// A view's tokens are most of the finder's memory. A Doc keeps the views of
// the sentences around the figure it was last asked about and recycles the
// others' memory for the next sentences, so what it holds follows the few
// sentences it reads at once, not the length of the text (a dense
// megabyte's views filled several megabytes of fresh memory, to be cleared
// and collected, for sentences never read again). A recycled sentence read
// again is read anew, to the same view.

// keptViews is how many views a Doc keeps before it recycles those of
// sentences far from the figure asked about.
const keptViews = 16

// viewReach: the views of the sentences within this many of a figure's are
// kept (its neighbours', its line's speaker label's and its quote's).
const viewReach = 2

// viewWindow is a Doc's views' memory: the sentences whose views are kept,
// and recycled views and token slices.
type viewWindow struct {
	live      []int // sentences whose view is kept in sents
	freeViews []*view
	freeToks  [][]tok
}

// keepView remembers sentence si's view.
func (c *call) keepView(si int, v *view) {
	c.sents[si].view = v
	c.views.live = append(c.views.live, si)
}

// recycleViews recycles the views of sentences far from sentence si, once
// the Doc keeps more than keptViews. It runs between figures, never while a
// figure's views are in use.
func (s *scratch) recycleViews(si int) {
	w := &s.views
	if len(w.live) <= keptViews {
		return
	}
	kept := w.live[:0]
	for _, k := range w.live {
		if k >= si-viewReach && k <= si+viewReach {
			kept = append(kept, k)
			continue
		}
		s.recycle(k)
	}
	w.live = kept
}

// recycleAll recycles every view, when the Doc is released, and clears
// the recycled tokens so that kept memory does not hold on to the text.
// (Within a document they are not cleared: newView sets every field of a
// token it reuses.)
func (s *scratch) recycleAll() {
	for _, k := range s.views.live {
		s.recycle(k)
	}
	s.views.live = s.views.live[:0]
	for _, toks := range s.views.freeToks {
		clear(toks[:cap(toks)])
	}
}

// recycle forgets sentence k's view and keeps its memory for another.
func (s *scratch) recycle(k int) {
	v := s.sents[k].view
	s.sents[k].view = nil
	if v == nil {
		return
	}
	s.views.freeToks = append(s.views.freeToks, v.toks[:0])
	*v = view{}
	s.views.freeViews = append(s.views.freeViews, v)
}

// newView returns a zero view with room for n tokens, recycled when it can
// be.
func (s *scratch) newView(n int) *view {
	w := &s.views
	var v *view
	if k := len(w.freeViews); k > 0 {
		v = w.freeViews[k-1]
		w.freeViews = w.freeViews[:k-1]
	} else {
		v = new(view)
	}
	if k := len(w.freeToks); k > 0 && cap(w.freeToks[k-1]) >= n {
		v.toks = w.freeToks[k-1]
		w.freeToks = w.freeToks[:k-1]
	} else {
		// A longer sentence than the recycled slice holds: the short one
		// stays for a short sentence.
		v.toks = make([]tok, 0, max(n, 64))
	}
	v.scratch = s
	return v
}

// foundRing remembers the claimants of the last figures asked about: the
// metrics observing one figure ask about it one after another. (A figure
// asked about again later is found again, to the same answer, from the
// views and attributions its sentence keeps.)
type foundRing struct {
	at   [8]foundAt
	next int
}

type foundAt struct {
	start, end int
	set        bool
	found
}

// foundBefore returns the claimant found for [start, end), if it is among
// the last figures asked about.
func (s *scratch) foundBefore(start, end int) (found, bool) {
	for i := range s.found.at {
		if a := &s.found.at[i]; a.set && a.start == start && a.end == end {
			return a.found, true
		}
	}
	return found{}, false
}

// keepFound remembers the claimant found for [start, end).
func (s *scratch) keepFound(start, end int, f found) {
	r := &s.found
	r.at[r.next] = foundAt{start: start, end: end, set: true, found: f}
	r.next = (r.next + 1) % len(r.at)
}
