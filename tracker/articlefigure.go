package tracker

import (
	"math"
	"slices"

	"github.com/claimtrack/claimtrack/rules"
	"github.com/claimtrack/claimtrack/store"
)

// bestPerMetric keeps one observation per metric (per metric and claimant
// for a metric judged by claimant: one article may give the ministry's
// toll and the military's count): an article makes one claim about a
// figure, often repeated (the headline, then the body). Which one is kept
// is better's choice. For a metric judged by claimant, the unattributed
// figures are kept apart from each claimant's, so better never weighs a
// claimant against nobody there; but an unattributed figure that a
// claimed one of the same metric in the article can be (their ranges
// meet, and it is written within a tenth of it, as a headline rounds) is
// that claim told again without its source, as better reads it
// for any metric: a headline's "Cholera deaths top 400" over the body's
// "412 deaths, the health ministry said", or a correction line's "It is
// 398." after the ministry's 398. Kept under its own key it made a
// claimant of nobody, whose headline "top 400" the next day's restated
// 398 then contradicted: "outlets disagree" posted of one ministry's
// count (user50's outbreak desk). It is dropped; one no claimed figure can
// be is the outlet's own and stays. total (nil: none) says which metrics
// are running totals, for better. Another claimant's figure the kept one
// cannot be is kept beside it (withRivalClaims, rivalclaims.go).
func bestPerMetric(obs []rules.Observation, byClaimant, total func(metric string) bool) []rules.Observation {
	obs = dropRetoldUnattributed(obs, byClaimant)
	best := map[string]int{}
	var order []string
	for i, o := range obs {
		k := o.Metric
		if o.Claimant != nil && byClaimant != nil && byClaimant(o.Metric) {
			k += "\x00" + store.ClaimantKey(observationOf(o))
		}
		j, ok := best[k]
		if !ok {
			best[k] = i
			order = append(order, k)
			continue
		}
		if better(o, obs[j], total != nil && total(o.Metric)) {
			best[k] = i
		}
	}
	out := make([]rules.Observation, 0, len(order))
	for _, m := range order {
		out = append(out, obs[best[m]])
	}
	return withRivalClaims(obs, out, byClaimant, total)
}

// dropRetoldUnattributed leaves out, for a metric judged by claimant, each
// unattributed observation whose values a claimed observation of the same
// metric in the article can also be (see bestPerMetric).
func dropRetoldUnattributed(obs []rules.Observation, byClaimant func(metric string) bool) []rules.Observation {
	if byClaimant == nil {
		return obs
	}
	retold := func(o rules.Observation) bool {
		return o.Claimant == nil && byClaimant(o.Metric) && slices.ContainsFunc(obs, func(c rules.Observation) bool {
			return c.Claimant != nil && c.Metric == o.Metric && consistent(c.Values, o.Values) && consistent(o.Values, c.Values) && nearValues(c.Values, o.Values)
		})
	}
	if !slices.ContainsFunc(obs, retold) {
		return obs
	}
	out := make([]rules.Observation, 0, len(obs))
	for _, o := range obs {
		if !retold(o) {
			out = append(out, o)
		}
	}
	return out
}

// retoldReach is how far, as a share of a claimed value, an unattributed
// figure may be written from it and still be its telling: a headline
// rounds ("top 400" for 412), it does not state a bound a third below
// ("passes 300" over the doctors' 300 and the ministry's 412 is the
// doctors' figure, review50).
const retoldReach = 0.1

// nearValues reports whether each value of b is written within
// retoldReach of a's value of the same name.
func nearValues(a, b []rules.Value) bool {
	for _, nb := range b {
		na, ok := valueNamed(a, nb.Name)
		if !ok || math.Abs(nb.Value-na.Value) > retoldReach*math.Abs(na.Value) {
			return false
		}
	}
	return true
}

// better reports whether o should be kept rather than b, an observation
// of the same metric in the same article. Two figures that agree
// (consistent) state the same claim, told twice: the one that names who
// claims it wins over one that names nobody, however precise, for a
// headline's bare "evacuations reach 9,000" is the body's "nearly 9,000
// people have been evacuated, the county emergency office said" told
// shorter and without its source; kept, it would post an exact 9,000 that
// nobody claimed. Otherwise (both or neither name a claimant, or figures
// that cannot both be true: two claims, not one told twice) the most
// precise wins; on a tie, the longer quote, which says more than a
// headline does. Of a running total (total), a claimed figure wins over
// an unattributed one it cannot be as well: beside a body's total that
// names its source, the bare figure is a part told with it (the day's
// "eleven bodies" recovered beside the IOM's 1,720 dead or missing this
// year), and kept it posted "outlets disagree" while the total was never
// stored (user51's migration desk). Only a bare figure below the claimed
// one is such a part: a larger one is the article's newer total beside the
// body's earlier reading it restates, and is judged as before. Nor does
// precision keep a total's small part (partOf, partShare) over the total:
// one village's "12 people were killed" is no reading of a headline's
// "dead pass 30,000", and kept for its width it posted a toll fallen from
// thousands to a dozen.
func better(o, b rules.Observation, total bool) bool {
	same := consistent(b.Values, o.Values)
	if (o.Claimant != nil) != (b.Claimant != nil) && (same || total && bareBelowClaimed(o, b)) {
		return o.Claimant != nil
	}
	if !same && total && partOf(b, o) {
		return true
	}
	if !same && total && partOf(o, b) {
		return false
	}
	w, bw := widthOf(o), widthOf(b)
	return w < bw || w == bw && len(o.Quote) > len(b.Quote)
}

// bareBelowClaimed reports whether, of two observations one of which names
// a claimant, every value of the one nobody claimed is below the claimed
// one's: a part of a running total told beside it, not a newer total.
func bareBelowClaimed(o, b rules.Observation) bool {
	bare, claimed := o, b
	if o.Claimant != nil {
		bare, claimed = b, o
	}
	for _, v := range bare.Values {
		c, ok := valueNamed(claimed.Values, v.Name)
		if !ok || v.Value >= c.Value {
			return false
		}
	}
	return len(bare.Values) > 0
}

// partShare is the share of a running total at or below which another
// figure of it in the same article, one that cannot be the same count, is
// a part told beside it (one village's dead, the children among them), not
// a reading of it: a total only rises, and no outlet gives a tenth of it as
// its newest count. The ratio alone says nothing of a level (homes without
// power fall from 250,000 to 4,000 in a day), nor of a total a large share
// of another (one country's toll beside both countries', an earlier
// reading): those keep the rule of precision (review56).
const partShare = 0.1

// partOf reports whether observation p lies wholly at or below partShare
// of w, an observation of the same metric: each value's high end at most
// partShare times the low end of w's value of its name (a floor the whole
// states: "dead pass 30,000"). A value w does not state, or either end
// open, makes p no part.
func partOf(p, w rules.Observation) bool {
	for _, v := range p.Values {
		x, ok := valueNamed(w.Values, v.Name)
		if !ok || v.High == nil || x.Low == nil || *x.Low <= 0 || *v.High > partShare**x.Low {
			return false
		}
	}
	return len(p.Values) > 0
}

// widthOf sums how wide the ranges of an observation's values are.
func widthOf(o rules.Observation) float64 {
	w := 0.0
	for _, v := range o.Values {
		w += v.Width()
	}
	return w
}
