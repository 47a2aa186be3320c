package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/claimtrack/claimtrack/config"
	"github.com/claimtrack/claimtrack/internal/suggest"
	"github.com/claimtrack/claimtrack/rules"
	"github.com/claimtrack/claimtrack/tracker"
)

// openForReading opens the configured store for a command that only
// reads it. A SQLite file that does not exist is refused, not created: a
// typo in --config or store: must not leave an empty database behind
// that the next `run` would then use.
func openForReading(ctx context.Context, cfg *config.Config) (tracker.Store, error) {
	if p, ok := sqlitePath(cfg); ok {
		if _, err := os.Stat(p); err != nil {
			return nil, fmt.Errorf("no store at %s (store: in %s): nothing has been recorded yet; run `claimtrack once` or `claimtrack run` first, or check --config", p, cfg.Path)
		}
	}
	return tracker.Open(ctx, cfg.Store, cfg.Dir)
}

// sqlitePath is the file a SQLite store lives in, resolved as
// tracker.Open resolves it; ok is false for PostgreSQL.
func sqlitePath(cfg *config.Config) (string, bool) {
	dsn := cfg.Store
	if strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://") {
		return "", false
	}
	if dsn == "" {
		dsn = "claimtrack.db"
	}
	if !filepath.IsAbs(dsn) && cfg.Dir != "" {
		dsn = filepath.Join(cfg.Dir, dsn)
	}
	return dsn, true
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
