package tracker

import (
	"cmp"
	"slices"

	"github.com/claimtrack/claimtrack/rules"
	"github.com/claimtrack/claimtrack/store"
)

// Two claimants' figures of one metric in one article are two claims, not
// one told twice: "more than 300 have been detained, the interior ministry
// said; the rights group Lantern puts the number at at least 450" (walk59).
// bestPerMetric kept one figure per metric, so the rival's count was never
// recorded, and which one was depended on precision and quote length. For
// a metric judged by claimant each claimant's figure was kept already; for
// one that keeps a single value, each other claimant's figure that cannot
// be the chosen one (not consistent with it) is now kept beside it, its
// claimant's best, and judged after it as any figure is: Decide says
// which is news, as it does of two articles (docs/claimants.md keeps
// claimants apart the same way: a claimant is a body, an unattributed
// figure nobody's). Of a running total the higher claim is judged first,
// so that the value is the highest (a total only rises) and a lower rival
// disagrees with it ("claimants disagree") rather than the two posted as a
// fall and a rise. A claimant's small part of a total (one town's dead,
// partOf) is a part, and unattributed figures are weighed as before.

// withRivalClaims returns chosen (bestPerMetric's choice, one observation
// per metric or per metric and claimant) with, after each observation of a
// metric not judged by claimant, the other claimants' rival figures of obs
// (the article's observations), each claimant's best by better.
func withRivalClaims(obs, chosen []rules.Observation, byClaimant, total func(metric string) bool) []rules.Observation {
	var out []rules.Observation
	for _, c := range chosen {
		if c.Claimant == nil || byClaimant != nil && byClaimant(c.Metric) {
			out = append(out, c)
			continue
		}
		isTotal := total != nil && total(c.Metric)
		group := []rules.Observation{c}
		own := store.ClaimantKey(observationOf(c))
		for _, o := range obs {
			if o.Metric != c.Metric || o.Claimant == nil || !rival(o, c) {
				continue
			}
			k := store.ClaimantKey(observationOf(o))
			if k == own {
				continue
			}
			j := slices.IndexFunc(group[1:], func(g rules.Observation) bool { return store.ClaimantKey(observationOf(g)) == k })
			switch {
			case j < 0:
				group = append(group, o)
			case better(o, group[j+1], isTotal):
				group[j+1] = o
			}
		}
		if isTotal && len(group) > 1 {
			slices.SortStableFunc(group, func(a, b rules.Observation) int { return cmp.Compare(b.Main().Value, a.Main().Value) })
		}
		out = append(out, group...)
	}
	return out
}

// rival reports whether o, a claimed figure of c's metric, is another
// claim of c's count: it cannot be c's figure (consistent either way), and
// it is of its size (sameSize). A figure of another size beside the
// article's is as often another count the rules took for the metric (a
// city's ministry's toll in a story of another war's, a town's dead beside
// the country's) as a rival's: the article's choice was kept alone before,
// and stays so.
func rival(o, c rules.Observation) bool {
	if consistent(c.Values, o.Values) || consistent(o.Values, c.Values) {
		return false
	}
	return sameSize(o, c)
}

// rivalReach is how far apart two claimants' counts of one thing may lie:
// the larger at most twice the smaller (the ministry's 300 and the rights
// group's 450; the commission's turnout of 61.4 and the observers' 55.8).
const rivalReach = 2.0

// sameSize reports whether each value of o lies within rivalReach of c's
// value of its name, both above zero.
func sameSize(o, c rules.Observation) bool {
	for _, v := range o.Values {
		x, ok := valueNamed(c.Values, v.Name)
		if !ok || v.Value <= 0 || x.Value <= 0 || max(v.Value, x.Value) > rivalReach*min(v.Value, x.Value) {
			return false
		}
	}
	return len(o.Values) > 0
}
