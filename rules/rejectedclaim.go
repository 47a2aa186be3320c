package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A sentence may open with a claim and then reject it: "A viral post
// claiming that 'over 200,000' had been killed ... is false", "A claim by
// opposition politicians that the true toll was 'at least 100,000' ... was
// never substantiated", "A figure of '100,000 civilians killed', circulated
// widely, appears nowhere in the mission's reports". The figure is what the
// claim said, and the sentence says nobody's count holds it. Two parts are
// read: a claim whose words hold the figure, as the sentence's subject (a
// claim noun near its start with a "that" or a saying participle before the
// figure, or right before it the "of" that gives what it said: "Those
// reports of a hundred thousand dead", "Rumours of 5,000 killed"; or a
// count noun giving the figure in quotation marks, or by its "of" with
// the subject then saying the figure is going round: "The figure of 20
// million displaced circulating on social media"); and after the figure,
// a predicate that rejects (a form of "be" and a word of rejection, a
// negated "substantiated", "appears nowhere", "has no basis"). A negation
// before the word of rejection cancels it ("is not false", "has not been
// refuted", "was never shown to be false"): the claim stands. A claim
// disputed, questioned or contested keeps its figure, and so does one a
// party denies, rejects or dismisses: by the README's conventions a
// disputed count is still the count; only words that say the claim is
// untrue or unfounded reject it.

// claimLead is how many words may stand before the claim noun: the
// determiner and modifiers of the subject ("A government minister's").
const claimLead = 6

// claimReach is how many words may part the claim noun from the "that",
// the participle or the quotation that opens what it said ("by opposition
// politicians", "on state television").
const claimReach = 6

// rejectedClaim reports whether figure fi of sentence s stands in what a
// claim that opens the sentence said, and the sentence then rejects it.
func rejectedClaim(d *figures.Document, s *figures.Sentence, fi int) bool {
	fs, fe := d.FigureTokens(fi)
	word := sentenceWords(d, s)
	opened, hearsay := false, false
	// After a live blog's stamp ("14:05 —") or a speaker's label
	// ("MINISTER:") the claim opens the sentence.
	start := sentenceOpening(d, s)
	if claimNoun(word(start)) && word(start+1) == ":" && start+2 <= fs {
		// A fact-check's label: "Claim: 100,000 Palestinians have been
		// killed in Gaza. Verdict: false." The whole sentence is the
		// claim, and its verdict may come in the next.
		return rejectingPredicate(s, fe, word, true) || verdictRejects(d, s)
	}
	for c := start; c < fs && c <= start+claimLead; c++ {
		if claimOpens(d, s, c, fs, fe, word) {
			// Hearsay: a post or a rumour, or a claim said to be going
			// round ("An online claim", "Claims of ... circulating online").
			opened, hearsay = true, hearsayNoun(word(c)) || circulatedBefore(start, c, word) || circulatedAfter(s, fe, word)
			break
		}
		if clauseMark(word(c)) {
			return false // the claim must be the sentence's own subject
		}
	}
	if !opened && fs-start <= claimLead && circulatedBefore(start, fs, word) && countNounAfter(d, s, fe, word) {
		// A figure going round, as the modifier of its own count noun:
		// "The viral 25 million displaced figure for Sudan is false".
		opened, hearsay = true, true
	}
	return opened && rejectingPredicate(s, fe, word, hearsay)
}

// countNounAfter reports whether, within countNounReach words after token
// fe and before any mark or other figure, a noun that gives a figure
// ("figure", "number", "claim") stands: the figure is its modifier ("a
// 70,000 dead figure").
func countNounAfter(d *figures.Document, s *figures.Sentence, fe int, word func(int) string) bool {
	for k := fe; k < s.TokEnd && k < fe+countNounReach; k++ {
		w := word(k)
		if quotedCountNoun(w) || claimNoun(w) {
			return true
		}
		if !isLowerWord(w) || figureAt(d, k) >= 0 {
			return false
		}
	}
	return false
}

// countNounReach is how many words may stand between a figure and the
// noun it modifies: "70,000 Gaza dead figure".
const countNounReach = 4

