package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A fact-check may state a figure and then, in its own voice, reject it in
// the clause after a semicolon, pointing back to it: "No, the US does not
// give Israel $10 billion a year ...; the figure in the post is wrong", "A
// viral post says Gaza's death toll passed 200,000 in January; no health
// authority has published such a figure". The clause after the semicolon
// opens on a noun that points back to the figure ("the figure", "that
// number", "the claim", "such a figure") and says it is untrue
// (rejectionWord: "is wrong", "was never substantiated"), or opens on a
// negative subject that does not vouch for it ("no ministry has published
// such a figure": vouchingVerb). Nobody's count holds the figure. A clause
// that attributes the rejection to a party (", Israel says") is a count
// disputed, which stays (the README), and so is one that only disputes
// ("the figure is disputed"); a negated rejection ("the figure is not
// wrong") confirms. fact_check_rejected.yaml.

// rejectedAfterSemicolon reports whether figure fi of sentence s stands in
// a clause that a clause after a semicolon rejects, pointing back to it.
func rejectedAfterSemicolon(d *figures.Document, s *figures.Sentence, fi int) bool {
	_, fe := d.FigureTokens(fi)
	// The semicolon first, by the raw text: most sentences hold none.
	k := fe
	for k < s.TokEnd && d.TokenText(k) != ";" {
		k++
	}
	if k >= s.TokEnd {
		return false
	}
	for t := fe; t < k; t++ {
		if fj := figureAt(d, t); fj >= 0 && d.Figures[fj].Kind.IsAmount() || d.TokenText(t) == "." || d.TokenText(t) == ":" {
			return false // another amount's clause, or the sentence's end
		}
	}
	return clauseRejectsBack(d, s, k+1, sentenceWords(d, s))
}

// pointerReach is how many words a noun pointing back may take after it
// before its verb: "the figure in the viral post" is four.
const pointerReach = 4

// clauseRejectsBack reports whether the clause opening at token k rejects
// a figure it points back to (rejectedAfterSemicolon), in the sentence's
// own voice.
func clauseRejectsBack(d *figures.Document, s *figures.Sentence, k int, word func(int) string) bool {
	end := k
	for end < s.TokEnd && !clauseMark(word(end)) && word(end) != "." {
		if w := word(end); w == "," && end+1 < s.TokEnd && (creditVerb(word(end+1)) || creditVerb(word(end+2)) || creditVerb(word(end+3))) {
			return false // ", Israel says": a party's dispute
		}
		end++
	}
	switch w := word(k); {
	case w == "no" || w == "nobody" || w == "none":
		// "no health authority has published such a figure"
		for t := k + 1; t < end && t <= k+unvouchedSubjectWords; t++ {
			if negation(word(t)) {
				return false // "no one has not ..."
			}
			if comeClose(word, t) && hearsayOpens(d, s, word) {
				// "no verified count comes close"
				return true
			}
			if vouchingVerb(word(t)) && (w != "no" || t > k+1) { // "no verified count" is a subject
				return pointerAt(word, t+1) || nearPointerAt(word, t+1)
			}
		}
		return false
	case w == "it" && erringVerb(word(k+1)):
		// "A viral clip claims ...; it conflates military and
		// civilian losses": only hearsay's figure is refused so.
		return hearsayOpens(d, s, word)
	case w == "the" || w == "that" || w == "this" || w == "such":
		if !pointerAt(word, k) {
			return false
		}
	default:
		return false
	}
	// Past the pointing noun and its phrase to a form of "be", then a
	// word of rejection, perhaps after adverbs.
	for t := k + 1; t < end && t <= k+2+pointerReach; t++ {
		if !beForm(word(t)) {
			continue
		}
		negated, p := false, t+1
		for n := 0; n < 3 && adverbBeforeRejection(word(p)); n++ {
			negated = negated || negation(word(p))
			p++
		}
		return rejectionWord(word(p)) && !negated || negated && confirmationWord(word(p))
	}
	return false
}

// pointerAt reports whether the words from token k point back to a figure
// already given: "the figure", "that number", "such a figure", "such
// figures", "the claim", "it" or "that" alone.
func pointerAt(word func(int) string, k int) bool {
	switch word(k) {
	case "it":
		return true
	case "such":
		if word(k+1) == "a" {
			k++
		}
	case "the", "that", "this":
		if word(k) == "that" && !pointedNoun(word(k+1)) {
			return true // "no one has confirmed that"
		}
	default:
		return false
	}
	return pointedNoun(word(k + 1))
}

// pointedNoun reports whether lower-cased w is a noun that may point back
// to a figure given before it: "figure", "number", "claim", "total".
func pointedNoun(w string) bool {
	return figureNoun(w) || tallyNoun(w) || w == "claim" || w == "estimate"
}

// creditVerb reports whether lower-cased w is a verb by which a source is
// credited with what a clause says: a finite verb of saying (sayingVerb),
// "say" itself ("Israeli officials say"), "insist", "argue".
func creditVerb(w string) bool {
	return sayingVerb(w) || w == "say" || verbForm(w, "insist") || verbForm(w, "argue")
}

// nearPointerAt reports whether the words from token k name a figure as
// near the one given before: "a figure anywhere near that", "any number
// close to it", "a count near this". What nobody published near the
// figure, nobody published.
func nearPointerAt(word func(int) string, k int) bool {
	if w := word(k); w != "a" && w != "any" {
		return false
	}
	if !pointedNoun(word(k+1)) && word(k+1) != "count" {
		return false
	}
	p := k + 2
	if word(p) == "anywhere" || word(p) == "remotely" {
		p++
	}
	switch word(p) {
	case "near":
		p++
	case "close":
		p++
		if word(p) == "to" {
			p++
		}
	default:
		return false
	}
	switch word(p) {
	case "that", "it", "this":
		return true
	}
	return false
}

// comeClose reports whether token t is a form of "come" and "close" ends
// the clause or points back: "no verified count comes close", "none came
// close to it".
func comeClose(word func(int) string, t int) bool {
	switch word(t) {
	case "come", "comes", "came":
	default:
		return false
	}
	if word(t+1) != "close" {
		return false
	}
	switch w := word(t + 2); w {
	case "", ".", ";", ",":
		return true
	case "to":
		switch word(t + 3) {
		case "that", "it", "this":
			return true
		}
	}
	return false
}

// hearsayOpens reports whether sentence s opens, within claimLead words
// of its opening, on hearsay: a post, a clip, a rumour (hearsayNoun), or
// a claim said to be going round before it ("A viral claim").
func hearsayOpens(d *figures.Document, s *figures.Sentence, word func(int) string) bool {
	start := sentenceOpening(d, s)
	for c := start; c < s.TokEnd && c <= start+claimLead; c++ {
		w := word(c)
		if hearsayNoun(w) || claimNoun(w) && circulatedBefore(start, c, word) {
			return true
		}
		if clauseMark(w) || w == "," {
			return false
		}
	}
	return false
}
