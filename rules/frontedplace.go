package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A fronted place phrase that frames a sentence is mostly closed by a
// comma ("In Syria, the toll ..."), but wire copy often leaves it out: "In
// government-held areas of Syria the toll stood at 1,414", "In Hatay
// province the quake killed ...". placeOfSentence reads both with these.

// skipRegionOf steps back over a region named of a place that ends at
// token k, no further back than first: "of" after a lower-case noun and
// its modifiers ("government-held areas of", "the north-west of", "rebel-held
// parts of"). It returns the token before that region, or k when token k
// is not "of".
func skipRegionOf(d *figures.Document, k, first int) int {
	if k-1 <= first || d.LowerTokenText(k) != "of" {
		return k
	}
	j := skipCompass(d, k-1, first)
	if j == k-1 {
		// A noun of region: "areas", "parts", "regions", "districts".
		if !isLowerWord(d.TokenText(k-1)) || clauseStop(d.LowerTokenText(k-1)) {
			return k
		}
		j = skipCompass(d, k-2, first)
	}
	return skipHyphened(d, j, first)
}

// closesFronted reports whether the fronted place phrase whose name is hit
// h closes past the words after the name: a comma after them ("In Hatay
// province alone,"), or no comma: past words that end the place's name
// ("province", "alone"), or the noun phrase an owner names ("Syria's
// rebel-held north-west"), the sentence's subject starts with a
// determiner, a word of quantity or a figure ("In Hatay province the
// quake killed", "In Turkey alone more than 44,000 ...").
func closesFronted(d *figures.Document, s *figures.Sentence, h hit, owner bool) bool {
	word := sentenceWords(d, s)
	t := h.end
	if owner && !ownerHit(d, h) {
		t += 2 // the apostrophe and "s" after the name
	}
	for n := 0; t < s.TokEnd && n < 6; t++ {
		w := word(t)
		if figureAt(d, t) >= 0 || subjectOpener(w) || subjectPronoun(w) && t == h.end && !speakerPronoun(word, t) {
			return n > 0 || !owner
		}
		switch {
		case w == ",":
			return n > 0 // "In Hatay province alone,"
		case placeKindNoun(w) || w == "alone":
		case owner && (isLowerWord(w) && !clauseStop(w) || w == "-"):
		default:
			return false
		}
		if !hyphenPart(d, s, t) {
			n++ // "rebel-held" is one word of the six
		}
	}
	return false
}

// subjectPronoun reports whether w is a pronoun that opens a spoken
// sentence's subject right after a fronted place: "In Lebanon it's over
// three thousand killed", "In Yemen there are 4 million displaced".
func subjectPronoun(w string) bool {
	switch w {
	case "it", "there", "they", "we":
		return true
	}
	return false
}

// speakerPronoun reports whether the pronoun at token t is the subject of
// a verb of saying, perhaps after auxiliaries: "In Chad they say more than
// 10 million ...", "In Egypt we were told 41,000 ...". The place fronted
// before it is where the speakers are, not the count's.
func speakerPronoun(word func(int) string, t int) bool {
	k := t + 1
	for n := 0; n < 2 && auxiliary(word(k)); n++ {
		k++
	}
	return speakingVerb(word(k))
}

// subjectOpener reports whether w opens a sentence's subject after a
// fronted phrase: a determiner or a word of quantity.
func subjectOpener(w string) bool {
	switch w {
	case "the", "a", "an", "at", "more", "some", "nearly", "about", "over", "almost", "around", "roughly", "fewer", "up":
		return true
	}
	return false
}

// frontedExcludedPhrase reports whether exclude_near hit h, words that are
// no name, ends a phrase fronted before the sentence by a place's
// preposition, perhaps after "the": "Across both countries, the quake has
// killed ...", "Across the region the quake has killed ...". It frames the
// sentence as a fronted place does, so the figure is the excluded whole's
// (walk56: the two countries' combined toll was taken as one's). The
// phrase closes at a comma right after the words, or where the subject
// starts.
func frontedExcludedPhrase(d *figures.Document, s *figures.Sentence, h hit) bool {
	start := hereOpening(d, s)
	k := h.start - 1
	if k > start && d.LowerTokenText(k) == "the" {
		k--
	}
	if k != start || !frontedPlacePreposition(d.LowerTokenText(k)) {
		return false
	}
	return d.TokenText(h.end) == "," || closesFronted(d, s, h, false)
}
