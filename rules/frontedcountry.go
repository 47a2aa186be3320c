package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A sentence that opens on another country frames what follows as that
// country's: "In eastern Congo, another crisis the world has largely
// chosen to ignore, some 7 million people are displaced", "In Yemen, where
// the war is in its tenth year, 4.5 million remain uprooted". The fronted
// phrase is "In", perhaps "the" and a point of the compass, then a country
// of names/countries.yaml that is none of the metric's own names (a word
// of its name foreign to them: "South Sudan" for Sudan's; foreigncountryname.go),
// closed by a comma; the figure stands after it, and nothing after the phrase names
// the metric's scope or its own places in the figure's clause (a
// semicolon opens another, framed on its own; a scope word that names no
// place, "civilians" of Ukraine's civilian dead, says nothing of where);
// the comma may be left out
// before the figure ("In Gaza 1.9 million people have been displaced"):
// "In Chad, 600,000 Sudanese
// refugees ..." and "In Egypt, officials say 1.4 million are sheltering in
// Rafah" are left to the rules of the metric's own words.

// frontedCountryWords is how many tokens the fronted phrase's words before
// the country may run ("In the far north-east of").
const frontedCountryWords = 6

// frontedCountry reports whether figure fi of sentence s stands after a
// fronted phrase that places the sentence in another country, and no
// scope word or own name of the metric follows the phrase.
func (m *metric) frontedCountry(st *docState, s *figures.Sentence, fi int) bool {
	if len(m.ownNames) == 0 {
		return false
	}
	d := st.d
	word := sentenceWords(d, s)
	p := frontedOpening(d, s, word)
	// "CALLER: You know, in Darfur ...": a speaker's filler frames
	// nothing. The opening sets it off as a comma before it would.
	opened := func(k int) string {
		if k == p-1 {
			return ","
		}
		return word(k)
	}
	if e := figures.SpokenFillerEnd(opened, p); e > p && word(e-1) == "," {
		p = e
	}
	if placeAdverb(word(p)) && word(p+1) == "in" {
		p++ // "Back in Bosnia they told us ...": where the speaker's memory is
	}
	if word(p) != "in" {
		return false
	}
	comma := -1
	for k := p + 1; k < s.TokEnd && k <= p+1+frontedCountryWords+3; k++ {
		if d.TokenText(k) == "," {
			comma = k
			break
		}
	}
	fs, _ := d.FigureTokens(fi)
	nameEnd := -1
	if g, e := frontedCountryFigure(d, s, p); g >= 0 && (comma < 0 || comma > g) {
		// No comma: the country runs into the clause's first figure ("In
		// Gaza 1.9 million people have been displaced"); the phrase ends
		// where the name does.
		comma, nameEnd = g, e
	}
	if e := frontedRegionSpeakers(d, s, p); e >= 0 && (comma < 0 || comma > e) {
		// "In Darfur they said 300,000 died": the region's own speakers.
		comma, nameEnd = e, e
	}
	if comma < 0 || fs < comma {
		return false
	}
	end := frontedTimeStart(d, s, comma) // "In Lebanon now,": the country ends before its time
	if nameEnd >= 0 {
		end = nameEnd
	}
	c := longestCountryBefore(d, s, end)
	if c >= 0 && !m.foreignCountryName(d, c, end) {
		return false
	}
	if c < 0 {
		// A place within another country stands for it: "In Darfur, ...",
		// "In Mosul, ..." in a story on Gaza (names/within.yaml).
		k, r := countryPlaceBefore(d, s, end)
		if r == nil || m.ownCountryPlace(d, k, end, r) {
			return false
		}
		c = k
	}
	if m.insideName(d.TokenText(end - 1)) {
		return false
	}
	// Between "In" and the country: "the", points of the compass, the
	// words of a region of it ("the north-east of") and the rest of its
	// name ("the Democratic Republic of Congo").
	for k := p + 1; k < c; k++ {
		if w := word(k); !article(w) && !compassAdjective(w) && w != "-" && w != "of" && !placeKindNoun(w) && w != "far" && !named(d, k) {
			return false
		}
		if named(d, k) && !m.foreignName(d.TokenText(k)) {
			return false // "In Sudan's neighbour Chad," speaks of the metric's own place
		}
	}
	var buf [64]byte
	for ti := comma + 1; ti < s.TokEnd; ti++ {
		if d.TokenText(ti) == ";" && fs < ti {
			break // another clause, framed on its own: "...; in Sudan it is six times that"
		}
		if d.TokenText(ti) == "," && fs < ti && (contrastOpener(word(ti+1)) || word(ti+1) == "so") {
			break // another clause, set against the first: "..., so why is Gaza different?"
		}
		if d.TokenText(ti) == "," && fs < ti && ti+1 < s.TokEnd && (strings.EqualFold(d.TokenText(ti+1), "a") || strings.EqualFold(d.TokenText(ti+1), "an")) {
			// A noun phrase after the clause says what its figure is to
			// the writer, not where it is: "In Bosnia, about 38,000
			// civilians died ..., a benchmark often invoked in debates
			// about Ukraine".
			break
		}
		if !d.Tokens[ti].IsWord() {
			continue
		}
		if named(d, ti) && (m.scopeAt(st, s, ti, lowerInto(&buf, d.TokenText(ti))) || !m.foreignName(d.TokenText(ti))) {
			return false
		}
	}
	return true
}

