package tracker

import (
	"context"
	"slices"
	"strings"
	"time"

	"github.com/claimtrack/claimtrack/model"
)

// A claimant gives 1,200 on Monday and 1,350 on Tuesday; on Wednesday
// another outlet runs its 1,200 again (a re-run, an old wire copy, a
// background paragraph kept from Monday). Judged against the accepted
// value alone it is the claimant's newest word: a level moves back to
// 1,200 and a change is posted naming both outlets, a total posts a lower
// figure. Read against the claimant's own history it is a figure the
// claimant has already superseded: the same value it gave before a newer,
// different one. Such a figure is stored, as a Repeat, and neither posted
// nor accepted. A claimant's genuine correction downwards still alerts:
// an article that says its figure was corrected or revised, or one
// revised in place (its figures changed while the metric was tracked).
// The figure's own as-of ("as of December 7": model.Says' AsOf, which the
// rules read, rules/asofday.go) dates it when its sentence gives one:
// before the newer figure, a re-run however late; after it, the
// claimant's word since, never a re-run. One published before the
// claimant's newer figure is stale already (Decide).

// repeatWindow is how long after a claimant's newer figure its older one,
// in other words than it was first given in, is read as a re-run.
const repeatWindow = 72 * time.Hour

// sameWords reports whether two quotes are one sentence, case and
// punctuation aside.
func sameWords(a, b string) bool {
	return slices.Equal(nameWords(a), nameWords(b))
}

// repeatReach is how many of a claimant's newest figures of a metric a
// candidate is read against: a re-run repeats a recent figure.
const repeatReach = 200

// correctionWords say in a figure's sentence that the claimant changed
// its own figure on purpose: "corrected its count", "revised down".
var correctionWords = []string{"correct", "revis", "amend", "restat"}

// saysCorrected reports whether a quote says its figure is a correction
// or a revision: a word opening with one of correctionWords.
func saysCorrected(quote string) bool {
	for _, w := range nameWords(quote) {
		for _, c := range correctionWords {
			if strings.HasPrefix(w, c) {
				return true
			}
		}
	}
	return false
}

// repeatsSuperseded reports whether an attributed figure that would be
// posted (a change or a lower total) repeats a figure its claimant has
// already superseded: the claimant gave the same values before it gave
// others, at a later time. A figure of a revised article that gave its
// metric before (the outlet's correction of its own figure) never does, nor one whose
// quote says it was corrected or revised, unless the claimant's same
// figure was already flagged as a lower total: then the correction was
// told, flagged and superseded, and this is an outlet relaying it late
// (IOM's "revised to 1,498" on a live blog after IOM's 1,533; walk58).
// A lower total that repeats the claimant's newest figure, flagged
// already, is one too: the news was told once.
func (r *recorder) repeatsSuperseded(ctx context.Context, o model.Observation, claimant string, outcome Outcome, how readAs) (bool, error) {
	if claimant == "" || outcome != Change && outcome != Decrease {
		return false, nil
	}
	if how.revised && how.pageHad[o.Metric] {
		return false, nil
	}
	corrected := saysCorrected(o.Quote)
	figs, err := r.tx.ClaimantFigures(ctx, o.Metric, claimant, repeatReach)
	if err != nil {
		return false, err
	}
	// Newest first: a figure of other values seen first, then one of the
	// same values published before it, is the claimant's superseded word.
	var newer *model.Observation
	for i := range figs {
		f := &figs[i]
		if f.ID == o.ID || f.Outcome == Repeat.String() || f.Outcome == Withdrawn.String() {
			continue
		}
		same := sameValues(f.Readings, o.Readings)
		switch {
		case same && newer == nil && outcome == Decrease && flaggedLower(f):
			// Its newest figure, this one, flagged as a lower total
			// already: a second outlet relaying IOM's "revised to
			// 1,498" is the same news, not a second alert.
			return true, nil
		case !same && newer == nil:
			newer = f
		case same && newer != nil && f.Published.Before(newer.Published):
			// "revised down to 1,200" after a plain 1,200, posted as
			// the value in its day, is the claimant's correction back
			// to it: news, not a re-run.
			if corrected && !flaggedLower(f) {
				continue
			}
			// A re-run is a copy: the old sentence again, or the old
			// figure carried within days of the newer one. A level that
			// comes back to a value weeks later, in new words ("has
			// fallen to 1.4 million"), is news.
			if d := o.AsOf; !d.IsZero() && !d.Equal(dayOf(newer.Published)) {
				return d.Before(dayOf(newer.Published)), nil
			}
			return sameWords(f.Quote, o.Quote) || o.Published.Sub(newer.Published) <= repeatWindow, nil
		}
	}
	return false, nil
}

// flaggedLower says a claimant's figure was told already as its lower
// total: flagged as a possible correction, or posted as its own revision
// (Revised, which replaced the figure it withdrew).
func flaggedLower(f *model.Observation) bool {
	return f.Outcome == Decrease.String() || f.Outcome == Revised.String()
}

// sameValues reports whether a figure states every value of another as
// the same number: "1,200" again, whatever the outlet's words around it.
func sameValues(a, b []model.Reading) bool {
	if len(a) != len(b) {
		return false
	}
	for _, rb := range b {
		found := false
		for _, ra := range a {
			if ra.Name == rb.Name && ra.Value == rb.Value {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// metricsOnPage returns the metrics a stored article's observations
// gave, read before a revision of it stores its own: the page's figures
// that a revision may change (its outlet's correction), where a live
// page's new entry on a page that gave the metric none is a new telling.
func (r *recorder) metricsOnPage(ctx context.Context, articleID int64) (map[string]bool, error) {
	prev, err := r.tx.ArticleObservations(ctx, articleID)
	if err != nil {
		return nil, err
	}
	had := map[string]bool{}
	for _, p := range prev {
		had[p.Metric] = true
	}
	return had, nil
}
