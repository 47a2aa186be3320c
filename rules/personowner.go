package rules

import (
	"github.com/claimtrack/claimtrack/rules/figures"
	"github.com/claimtrack/claimtrack/rules/names"
)

// A war may be owned by a person or a group rather than a place: "Putin's
// war has now cost more than 11,000 Ukrainian civilians their lives",
// "Netanyahu's war has killed more than 40,000 people in Gaza", "Hemedti's
// war has displaced more than 10 million Sudanese". A name no list of
// places knows (names.KnownPlace) is no foreign place; the event is the
// metric's when the sentence names the metric's own place or its people
// in the clause of the figure ("Ukrainian", "in Gaza", "Sudanese"). With
// none of them named there ("Assad's
// war killed more than 300,000 people"), or another place's people
// ("Syrians"), the owner still marks another event.

// personOwnsOwnEvent reports whether the possessive owner at token k of
// sentence s, a name of one word, is no known place while another name in its clause, up to the
// first clause mark after token fs (the figure's start), is one of the
// metric's own.
func (m *metric) personOwnsOwnEvent(d *figures.Document, s *figures.Sentence, k, fs int) bool {
	if names.KnownPlace(d.TokenText(k)) || k > s.TokStart && (named(d, k-1) || d.TokenText(k-1) == "-") {
		return false // a place, or the last word of a longer name ("Deir al-Balah's")
	}
	for t := k + 1; t < s.TokEnd; t++ {
		if w := d.TokenText(t); t > fs && (w == "," || clauseMark(w)) {
			break // "..., a scale Ukraine has so far been spared"
		}
		if !named(d, t) {
			continue
		}
		if w := d.TokenText(t); len(w) >= stemLetters && !calendarName(w) && !m.foreignName(w) {
			return true
		}
	}
	return false
}
