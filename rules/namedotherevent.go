package rules

import (
	"strings"
	"unicode"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// Another named event of the metric's own kind: a metric of the "Granite
// Fire" reads a story that also follows the "Sable Fire" next county over,
// one of "Hurricane Lena" a story that recaps "Hurricane Omar". Wildfires,
// storms and floods are named, several burn or blow at once, and desks
// write roundups: "In neighbouring Dunmore County, the Sable Fire forced
// 6,000 people to evacuate." The article names the metric's event, so its
// scope holds, and the sentence's keyword is the metric's; without this
// the other fire's figures move the metric (a lower level, a "possible
// correction" of a total). otherevent.go reads another place's event ("the
// Moroccan quake"); this reads another name given to the same kind of
// event.
//
// The metric's own event is a name the spec writes (scope or name): a
// capitalised event noun with one to three capitalised words before it
// ("Granite Fire", "August Complex") or one after it ("Hurricane Lena").
// A sentence that names an event of the same noun with other words in
// that place, and does not name the metric's own, counts that other event.

// ownEvent is a named event of a metric's spec, lower-cased: the words of
// its name and the event noun, which stands first or last.
type ownEvent struct {
	name      []string
	noun      string
	nounFirst bool
}

// namedEventNoun reports whether lower-cased w is a noun that a season
// names its events with, capitalised after or before the name.
func namedEventNoun(w string) bool {
	switch w {
	case "fire", "wildfire", "blaze", "complex", "hurricane", "storm", "typhoon", "cyclone", "tornado",
		"flood", "floods", "earthquake", "quake":
		return true
	}
	return false
}

// ownNamedEvents reads the named events of spec s's scope and name.
func ownNamedEvents(s MetricSpec) []ownEvent {
	var out []ownEvent
	for _, text := range append([]string{s.Name}, s.Scope...) {
		words := strings.Fields(text)
		for i, w := range words {
			if !initialCap(w) || !namedEventNoun(strings.ToLower(w)) {
				continue
			}
			j := i
			for j > 0 && i-j < 3 && initialCap(words[j-1]) {
				j--
			}
			if j < i {
				out = append(out, ownEvent{name: lowerAll(words[j:i]), noun: strings.ToLower(w)})
				continue
			}
			if i+1 < len(words) && initialCap(words[i+1]) {
				out = append(out, ownEvent{name: lowerAll(words[i+1 : i+2]), noun: strings.ToLower(w), nounFirst: true})
			}
		}
	}
	return out
}

func initialCap(w string) bool {
	for _, r := range w {
		return unicode.IsUpper(r)
	}
	return false
}

func lowerAll(ws []string) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = strings.ToLower(w)
	}
	return out
}

// namedOtherEvent reports whether sentence s names an event of one of the
// metric's own event nouns under another name, and none of its own events'
// names; it returns the other event's words for --explain.
func (m *metric) namedOtherEvent(d *figures.Document, s *figures.Sentence) (string, bool) {
	if len(m.ownEvents) == 0 {
		return "", false
	}
	other := ""
	for k := s.TokStart; k < s.TokEnd; k++ {
		if !named(d, k) {
			continue
		}
		w := d.LowerTokenText(k)
		for _, ev := range m.ownEvents {
			if m.ownEventNamed(d, s, k, ev) {
				return "", false
			}
			if other == "" && w == ev.noun {
				if from, to, ok := otherName(d, s, k, ev); ok {
					other = tokensText(d, from, to)
				}
			}
		}
	}
	return other, other != ""
}

// ownEventNamed reports whether token k opens one of ev's name words where
// its name stands: "Granite" of "the Granite Fire", also written "the
// Granite fire" or "Granite blaze" (a wire's second reference).
func (m *metric) ownEventNamed(d *figures.Document, s *figures.Sentence, k int, ev ownEvent) bool {
	for i, w := range ev.name {
		if k+i >= s.TokEnd || d.LowerTokenText(k+i) != w {
			return false
		}
	}
	return true
}

