package tracker

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/claimtrack/claimtrack/internal/retryafter"
	"github.com/claimtrack/claimtrack/model"
	"github.com/claimtrack/claimtrack/scrape"
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
		var events []model.EventKind
		st, events = sourceHealth(prev, res, now, b)
		if err := tx.SaveSource(ctx, st); err != nil {
			return err
		}
		for _, event := range events {
			// One message per failing spell, one per recovery, one per
			// run of pages without text and one when such a run told of
			// ends: the key holds when the transition happened.
			key := fmt.Sprintf("%s:%s:%d", event, name, now.UnixMilli())
			p := model.EventPayload{Source: name, Error: st.LastError, Failures: st.Failures}
			switch event {
			case model.EventSourceNoText:
				p = model.EventPayload{Source: name, NoText: st.NoText, NoTextURL: st.NoTextURL}
			case model.EventSourceTextBack:
				// The run that ended: st already counts the pass's pages.
				p = model.EventPayload{Source: name, NoText: prev.NoText}
			}
			if err := tx.Enqueue(ctx, key, event, "", p); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return st, fmt.Errorf("record fetch of %s: %w", name, err)
	}
	return st, nil
}

// NoTextReport is how many articles in a row, read by one pass or
// several, must give no text besides their title before a message says
// the source may have changed its layout: a layout change takes every
// page, while a video or a gallery among stories is one page now and
// then, shown on the dashboard but not worth a message.
const NoTextReport = 3

// sourceHealth is a source's fetch history after one more pass, and the
// events the pass makes: failing when the backoff says failures are to be
// reported and the source was not failing already, recovered when a
// failing source succeeds, no text when NoTextReport articles in a row
// have given no text and fewer had before, and text back when a page
// gives text after such a run: the desk told the source had stopped is
// told it reads again, as a failing source's recovery is.
//
// A pass of another address than the failures were of (AddressChanged)
// counts its failures anew: the backoff was the old address's.
func sourceHealth(st model.SourceState, res Result, now time.Time, b health.Backoff) (model.SourceState, []model.EventKind) {
	var events []model.EventKind
	st.LastAttempt = now
	if AddressChanged(st, res.Address) {
		st.Failures, st.NextAttempt = 0, time.Time{}
	}
	if res.Address != "" {
		st.Address = res.Address
	}
	if res.Robots != "" {
		st.Robots = res.Robots
	}
	if fetchErr := res.Err; fetchErr != nil {
		st.Failures++
		st.LastError = fetchErr.Error()
		wait := b.Next(st.Failures)
		if noLinks := (*scrape.NoLinksError)(nil); errors.As(fetchErr, &noLinks) {
			wait = b.NextEmpty(st.Failures) // an empty section page: not given up for hours
		}
		st.NextAttempt = now.Add(wait)
		// A site that said when to come back (429 or 503 with
		// Retry-After) is not asked sooner.
		if w := retryafter.Wait(fetchErr); w > 0 && now.Add(w).After(st.NextAttempt) {
			st.NextAttempt = now.Add(w)
		}
		if b.Failing(st.Failures) && !st.Failing {
			st.Failing = true
			events = append(events, model.EventSourceFailing)
		}
		return st, events
	}
	if st.Failing {
		events = append(events, model.EventSourceRecovered)
	}
	st.Failures, st.LastError, st.Failing = 0, "", false
	st.LastSuccess, st.NextAttempt = now, time.Time{}
	st.Articles += res.New
	// Most passes read nothing new; the pages the last one that did read
	// stay what the dashboard says of the source's text until another
	// pass reads some (runLink counts a page that gave no text before its
	// batch is stored: counted, it was read).
	if res.New > 0 || res.NoText > 0 {
		read := max(res.New, res.NoText)
		noText, of := res.NoText, read
		// While every page read gives no text, the passes add up: a feed
		// read every 15 minutes gives one new article a pass, and a
		// layout change is seen only over several.
		wasRun := allNoText(st)
		if wasRun && res.NoText >= read {
			noText, of = st.NoText+res.NoText, st.LastReadArticles+read
		}
		told := wasRun && st.NoText >= NoTextReport
		switch {
		case noText >= of && noText >= NoTextReport && !told:
			events = append(events, model.EventSourceNoText)
		case told && res.NoText < read:
			events = append(events, model.EventSourceTextBack)
		}
		st.LastRead, st.LastReadArticles = now, of
		st.NoText, st.NoTextURL = noText, res.NoTextURL
	}
	return st, events
}

// AddressChanged reports whether a source that failed reads another
// address now (scrape.Source.Address) than the one its failures were of:
// its backoff is then no longer due. A state from before the store kept
// the address ("") is taken as unchanged.
func AddressChanged(st model.SourceState, address string) bool {
	return st.Failures > 0 && st.Address != "" && address != "" && st.Address != address
}

// AddressUnknown reports whether a source that failed did so before the
// store kept what a source reads (an upgrade past migration 11): whether
// the desk corrected it since cannot be known, so Passes.Run reads it
// once at once rather than wait out that backoff (unless the site itself
// asked to wait: Retry-After). The pass records its address, and its
// failures keep counting: a source still failing backs off as before.
func AddressUnknown(st model.SourceState) bool {
	return st.Failures > 0 && st.Address == "" && !retryafter.Said(st.LastError)
}

// Lift says why a source that failed is read at its next pass without
// waiting out its backoff: LiftChanged (AddressChanged: the desk corrected
// it since), LiftUnknown (AddressUnknown: it may have been), or NoLift.
// Passes.Run acts on it and the dashboard tells it (web
// SourceView.ReadAtOnce), so the two cannot drift apart.
type Lift int

const (
	NoLift Lift = iota
	LiftChanged
	LiftUnknown
)

// BackoffLift is the Lift of a source in state st whose configuration
// now has it read address (scrape.Source.Address).
func BackoffLift(st model.SourceState, address string) Lift {
	switch {
	case AddressChanged(st, address):
		return LiftChanged
	case AddressUnknown(st):
		return LiftUnknown
	}
	return NoLift
}

// allNoText reports whether every article of the source's last read (or
// run of reads) gave no text besides its title.
func allNoText(st model.SourceState) bool {
	return st.NoText > 0 && st.NoText >= st.LastReadArticles
}
