package rules

import (
	"strings"
	"sync"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// People counted in another place than the metric's: "About 700,000
// people are sheltering in Deir al-Balah after fleeing Rafah" counts those
// in Deir al-Balah, not in Rafah (elsewhereInside). A verb of staying
// (stayingVerb, stayingParticle) before "in", "into" or "at" and a place
// the metric's words do not name (foreignIn) place them there; an owner
// aimed at or a border (aimOf, borderOf) does not. movedfrom.go reads the
// people who moved out of the metric's place. Split from movedfrom.go.

// elsewhereInside reports whether figure fi, whose nearest keyword is hit
// h, counts people in a place the metric's words do not name: the keyword
// says so ("About 700,000 people are sheltering in Deir al-Balah after
// fleeing Rafah"), or the figure's own clause does ("About 300,000
// displaced people are now in Khan Younis, having fled Rafah"). The name
// follows "in" (perhaps "the", a point of the compass or an Arabic
// article: "al-Mawasi").
func (m *metric) elsewhereInside(d *figures.Document, s *figures.Sentence, fi int, h hit) bool {
	if len(m.insideNames) == 0 {
		return false
	}
	if m.foreignIn(d, s, h.end) {
		return true
	}
	// A keyword that ends on its own "into" ("crowded into the al-Mawasi
	// humanitarian zone") places the figure where that names.
	if h.end-1 > h.start && m.foreignIn(d, s, h.end-1) {
		return true
	}
	// The figure, its noun phrase (two words at most, a people's name
	// among them: "uprooted Palestinians"), a form of "be", perhaps an
	// adverb and a verb of staying, then "in".
	_, fe := d.FigureTokens(fi)
	k := fe
	for n := 0; n < 2 && k < s.TokEnd && d.Tokens[k].IsWord() && !auxiliary(d.LowerTokenText(k)); n++ {
		k++
	}
	if k >= s.TokEnd || !auxiliary(d.LowerTokenText(k)) {
		return false
	}
	k++
	if k < s.TokEnd {
		switch d.LowerTokenText(k) {
		case "now", "still", "already":
			k++
		}
	}
	// A verb of staying between "be" and "in": "are now staying in Khan
	// Younis", "are crowded into al-Mawasi", "were camped in", "are
	// trapped in". Another verb says what was done to them there or
	// where they came from, not where they are: "deaths were recorded in
	// Israel's assault on Rafah", "were uprooted in Jabalia before
	// reaching Rafah" (elsewhere_staying_verb.yaml).
	if k+1 < s.TokEnd && participleShape(d.TokenText(k)) {
		if !stayingVerb(d.LowerTokenText(k)) {
			return false
		}
		k++
	}
	return m.foreignIn(d, s, k)
}

// participleShape reports whether w looks like a participle by its
// spelling alone: lower case, five letters or more, ending in -ing or -ed
// ("living", "sheltering", "crowded", "camped", but also "killed",
// "recorded"). It is no list of verbs of staying: stayingVerb is.
func participleShape(w string) bool {
	if !isLowerWord(w) || len(w) < 5 {
		return false
	}
	return strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed")
}

// stayingVerb reports whether lower-case w is a form of a verb of staying
// in a place (its stem one of stayingStems): "living", "sheltering",
// "camped", "crammed", "housed", "trapped"; not "killed", "recorded",
// "uprooted".
func stayingVerb(w string) bool {
	return stayingStems()[stem(w)]
}

// stayingStems are the stems of the verbs of staying, read once: the
// first word of each phrase of the shipped shelter vocabulary that is a
// word alone or a verb and its particle ("camped", "crammed", "living
// in", "squatting in", "hunker down"), the verbs by which a place keeps
// people (peopleHoldingVerb: "housed", "hosted", "accommodated") and
// those that keep people where they are ("trapped", "stranded",
// "confined"). A verb whose noun says the staying ("took refuge", "seek
// safety") and a passive ("=were pushed into") are left out.
var stayingStems = sync.OnceValue(func() map[string]bool {
	out := map[string]bool{}
	add := func(w string) {
		if w = strings.ToLower(strings.TrimPrefix(w, "=")); isLowerWord(w) && !auxiliary(w) && !prepositions[w] {
			out[stem(w)] = true
		}
	}
	if v, err := ShippedVocabularies(); err == nil {
		if voc, ok := v.Lookup("shelter"); ok {
			for _, p := range voc.Phrases {
				ws := strings.Fields(p)
				if len(ws) == 1 || len(ws) == 2 && stayingParticle(ws[1]) {
					add(ws[0])
				}
			}
		}
	}
	for _, w := range [...]string{"hold", "house", "host", "shelter", "absorb", "accommodate", "trap", "strand", "confine"} {
		add(w)
	}
	return out
})

// stayingParticle reports whether w, after a verb, completes it as a verb
// of staying: "living in", "crowded into", "hunker down", "sleeping
// rough".
func stayingParticle(w string) bool {
	return prepositions[w] || w == "into" || w == "onto" || w == "down" || w == "there" || w == "rough"
}

// foreignIn reports whether "in", "into" or "at" at token k places what
// comes before it in a place the metric's words do not name, or on
// another side of its wider region than its own (otherSideAt).
func (m *metric) foreignIn(d *figures.Document, s *figures.Sentence, k int) bool {
	if k+1 >= s.TokEnd {
		return false
	}
	if w := d.LowerTokenText(k); w != "in" && w != "into" && w != "at" {
		return false
	}
	k++
	if strings.EqualFold(d.TokenText(k), "the") {
		k++
	}
	compass := k
	k = min(compassEnd(d, k), s.TokEnd)
	if k+2 < s.TokEnd && (strings.EqualFold(d.TokenText(k), "al") || strings.EqualFold(d.TokenText(k), "el")) && d.TokenText(k+1) == "-" {
		k += 2 // "al-Mawasi"
	}
	if k >= s.TokEnd || !named(d, k) {
		return false
	}
	w := d.TokenText(k)
	if len(w) < 4 || calendarName(w) || borderOf(d, s, k) || aimOf(d, s, k) {
		return false
	}
	// "in northern Gaza", of a city in the south of the Strip (regionside.go)
	return m.foreignName(w) || m.otherSideAt(d, compass, k)
}

// aimOf reports whether the name at token k owns, by its 's, a noun of
// aim, perhaps after one word judging it: "sheltering in Israel's next
// target", "in Russia's sights", "in the army's crosshairs". The owner
// is who aims, and the place is what it aims at, not the owner's land
// ("in Russia's south" is).
func aimOf(d *figures.Document, s *figures.Sentence, k int) bool {
	if ownerBefore(d, k+3) != k {
		return false
	}
	for n := k + 3; n < s.TokEnd && n <= k+4; n++ {
		switch d.LowerTokenText(n) {
		case "target", "sights", "crosshairs", "cross-hairs", "objective":
			return true
		}
		if !isLowerWord(d.TokenText(n)) {
			return false
		}
	}
	return false
}

// borderOf reports whether the name at token k, by its 's or as a
// modifier, owns a border right after it: "sheltering at Egypt's border",
// "in camps on the Egyptian border" are at the edge of the metric's place,
// not inside the other country.
func borderOf(d *figures.Document, s *figures.Sentence, k int) bool {
	n := k + 1
	if ownerBefore(d, k+3) == k {
		n = k + 3
	}
	return n < s.TokEnd && edgeNoun(d.LowerTokenText(n)) // placeevent.go
}