// claimOpens reports whether token c is a claim noun whose said words open
// before token fs: a "that" or a saying participle after it, or a
// quotation a count noun gives ("a figure of '...'"), or a count noun's
// "of" right before a figure its subject then says is going round
// ("The figure of 20 million displaced circulating on social media"): a
// figure passed from hand to hand is a claim, not a count's keeper's.
func claimOpens(d *figures.Document, s *figures.Sentence, c, fs, fe int, word func(int) string) bool {
	claim, count := claimNoun(word(c)), quotedCountNoun(word(c))
	if !claim && !count {
		return false
	}
	for k := c + 1; k < fs && k <= c+claimReach; k++ {
		w := d.TokenText(k)
		switch {
		case claim && (word(k) == "that" || sayingParticiple(word(k)) || sayingVerb(word(k))):
			return true
		case claim && word(k) == "of" && k+1 == fs: // "reports of 100,000 dead"
			return true
		case claim && word(k) == "'s" && k == c+1 && k+1 == fs && countNounAfter(d, s, fe, word):
			// a claim's own figure, by its possessor: "A viral post's
			// 70,000 dead figure"
			return true
		case count && word(k) == "of" && k+1 == fs: // "The figure of 20 million ... circulating online"
			return circulatedAfter(s, fe, word)
		case isQuoteMark(w) && k+1 == fs: // the figure opens a quotation
			return claim || word(c+1) == "of"
		case clauseMark(w) || figureAt(d, k) >= 0:
			return false
		}
	}
	return false
}

// rejectingPredicate reports whether, after token fe, a predicate rejects
// what the claim said: "is false", "was never substantiated", "has been
// debunked", "were quickly contradicted", "appears nowhere", "does not
// appear", "proved baseless", "matches no published count"; and, for a claim passed from hand to hand
// (hearsay), a remark that calls it untrue: ", a figure officials called
// disinformation", ", which the agency labelled false" (calledUntrue). A
// "not" or "never" of the same clause (no comma between) before a word of
// rejection cancels it: "is not false", "was never shown to be false".
func rejectingPredicate(s *figures.Sentence, fe int, word func(int) string, hearsay bool) bool {
	negated := false
	for k := fe; k < s.TokEnd; k++ {
		switch w := word(k); {
		case w == ";" || w == ":" || w == ".":
			return false
		case w == ",":
			negated = false
		case negation(w):
			negated = true
		case hearsay && callingVerb(w):
			if calledUntrue(word, k) {
				return !negated
			}
		case w == "appears" || w == "appear" || w == "appeared":
			if word(k+1) == "nowhere" {
				return !negated
			}
		case w == "has" || w == "have" || w == "had" || w == "lacks" || w == "lack" || w == "lacked":
			// "has no basis in UN data", "lacks any foundation"
			if (word(k+1) == "no" || word(k+1) == "any") && groundNoun(word(k+2)) {
				return !negated
			}
		case w == "does" || w == "did" || w == "do":
			if word(k+1) == "not" && (word(k+2) == "appear" || word(k+2) == "hold" || matchVerb(word(k+2)) && word(k+3) == "any") {
				return true
			}
		case erringVerb(w):
			// "Claims online that Israel receives $38 billion a year
			// confuse a ten-year total with the annual figure"
			return !negated
		case verdictVerb(w):
			// A checker's verdict: "rated false", "ruled inaccurate",
			// "judged to be false", "assessed as misleading".
			if p := verdictComplement(word, k+1); rejectionWord(word(p)) && checkerAgent(word, p+1) {
				return !negated
			}
		case noneAfter(word, k+1) && matchVerb(w):
			// "matches no published count", "tallies with no official figure"
			return !negated
		case beForm(w) || w == "proved" || w == "proven":
			p := k + 1
			for n := 0; n < 3 && adverbBeforeRejection(word(p)); n++ {
				negated = negated || negation(word(p))
				p++
			}
			if rejectionWord(word(p)) {
				return !negated
			}
			if negated && confirmationWord(word(p)) {
				return true
			}
		}
	}
	return false
}

