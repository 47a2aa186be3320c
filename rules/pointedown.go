package rules

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimtrack/claimtrack/rules/figures"
	"github.com/claimtrack/claimtrack/rules/names"
)

// "In the province" after a running total's figure points back to the
// last place the text named, and townPart reads it, as "in the city" or
// "in the camp", as a part. But when the story itself is a province's (a
// cholera outbreak in Sindh, the metric named "Cholera deaths in Sindh"),
// "the province" is that place, and the figure its whole: "Cholera has
// killed 71 people in the province, the WHO said". So the pointer is
// followed back (its sentence and the three before, across paragraphs):
// to one of the metric's own places, the whole; to another name met first
// (a place after a preposition of place, "in Thatta"; a subject or an
// apposition, "Hyderabad, a city of Sindh"; a known place opening a
// sentence, "Balochistan is now the worst hit"; an acronym, a month or a
// day aside), or the noun said of another place ("the worst-hit province is
// Punjab"), a part as before. A country is never what "the province"
// names, and is passed over. Only "the province" is followed: "the city"
// or "the district" in a province's story is a part of it, and names/
// does not say which places are cities.

// pointablePlaces are the metric's own names (ownNames, its exclude_near
// words left out) that are known places and no country: what its
// "in the province" may point back to.
func pointablePlaces(s MetricSpec) []string {
	s.ExcludeNear = nil
	var out []string
	for _, n := range ownNames(s) {
		if names.KnownPlace(n) && !names.KnownRegion(n) && !isCountry(strings.ToUpper(n[:1])+n[1:]) {
			out = append(out, n)
		}
	}
	return append(out, ownNamedPlaces(s)...)
}

// ownNamedPlaces are the lower-cased words of the places a metric names
// that rules/names does not list: a desk's province (British Columbia,
// Nova Scotia, Alberta) is named by its rule, not by our lists. A place is
// a scope phrase written as a proper name (every word capitalised:
// "British Columbia", "B.C."), or the proper name after "in" in the
// metric's name or description ("Wildfire deaths in Alberta"). Countries
// (never what "the province" names), regions and demonyms are left out,
// as pointablePlaces leaves them out of the listed places.
func ownNamedPlaces(s MetricSpec) []string {
	var out []string
	add := func(words []string) {
		if len(words) == 0 {
			return
		}
		name := strings.Join(words, " ")
		if isCountry(words[len(words)-1]) || names.KnownRegion(name) || len(words) == 1 && (listedDemonym(name) || demonymShape(name)) {
			return
		}
		for _, w := range words {
			lw := strings.ToLower(w)
			if timeName(lw) || compassAdjective(lw) || strings.HasSuffix(lw, "'s") {
				continue // "in July and August", "in Canada's West": no place of its own
			}
			out = append(out, lw)
		}
	}
	for _, p := range s.Scope {
		p = strings.TrimSuffix(strings.TrimSpace(p), "*")
		words := strings.Fields(p)
		if len(words) > 0 && !slices.ContainsFunc(words, func(w string) bool { return !capitalWord(w) }) {
			add(words)
		}
	}
	for _, text := range []string{s.Name, s.Description} {
		fields := strings.Fields(text)
		for i, f := range fields {
			if f != "in" {
				continue
			}
			var words []string
			for _, w := range fields[i+1:] {
				end := strings.TrimRight(w, ",;:")
				if strings.Count(end, ".") == 1 {
					end = strings.TrimSuffix(end, ".") // a full stop, not "B.C."'s points
				}
				if !capitalWord(end) {
					break
				}
				words = append(words, end)
				if end != w {
					break // a comma or a full stop ends the name
				}
			}
			add(words)
		}
	}
	return out
}

// abbreviationStart returns the first token of an abbreviation with
// points that ends at token k, a full stop ("B.C.", "N.S.": capital
// letters each with its point, no space between), going back no further
// than token from; k when token k ends none.
func abbreviationStart(d *figures.Document, from, k int) int {
	start := k
	for j := k; j > from && d.TokenText(j) == "." && !d.Tokens[j].Space; {
		l := j - 1
		if w := d.TokenText(l); len(w) != 1 || w[0] < 'A' || w[0] > 'Z' {
			break
		}
		start = l
		if l-1 < from || d.Tokens[l].Space {
			break
		}
		j = l - 1
	}
	return start
}

// capitalWord reports whether w opens with an upper-case letter.
func capitalWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// pointBack is how many sentences before its own "in the province" is
// followed back: news gives a sentence a paragraph, so paragraphs are no
// bound ("... vaccine to Sindh, where ..." then, on its own line, "Cholera
// has killed 71 people in the province").
const pointBack = 3

