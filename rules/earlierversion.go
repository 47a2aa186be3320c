package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// An outlet's correction names what an earlier version of its own text
// said, to withdraw it: "Correction: an earlier version of this article
// gave the death toll as 53,000; the ministry's figure was 35,000", "an
// earlier post said 1.9 million people were sheltering in Rafah", "This
// story previously misstated the toll as 41,000". The figure in the
// clause the earlier version opens is the one withdrawn; a figure after a
// semicolon or a full stop is what the correction says instead. An earlier
// text of anyone else (an agency's earlier report, an earlier version of a
// proposal) is a past claim, still a claim: only the outlet's own text is
// withdrawn: "of this/our article", "our earlier report", or any earlier
// text in a sentence that opens as a correction ("Correction:").

// earlierVersionReach is how many tokens the clause an earlier version
// opens may run to its figure.
const earlierVersionReach = 16

// earlierVersion reports whether figure fi of sentence s is what an
// earlier version of the outlet's own text said, withdrawn by a
// correction.
func earlierVersion(d *figures.Document, s *figures.Sentence, fi int) bool {
	fs, _ := d.FigureTokens(fi)
	word := sentenceWords(d, s)
	correction := correctionOpens(word, s.TokStart) || correctionOpens(word, afterStamp(d, s))
	for k := fs - 1; k >= s.TokStart && k >= fs-earlierVersionReach; k-- {
		switch word(k) {
		case ";", ".", "?", "!":
			return false
		}
		if ownEarlierText(word, k, correction) || correction && correctedTextGave(word, k, fs) {
			return true
		}
	}
	return false
}

// editorialWord reports whether lower-cased w is a word ownEarlierText
// cannot answer without: an editorial noun (after an earlier word or
// "this"), a wrong adverb or "misstated"/"misreported" (after "we"). A
// sentence with none has no earlier version (sentenceMarks' editorial).
func editorialWord(w string) bool {
	return editorialNoun(w) || wrongAdverb(w) || w == "misstated" || w == "misreported" || w == "page"
}

// correctionOpens reports whether the words from token k open a
// correction: "Correction:", "Correction (10:15):", "Clarification:",
// "Editor's note:".
func correctionOpens(word func(int) string, k int) bool {
	switch word(k) {
	case "correction", "corrections", "clarification", "correction:", "amendment":
		return true
	case "editor":
		return isApostrophe(word(k+1)) && word(k+3) == "note"
	}
	return false
}

// ownEarlierText reports whether the words at token k name an earlier
// text of the outlet's own that said something: "(an) earlier version of
// this article", "our previous report", "this story previously said",
// "we wrongly reported"; in a correction (correction), any earlier text
// ("an earlier post said").
func ownEarlierText(word func(int) string, k int, correction bool) bool {
	w := word(k)
	switch {
	case earlierWord(w) && editorialNoun(word(k+1)):
		if correction || word(k-1) == "our" || word(k-1) == "this" {
			return true
		}
		// "an earlier version of this article", "the original version
		// of our report"
		return word(k+2) == "of" && (word(k+3) == "this" || word(k+3) == "our") && editorialNoun(word(k+4))
	case (w == "this" || w == "we") && (w == "we" || editorialNoun(word(k+1))):
		v := k + 1
		if w == "this" {
			v++
		}
		if word(v) == "has" || word(v) == "had" {
			v++
		}
		return wrongAdverb(word(v)) && saidVerb(word(v+1)) || word(v) == "misstated" || word(v) == "misreported"
	}
	return false
}

// correctedReach is how many words may part the outlet's text a
// correction names from the verb by which it gave the figure: "a caption
// on Tuesday's foreign page described".
const correctedReach = 6

// correctedTextGave reports whether, in a correction, the words at token k
// name one of the outlet's texts (a headline, a caption, an article: no
// "earlier" needed) that gave, stated, described or referred to what the
// figure at token fs opens: "Correction: a headline on Monday's page 4
// referred to '41,000 dead'", "an article on 12 March gave the death toll
// as 13,184". Only the text's own verb gives it: a verb of its own first
// ("misspelled the name of a doctor who said"), or a "who"/"which" or a
// second verb of saying between the verb and the figure ("gave the wrong
// date for a briefing at which officials said"), leaves the figure to
// whoever said it.
func correctedTextGave(word func(int) string, k, fs int) bool {
	if !editorialNoun(word(k)) && word(k) != "page" {
		return false
	}
	v := k + 1
	for ; v < fs && v <= k+correctedReach; v++ {
		if saidVerb(word(v)) || word(v) == "referred" && word(v+1) == "to" {
			break
		}
		if !correctionFrame(word(v)) {
			return false
		}
	}
	if v >= fs || v > k+correctedReach {
		return false
	}
	for p := v + 1; p < fs; p++ {
		switch w := word(p); {
		case w == "who" || w == "which" || w == "whom" || w == "," || clauseMark(w) || saidVerb(w) || sayingVerb(w):
			return false
		}
	}
	return true
}

// correctionFrame reports whether lower-cased w may stand between the
// text a correction names and its verb: a place or a day ("on Monday's
// page 4", "in Saturday's edition"), not a verb of its own.
func correctionFrame(w string) bool {
	switch w {
	case "on", "in", "of", "our", "this", "the", "a", "an", "s", "front", "foreign", "world", "home",
		"print", "online", "web", "wire", "page", "edition", "website", "site", "section", "bulletin",
		"accompanying", "with":
		return true
	}
	return isApostrophe(w) || weekday(w) || monthName(w) || isDigits(w)
}

// earlierWord reports whether lower-cased w places a text before the one
// read: "earlier", "previous", "original".
func earlierWord(w string) bool {
	switch w {
	case "earlier", "previous", "original", "initial", "prior", "first":
		return true
	}
	return false
}

// editorialNoun reports whether lower-cased w names an outlet's text or a
// part of it: "version", "article", "post", "headline".
func editorialNoun(w string) bool {
	switch w {
	case "version", "versions", "article", "story", "report", "post", "entry", "update", "headline",
		"edition", "draft", "tweet", "item", "piece", "caption", "graphic", "chart", "dispatch", "bulletin":
		return true
	}
	return false
}

// wrongAdverb reports whether lower-cased w says a text said something it
// should not have: "previously", "wrongly", "incorrectly".
func wrongAdverb(w string) bool {
	switch w {
	case "previously", "originally", "wrongly", "incorrectly", "mistakenly", "erroneously", "initially":
		return true
	}
	return false
}

// saidVerb reports whether lower-cased w is a past verb a text says a
// figure with: "said", "gave", "reported", "put".
func saidVerb(w string) bool {
	switch w {
	case "said", "stated", "gave", "reported", "put", "attributed", "cited", "described", "quoted", "misstated":
		return true
	}
	return false
}
