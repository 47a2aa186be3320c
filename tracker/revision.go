package tracker

import (
	"context"
	"time"

	"github.com/claimtrack/claimtrack/model"
	"github.com/claimtrack/claimtrack/store"
)

// revisedFigures says which of a revised article's observations the
// revision changed, to be dated by it (Item.AsOf) rather than by the
// article's first publication: a live blog raised in place gives its new
// figure as of its revision. A figure the page already gave, read the
// same, keeps its publication date: a CMS stamps a new modification time
// on a typo fixed in another paragraph, and the blog's morning entries
// stay below its new ones, and neither is news of that hour. It returns
// nil when the article is not dated by a revision.
func (r *recorder) revisedFigures(ctx context.Context, articleID int64, published time.Time, obs []model.Observation, how readAs) ([]bool, error) {
	if !how.revised || !how.asOf.After(published) || len(obs) == 0 {
		return nil, nil
	}
	prev, err := r.tx.ArticleObservations(ctx, articleID)
	if err != nil {
		return nil, err
	}
	// What the page said last of each metric and claimant.
	last := map[[2]string][]model.Reading{}
	for _, p := range prev {
		last[[2]string{p.Metric, store.ClaimantKey(p)}] = p.Readings
	}
	changed := make([]bool, len(obs))
	for i, o := range obs {
		before, ok := last[[2]string{o.Metric, store.ClaimantKey(o)}]
		changed[i] = !ok || !sameReadings(before, o.Readings)
	}
	return changed, nil
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