// pointsToOwnPlace reports whether "in the <place noun>" at token in of
// sentence s points back to one of the metric's own places: going back
// from it through s and up to pointBack sentences before it,
// the first place met is one of m.pointable, before any other name
// placed by a preposition, and before the place noun itself is said
// of another place.
func (m *metric) pointsToOwnPlace(d *figures.Document, s *figures.Sentence, in int) bool {
	if len(m.pointable) == 0 {
		return false
	}
	noun := d.LowerTokenText(in + 2)
	si := d.SentenceAt(s.Start)
	for i := si; i >= 0 && i >= si-pointBack; i-- {
		ps := &d.Sentences[i]
		end := ps.TokEnd
		if i == si {
			end = in
		}
		// A live blog's stamp, a transcript's speaker label or a dateline
		// opens the sentence before what it says ("10:15 Fires have ...",
		// "REPORTER: ..."): a name there may be the own place, and is
		// no other place the pointer could name.
		open := sentenceOpening(d, ps)
		if w := d.TokenText(open); open+1 < ps.TokEnd && (w == "—" || w == "–") {
			open++ // a dateline split off at its abbreviation's point: "PENTICTON, B.C. — Wildfires have ..."
		}
		for k := end - 1; k >= ps.TokStart; k-- {
			if a := abbreviationStart(d, ps.TokStart, k); a < k {
				// "B.C." is read as B . C . : the own place by its points.
				if slices.Contains(m.pointable, strings.ToLower(d.Text[d.Tokens[a].Start:d.Tokens[k].End])) {
					return true
				}
			}
			if !named(d, k) {
				if w := d.LowerTokenText(k); w == noun || w == noun+"s" {
					// The noun said before introduced the place it names:
					// "the worst-hit district is Dadu", unless it is the
					// own place's ("Sindh province", "the province of Sindh").
					return m.pointableAt(d, k-1) || k+2 < ps.TokEnd && d.LowerTokenText(k+1) == "of" && m.pointableAt(d, k+2)
				}
				continue
			}
			from := ps.TokStart
			if k >= open {
				from = open
			}
			j := nameStart(d, from, k)
			for t := j; t <= k; t++ {
				if m.pointableAt(d, t) {
					return true
				}
			}
			if k < open {
				k = j
				continue
			}
			if j > open && !upperWord(d.TokenText(k)) && !timeName(d.LowerTokenText(k)) && !slices.Contains(m.ownNames, d.LowerTokenText(k)) && !isCountryName(d, j, k+1) {
				return false // another name before the own place: whose province is unsure
			}
			if j == open && names.KnownPlace(d.Text[d.Tokens[j].Start:d.Tokens[k].End]) && !isCountryName(d, j, k+1) {
				return false // a known place opening a sentence: "Balochistan is now the worst hit."
			}
			if j > open && pointingPreposition(d.LowerTokenText(j-1)) && !isCountryName(d, j, k+1) && !timeName(d.LowerTokenText(k)) {
				return false // another place named: "in Larkana", "to Kassala"
			}
			if j == open && j < k && pointingPreposition(d.LowerTokenText(j)) && !isCountryName(d, j+1, k+1) && !timeName(d.LowerTokenText(k)) {
				return false // the sentence opens with the place, its preposition capitalised: "In Saskatchewan, ..."
			}
			k = j
		}
	}
	return false
}

// pointingPreposition reports whether lower-cased w, before a name, places
// something there: "in Thatta", "to Kassala", "from Larkana", "across
// Punjab". Not "of" nor "on", whose names are as often a body's or a day's
// ("the head of UNICEF", "said on Sunday").
func pointingPreposition(w string) bool {
	switch w {
	case "in", "into", "at", "near", "around", "to", "from", "across", "throughout", "inside", "within":
		return true
	}
	return false
}

// timeName reports whether lower-cased w names a month or a day: "in
// October", "on Sunday" place nothing.
func timeName(w string) bool {
	return monthNumber(w) > 0 || weekday(w)
}

// isCountryName reports whether the name of tokens [from, to) is a listed
// country: "from across Sudan" names no town "the town" could be.
func isCountryName(d *figures.Document, from, to int) bool {
	return isCountry(d.Text[d.Tokens[from].Start:d.Tokens[to-1].End])
}

// pointableAt reports whether token k is a word of one of m.pointable.
func (m *metric) pointableAt(d *figures.Document, k int) bool {
	return k >= 0 && k < len(d.Tokens) && named(d, k) && slices.Contains(m.pointable, d.LowerTokenText(k))
}
