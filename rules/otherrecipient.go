package rules

import (
	"slices"
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A flow named by its noun gives its recipient after "to" or "for":
// "18 separate foreign military sales to Saudi Arabia", "$1.3 billion in
// military aid to Egypt", "40 FMS cases for Qatar". A
// listed country there that the metric does not name makes the figure
// that country's, however near the metric's own words stand elsewhere in
// the sentence. A verb's "to" ("fled to Chad", "displaced to Egypt") is a
// destination, which the rules of places read, not a recipient.

// otherRecipient reports whether, for a metric whose scope names a listed
// country (its own recipient: "scope: [Israel]"), keyword hit kw, a noun (its last word is
// no -ed or -ing form), is followed by "to" or "for", perhaps "the", and a
// listed country with a word none of the metric's own names has, and no
// own name joins that country in the phrase ("to Israel and Jordan"); or
// is owned by such a country ("Jordan's own memorandum", ownedByOther).
func (m *metric) otherRecipient(d *figures.Document, s *figures.Sentence, kw hit) bool {
	if len(m.ownNames) == 0 || kw.end+1 >= s.TokEnd || !m.scopeNamesCountry() {
		return false
	}
	word := sentenceWords(d, s)
	if m.receivedByOther(d, s, kw.end) || m.ownedByOther(d, s, kw) {
		return true
	}
	t := recipientStart(d, s, kw)
	if t < 0 {
		return false
	}
	end := countryFrom(d, s, t)
	foreign := false
	if end >= 0 {
		for k := t; k < end; k++ {
			foreign = foreign || !m.ownRecipientName(word(k))
		}
	} else {
		// "military aid to Kyiv": a capital is its country's
		// (capitalcountry.go).
		var r *region
		if end, r = countryPlaceAt(d, s, t); r == nil {
			return false
		}
		foreign = !m.ownCountryPlace(d, t, end, r)
	}
	if !foreign {
		return false
	}
	// "to Saudi Arabia and Israel": a recipient of the metric's joins it,
	// in a list of names; "for Morocco as Israel's list grows" joins none.
	for k := end; k < s.TokEnd && k < end+6; k++ {
		w := word(k)
		if w == "and" || w == "or" || w == "," || w == "the" {
			continue
		}
		if !named(d, k) {
			break
		}
		if m.ownRecipientName(w) {
			return false
		}
	}
	return true
}

// ownRecipientName reports whether lower-cased w is a name of the metric's
// own: one of its places when it names a country (m.places, which leaves
// out its exclude_near words), or else one of its own names. A country the
// metric rules out by name ("exclude_near: [Ukraine]" in a metric of
// Israel's FMF) is another recipient after "for" or "to": "$2bn in Foreign
// Military Financing for Ukraine" is Ukraine's, however near the keyword
// stands and however far the exclude word.
func (m *metric) ownRecipientName(w string) bool {
	if m.places != nil {
		return slices.Contains(m.places, w)
	}
	return slices.Contains(m.ownNames, w)
}

// receivedByOther reports whether a relative clause that opens at token t,
// right after a flow's noun, gives the flow's recipient as its subject: a
// listed country none of the metric's scope words names, then a
// verb of taking in ("the $1.3 billion a year in Foreign Military
// Financing that Egypt receives", "the FMF Jordan gets"), only auxiliaries
// and adverbs between them.
func (m *metric) receivedByOther(d *figures.Document, s *figures.Sentence, t int) bool {
	word := sentenceWords(d, s)
	if w := word(t); w == "that" || w == "which" {
		t++
	}
	end := countryFrom(d, s, t)
	var r *region
	if end < 0 {
		// "the FMF that Cairo receives" (capitalcountry.go)
		if end, r = countryPlaceAt(d, s, t); r == nil {
			return false
		}
	}
	v := end
	for v < s.TokEnd && v < end+3 && (auxiliary(word(v)) || verbGroupAdverb(word(v)) || word(v) == "long" || lyAdverb(d.TokenText(v))) {
		v++
	}
	if v >= s.TokEnd || !isLowerWord(d.TokenText(v)) {
		return false
	}
	if w := word(v); !receivingVerb(w) && w != "gets" && w != "got" && w != "get" {
		return false
	}
	// The scope, not the own names, says whose the flow is: an exclude_near
	// word ("Egypt" in a metric of Israel's aid) is among the own names so
	// that no rule of places reads it as another story's, and names
	// exactly the other recipient this clause gives.
	for k := t; k < end; k++ {
		if m.scopePhraseWord(word(k)) {
			return false
		}
	}
	// A capital's country in the scope is the metric's own recipient:
	// "the aid Jerusalem receives" for a metric scoped by Israel.
	return r == nil || !m.scopePhraseWord(r.place)
}

// scopePhraseWord reports whether lower-cased w is a word of one of the
// metric's scope phrases as written.
func (m *metric) scopePhraseWord(w string) bool {
	for i := range m.scope {
		if slices.Contains(m.scope[i].words, w) {
			return true
		}
	}
	return false
}

// countryFrom returns the token after a listed country's name that starts
// at token t of sentence s ("Saudi Arabia", "United Arab Emirates"), or -1.
func countryFrom(d *figures.Document, s *figures.Sentence, t int) int {
	if !named(d, t) {
		return -1
	}
	for end := t + 1; end <= t+4 && end <= s.TokEnd; end++ {
		if countryBefore(d, s, end) == t {
			return end
		}
	}
	return -1
}

// scopeNamesCountry reports whether one of the metric's scope words is a
// listed country's whole name: "Israel", "Sudan". A metric scoped by other
// words ("earthquake", "civilian") names no recipient of its own.
func (m *metric) scopeNamesCountry() bool {
	for _, w := range m.spec.Scope {
		ws := strings.Fields(w)
		if len(ws) == 0 {
			continue
		}
		for _, name := range listedCountries()[ws[len(ws)-1]] {
			if slices.Equal(name, ws) {
				return true
			}
		}
	}
	return false
}

// ownedByOther reports whether keyword hit kw is owned by a listed country
// with a word none of the metric's own names has, its 's (and perhaps
// "own", "new") right before the keyword: "Jordan's own memorandum with
// Washington provides $1.45 billion a year", "Egypt's military aid". The
// owner of a flow's noun is its recipient, as "aid to Egypt" names one. A
// giver the lists do not know as a country ("America's military aid to
// Israel", "Washington's") owns nothing here.
func (m *metric) ownedByOther(d *figures.Document, s *figures.Sentence, kw hit) bool {
	k := kw.start
	// Up to two words describing the flow between its owner and its
	// noun: "Jordan's new memorandum", "Egypt's own annual package".
	for i := 0; i < 2 && ownerBefore(d, k) < 0 && k-1 > s.TokStart && isLowerWord(d.TokenText(k-1)) && d.TokenText(k-1) != "s"; i++ {
		k--
	}
	n := ownerBefore(d, k)
	if n < s.TokStart {
		return false
	}
	c := countryBefore(d, s, n+1)
	if c < 0 {
		// "Cairo's military aid": a capital owns its country's flow
		// (capitalcountry.go).
		if c, r := countryPlaceBefore(d, s, n+1); r != nil {
			return !m.ownCountryPlace(d, c, n+1, r)
		}
		return false
	}
	word := sentenceWords(d, s)
	for t := c; t <= n; t++ {
		if !slices.Contains(m.ownNames, word(t)) {
			return true
		}
	}
	return false
}
