package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A metric that counts what is in a place (a keyword says "in Rafah")
// does not count people who moved out of it: "about 600,000 people were
// displaced from Rafah" is no count of those sheltering in Rafah; "fled to
// Rafah" is. A metric of those who left a place ("fled Ukraine") names no
// keyword "in Ukraine", and keeps them.

// insideNames returns the names X of the metric's keywords "in X": the
// places it counts what is in.
func insideNames(s MetricSpec) []string {
	var names []string
	for _, k := range s.Keywords {
		if rest, ok := strings.CutPrefix(strings.TrimSpace(k), "in "); ok && rest != "" && rest[0] >= 'A' && rest[0] <= 'Z' && !strings.Contains(rest, " ") {
			names = append(names, strings.ToLower(rest))
		}
	}
	return names
}

// movedFromInside reports whether keyword hit h is a verb of moving whose
// place left is one of the metric's scope names: "displaced from Rafah",
// "forced out of Rafah", "fled Rafah", "left eastern Rafah".
func (m *metric) movedFromInside(d *figures.Document, s *figures.Sentence, h hit) bool {
	if len(m.insideNames) == 0 || h.end >= s.TokEnd {
		return false
	}
	var buf [64]byte
	// An evacuation moves people out of where they are, unless it says
	// where to: "The first evacuation order covered about 100,000 people in
	// eastern Rafah"; "evacuated to Rafah" stays.
	for t := h.start; t < h.end; t++ {
		if w := lowerInto(&buf, d.TokenText(t)); len(w) > 6 && string(w[:6]) == "evacua" {
			to := string(lowerInto(&buf, d.TokenText(h.end)))
			return to != "to" && to != "into" && to != "towards"
		}
	}
	k := h.end
	last := string(lowerInto(&buf, d.TokenText(h.end-1)))
	switch w := string(lowerInto(&buf, d.TokenText(k))); {
	case w == "from":
		k++
	case w == "out" && k+1 < s.TokEnd && strings.EqualFold(d.TokenText(k+1), "of"):
		k += 2 // "forced out of Rafah"
	case w == "of" && last == "out":
		k++ // the keyword "driven out", then "of Rafah"
	case named(d, k) && isLowerWord(last) && !pluralForm(last) && !prepositions[last] && last != "into" && last != "onto":
		// The place a verb left: "fled Rafah", "left Rafah". A noun
		// keyword before a name is no verb ("refugees Rafah took in").
	default:
		return false
	}
	if k < s.TokEnd && strings.EqualFold(d.TokenText(k), "the") {
		k++
	}
	k = skipCompassAfter(d, k, s.TokEnd)
	// A place that owns what follows was not left: "displacement from
	// Sudan's war" is the war's.
	return k < s.TokEnd && named(d, k) && m.insideName(d.TokenText(k)) && !ownsNext(d, hit{start: k, end: k + 1})
}

// skipCompassAfter skips a point of the compass at token k ("eastern
// Rafah"), up to end.
func skipCompassAfter(d *figures.Document, k, end int) int {
	var buf [64]byte
	if k < end && compassAdjective(string(lowerInto(&buf, d.TokenText(k)))) {
		return k + 1
	}
	return k
}

// insideName reports whether w names a place the metric counts what is
// in.
func (m *metric) insideName(w string) bool {
	for _, n := range m.insideNames {
		if strings.EqualFold(n, w) {
			return true
		}
	}
	return false
}

// elsewhereInside reports whether keyword hit h says where people are and
// the place is one the metric's words do not name: "About 700,000 people
// are sheltering in Deir al-Balah and al-Mawasi after fleeing Rafah" counts
// people in Deir al-Balah. The name follows "in" (perhaps "the" or a point
// of the compass) right after the keyword.
func (m *metric) elsewhereInside(d *figures.Document, s *figures.Sentence, h hit) bool {
	if len(m.insideNames) == 0 || h.end+1 >= s.TokEnd {
		return false
	}
	var buf [64]byte
	k := h.end
	if w := string(lowerInto(&buf, d.TokenText(k))); w != "in" && w != "into" && w != "at" {
		return false
	}
	k++
	if strings.EqualFold(d.TokenText(k), "the") {
		k++
	}
	k = skipCompassAfter(d, k, s.TokEnd)
	if k >= s.TokEnd || !named(d, k) {
		return false
	}
	w := d.TokenText(k)
	return len(w) >= 4 && !calendarName(w) && m.foreignName(w)
}
