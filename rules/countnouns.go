package rules

import "strings"

// The nouns a metric's figures may count (countNouns): its unit's words
// (for people, the people vocabulary) and the head nouns of its keywords and
// value words, in both numbers ("arms sales" counts sales; "sales of arms"
// counts sales, not arms). counts.go reads the noun after a figure against
// them.

// peopleVocab is the vocabulary of nouns that count people: it stands for
// the unit "people".
const peopleVocab = "people"

// countNouns builds the set of nouns a metric's figures may count: the
// unit's words (for people, the people vocabulary), and the single words of
// its keywords and value words ("150 detainees", "33,000 deaths"). Nil when
// the metric counts money or has no unit: nothing is checked then.
func countNouns(s MetricSpec) map[string]bool {
	if s.Kind == "money" || s.Kind == "percent" || s.Kind == "fraction" || s.Unit == "" {
		return nil
	}
	set := map[string]bool{}
	for _, w := range strings.Fields(s.Unit) {
		addHead(set, w)
	}
	people := false
	if u := strings.ToLower(s.Unit); u == "people" || u == "persons" {
		addHeads(set, s, []string{vocabMark + peopleVocab})
		people = true
	}
	addHeads(set, s, s.Keywords)
	for _, v := range s.Values {
		addHeads(set, s, v.Near)
	}
	// A keyword whose head is a place people stay in ("shelter" of
	// @shelter) names where the counted are: for people, "85 shelters"
	// counts shelters ("About 11,000 people rode out the storm in 85
	// shelters"), unless the unit itself is that place.
	if people {
		for w := range set {
			if stayPlaceNoun(w) {
				delete(set, w)
			}
		}
	}
	return set
}

// addHead adds the head noun of phrase p, in both numbers, to set: a
// phrase counts its head noun ("arms sales" counts sales), and a noun with
// "of" and what it holds after it counts that noun ("sales of arms" counts
// sales, not arms). A phrase that opens with a preposition says where
// people are or what they left ("from their villages", "under canvas"):
// "3,000 villages" is no count of the displaced.
func addHead(set map[string]bool, p string) {
	for _, mark := range [...]string{WarMark, CountedMark, StayingMark} {
		p = strings.TrimSuffix(strings.TrimSpace(p), " "+mark) // "victims COUNTED" counts victims (as written: "run from the war" keeps its war)
	}
	p = strings.ToLower(strings.TrimLeft(strings.TrimSpace(p), "="))
	p = strings.TrimSuffix(p, "*")
	if rest, ok := strings.CutSuffix(p, " "+strings.ToLower(EventMark)); ok {
		// "victims of EVENT" counts victims: its head is its first word.
		p, _, _ = strings.Cut(rest, " ")
	}
	if strings.HasSuffix(p, " "+strings.ToLower(CountMark)) {
		return // "claim COUNT" is a verb: it names nothing a figure counts
	}
	if before, _, ok := strings.Cut(p, " of "); ok {
		p = before
	}
	if first, _, _ := strings.Cut(p, " "); prepositions[first] || linkWords[first] || first == "off" {
		return // "from their villages", "under canvas" say where, not what
	}
	if before, last, ok := cutLastWord(p); ok && prepositions[last] {
		p = before // "graves for" counts graves: its head stands before the preposition
	}
	if i := strings.LastIndexAny(p, " -"); i >= 0 {
		p = p[i+1:]
	}
	if p == "" || strings.ContainsRune(p, '\'') {
		return
	}
	set[p] = true
	set[singular(p)] = true
}

// cutLastWord splits phrase p before its last space-separated word.
func cutLastWord(p string) (before, last string, ok bool) {
	i := strings.LastIndexByte(p, ' ')
	if i < 0 {
		return p, "", false
	}
	return p[:i], p[i+1:], true
}

// addHeads adds the head nouns of phrases ps, vocabularies (@name) opened
// to their phrases, to set.
func addHeads(set map[string]bool, s MetricSpec, ps []string) {
	for _, p := range ps {
		if name, ok := strings.CutPrefix(strings.TrimSpace(p), vocabMark); ok {
			if s.Vocabularies != nil {
				if v, ok := s.Vocabularies.Lookup(name); ok {
					for _, w := range v.Phrases {
						addHead(set, w)
					}
				}
			}
			continue
		}
		addHead(set, p)
	}
}

// singular is a plural noun's singular, near enough for a set lookup
// (both forms of a listed word are in the set).
func singular(w string) string {
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"):
		return w[:len(w)-1]
	}
	return w
}

// countTooHint says how a metric of unit comes to count noun w too, for
// the note that leaves a figure counting w: a desk tracking a strike's
// turnout in people reads "3,000 steelworkers" and needs to know what to
// write, not only that the noun differs ("60 beds" in a toll: it does
// not, and the hint is conditional). A unit of people takes the people
// vocabulary's words; any other unit names its nouns itself.
func countTooHint(unit, w string) string {
	if measureOf(w) != "" {
		// A unit of measure is no noun to add: a keyword ending in it
		// would take "6,000 sq km" as 6,000 of the metric's unit.
		return "claimtrack converts no unit of measure: a figure in " + w + " is a value only of a metric whose unit is " + w
	}
	if u := strings.ToLower(unit); u == "people" || u == "persons" {
		return "if " + w + " are people it counts, add them to the " + peopleVocab + " vocabulary: vocabularies: {" + peopleVocab + ": {add: [" + w + "]}}"
	}
	// The unit's words are its nouns (countNouns), several if need be:
	// "structures or homes". A keyword ending in the noun would make every
	// figure before it a value ("protecting 1,000 homes" for homes
	// destroyed).
	return "if it counts " + w + ` too, name them in the unit: unit: "` + unit + " or " + w + `"`
}
