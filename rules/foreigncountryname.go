package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A country's name of several words is another country when any of its
// words is foreign to the metric, not only its last: "In South Sudan, 2.3
// million people remain displaced by that country's own civil war" speaks
// of South Sudan, though its last word is the metric's "Sudan"; the name
// is the longest listed one ("Papua New Guinea", not "Guinea"). The same
// test as ownOfForeignCountry and hostReceives make of a country's whole
// name.

// longestCountryBefore returns the first token of the longest listed
// country's name that ends right before token ti in sentence s ("Papua New
// Guinea", not "Guinea"), or -1.
func longestCountryBefore(d *figures.Document, s *figures.Sentence, ti int) int {
	first := -1
	for k := range countryNamesBefore(d, s, ti) {
		if first < 0 || k < first {
			first = k
		}
	}
	return first
}

// foreignCountryName reports whether the listed country's name in tokens
// [start, end) of d has a word none of the metric's own names share a stem
// with (foreignName).
func (m *metric) foreignCountryName(d *figures.Document, start, end int) bool {
	for k := start; k < end; k++ {
		if m.foreignName(d.TokenText(k)) {
			return true
		}
	}
	return false
}
