package main

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/claimtrack/claimtrack/config"
	"github.com/claimtrack/claimtrack/internal/suggest"
	"github.com/claimtrack/claimtrack/rules"
	"github.com/claimtrack/claimtrack/store"
)

// openForReading opens the configured store for a command that only
// reads it. A SQLite file that does not exist is refused, not created: a
// typo in --config or store: must not leave an empty database behind
// that the next `run` would then use. A PostgreSQL database without
// claimtrack's tables is refused too, not given them.
func openForReading(ctx context.Context, cfg *config.Config) (store.Store, error) {
	if err := cfg.StoreProblem(); err != nil {
		return nil, err
	}
	s, err := store.OpenExisting(ctx, cfg.Store, cfg.Dir)
	if !errors.Is(err, store.ErrNoStore) {
		return s, err
	}
	if p, ok := store.SQLitePath(cfg.Store, cfg.Dir); ok {
		return nil, fmt.Errorf("no store at %s (store: in %s): nothing has been recorded yet; run `claimtrack once` or `claimtrack run` first, or check --config", p, cfg.Path)
	}
	return nil, fmt.Errorf("no store in the database %s (store: in %s): nothing has been recorded there yet; run `claimtrack once` or `claimtrack run` first (they make its tables), or check --config", store.Redact(cfg.Store), cfg.Path)
}

// unknownMetric says that no metric has the id, naming the one probably
// meant, or the ones there are.
func unknownMetric(id string, metrics []rules.MetricSpec, cfgPath string) string {
	ids := make([]string, len(metrics))
	for i, m := range metrics {
		ids[i] = m.ID
	}
	msg := fmt.Sprintf("no metric %q in %s", id, cfgPath)
	if s := suggest.Closest(id, ids); s != "" {
		return msg + fmt.Sprintf(": did you mean %q?", s)
	}
	return msg + "; metrics: " + strings.Join(ids, ", ")
}
