package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A place written as a plain noun before the head of a clause's subject
// ("Khartoum shelling uproots 160,000", "El Fasher bombardment has forced
// 240,000 from their homes", "Syria quake deaths edge beyond 5,700") says
// where the count was made, as "shelling in Khartoum" and "Syria's quake
// deaths" do: the subject is the place's, and so is the figure its verb
// gives. placeOfKeyword reads the place after the subject's noun and the
// owner before it; this reads the bare name before it, wherever the
// subject stands (after a headline's "Sudan:" label, or after "officials
// say"). At the very opening of a sentence
// the name already frames it (placeOfSentence). The name follows a mark
// or a verb of saying, not a preposition ("fighting that began in
// Khartoum") nor a verb whose object it is, and the subject runs to the figure with no mark, preposition, clause
// word or verb of saying between: only modifiers and its head, then
// auxiliaries and the verb. (place_modifies_subject.yaml, tune48.)

// subjectPlaceWords is how many words may stand between the name and the
// figure: the subject's head and a modifier, an auxiliary or two, an
// adverb and the verb ("Hatay quake deaths have now reached").
const subjectPlaceWords = 6

// placeModifiesSubject reports whether exclude_near hit h, a name, stands
// before the head of the subject of the clause whose verb gives the figure
// starting at token fs.
func placeModifiesSubject(d *figures.Document, s *figures.Sentence, h hit, fs int) bool {
	if h.start <= s.TokStart || h.end >= fs || fs-h.end < 2 || fs-h.end > subjectPlaceWords {
		return false
	}
	for t := h.start; t < h.end; t++ {
		if !named(d, t) {
			return false
		}
	}
	// The subject opens after a mark, a verb of saying or its "that",
	// perhaps with "the" ("Sudan: El Fasher fighting", "officials say
	// Darfur clashes", "said the Gezira violence"); a name after any
	// other word is that word's (a preposition's, a verb's object: "since
	// the quake hit southern Hatay province").
	b := h.start - 1
	if b > s.TokStart && (article(d.LowerTokenText(b)) || d.LowerTokenText(b) == "the") {
		b--
	}
	if w := d.LowerTokenText(b); d.Tokens[b].IsWord() && !speakingVerb(w) && !reportingVerb(w) && w != "that" {
		return false
	}
	// The subject's first word is a noun, not a verb of the place's own
	// ("Darfur has lost", "Khartoum says").
	first := d.LowerTokenText(h.end)
	if !isLowerWord(d.TokenText(h.end)) || actsOrSpeaks[first] || modalWord(first) || beForm(first) || lyAdverb(d.TokenText(h.end)) {
		return false
	}
	if naturalDisaster(first) && h.end+1 < fs && !deadNoun(d.LowerTokenText(h.end+1)) {
		// A disaster named for where it struck is the disaster itself,
		// whole: "The Kahramanmaras earthquakes killed ...". Its dead
		// counted there are a part: "Syria quake deaths pass ...".
		return false
	}
	for t := h.end; t < fs; t++ {
		w := d.LowerTokenText(t)
		if !d.Tokens[t].IsWord() || !isLowerWord(d.TokenText(t)) {
			return false
		}
		if t < fs-1 && prepositions[w] || speakingVerb(w) || reportingVerb(w) || subordinatingWord(w) || determiner(w) {
			return false // another clause or phrase after the name: "... hit the town has now"
		}
		switch w {
		case "that", "which", "who", "and", "or", "but", "while", "as", "than":
			return false
		}
	}
	return true
}

// deadNoun reports whether lower-cased w names the dead or their count
// after a disaster's noun: "quake deaths", "quake toll", "quake dead".
func deadNoun(w string) bool {
	switch w {
	case "dead", "death", "deaths", "victims", "fatalities", "casualties":
		return true
	}
	return tallyNoun(w)
}
