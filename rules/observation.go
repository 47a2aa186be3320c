package rules

import (
	"time"

	"github.com/claimtrack/claimtrack/rules/claimant"
	"github.com/claimtrack/claimtrack/rules/figures"
)

// Value is one named figure of an observation ("value" for single-valued
// metrics, or a placeholder name such as "prisoners").
type Value struct {
	Name string `json:"name"`
	figures.Figure
}

// Observation is what one metric found in one sentence of a text.
// Observations of one figure share their Values and Claimant: treat them
// as read-only.
type Observation struct {
	Metric string  `json:"metric"`
	Values []Value `json:"values"`
	// Quote is the sentence the figures came from; QuoteStart and
	// QuoteEnd are its byte offsets in the text.
	Quote      string `json:"quote"`
	QuoteStart int    `json:"quote_start"`
	QuoteEnd   int    `json:"quote_end"`
	// Rule says which part of the metric matched: `keyword "killed"`,
	// `patterns[0]` or `values`.
	Rule string `json:"rule"`
	// Claimant is who the text says claims the main value; nil when
	// unattributed. See claimants.go.
	Claimant *claimant.Claimant `json:"claimant,omitempty"`
	// Event is what the sentence says of the event its figures are of,
	// for a metric of events (eventsays.go); zero for another metric.
	Event EventSays `json:"event,omitzero"`
	// Before is what the sentence says the count stood at before ("up
	// from 61,250", "its earlier count of 61,250"); Updates, naming none,
	// that it tells the claimant's own later word ("raised its toll to").
	// See ownword.go.
	Before  []float64 `json:"before,omitempty"`
	Updates bool      `json:"updates,omitempty"`
	// AsOf is the day (UTC midnight) the sentence says its figure was true
	// on ("as of December 7", "as at 7 December", "said on Monday"), read
	// against the article's date; zero when it names none or the date is
	// not known. See asofday.go.
	AsOf time.Time `json:"as_of,omitzero"`
}

// Main is the observation's first value: the value of a single-valued metric.
func (o Observation) Main() Value { return o.Values[0] }

// Get returns the value named name.
func (o Observation) Get(name string) (Value, bool) {
	for _, v := range o.Values {
		if v.Name == name {
			return v, true
		}
	}
	return Value{}, false
}
