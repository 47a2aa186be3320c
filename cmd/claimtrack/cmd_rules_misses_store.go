package main

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/claimtrack/claimtrack/config"
	"github.com/claimtrack/claimtrack/rules"
	"github.com/claimtrack/claimtrack/rules/eval"
	"github.com/claimtrack/claimtrack/store"
	"github.com/claimtrack/claimtrack/tracker"
)

// storeQuery is the stored articles `rules misses --store` reads, from its
// --since and --source flags, which mean nothing without --store.
func storeQuery(e *env, fromStore bool, since, source string) (store.TextQuery, int) {
	if !fromStore {
		if since != "" || source != "" {
			fmt.Fprintln(e.stderr, "claimtrack rules misses: --since and --source select stored articles: add --store")
			return store.TextQuery{}, exitUsage
		}
		return store.TextQuery{}, exitOK
	}
	q := store.TextQuery{Source: source}
	if since != "" {
		t, err := parseSince(since, time.Now())
		if err != nil {
			fmt.Fprintf(e.stderr, "claimtrack rules misses: --since %s: %v\n", since, err)
			return q, exitUsage
		}
		q.Since = t
	}
	return q, exitOK
}

// parseSince reads --since: a duration back from now (Go syntax, or whole
// days as "7d") or a date (2026-11-01, midnight UTC) or an RFC 3339 time.
func parseSince(s string, now time.Time) (time.Time, error) {
	if n, ok := strings.CutSuffix(s, "d"); ok {
		if days, err := strconv.Atoi(n); err == nil && days >= 0 {
			return now.AddDate(0, 0, -days), nil
		}
	}
	if d, err := time.ParseDuration(s); err == nil && d >= 0 {
		return now.Add(-d), nil
	}
	for _, layout := range []string{time.DateOnly, time.RFC3339} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("give a duration back from now (72h, 7d) or a date (2026-11-01)")
}

// configAndEngine is ruleSource.engine for a command that may also read
// the store: the configuration then names the store even when the rules
// come from files (--config and --rules may then go together).
func (r *ruleSource) configAndEngine(e *env, withStore bool) (*config.Config, *rules.Engine, int) {
	switch {
	case !withStore:
		eng, code := r.engine(e, "rules misses")
		return nil, eng, code
	case len(r.files) == 0:
		return loadEngine(e, *r.config)
	}
	cfg, _, code := loadEngine(e, *r.config)
	if code != exitOK {
		return nil, nil, code
	}
	eng, code := r.filesEngine(e)
	return cfg, eng, code
}

// storedMisses is what the stored articles gave: the candidates, how many
// articles were searched, and how many could not be (no stored text).
type storedMisses struct {
	candidates            []eval.Candidate
	articles, withoutText int
}

// findStoredMisses searches the stored texts q selects, one article at a
// time, each candidate named by its article's URL.
func findStoredMisses(ctx context.Context, cfg *config.Config, finder *eval.MissFinder, q store.TextQuery) (storedMisses, error) {
	var out storedMisses
	s, err := openForReading(ctx, cfg)
	if err != nil {
		return out, err
	}
	defer s.Close()
	err = s.ArticleTexts(ctx, q, func(a store.ArticleText) error {
		out.articles++
		out.candidates = append(out.candidates, finder.Find(eval.Document{Name: a.CanonicalURL, Text: a.Text, Date: tracker.ArticleDate(a.Published, a.Fetched)})...)
		return ctx.Err()
	})
	if err != nil {
		return out, err
	}
	out.withoutText, err = s.ArticlesWithoutText(ctx, q)
	return out, err
}
