package tracker

import (
	"slices"
	"strings"

	"github.com/claimtrack/claimtrack/model"
)

// MetricInfo is what events say about a metric.
type MetricInfo struct {
	Name string
	Unit string
	// ClaimantNames are the display names of configured claimants by id:
	// a message names a claimant by it, else by its words as written.
	ClaimantNames map[string]string
	// Scope is the metric's scope words ("Spain", "Sudan*"): the place
	// a body's qualifier may name for two names of it to be one across
	// outlets (samebody.go).
	Scope []string
	// claimantOwn reports whether a word is one of a configured
	// claimant's own (its aliases' and context words): the places of its
	// story, which a body's qualifier may name as a scope place does.
	claimantOwn func(id, word string) bool
}

// inScope reports whether a word, lower case, is one of the metric's
// scope words (a trailing * any ending).
func (i MetricInfo) inScope(w string) bool {
	for _, s := range i.Scope {
		s = strings.ToLower(s)
		if p, ok := strings.CutSuffix(s, "*"); ok && strings.HasPrefix(w, p) || s == w {
			return true
		}
	}
	return false
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

// scopePlaces counts the places a metric's scope names: words sharing
// their first four letters are forms of one ("Sudan", "Sudanese").
func (i MetricInfo) scopePlaces() int {
	var stems []string
	for _, s := range i.Scope {
		s = strings.ToLower(strings.TrimSuffix(s, "*"))
		if len(s) > 4 {
			s = s[:4]
		}
		if !slices.Contains(stems, s) {
			stems = append(stems, s)
		}
	}
	return len(stems)
}
