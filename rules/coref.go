package rules

import (
	"slices"
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A sentence that has named a place goes on to call it "the city" or "a
// town": "described Rafah as a city of roughly 1.4 million people living
// under plastic sheeting", "Israel's assault on Rafah, a city now holding
// well over a million". The noun points back to the place, and says what
// a keyword phrase "in PLACE" says: the people in the city are the
// people in Rafah.

// placeNoun reports whether w is a noun that points back to a place named
// before it: a city or a town, and the administrative unit that bears a
// city's name, as Rafah's governorate does ("How big is Rafah? The
// governorate ... now holds close to 1.4 million people";
// place_coref_unit.yaml). It is asked of every word of a sentence with a
// figure: a compare, not a map look-up.
func placeNoun(w string) bool {
	switch len(w) {
	case 4:
		return w == "city" || w == "town"
	case 11:
		return w == "governorate"
	case 12:
		return w == "municipality"
	}
	return false
}

// corefHits appends, for each keyword phrase "in PLACE", a hit on "a
// city" or "the town" (a determiner and a place noun, lower-case, not
// followed by "of" and a name, nor after "was" or "were", which say what
// the place used to be) when PLACE, all its words ("Khan Younis", "Deir
// al-Balah"), is the last name the sentence gives before it, or, in an
// answer that names none, the last name of its question. The hit covers
// the determiner and the noun.
func (e *Engine) corefHits(st *docState, s *figures.Sentence, hits []hit) []hit {
	if len(e.inPlaces) == 0 {
		return hits // no keyword names a place the noun could stand for
	}
	d := st.d
	for k := s.TokStart + 1; k < s.TokEnd; k++ {
		det, modified := k-1, false
		if !placeNounAt(d, k) {
			// A word between determiner and noun ("the border town")
			// when the noun is described by what it holds, as
			// articleCity reads it, or is grown "to" a level
			// (grown_place_object.yaml); only for a place the sentence
			// or its question names, never the article's alone: "the
			// neighbouring town", "the coastal city" may be any other
			// (review48 M1 on tune48).
			if !placeNoun(d.TokenText(k)) {
				continue
			}
			if det = placeDeterminer(d, k); det < 0 || !describedCity(d, s, k) && !grownCityObject(d, s, k) {
				continue
			}
			modified = true
		}
		if k+2 < s.TokEnd && d.LowerTokenText(k+1) == "of" && named(d, k+2) {
			continue // "the city of Khan Younis" names another
		}
		if det >= 1 {
			if w := d.LowerTokenText(det - 1); w == "was" || w == "were" {
				continue // what the place was: "Before the war, Rafah was a city of some 275,000"
			}
		}
		place := lastName(d, s.TokStart+1, det) // the last name before the noun
		if modified && (otherPlaceWord(d.LowerTokenText(det+1)) || place >= 0 && namedAsOrigin(d, place)) {
			// "Families ordered out of Rafah have swelled the
			// neighbouring town", "Evacuees from Rafah have swollen the
			// coastal town": the town grown is another place, or the
			// place named is where people came from (review48 M1).
			continue
		}
		if place >= 0 {
			n := len(hits)
			if hits = e.inPlaceHits(d, s, place, det, k+1, hits); len(hits) > n || place != afterSpeakerLabel(d, s) {
				continue
			}
		}
		// An answer that names no place (its first word after a speaker's
		// label is capitalised as any opening word is) points back to the
		// one its question names: "Why is Rafah so crowded? Because ..., a
		// city of some 275,000 now holds roughly 1.5 million people."
		if q := questionBefore(d, s); q != nil {
			if qp := lastName(d, q.TokStart, q.TokEnd); qp >= 0 {
				n := len(hits)
				if hits = e.inPlaceHits(d, q, qp, det, k+1, hits); len(hits) > n {
					continue
				}
			}
		}
		if place < 0 && !modified {
			hits = e.articleCityHits(st, s, k, hits)
		}
	}
	return hits
}

// lastName returns the last capitalised word among tokens [from, to), or
// -1: the place a noun after them points back to. A date's name (a month,
// a weekday: calendarName) is no place: in "the operation in Rafah on May
// 6, about 950 thousand persons have left the city" the city is Rafah.
// A people's adjective before a lower-case noun ("sent on by Israeli
// orders", "Sudanese troops") is no place either (adjectiveName): in "How
// did Rafah fill up? Families sent south by Israeli evacuation orders have
// swelled the town to ..." the town is Rafah (grown_place_object.yaml).
func lastName(d *figures.Document, from, to int) int {
	for t := to - 1; t >= from; t-- {
		if named(d, t) && !calendarName(d.TokenText(t)) && !adjectiveName(d, t) {
			return t
		}
	}
	return -1
}

// adjectiveName reports whether token t is a people's adjective before a
// lower-case noun: a demonym's shape ending in -i, -ese, -ish or -ian
// ("Israeli", "Sudanese"), not a country's name in -an ("Sudan", "Iran").
func adjectiveName(d *figures.Document, t int) bool {
	w := d.TokenText(t)
	if !demonymShape(w) || strings.HasSuffix(w, "an") && !strings.HasSuffix(w, "ian") {
		return false
	}
	return t+1 < len(d.Tokens) && isLowerWord(d.TokenText(t+1))
}

// A city the sentence does not name may be the one its article names: in a
// story headed "Rafah braces for assault", "an offensive into a city
// holding well over a million displaced civilians" is about Rafah. The
// noun must be described by what it holds ("a city where", "in which",
// "holding", "sheltering", "crowded with", an adverb of time perhaps
// before: "a city now holding"), no name may stand before it in
// its sentence (that would be the city: "Khan Younis, a city of 600,000"),
// and the rest of the text or the article the text stands in must name
// the place; then it stands for "in PLACE" as a named city does, and meets
// a sentence-wide scope that names the place (articleCity).

// describedCity reports whether the place noun at token k (after its
// determiner) is described by what it holds and follows no name of its
// sentence.
func describedCity(d *figures.Document, s *figures.Sentence, k int) bool {
	if k+1 >= s.TokEnd {
		return false
	}
	next := k + 1
	if next+1 < s.TokEnd && stateTimeAdverb(d.LowerTokenText(next)) {
		next++ // "a city now holding upwards of 1.4 million"
	}
	switch d.LowerTokenText(next) {
	case "where", "holding", "housing", "hosting", "sheltering", "crammed", "crowded", "packed", "swollen":
	case "in", "that", "which":
		if next+1 >= s.TokEnd {
			return false
		}
		switch d.LowerTokenText(next + 1) {
		case "which", "now", "holds", "houses", "hosts", "shelters":
		default:
			return false
		}
	default:
		// "the city is the group's last stronghold, with four
		// battalions ..." (cityheldwith.go); "The southern city is home
		// to ...", "... are sheltering in the border town"
		// (citysubject.go).
		// "orders have swollen the town to some 1.33 million" (grownplace.go),
		// with no word before the noun (review48 M1 on tune48).
		if !heldWith(d, s, k) && !holdsAsSubject(d, s, k) && !peopleInPlace(d, s, k) && !(placeDeterminer(d, k) == k-1 && grownCityObject(d, s, k)) {
			return false
		}
	}
	det := placeDeterminer(d, k)
	if det >= 1 {
		if w := d.LowerTokenText(det - 1); w == "was" || w == "were" {
			return false // what the place was: "it was a city where some 275,000 lived"
		}
	}
	for t := det - 1; t > s.TokStart; t-- {
		// A people named by their place is no place: "1.3m Palestinians
		// ... crowded into the southern city" (article_city_people_before.yaml);
		// nor is their adjective or a month ("Since December, Israeli
		// orders have swollen ...": lastName).
		if named(d, t) && !pluralDemonym(d.TokenText(t)) && !adjectiveName(d, t) && !calendarName(d.TokenText(t)) {
			return false
		}
	}
	return true
}

// articleCityHits appends, for each keyword phrase "in PLACE" whose PLACE
// the text outside sentence s or its article names, a hit on the
// described place noun at token k and its determiner.
func (e *Engine) articleCityHits(st *docState, s *figures.Sentence, k int, hits []hit) []hit {
	if !describedCity(st.d, s, k) {
		return hits
	}
	for _, ref := range e.inPlaces {
		place, ok := e.placeOfInPhrase(ref)
		if !ok {
			continue
		}
		if st.namedOutside(s, []phrase{place}) {
			hits = append(hits, hit{ref: ref, start: k - 1, end: k + 1})
			// The noun's verb of holding says it too, nearer the people
			// it holds when the noun's own phrase runs long: "A city
			// built for a quarter of a million now holds, by the UN's
			// count, somewhere around 1.4 million" (article_city_people_before.yaml).
			if v := subjectHoldingVerb(st.d, s, k); v > k+1 {
				hits = append(hits, hit{ref: ref, start: v, end: v + 1})
			}
		}
	}
	return hits
}

// articleCity reports whether sentence s holds a described place noun
// (describedCity) and the text outside it or its article names one of
// places: a sentence-wide scope that the noun stands for.
func (st *docState) articleCity(s *figures.Sentence, places []phrase) bool {
	for k := s.TokStart + 1; k < s.TokEnd; k++ {
		// A word may stand before the noun here ("the southern city"):
		// the story's place is the only one the noun can stand for.
		if placeNoun(st.d.TokenText(k)) && placeDeterminer(st.d, k) >= 0 && describedCity(st.d, s, k) && st.namedOutside(s, places) {
			return true
		}
	}
	return false
}

// placeNounAt reports whether token k is a place noun right after a
// determiner ("a city", "the town"), k > 0.
func placeNounAt(d *figures.Document, k int) bool {
	return placeNoun(d.TokenText(k)) && placeDeterminer(d, k) == k-1
}

// namedOutside reports whether the text outside sentence s, or the article
// the text stands in, names one of places.
func (st *docState) namedOutside(s *figures.Sentence, places []phrase) bool {
	text := st.lowerText()
	return st.containsAnyPhrase(text[:s.Start], places) || st.containsAnyPhrase(text[s.End:], places) ||
		st.article != "" && st.containsAnyPhrase(st.article, places)
}

// placeOfInPhrase returns the PLACE of keyword phrase "in PLACE" ref, the
// words after "in", as a phrase of its own; false when the phrase has no
// words after it.
func (e *Engine) placeOfInPhrase(ref phraseRef) (phrase, bool) {
	ph := e.phraseOf(ref)
	if len(ph.words) < 2 {
		return phrase{}, false
	}
	return phrase{words: ph.words[1:], keys: ph.keys[1:], exact: ph.exact, prefix: ph.prefix}, true
}

// inPlaceHits appends, for each keyword phrase "in PLACE" whose PLACE is
// the name of sentence s that ends at token place, a hit on tokens
// [start, end): the words that stand for "in PLACE".
func (e *Engine) inPlaceHits(d *figures.Document, s *figures.Sentence, place, start, end int, hits []hit) []hit {
	for _, ref := range e.inPlaces {
		if ph := e.phraseOf(ref); len(ph.words) >= 2 && nameEndsAt(d, s, place, ph.words[1:]) {
			hits = append(hits, hit{ref: ref, start: start, end: end})
		}
	}
	return hits
}

// nameEndsAt reports whether the words of a name (lower-case, as a
// phrase holds them) are the words of sentence s that end at token end,
// symbols between skipped: "khan younis" ends at "Younis" of "Khan
// Younis", "deir al balah" at "Balah" of "Deir al-Balah".
func nameEndsAt(d *figures.Document, s *figures.Sentence, end int, name []string) bool {
	k := end
	for i := len(name) - 1; i >= 0; i-- {
		for k > s.TokStart && d.Tokens[k].IsSymbol() {
			k--
		}
		if k < s.TokStart || d.LowerTokenText(k) != name[i] {
			return false
		}
		k--
	}
	return true
}

// inPlaceKeywords lists, in index order, the keyword phrases whose first
// word is "in": the only ones a place noun ("the city") or a headline's
// label can stand in for. Without any, corefHits reads no sentence (a
// map look-up per word of every sentence with a figure had been a
// fourteenth of an extract with 100 metrics on dense text).
func (e *Engine) inPlaceKeywords() []phraseRef {
	var refs []phraseRef
	for _, ref := range slices.Concat(e.byWord["in"], e.byStem["in"]) {
		if ref.role == roleKeyword && e.phraseOf(ref).words[0] == "in" {
			refs = append(refs, ref)
		}
	}
	return refs
}

// namedAsOrigin reports whether the name ending at token t is where people
// came from: right after "from" or "out of".
func namedAsOrigin(d *figures.Document, t int) bool {
	for t > 0 && named(d, t-1) {
		t--
	}
	if t < 1 {
		return false
	}
	switch d.LowerTokenText(t - 1) {
	case "from":
		return true
	case "of":
		return t >= 2 && d.LowerTokenText(t-2) == "out"
	}
	return false
}