// frontedOpening returns the token where a fronted phrase of sentence s may
// start: past a dateline, a transcript's speaker label ("HOST:") and a word
// that joins the sentence to the one before it, with its comma ("And in
// Ukraine,", "Meanwhile, in Sudan,", "Elsewhere, in Yemen,"). The word
// frames nothing of its own: the phrase after it still opens the clause.
func frontedOpening(d *figures.Document, s *figures.Sentence, word func(int) string) int {
	p := afterStamp(d, s)
	if p == s.TokStart {
		p = afterSpeakerLabel(d, s)
	}
	if joiningOpener(word(p)) {
		p++
		if word(p) == "," {
			p++
		}
	}
	return p
}

// joiningOpener reports whether w, opening a sentence, joins it to the one
// before it without saying where or when: "and", "but", "meanwhile",
// "elsewhere".
func joiningOpener(w string) bool {
	switch w {
	case "and", "but", "meanwhile", "elsewhere", "so", "yet":
		return true
	}
	return false
}

// frontedCountryFigure returns the first token of an amount that follows
// the words of a fronted "In" phrase at token p with no comma, right
// after a capitalised word ("In Gaza 1.9 million ..."), and the token
// after the phrase's last word; or -1 and -1. A speaker's pronoun and verb
// between ("In Chad they say 10 million ...") place the speaker, not the
// count (other_country_after.yaml), and end no phrase here.
func frontedCountryFigure(d *figures.Document, s *figures.Sentence, p int) (int, int) {
	for k := p + 1; k < s.TokEnd && k <= p+1+frontedCountryWords; k++ {
		if !d.Tokens[k].IsWord() && d.TokenText(k) != "-" {
			return -1, -1
		}
		if fi := figureIn(d, s, k); fi >= 0 {
			if fs, _ := d.FigureTokens(fi); fs == k && d.Figures[fi].Kind.IsAmount() && named(d, k-1) {
				return k, k
			}
			return -1, -1
		}
	}
	return -1, -1
}

// frontedRegionSpeakers returns the token after a place within a country
// of names/within.yaml that follows the "in" at token p, when a speaker's
// pronoun and verb come right after it ("In Darfur they said 300,000
// died", "In Mosul we were told ..."), or -1. The people of a region or a
// town speak of what befell them there; a capital stands for its
// government, which relays the news as a country does ("In Cairo they
// said ...", "In Qatar they said ...": other_country_after.yaml), and is
// left (fronted_region_speakers.yaml).
func frontedRegionSpeakers(d *figures.Document, s *figures.Sentence, p int) int {
	e, r := countryPlaceAt(d, s, p+1)
	if r == nil || namedPlaceEnd(d, s, p+1, r.capital) >= 0 {
		return -1
	}
	word := sentenceWords(d, s)
	if w := word(e); (w != "they" && w != "we") || !speakerPronoun(word, e) {
		return -1
	}
	return e
}

// placeAdverb reports whether lower-cased w, before "in", says where the
// place is from the speaker: "back in Bosnia", "over in Syria".
func placeAdverb(w string) bool {
	switch w {
	case "back", "over", "out", "down", "up":
		return true
	}
	return false
}
