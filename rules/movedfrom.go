package rules

import (
	"strings"
	"sync"

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
			to := d.LowerTokenText(h.end)
			return to != "to" && to != "into" && to != "towards"
		}
	}
	k := placeLeft(d, s, h)
	if k < 0 {
		return false
	}
	// A place that owns what follows was not left: "displacement from
	// Sudan's war" is the war's.
	return k < s.TokEnd && named(d, k) && m.insideName(d.TokenText(k)) && !ownsNext(d, hit{start: k, end: k + 1})
}

// movedFromPlaceNoun reports whether keyword hit h is a verb of moving
// whose place left is a place noun that stands for one of the metric's
// places (coref.go: a keyword "in PLACE" hit on "the city"): "tanks rolled
// into eastern Rafah, and some 950,000 people have fled the city again";
// or that place noun is itself the keyword, after a verb of leaving ("have
// left the city").
func (m *metric) movedFromPlaceNoun(d *figures.Document, s *figures.Sentence, hits []hit, h hit) bool {
	if len(m.insideNames) == 0 {
		return false
	}
	if int(h.ref.index) < len(m.keywords) && m.keywords[h.ref.index].words[0] == "in" && h.start+1 < h.end && placeNoun(d.LowerTokenText(h.end-1)) {
		// The place noun is the keyword, after a verb of leaving that is
		// none: "nearly 800,000 people have left the city".
		return h.start > s.TokStart && leavingVerb(d.LowerTokenText(h.start-1))
	}
	if h.end >= s.TokEnd {
		return false
	}
	last := d.LowerTokenText(h.end - 1)
	if !isLowerWord(d.TokenText(h.end-1)) || pluralForm(last) || prepositions[last] || last == "into" || last == "onto" {
		return false // a noun keyword, or one that says where to ("squeezed into the city")
	}
	t := pastLeavingPreposition(sentenceWords(d, s), h.end)
	if t < 0 {
		return false
	}
	for _, o := range hits {
		if o.ref.role == roleKeyword && o.start == t && int(o.ref.index) < len(m.keywords) && m.keywords[o.ref.index].words[0] == "in" &&
			t+1 < s.TokEnd && placeNoun(d.LowerTokenText(t+1)) {
			return true
		}
	}
	return false
}

// placeLeft returns the first token of the place a verb of moving, keyword
// hit h, says people left ("displaced from Rafah", "forced out of Rafah",
// "fled the eastern Rafah"), past an article and a point of the compass,
// or -1 when the keyword names no place left.
func placeLeft(d *figures.Document, s *figures.Sentence, h hit) int {
	if h.end >= s.TokEnd {
		return -1
	}
	k := h.end
	last := d.LowerTokenText(h.end - 1)
	switch w := d.LowerTokenText(k); {
	case w == "from":
		k++
	case w == "out" && k+1 < s.TokEnd && strings.EqualFold(d.TokenText(k+1), "of"):
		k += 2 // "forced out of Rafah"
	case w == "of" && last == "out":
		k++ // the keyword "driven out", then "of Rafah"
	case (named(d, k) || w == "the" && k+1 < s.TokEnd && named(d, k+1)) && isLowerWord(last) && !pluralForm(last) && !prepositions[last] && last != "into" && last != "onto":
		// The place a verb left: "fled Rafah", "left Rafah", "fled the
		// Zamzam camp area". A noun keyword before a name is no verb
		// ("refugees Rafah took in").
	default:
		return -1
	}
	if k < s.TokEnd && strings.EqualFold(d.TokenText(k), "the") {
		k++
	}
	k = skipCompassAfter(d, k, s.TokEnd)
	return k
}