// verdictVerb reports whether lower-cased w is a form of a verb by which a
// checker gives its verdict on a claim: "rated", "ruled", "judged",
// "deemed", "found", "assessed". Unlike a verb of calling, a party's
// denial ("dismissed as false") is not one: a count a party rejects is
// disputed, and still the count.
func verdictVerb(w string) bool {
	if w == "found" || w == "finds" || w == "find" {
		return true
	}
	for _, stem := range [...]string{"rate", "rule", "judge", "deem", "assess"} {
		if verbForm(w, stem) {
			return true
		}
	}
	return false
}

// checkerAgent reports whether the verdict's agent, a "by" phrase at most
// one word after token p, is a checker ("by fact-checkers", "by
// PolitiFact", "by AFP Fact Check", "by an audit"), or there is none ("rated
// false" in a fact-check's own text). A party to the count ("ruled false by
// the Israeli military", "deemed false by Israel's government") disputes
// it, and a disputed count is still the count (review60 MUST 1).
func checkerAgent(word func(int) string, p int) bool {
	if word(p) != "by" {
		p++
	}
	if word(p) != "by" {
		return true
	}
	for k := p + 1; k <= p+4; k++ {
		w := word(k)
		if strings.Contains(w, "fact") || strings.Contains(w, "check") || w == "audit" || w == "review" || w == "verification" {
			return true
		}
		if w == "" || w == "," || w == ";" || w == "." {
			break
		}
	}
	return false
}

// verdictComplement returns the token after the words that may open a
// verdict's complement at token p ("as", "to be", an adverb of degree:
// "assessed as misleading", "found to be false", "rated mostly false").
func verdictComplement(word func(int) string, p int) int {
	for n := 0; n < 3; n++ {
		switch word(p) {
		case "as", "to", "be", "mostly", "largely", "entirely", "completely", "wholly":
			p++
		default:
			return p
		}
	}
	return p
}

// matchVerb reports whether lower-cased w is a form of a verb that says
// one count agrees with another ("match", "tally", "correspond"; by its
// stem, so "matching", "tallied" too): a claim that "matches no published
// count" or "does not match any" is held by no record.
func matchVerb(w string) bool {
	switch stem(w) {
	case "match", "talli", "correspond":
		return true
	}
	return false
}

// noneAfter reports whether "no", or "with" or "to" and "no", stands at
// token p: what a verb of matching before it agrees with is nothing.
func noneAfter(word func(int) string, p int) bool {
	return word(p) == "no" || (word(p) == "with" || word(p) == "to") && word(p+1) == "no"
}

// negation reports whether lower-cased w negates the predicate it stands
// in.
func negation(w string) bool { return w == "not" || w == "never" || w == "n't" }

// clauseMark reports whether w closes the subject a claim opens.
func clauseMark(w string) bool {
	return w == ";" || w == ":" || w == "—" || w == "–"
}

// claimNoun reports whether lower-cased w names something said that may be
// false: a claim, a post, a rumour.
func claimNoun(w string) bool {
	switch w {
	case "claim", "claims", "assertion", "assertions", "allegation", "allegations",
		"rumour", "rumours", "rumor", "rumors", "post", "posts", "tweet", "tweets",
		"video", "videos", "clip", "clips", "meme", "memes", "message", "messages", "suggestion", "story", "stories":
		return true
	}
	return reportNoun(w)
}

// quotedCountNoun reports whether lower-cased w is a noun that gives a figure
// ("a figure of '...'"): it is a claim only with the figure quoted.
func quotedCountNoun(w string) bool {
	switch w {
	case "figure", "number", "total", "toll", "estimate", "tally":
		return true
	}
	return false
}

// adverbBeforeRejection reports whether lower-cased w may stand between
// "be" and a word of rejection: "was never substantiated", "has been
// quickly debunked", "were widely dismissed".
func adverbBeforeRejection(w string) bool {
	switch w {
	case "been", "never", "not", "quickly", "swiftly", "widely", "later", "since",
		"flatly", "firmly", "soon", "itself", "also", "entirely", "wholly", "completely", "simply":
		return true
	}
	return false
}

