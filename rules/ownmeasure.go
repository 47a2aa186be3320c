package rules

import (
	"strings"
)

// A metric whose own keywords name a measure that a figure check sets
// aside tracks that measure. Research's estimate is not the tally a total
// counts (studyestimate.go), but a metric of "excess deaths" or
// "estimated deaths" counts nothing else; people an aid service reached
// are the service's measure (servedcount.go), but a metric of people
// "treated" in hospital or "vaccinated" counts exactly those. Only the
// metric's own words are read, not a vocabulary's: a shipped list names
// what befell people, not a service or a model
// (own_measure_keyword.yaml).

// ownMeasures reports whether the metric's keywords name an estimated
// measure ("estimated", "modelled", or "excess" as in excess deaths and
// excess mortality; not "count" or "number", which name the tally too) and whether they name a service done to people (a
// serving participle or its verb: treated, treat, vaccinated).
func ownMeasures(s MetricSpec) (estimates, served bool) {
	for _, k := range s.Keywords {
		if strings.HasPrefix(k, "@") {
			continue
		}
		for _, w := range strings.Fields(strings.ToLower(strings.Trim(k, "=*"))) {
			w = strings.Trim(w, "=*")
			if w == "excess" {
				estimates = true
			}
			switch w {
			case "treated", "treat", "vaccinated", "vaccinate", "immunised", "immunized":
				served = true
			}
		}
	}
	return estimates, served
}
