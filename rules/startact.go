package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// The metric's start event may be told by its verb rather than its noun,
// and dated by a span back from the article: "since Russia invaded a year
// ago", "since Hamas attacked two years ago". The span dates the event,
// and the event is the metric's own start, so the count runs over the
// metric's period. A verb whose noun names an event that starts a count
// (invaded: invasion; attacked: attack) is such a start when nothing but
// the metric's own places, a date or a span follows it in the phrase; an
// object of its own ("attacked the dam a month ago") makes it a later act.

// startActVerb reports whether lower-case w is the past of a verb whose
// noun is an event that starts a count: "invaded" (invasion),
// "attacked" (attack).
func startActVerb(w string) bool {
	stem, ok := strings.CutSuffix(w, "ed")
	if !ok || len(stem) < 3 {
		return false
	}
	if startEvent(stem) || startEvent(stem+"s") {
		return true // "attacked"
	}
	// "invaded": invade, invasion.
	if b, ok := strings.CutSuffix(stem, "d"); ok && startEvent(b+"sion") {
		return true
	}
	return false
}

// startAct reports whether token t, inside the "since" phrase ending at
// token end of sentence s, is the metric's start told by its verb: a startActVerb
// followed only by the metric's own names, then the phrase's end, a date
// ("in February 2022", "on Feb. 24") or a span back ("a year ago").
func (m *metric) startAct(d *figures.Document, s *figures.Sentence, t, end int, buf *[64]byte) bool {
	if !startActVerb(string(lowerInto(buf, d.TokenText(t)))) {
		return false
	}
	k := t + 1
	for k < end && named(d, k) && !m.foreignName(d.TokenText(k)) {
		k++ // "invaded Ukraine"
	}
	if k >= end {
		return true
	}
	switch string(lowerInto(buf, d.TokenText(k))) {
	case "in", "on":
		return true // a date; another place's name is read as a later act
	}
	// A span back: "a year ago", "a little over two years ago", with no
	// determiner of an object before "ago". The span may run past the
	// phrase's eight words.
	for j := k; j < s.TokEnd && j <= k+6 && d.Tokens[j].IsWord(); j++ {
		switch w := string(lowerInto(buf, d.TokenText(j))); w {
		case "ago":
			return true
		case "the", "its", "his", "her", "their", "this", "that", "these", "those":
			return false
		}
	}
	return false
}

// eventActAgo reports whether, among tokens [from, to) after a figure,
// the metric's event acts with a past verb before an "ago": "the 59,000
// people the earthquakes killed in Turkey and Syria a year ago". The span
// dates the event's act (an anniversary), not the count's reading, as a
// verb of starting does ("the war that erupted in April 2023").
func eventActAgo(d *figures.Document, s *figures.Sentence, from, to int) bool {
	word := sentenceWords(d, s)
	for k := from; k+1 < to; k++ {
		if word(k) == "ago" {
			return false
		}
		if !eventNoun(word(k)) {
			continue
		}
		switch v := word(k + 1); {
		case strings.HasSuffix(v, "ed") && len(v) > 4, v == "struck", v == "left", v == "took":
			return true // "the quakes killed", "the earthquake claimed"
		}
	}
	return false
}
