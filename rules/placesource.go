package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A name near a figure can say who reports it or where the story was
// filed, rather than a place the figure counts: these readers tell an
// exclude_near place of that kind apart, for nearest.go.

// sourceOrDateline reports whether exclude_near hit h names who reports
// or where the story was filed rather than a place the figure counts: the
// first part of a hyphenated modifier, where the speaker is, a
// wire dateline opening the sentence ("KYIV (Northern Wire) —", "GAZA,
// Jan. 15"), or a name after "according to" ("according to Turkey's
// disaster agency").
func sourceOrDateline(d *figures.Document, s *figures.Sentence, h hit) bool {
	if compoundModifier(d, h) || speakersPlace(d, s, h) || inSpeakerName(d, s, h) {
		return true
	}
	if h.start == s.TokStart && h.end < s.TokEnd && upperWord(d.TokenText(h.start)) {
		switch d.TokenText(h.end) {
		case "(", "—", "–", ",", "-":
			return true
		}
	}
	if h.start == s.TokStart && datelineEnd(d, s) > h.end {
		return true // a town in title case before its agency's bracket: "Kyiv (AFP) -"
	}
	if capitalLabel(d, s, h) {
		return true // "Kiev: 11,000+ civilians killed, UN monitors confirm"
	}
	if capitalGovernment(d, s, h) {
		return true // "Kyiv's allies face pressure" (capitalgovernment.go)
	}
	for k := h.start - 1; k > s.TokStart && k >= h.start-4; k-- {
		if d.TokenText(k) == "," {
			return false
		}
		if d.LowerTokenText(k) == "to" && d.LowerTokenText(k-1) == "according" {
			return true
		}
	}
	return false
}

// compoundModifier reports whether hit h is the first part of a
// hyphenated modifier ("the Kyiv-born pianist", "a Gaza-based charity"):
// it describes a noun, not where the figure's count happened.
func compoundModifier(d *figures.Document, h hit) bool {
	return h.end+1 < len(d.Tokens) && d.TokenText(h.end) == "-" && !d.Tokens[h.end].Space &&
		isLowerWord(d.TokenText(h.end+1)) && !d.Tokens[h.end+1].Space
}

// speakersPlace reports whether hit h says where the speaker of the
// sentence is: "Officials in Kyiv say ...", "authorities in Ankara said":
// "in" before it and a verb of saying right after it.
func speakersPlace(d *figures.Document, s *figures.Sentence, h hit) bool {
	if h.start-1 <= s.TokStart || h.end >= s.TokEnd {
		return false
	}
	if d.LowerTokenText(h.start-1) != "in" {
		return false
	}
	return speakingVerb(d.LowerTokenText(h.end))
}

// inSpeakerName reports whether hit h is a modifier in the name of the
// sentence's speaker: "The UN refugee agency says close to 13 million
// people have fled their homes". The speaker opens the sentence's own
// words (at most three words before h, none a comma, past a speaker's
// label, a time stamp or a dateline: sentenceOpening; "PRESENTER: The UN
// refugee agency says") and its head noun (at most two words after h) is
// the subject of a verb of saying: the word names who speaks, not what the
// figure counts. (A lower-case word: "Refugee agency officials
// said" opens the sentence with a capital and is left alone.)
func inSpeakerName(d *figures.Document, s *figures.Sentence, h hit) bool {
	// A name ("India's home ministry says") is the place whose count the
	// speaker gives: only a lower-case modifier is the speaker's alone.
	start := sentenceOpening(d, s)
	if h.start < start || h.start-start > 3 || !isLowerWord(d.TokenText(h.start)) {
		return false
	}
	for k := start; k < h.start; k++ {
		if !d.Tokens[k].IsWord() {
			return false
		}
	}
	for k := h.end + 1; k <= h.end+2 && k < s.TokEnd; k++ {
		if !d.Tokens[k-1].IsWord() || !isLowerWord(d.TokenText(k-1)) {
			return false
		}
		if _, ok := sayingVerbs[d.LowerTokenText(k)]; ok {
			return true // speakers.go
		}
	}
	return false
}

// upperWord reports whether w is a word of two or more capital letters
// ("KYIV", "UNHCR"), the mark of a dateline or a speaker's label.
func upperWord(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return len(w) > 1
}