// rejectionWord reports whether lower-cased w says a claim is untrue or
// unfounded. "Disputed", "contested" and "questioned" are left out, and so
// are "denied", "rejected" and "dismissed": a party that denies a count
// disputes it, and a disputed count is still the count.
func rejectionWord(w string) bool {
	switch w {
	case "false", "untrue", "wrong", "baseless", "unfounded", "groundless", "fabricated",
		"fake", "bogus", "misleading", "inaccurate", "incorrect", "debunked", "refuted",
		"disproved", "disproven", "discredited",
		"retracted", "contradicted", "unsubstantiated", "unsupported":
		return true
	}
	return false
}

// confirmationWord reports whether lower-cased w says a claim was borne
// out; negated ("never substantiated") it rejects.
func confirmationWord(w string) bool {
	switch w {
	case "substantiated", "confirmed", "corroborated", "verified", "supported", "true", "borne":
		return true
	}
	return false
}

// groundNoun reports whether lower-cased w names what a claim rests on:
// "has no basis", "lacks any foundation".
func groundNoun(w string) bool {
	switch w {
	case "basis", "foundation", "grounding", "grounds", "source", "evidence":
		return true
	}
	return false
}

// circulatedReach is how many words after the figure the word of its
// going round may stand: "18 million uprooted in Sudan, shared widely".
const circulatedReach = 8

// circulatedAfter reports whether, within circulatedReach words after
// token fe and before a clause mark, the subject says its figure is going
// round: "circulating on social media", ", shared widely online,",
// "doing the rounds", "gone viral".
func circulatedAfter(s *figures.Sentence, fe int, word func(int) string) bool {
	for k := fe; k < s.TokEnd && k <= fe+circulatedReach; k++ {
		switch w := word(k); {
		case circulationWord(w):
			return true
		case w == "going" || w == "doing" || w == "making":
			if r := word(k + 1); r == "round" || r == "around" || r == "the" && word(k+2) == "rounds" {
				return true
			}
		case w == ";" || w == ":" || w == "—" || w == "–" || w == ".":
			return false
		}
	}
	return false
}

// circulatedBefore reports whether a word among the claim's lead, the
// tokens [start, c) before claim noun c, says the claim is going round
// ("An online claim", "A widely shared post", "A viral figure"): one with
// no keeper, hearsay as a rumour is.
func circulatedBefore(start, c int, word func(int) string) bool {
	for k := start; k < c; k++ {
		if circulationWord(word(k)) {
			return true
		}
	}
	return false
}

// circulationWord reports whether lower-cased w says a figure or a claim
// is going round: "circulating", "shared", "viral", "online".
func circulationWord(w string) bool {
	switch w {
	case "circulating", "circulated", "shared", "viral", "trending", "online":
		return true
	}
	return false
}

// erringVerb reports whether lower-cased w is a form of a verb that says
// its subject, a claim, got something wrong: "confuse", "conflate",
// "misread", "misstate" (fact_check_rejected.yaml). A claim that
// "exaggerates" or "inflates" a count disputes it, and stays.
func erringVerb(w string) bool {
	for _, stem := range [...]string{"confuse", "conflate", "misread", "misstate", "misrepresent", "mistake", "misquote"} {
		if verbForm(w, stem) {
			return true
		}
	}
	return false
}

// verdictRejects reports whether the sentence after s opens on a
// fact-check's verdict label and a word of rejection, perhaps after an
// adverb of degree: "Verdict: false.", "Rating: mostly false", "Our
// ruling: misleading". A verdict of "true" or "mostly true" keeps the
// claim.
func verdictRejects(d *figures.Document, s *figures.Sentence) bool {
	si := d.SentenceAt(int(d.Tokens[s.TokStart].Start))
	if si < 0 || si+1 >= len(d.Sentences) {
		return false
	}
	n := &d.Sentences[si+1]
	word := sentenceWords(d, n)
	k := n.TokStart
	if word(k) == "our" {
		k++
	}
	switch word(k) {
	case "verdict", "rating", "ruling":
	default:
		return false
	}
	if word(k+1) != ":" {
		return false
	}
	k += 2
	for m := 0; m < 2; m++ {
		switch word(k) {
		case "mostly", "largely", "entirely", "completely", "wholly", "partly":
			k++
		}
	}
	return rejectionWord(word(k))
}
