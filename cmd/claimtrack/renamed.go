package main

import (
	"context"
	"log/slog"
	"slices"

	"github.com/claimtrack/claimtrack/rules"
	"github.com/claimtrack/claimtrack/store"
)

// warnUntracked says when the store holds an accepted value for a metric
// the configuration no longer has. A metric's history, accepted value and
// Slack thread are kept under its id: one renamed starts over under its new
// id, its first figure a baseline that is not posted, while the old id's
// week of history goes on only in the store. A new id beside a stored one
// looks like a rename and warns; a metric removed alone is only noted.
func warnUntracked(ctx context.Context, log *slog.Logger, st store.Store, eng *rules.Engine) {
	stored, err := st.TrackedMetrics(ctx)
	if err != nil {
		log.Warn("could not list the metrics the store tracks", "err", err)
		return
	}
	configured := map[string]bool{}
	for _, m := range eng.Metrics() {
		configured[m.ID] = true
	}
	var gone []string
	for _, id := range stored {
		if !configured[id] {
			gone = append(gone, id)
		}
	}
	if len(gone) == 0 {
		return
	}
	var fresh []string
	for _, m := range eng.Metrics() {
		if !slices.Contains(stored, m.ID) {
			fresh = append(fresh, m.ID)
		}
	}
	if len(fresh) == 0 {
		log.Info("the store keeps the history of metrics the configuration no longer has", "stored_only", gone)
		return
	}
	log.Warn("the store has the history and accepted value of metrics the configuration no longer has, and the configuration has metrics the store has never tracked: "+
		"if one was renamed, its history and accepted value stay under the old id and the new id starts over (its first figure a baseline, not posted, in a new Slack thread); "+
		"to keep them, give the metric its old id back (see docs/operations.md, Changing a metric)",
		"stored_only", gone, "never_tracked", fresh)
}