// skipCompassAfter skips a point of the compass at token k ("eastern
// Rafah"), up to end.
func skipCompassAfter(d *figures.Document, k, end int) int {
	if k < end && compassAdjective(d.LowerTokenText(k)) {
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

// evacuationBefore reports whether a keyword of evacuation ("evacuation
// orders") in the clause of figure fi, before it, moves the people it
// counts out of the metric's place: "Evacuation orders now cover 1.1
// million people in Rafah". An evacuation that dates the count ("before
// the evacuation orders") or says where to does not.
func (m *metric) evacuationBefore(d *figures.Document, s *figures.Sentence, hits []hit, fi int) bool {
	if len(m.insideNames) == 0 {
		return false
	}
	if partOfWhole(d, s, fi) {
		return false // "to evacuate part of the 1.3 million sheltering in Rafah" (evacuationkept.go)
	}
	fs, _ := d.FigureTokens(fi)
	for _, h := range hits {
		if h.ref.role != roleKeyword || h.end > fs || !sameClause(d, h.end, fs) || !evacuation(d, h) {
			continue
		}
		if m.evacuationOfOtherPlace(d, s, h) {
			continue // "since the evacuation of Khan Younis" (evacuationkept.go)
		}
		if to := d.LowerTokenText(h.end); to == "to" || to == "into" || to == "towards" {
			continue
		}
		if conjunctionBetween(d, h.end, fs) {
			continue // "plan Rafah evacuation as 1.4M shelter in city"
		}
		if deniedMove(d, s, h) {
			continue // "You cannot 'evacuate' the 1.4 million people crammed into Rafah"
		}
		if placeGrownBetween(d, s, h.end, fs) {
			continue // "Evacuation orders swell Rafah to 1.5 million" (grownplace.go)
		}
		if wholeToMove(d, h, fs) {
			continue // "Any evacuation of the 1.4m people sheltering in Rafah" (wholetomove.go)
		}
		b := h.start - 1
		if b >= s.TokStart && strings.EqualFold(d.TokenText(b), "the") {
			b--
		}
		if b >= s.TokStart {
			switch d.LowerTokenText(b) {
			case "before", "after", "until", "since", "following", "despite":
				continue
			}
		}
		return true
	}
	return false
}

// evacuation reports whether hit h holds a word of evacuation.
func evacuation(d *figures.Document, h hit) bool {
	var buf [64]byte
	for t := h.start; t < h.end; t++ {
		if w := lowerInto(&buf, d.TokenText(t)); len(w) > 6 && string(w[:6]) == "evacua" {
			return true
		}
	}
	return false
}

// conjunctionBetween reports whether a word that opens a clause of its own
// stands from token a to token b: a subordinatingWord, or "as", "and",
// "but", "where".
func conjunctionBetween(d *figures.Document, a, b int) bool {
	return wordAmong(d, a, b, func(w string) bool {
		return subordinatingWord(w) || w == "as" || w == "and" || w == "but" || w == "where"
	})
}

// leavingVerb reports whether lower-cased w is a form of a verb whose
// object is the place left: "left", "fled", "abandoned", "quit".
func leavingVerb(w string) bool {
	switch w {
	case "left", "fled", "quit":
		return true
	}
	for _, stem := range [...]string{"leave", "flee", "abandon", "escape", "evacuate", "desert", "exit", "vacate"} {
		if verbForm(w, stem) {
			return true
		}
	}
	return false
}

// pastLeavingPreposition returns the token after the "from" or "out of"
// that opens, at token k, what a verb of leaving left ("fled from",
// "driven out of"); k when neither stands there, -1 for an "out" with no
// "of". word reads the sentence's lower-cased words.
func pastLeavingPreposition(word func(int) string, k int) int {
	switch word(k) {
	case "from":
		return k + 1
	case "out":
		if word(k+1) != "of" {
			return -1
		}
		return k + 2
	}
	return k
}

// deniedMoveWords is how many tokens before a verb of evacuation a
// negation may stand: "cannot 'evacuate'", "could not be evacuated".
const deniedMoveWords = 4

// deniedMove reports whether the verb of evacuation hit h holds is denied
// or said to be impossible, a negation among the few tokens before it
// (quote marks, "be" and "simply" between): "You cannot 'evacuate' the 1.4
// million people crammed into Rafah", "there is no way to evacuate",
// "impossible to evacuate". The people were not moved: they are still in
// the place (tune35_denied_evacuation.yaml).
func deniedMove(d *figures.Document, s *figures.Sentence, h hit) bool {
	for k, n := h.start-1, 0; k >= s.TokStart && n < deniedMoveWords; k, n = k-1, n+1 {
		w := d.LowerTokenText(k)
		switch w {
		case "cannot", "not", "never", "n't", "impossible", "unable", "no":
			return true
		case "'", "‘", "’", "\"", "“", "be", "been", "simply", "just", "to", "way", "can", "could", "will", "would", "possibly":
			continue
		}
		if strings.HasSuffix(w, "n't") || w == "t" && k-1 >= s.TokStart && isApostrophe(d.TokenText(k-1)) {
			return true // "can't", split or whole
		}
		return false
	}
	return false
}