// otherName returns the tokens of the name that event noun k carries in
// the place ev's own name stands, when it is another event's name, not a
// body's. A last noun ("the Sable Fire") needs one to three capitalised
// words before it, "the" before them (perhaps with lower-case words
// between: "the smaller Sable Fire", "the fast-moving Sable Fire"), no capitalised word after it
// ("the Tamarack County Fire Authority") and no word of a body or a
// place's kind in the name ("the Marin County Fire", "Cal Fire" with no
// "the"). A first noun ("Hurricane Omar") needs one name after it, no
// capitalised word before it or after the name, no "the" before it and
// no body's word as its name ("the National Hurricane Center", "the
// Hurricane Center"). Neither may be a source: followed by a verb of
// saying, or after "according to"; nor named to compare with
// (comparedEvent).
func otherName(d *figures.Document, s *figures.Sentence, k int, ev ownEvent) (int, int, bool) {
	if ev.nounFirst {
		if k+1 >= s.TokEnd || !named(d, k+1) || named(d, k+2) || k > s.TokStart && named(d, k-1) {
			return 0, 0, false
		}
		if k > s.TokStart && d.LowerTokenText(k-1) == "the" || eventBodyWord(d.LowerTokenText(k+1)) || eventNameSource(d, s, k, k+2) || comparedEvent(d, s, k) {
			return 0, 0, false
		}
		return k, k + 2, true
	}
	if k+1 < s.TokEnd && named(d, k+1) {
		return 0, 0, false
	}
	from := k
	for from > s.TokStart && k-from < 3 && named(d, from-1) {
		from--
	}
	if from == k || from > s.TokStart && named(d, from-1) {
		return 0, 0, false
	}
	for j := from; j < k; j++ {
		if eventBodyWord(d.LowerTokenText(j)) {
			return 0, 0, false
		}
	}
	the := false
	for j := from - 1; j >= s.TokStart && j >= from-5; j-- {
		w := d.LowerTokenText(j)
		if w == "the" {
			the = true
			break
		}
		if !isLowerWord(d.TokenText(j)) && w != "-" {
			break // "the fast-moving Sable Fire" reaches its article past a hyphen
		}
	}
	if !the || eventNameSource(d, s, from, k+1) || comparedEvent(d, s, from) {
		return 0, 0, false
	}
	return from, k + 1, true
}

// comparedEvent reports whether the event name opening at token from is
// named only to compare with: a comparison's word ("than", "since",
// "like", "as", "compared", "surpassing") within the six tokens before it,
// in its clause: "twice as many as the Camp Fire did", "the most since the
// Thomas Fire in 2017", "more than Hurricane Omar did". The sentence's
// figures are then the metric's own event's, told beside the other.
func comparedEvent(d *figures.Document, s *figures.Sentence, from int) bool {
	for j := from - 1; j >= s.TokStart && j >= from-6; j-- {
		w := d.LowerTokenText(j)
		if w == ";" || w == ":" {
			return false
		}
		if comparisonWord(w) || w == "as" {
			return true
		}
	}
	return false
}

// eventBodyWord reports whether lower-cased w, in a name with an event's
// noun, makes it a body's or a place's name rather than an event's:
// "Marin County Fire", "Cal Fire", "the Hurricane Center".
func eventBodyWord(w string) bool {
	switch w {
	case "county", "city", "state", "cal", "national", "department", "service", "authority", "center", "centre",
		"agency", "office", "district", "rescue", "protection", "watch", "warning", "prediction", "research", "season":
		return true
	}
	return false
}

// eventNameSource reports whether the name [from, to) is told as a source:
// a verb of saying right after it, or "according to" right before it.
func eventNameSource(d *figures.Document, s *figures.Sentence, from, to int) bool {
	if to < s.TokEnd {
		switch d.LowerTokenText(to) {
		case "said", "says", "say", "reported", "reports", "told", "announced", "estimated", "estimates", "confirmed", "confirms", "stated":
			return true
		}
	}
	return from-2 >= s.TokStart && d.LowerTokenText(from-2) == "according" && d.LowerTokenText(from-1) == "to"
}
