package tracker

import (
	"context"
	"time"

	"github.com/claimtrack/claimtrack/model"
	"github.com/claimtrack/claimtrack/store"
)

// revisedFigures dates a revised article's observations: a figure the
// revision changed by the revision (Item.AsOf), not by the article's
// first publication, as a live blog raised in place gives its new figure
// as of its revision. A figure the page already gave, read the same,
// keeps the time it was first given (the publication, or the revision
// that brought it): a CMS stamps a new modification time on a typo fixed
// in another paragraph, and the blog's morning entries stay below its new
// ones, and neither is news of that hour. It returns nil when the article
// is not dated by a revision.
func (r *recorder) revisedFigures(ctx context.Context, articleID int64, published time.Time, obs []model.Observation, how readAs) ([]time.Time, error) {
	if !how.revised || !how.asOf.After(published) || len(obs) == 0 {
		return nil, nil
	}
	prev, err := r.tx.ArticleObservations(ctx, articleID)
	if err != nil {
		return nil, err
	}
	// What the page said last of each metric and claimant, and when.
	last := map[[2]string]model.Observation{}
	for _, p := range prev {
		last[[2]string{p.Metric, store.ClaimantKey(p)}] = p
	}
	dates := make([]time.Time, len(obs))
	for i, o := range obs {
		before, ok := last[[2]string{o.Metric, store.ClaimantKey(o)}]
		switch {
		case !ok || !sameReadings(before.Readings, o.Readings):
			dates[i] = how.asOf
		case before.Published.After(published):
			dates[i] = before.Published
		default:
			dates[i] = published
		}
	}
	return dates, nil
}

// sameReadings reports whether two observations' readings state the same
// figures: names, values, ranges, qualifiers and units (not the words).
func sameReadings(a, b []model.Reading) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		x, y := a[i], b[i]
		if x.Name != y.Name || x.Value != y.Value || x.Qualifier != y.Qualifier || x.Unit != y.Unit || !sameBound(x.Low, y.Low) || !sameBound(x.High, y.High) {
			return false
		}
	}
	return true
}

func sameBound(a, b *float64) bool {
	return (a == nil) == (b == nil) && (a == nil || *a == *b)
}
