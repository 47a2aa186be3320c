package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// "Victims" are the dead only with a deadly event: "the more than 52,000
// victims of the quakes" is a death toll, while "victims of trafficking",
// "quake victims in tent camps" or "Among the victims of the war were
// 5,000 children" count no dead or another group. A vocabulary entry
// written "victims of EVENT" (@deaths) matches "victims of" only where the
// figure counts it (a figure, and at most one modifier, right before it:
// "12,000 civilian victims of the war", or a count noun's "of": "the
// number of victims of the earthquake") and a deadly event's noun follows
// within a few words ("of the February 6 earthquakes", "of Russia's
// full-scale invasion").

// EventMark ends a vocabulary entry that needs a deadly event after it.
const EventMark = "EVENT"

// deadlyEvents are the nouns of events that kill: a war's, an attack's or
// a disaster's. Violence, abuse, crime and the like are left out: their
// victims mostly live.
var deadlyEvents = map[string]bool{
	"war": true, "wars": true, "conflict": true, "fighting": true, "invasion": true,
	"attack": true, "attacks": true, "strike": true, "strikes": true, "airstrike": true,
	"airstrikes": true, "bombing": true, "bombings": true, "bombardment": true,
	"shelling": true, "massacre": true, "massacres": true, "offensive": true,
	"assault": true, "siege": true, "genocide": true, "quake": true, "quakes": true,
	"earthquake": true, "earthquakes": true, "tremor": true, "tremors": true,
	"aftershocks": true, "tsunami": true, "flood": true, "floods": true,
	"flooding": true, "cyclone": true, "hurricane": true, "typhoon": true,
	"storm": true, "landslide": true, "landslides": true, "disaster": true,
	"famine": true, "epidemic": true,
}

// eventHeld reports whether phrase ph, matched from token ti to end, may
// count: any phrase but an EVENT one, or that one counted by a figure and
// followed by a deadly event.
func eventHeld(d *figures.Document, s *figures.Sentence, ti, end int, ph *phrase) bool {
	if !ph.event {
		return true
	}
	return (countedByFigure(d, s, ti) || countedByNoun(d, s, ti)) && deadlyEventAfter(d, s, end)
}

// countedByNoun reports whether the noun at token ti is what a count
// noun's "of" phrase holds: "the number of victims of the earthquake rose
// to over 37,000", "the official tally of victims of the war". The count
// noun stands where a figure would, and the figure it is set to is the
// count of those victims.
func countedByNoun(d *figures.Document, s *figures.Sentence, ti int) bool {
	if ti-2 < s.TokStart || d.LowerTokenText(ti-1) != "of" {
		return false
	}
	return termCountNoun(d.LowerTokenText(ti - 2))
}

// countedByFigure reports whether the noun at token ti is what a figure
// counts: the figure ends right before it, or before one lower-case
// modifier ("12,000 civilian victims").
func countedByFigure(d *figures.Document, s *figures.Sentence, ti int) bool {
	for k := ti - 1; k >= s.TokStart && k >= ti-2; k-- {
		if figureIn(d, s, k) >= 0 {
			return true
		}
		if w := d.TokenText(k); !d.Tokens[k].IsWord() || !isLowerWord(w) || linkWords[w] || notNoun(w) {
			return false
		}
	}
	return false
}

// deadlyEventAfter reports whether a deadly event's noun stands within five
// words of token k, with no punctuation and no relative pronoun between
// ("of the quakes", "of Russia's full-scale invasion"; not "of trafficking,
// and of the war's chaos").
func deadlyEventAfter(d *figures.Document, s *figures.Sentence, k int) bool {
	words := 0
	for ; k < s.TokEnd && words < 5; k++ {
		w := strings.ToLower(d.TokenText(k))
		if !d.Tokens[k].IsWord() {
			if isApostrophe(w) || w == "-" || d.Tokens[k].IsNumber() {
				continue // "Russia's", "full-scale", "the 2023 quakes"
			}
			return false
		}
		if deadlyEvents[w] {
			return true
		}
		switch w {
		case "who", "which", "that", "and", "or", "but":
			return false
		}
		words++
	}
	return false
}
