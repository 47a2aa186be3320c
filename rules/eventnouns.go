// The nouns of an event a count is of, and where one is placed: a war, a
// disaster, an epidemic or a population (eventNoun, naturalDisaster), one
// a place's name modifies after an article ("the Tigray war": namedEvent),
// and one placed in a place after it ("the floods in Pakistan", "the quake
// that struck central Italy": placedAfter, strikeVerb).

package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// eventNoun reports whether w names a war or a disaster, what a place's
// count of the dead or the displaced is a count of, or the place's
// population ("Deir al-Balah's population has swollen to 700,000").
func eventNoun(w string) bool {
	switch w {
	case "war", "wars", "conflict", "invasion", "offensive", "uprising", "revolution", "genocide", "earthquake",
		"earthquakes", "quake", "quakes", "flood", "floods", "famine", "drought", "cyclone", "hurricane", "tsunami",
		"population",
		// An epidemic is an event too: "the previous outbreak", "an
		// epidemic in 2024" (prior_outbreak.yaml).
		"outbreak", "outbreaks", "epidemic", "epidemics", "pandemic":
		return true
	}
	return false
}

// namedEvent reports whether token k is a name of a place the metric does
// not name that modifies a noun of war or disaster after an article, before
// token fs: "the Tigray war", "the Yemen conflict", "a 2010 Haiti quake".
func (m *metric) namedEvent(d *figures.Document, s *figures.Sentence, k, fs int) bool {
	if k+1 >= fs || k-1 < s.TokStart || !named(d, k) || !isLowerWord(d.TokenText(k+1)) {
		return false
	}
	if !operationNoun(d.LowerTokenText(k + 1)) {
		return false
	}
	a := k - 1
	if a > s.TokStart && (figureAt(d, a) >= 0 || ordinalWord(d.LowerTokenText(a))) {
		a-- // a year or an ordinal between: "the 2010 Haiti earthquake", "the second Chechen war"
	}
	switch d.LowerTokenText(a) {
	case "the", "a", "an":
	default:
		return false
	}
	w := d.TokenText(k)
	// A place inside the metric's own names its own event ("the Rafah
	// operation" for Gaza's dead: innerevent.go).
	return len(w) >= 4 && !calendarName(w) && m.foreignName(w) && !m.innerPlaceStarts(d, s, k)
}

// naturalDisaster reports whether w names a disaster of nature, which
// strikes "in" a place, not "on" it: "the quake on Monday".
func naturalDisaster(w string) bool {
	switch w {
	case "earthquake", "earthquakes", "quake", "quakes", "flood", "floods", "famine", "drought", "cyclone", "hurricane", "tsunami":
		return true
	}
	return false
}

// placedAfter reports whether the event noun at token ti is placed, right
// after it, in a place the metric does not name: "<event> in <place>"
// ("a magnitude 6.8 earthquake in Morocco's High Atlas"), "off" or "near"
// a place, or "<event> that struck <place>" ("the quake that struck
// central Italy"); an act of war, not a disaster, strikes "on" a place
// ("the assault on Zamzam camp"). Up to four lower-case words may stand
// before the name ("off the coast of Sumatra"); the first name decides.
func (m *metric) placedAfter(d *figures.Document, s *figures.Sentence, ti int, disaster bool) bool {
	k := ti + 1
	if k+1 >= s.TokEnd {
		return false
	}
	switch w := d.LowerTokenText(k); w {
	case "in", "off", "near", "on":
		if w == "on" && disaster {
			return false // "the quake on Monday", "the quake on the Anatolian fault"
		}
		k++
	case "that", "which":
		if !strikeVerb(d.LowerTokenText(k + 1)) {
			return false
		}
		k += 2
	default:
		return false
	}
	for end := k + 4; k < s.TokEnd && k < end; k++ {
		w := d.TokenText(k)
		if named(d, k) {
			return len(w) >= 4 && !calendarName(w) && m.foreignName(w)
		}
		if !isLowerWord(w) || prepositions[w] && w != "of" {
			return false
		}
	}
	return false
}

// strikeVerb reports whether w is the past of a verb a disaster or an
// attack strikes a place with: "struck", "hit", "shook".
func strikeVerb(w string) bool {
	switch w {
	case "struck", "hit", "shook", "rocked", "jolted", "devastated", "flattened", "ravaged", "battered", "swept", "engulfed":
		return true
	}
	return false
}
