package tracker

import "github.com/claimtrack/claimtrack/model"

// MetricInfo is what events say about a metric.
type MetricInfo struct {
	Name string
	Unit string
	// ClaimantNames are the display names of configured claimants by id:
	// a message names a claimant by it, else by its words as written.
	ClaimantNames map[string]string
}

// claimantName is how a message names an observation's claimant.
func (i MetricInfo) claimantName(o *model.Observation) string {
	if o == nil {
		return ""
	}
	return ClaimantDisplay(*o, i.ClaimantNames)
}

// ClaimantDisplay names an observation's claimant for people: the
// configured display name (names, by id), else the words as written, else
// the id; "" when unattributed.
func ClaimantDisplay(o model.Observation, names map[string]string) string {
	if n := names[o.ClaimantID]; n != "" {
		return n
	}
	if o.ClaimantWords != "" {
		return o.ClaimantWords
	}
	return o.ClaimantID
}
