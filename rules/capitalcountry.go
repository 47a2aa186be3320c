package rules

import (
	"slices"
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A capital stands for its country where the rules look for another
// country than the metric's: as the recipient a flow's noun gives
// ("$1 billion a year in military aid to Kyiv", "the Foreign Military
// Financing that Cairo receives"), as a flow's owner ("Cairo's $1.3
// billion in FMF") or as the subject holding a count ("Kyiv gets $1
// billion a year in US military aid"). The news names a government by its
// seat, and a place inside a country holds that country's count
// ("Kharkiv has 300,000 people displaced" in a story on Sudan). Both are
// data: names/within.yaml gives each place's capital and the places within
// it, so a capital or a town added there is read here too, and a city it
// does not give as any country's ("Washington", the donor of US aid) is
// no country at all. Whether the place is another is its country's: a
// place of the metric's own country ("Kyiv" in a metric of Ukraine,
// "Jerusalem" in one of aid to Israel, "Rafah" in one of Gaza) is the
// metric's own, as the country's name would be.

// countryPlaceAt returns the token after the name of a capital or a place
// within a country of names/within.yaml that starts at token k of
// sentence s, and the region whose it is; or -1 and nil.
func countryPlaceAt(d *figures.Document, s *figures.Sentence, k int) (int, *region) {
	if k < s.TokStart || k >= s.TokEnd || !named(d, k) {
		return -1, nil
	}
	rs := regions()
	for i := range rs {
		if e := namedPlaceEnd(d, s, k, rs[i].capital); e >= 0 {
			return e, &rs[i]
		}
		if e := namedPlaceEnd(d, s, k, rs[i].within); e >= 0 {
			return e, &rs[i]
		}
	}
	return -1, nil
}

// countryPlaceNamed reports whether a capital or a place within a country
// of names/within.yaml starts at token k of sentence s.
func countryPlaceNamed(d *figures.Document, s *figures.Sentence, k int) bool {
	_, r := countryPlaceAt(d, s, k)
	return r != nil
}

// countryPlaceBefore returns the first token of the longest name of a
// capital or a place within a country of names/within.yaml that ends right
// before token ti of sentence s, and the region whose it is; or -1 and
// nil.
func countryPlaceBefore(d *figures.Document, s *figures.Sentence, ti int) (int, *region) {
	if ti <= s.TokStart || !d.Tokens[ti-1].IsWord() {
		return -1, nil
	}
	for k := max(s.TokStart, ti-4); k < ti; k++ {
		if e, r := countryPlaceAt(d, s, k); e == ti {
			return k, r
		}
	}
	return -1, nil
}

// ownCountryPlace reports whether the place of region r named in tokens
// [k, end) is the metric's own: its country is one of the metric's own
// places (ownRecipientName), or every word of its own name is.
func (m *metric) ownCountryPlace(d *figures.Document, k, end int, r *region) bool {
	if m.ownCountry(r) {
		return true
	}
	for t := k; t < end; t++ {
		if d.Tokens[t].IsWord() && !m.ownRecipientName(d.LowerTokenText(t)) {
			return false
		}
	}
	return true
}

// ownCountry reports whether every word of region r's place is one of the
// metric's own places (ownRecipientName).
func (m *metric) ownCountry(r *region) bool {
	for _, w := range strings.Fields(r.place) {
		if !m.ownRecipientName(w) {
			return false
		}
	}
	return true
}

// withCapitals returns phrases with, after them, the capital of each place
// of names/within.yaml one of them names as written ("Ukraine": "Kyiv",
// "Kiev"), under that phrase's rule: a metric's scope and exclude words
// name a country, and a sentence or an article naming its seat names it
// ("Kyiv gets $1 billion a year in US military aid" for "exclude:
// [Ukraine]"). Its places within are not added: "exclude: [Turkey]"
// would then rule out every sentence naming Istanbul. exclude_near words
// keep to their own names: a capital near a figure is as often the
// speaker of the metric's own count ("officials in Ankara and Damascus
// said the overall toll ...") as another country's.
func withCapitals(phrases []phrase) []phrase {
	out := phrases
	for _, ph := range phrases {
		if !ph.named || ph.exact || ph.prefix {
			continue
		}
		for _, r := range regions() {
			if !slices.Equal(ph.words, wordsOf(r.place)) {
				continue
			}
			for _, c := range r.capital {
				if alt, ok := newPhrase(strings.Join(c, " ")); ok && !slices.ContainsFunc(out, func(p phrase) bool { return slices.Equal(p.keys, alt.keys) }) {
					alt.rule, alt.named = ph.rule, ph.named
					out = append(out, alt)
				}
			}
		}
	}
	return out
}

// capitalAsPlace reports whether hit h, a capital exclude gained from its
// country (withCapitals), names a place rather than the country's
// government: inside the sentence's dateline ("CAIRO (AP) —", "CAIRO,
// March 3 (Reuters) -"), or after a preposition of place, perhaps past
// other names of a list ("Speaking in Cairo", "talks in Doha and Cairo",
// "staff in Kyiv and Jerusalem", "reporting from Kyiv"). Reuters and AP
// dateline much of their Gaza copy from Cairo, Jerusalem and Beirut, and
// talks are held in capitals: there the capital says where, and a figure
// beside it is as likely the metric's own. Named after "to" or "for", as
// an owner or as a subject ("Kyiv gets $1 billion a year") it stays the
// country.
func capitalAsPlace(d *figures.Document, s *figures.Sentence, h hit) bool {
	if e := datelineEnd(d, s); e > h.start {
		return true
	}
	for k := h.start - 1; k >= s.TokStart; k-- {
		switch w := d.LowerTokenText(k); {
		case w == "and" || w == "or" || w == ",":
		case named(d, k):
		default:
			return locativePreposition(w)
		}
	}
	return false
}

// locativePreposition reports whether w, before a place's name, says
// where something is or happens: "in Cairo", "from Kyiv", "outside Amman".
func locativePreposition(w string) bool {
	switch w {
	case "in", "at", "from", "near", "outside", "inside", "around", "across":
		return true
	}
	return false
}
