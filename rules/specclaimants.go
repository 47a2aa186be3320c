package rules

// A metric spec's claimants and exclude_claimants lists: checking them
// (validateClaimantLists, CheckClaimantIDs) and applying them (TakesClaimant).

import (
	"fmt"
	"slices"
	"strings"

	"github.com/claimtrack/claimtrack/internal/suggest"
	"github.com/claimtrack/claimtrack/rules/claimant"
)

// validateClaimantLists checks claimants and exclude_claimants on their
// own: no empty or repeated entry, and not both lists (the first already
// leaves out every other claimant). Whether an id names a claimant is
// CheckClaimantIDs's part: it needs the configured claimants.
func (s *MetricSpec) validateClaimantLists(add func(field, format string, args ...any)) {
	if len(s.Claimants) > 0 && len(s.ExcludeClaimants) > 0 {
		add("exclude_claimants", "give claimants (only these) or exclude_claimants (all but these), not both")
	}
	for _, list := range []struct {
		field   string
		entries []string
	}{{"claimants", s.Claimants}, {"exclude_claimants", s.ExcludeClaimants}} {
		seen := map[string]int{}
		for i, c := range list.entries {
			f := fmt.Sprintf("%s[%d]", list.field, i)
			k := claimantKey(c)
			if k == "" {
				add(f, "empty claimant: give a claimant id (gaza_health_ministry) or an unlisted claimant's words (Save the Children)")
				continue
			}
			if j, dup := seen[k]; dup {
				add(f, "%q is already %s[%d]", c, list.field, j)
				continue
			}
			seen[k] = i
		}
	}
}

// CheckClaimantIDs checks that every entry of claimants and
// exclude_claimants written as an id (lower case, digits and _) is one of
// known, the shipped and configured claimant ids: a misspelt id would
// otherwise match nothing and the metric would quietly take nothing (or
// exclude nobody). An entry in other words names an unlisted claimant.
func (s *MetricSpec) CheckClaimantIDs(known []string) []SpecError {
	var errs []SpecError
	for _, list := range []struct {
		field   string
		entries []string
	}{{"claimants", s.Claimants}, {"exclude_claimants", s.ExcludeClaimants}} {
		for i, c := range list.entries {
			c = strings.TrimSpace(c)
			if !idPattern.MatchString(c) || slices.Contains(known, c) {
				continue
			}
			msg := fmt.Sprintf("no claimant with id %q: known are %s (add it under claimants: in the configuration, or write an unlisted claimant's words as articles do, such as The Ledger)", c, strings.Join(known, ", "))
			if m := suggest.Closest(c, known); m != "" {
				msg = fmt.Sprintf("no claimant with id %q (did you mean %s?)", c, m)
			}
			errs = append(errs, SpecError{Field: fmt.Sprintf("%s[%d]", list.field, i), Msg: msg})
		}
	}
	return errs
}

// TakesClaimant reports whether the metric takes a figure claimed by c
// (nil: unattributed) under its claimants and exclude_claimants lists.
func (s *MetricSpec) TakesClaimant(c *claimant.Claimant) bool {
	if len(s.Claimants) == 0 && len(s.ExcludeClaimants) == 0 {
		return true
	}
	listed := func(list []string) bool {
		if c == nil {
			return false
		}
		words := claimant.NormalizeWords(c.Words)
		for _, e := range list {
			e = strings.TrimSpace(e)
			if c.ID != "" && e == c.ID || words != "" && claimant.NormalizeWords(e) == words {
				return true
			}
		}
		return false
	}
	if len(s.Claimants) > 0 {
		return listed(s.Claimants)
	}
	return !listed(s.ExcludeClaimants)
}

// claimantKey is how two entries of a claimants list compare.
func claimantKey(s string) string {
	s = strings.TrimSpace(s)
	if idPattern.MatchString(s) {
		return s
	}
	return claimant.NormalizeWords(s)
}
