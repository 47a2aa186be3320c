package tracker

import (
	"context"
	"fmt"
	"time"

	"github.com/claimtrack/claimtrack/internal/retryafter"
	"github.com/claimtrack/claimtrack/model"
	"github.com/claimtrack/claimtrack/store"
	"github.com/claimtrack/claimtrack/tracker/health"
)

// RecordFetch records how a pass over a source went (res.Err nil: it
// succeeded and stored res.New articles, res.NoText of them giving no
// text besides their title) and, in the same transaction, queues a
// warning when the source starts failing and a message when it recovers.
func RecordFetch(ctx context.Context, s store.Store, res Result, now time.Time, b health.Backoff) (model.SourceState, error) {
	var st model.SourceState
	name := res.Source
	err := s.Update(ctx, func(tx *store.Tx) error {
		prev, err := tx.Source(ctx, name)
		if err != nil {
			return err
		}
		var event model.EventKind
		st, event = sourceHealth(prev, res, now, b)
		if err := tx.SaveSource(ctx, st); err != nil {
			return err
		}
		if event == "" {
			return nil
		}
		// One message per failing spell and one per recovery: the key
		// holds when the transition happened.
		key := fmt.Sprintf("%s:%s:%d", event, name, now.UnixMilli())
		return tx.Enqueue(ctx, key, event, "", model.EventPayload{Source: name, Error: st.LastError, Failures: st.Failures})
	})
	if err != nil {
		return st, fmt.Errorf("record fetch of %s: %w", name, err)
	}
	return st, nil
}

// sourceHealth is a source's fetch history after one more pass, and the
// event the pass makes: failing when the backoff says failures are to be
// reported and the source was not failing already, recovered when a
// failing source succeeds.
func sourceHealth(st model.SourceState, res Result, now time.Time, b health.Backoff) (model.SourceState, model.EventKind) {
	var event model.EventKind
	st.LastAttempt = now
	if fetchErr := res.Err; fetchErr != nil {
		st.Failures++
		st.LastError = fetchErr.Error()
		st.NextAttempt = now.Add(b.Next(st.Failures))
		// A site that said when to come back (429 or 503 with
		// Retry-After) is not asked sooner.
		if w := retryafter.Wait(fetchErr); w > 0 && now.Add(w).After(st.NextAttempt) {
			st.NextAttempt = now.Add(w)
		}
		if b.Failing(st.Failures) && !st.Failing {
			st.Failing, event = true, model.EventSourceFailing
		}
		return st, event
	}
	if st.Failing {
		event = model.EventSourceRecovered
	}
	st.Failures, st.LastError, st.Failing = 0, "", false
	st.LastSuccess, st.NextAttempt = now, time.Time{}
	st.Articles += res.New
	// Most passes read nothing new; the pages the last one that did read
	// stay what the dashboard says of the source's text until another
	// pass reads some (runLink counts a page that gave no text before its
	// batch is stored: counted, it was read).
	if res.New > 0 || res.NoText > 0 {
		st.LastRead, st.LastReadArticles = now, max(res.New, res.NoText)
		st.NoText, st.NoTextURL = res.NoText, res.NoTextURL
	}
	return st, event
}
