package tracker

import (
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/claimtrack/claimtrack/model"
	"github.com/claimtrack/claimtrack/rules"
	"github.com/claimtrack/claimtrack/rules/figures"
)

// What an outcome queues: the event it makes, the key that makes a replay
// queue nothing new, and the agreeing lists stored beside a value.

// withCorroboration adds a corroborating figure's outlet and its claimant
// (none for an unattributed figure) to those agreeing, each once.
func withCorroboration(agree, claimants []string, outlet, claimant string) ([]string, []string) {
	if !slices.Contains(agree, outlet) {
		agree = withAgreeing(agree, outlet)
	}
	if claimant != "" && !slices.Contains(claimants, claimant) {
		claimants = withAgreeing(claimants, claimant)
	}
	return agree, claimants
}

// withAgreeing adds one to a list of those agreeing: the value's own stays
// first, the others sorted, so that the stored list does not depend on
// the order articles came in.
func withAgreeing(list []string, name string) []string {
	if len(list) == 0 {
		return []string{name}
	}
	out := append(slices.Clip(list), name)
	sort.Strings(out[1:])
	return out
}

// eventKind says which event an outcome makes, if any: a first value only
// when the metric announces it.
func eventKind(outcome Outcome, pol Policy) (model.EventKind, bool) {
	switch {
	case outcome == Baseline && pol.AnnounceFirst:
		return model.EventFirst, true
	case outcome == Change || outcome == Corrected || outcome == Revised:
		return model.EventChange, true
	case outcome == Decrease:
		return model.EventDecrease, true
	case outcome == Conflict:
		return model.EventConflict, true
	}
	return "", false
}

// eventKey names the news, not the attempt: replaying the same article
// queues nothing new. A claimant's own value (by: claimant) is news of its
// own: one article may move two claimants' values.
func eventKey(kind model.EventKind, o model.Observation, claimant string) string {
	return eventKeyPrefix(kind, o.Metric, claimant) + o.URL + ":" + readingsKey(o.Readings)
}

// eventKeyPrefix is what every key of a kind of news of one accepted
// value (a metric's, or a claimant's own) opens with.
func eventKeyPrefix(kind model.EventKind, metric, claimant string) string {
	if claimant != "" {
		metric += "@" + claimant
	}
	return string(kind) + ":" + metric + ":"
}

func readingsKey(rs []model.Reading) string {
	parts := make([]string, len(rs))
	for i, r := range rs {
		parts[i] = r.Name + "=" + strconv.FormatFloat(r.Value, 'g', -1, 64)
	}
	return strings.Join(parts, ",")
}

func toReadings(rs []model.Reading) []rules.Value {
	out := make([]rules.Value, len(rs))
	for i, r := range rs {
		out[i] = rules.Value{Name: r.Name, Figure: figures.Figure{Value: r.Value, Low: r.Low, High: r.High, Qualifier: qualifierFromName(r.Qualifier), Unit: r.Unit, Text: r.Text}}
	}
	return out
}

// qualifierFromName reads a qualifier as stored ("exact" for none).
func qualifierFromName(name string) figures.Qualifier {
	if name == "exact" {
		return figures.Exact
	}
	return figures.Qualifier(name)
}
