package tracker

import (
	"context"

	"github.com/claimtrack/claimtrack/store"
)

// A row stored before claimtrack kept what the rules read of its sentence
// (model.Says: before migration 00015 nothing, before 00017 no as-of; a
// reading version below store.ReadingVersion) is read again when a replay
// judges it, from its article's text where the store keeps it: the pass's
// rules read the text as a live pass would now, against the article's
// date, and the observation of the row's metric with the row's sentence
// (its quote, at its start) and first value gives the reading the replay
// judges by: a reading is of one figure (its as-of, its figure before), and
// the rules may now take another of the sentence. It is
// stored at the current version, so that the text is read once. A row
// whose text the store no longer has (past retention, an exact copy's, one
// stored before texts were kept) or whose sentence the rules no longer
// find (the article's text changed since, or the rules no longer read the
// figure) is judged by what it has, the latter stored at the current
// version too; outside a pass (Process: no rules) every row is.

// readAgain reads a's sentence again when its reading is of an older
// version and the store has its article's text, and stores what it read.
func (r *recorder) readAgain(ctx context.Context, a *store.ArchivedObservation) error {
	if r.engine == nil || a.ReadVersion >= store.ReadingVersion {
		return nil
	}
	text, ok, err := r.tx.ArticleText(ctx, a.URL)
	if err != nil || !ok || text == "" {
		return err
	}
	for _, o := range r.engine.ExtractInArticle(text, "", ArticleDate(a.Published, a.Fetched)) {
		if o.Metric == a.Metric && o.QuoteStart == a.QuoteStart && o.Quote == a.Quote && len(a.Readings) > 0 && len(o.Values) > 0 && o.Values[0].Value == a.Readings[0].Value {
			a.Says = saysOf(o)
			break
		}
	}
	// Found or not, the text is read once: a sentence the rules no longer
	// find keeps what it has, at this version.
	a.ReadVersion = store.ReadingVersion
	return r.tx.SetReading(ctx, a.ID, a.Says)
}
