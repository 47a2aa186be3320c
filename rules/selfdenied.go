package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A party may deny that it did what a report says it did: "The Pentagon
// denied a report that it had approved 20 new arms sales to Israel", "The
// army denies claims that its troops killed 40 people at the crossing",
// "Ministry officials denied that they had registered 9,000 new arrivals".
// The figure stands in what is denied, and the one denying is the one whose
// act it would be, so no count holds it: a reader records nothing. That is
// not a count one party disputes with another's (rejectedclaim.go keeps
// "Israel denies the ministry's toll of 35,000"): what tells the two apart
// is the denied clause's subject, a pronoun or a pronoun's noun pointing
// back to the denier ("it", "they", "its troops"), not another party.
// Read: a form of "deny", perhaps a claim noun and its determiner after it
// ("a report", "media reports", "the allegations"), "that", a subject
// pronoun or a possessive and its noun, and the figure later in that clause
// with no semicolon, colon or dash between.

// deniedClaimWords is how many words may stand between the verb of denial
// and "that": a determiner, the claim noun's modifiers and the noun ("a
// media report", "a widely shared social media report").
const deniedClaimWords = 6

// selfDenied reports whether figure fi of sentence s stands in a clause a
// party denies of itself: "denied a report that it had approved 20 ...".
func selfDenied(d *figures.Document, s *figures.Sentence, fi int) bool {
	fs, _ := d.FigureTokens(fi)
	word := sentenceWords(d, s)
	for t := fs - 1; t > s.TokStart; t-- {
		w := word(t)
		if clauseMark(w) || w == "," && t < fs-1 && word(t+1) != "that" {
			return false
		}
		if w != "that" {
			continue
		}
		if deniersOwnSubject(word, t+1, fs) && deniedBefore(word, t) {
			return true
		}
		// Another subject: denied with no owner to the claim (deniedclause.go).
		verb, owned, ok := deniedOpening(d, s, word, t)
		return ok && !owned && !countSubject(word, t+1, fs) && !denialNegated(word, verb, s.TokStart) && !partitiveWholeOf(d, s, fs)
	}
	return false
}

// deniersOwnSubject reports whether the clause opened at token k, before
// the figure at fs, has a subject that points back to the denier: a
// subject pronoun ("it had approved"), a possessive and one or two words
// of its noun ("its troops killed", "their own forces had"), or "the" and
// a noun of a party ("A Hamas official denied reports that the group had
// agreed", "the administration had approved": partyNoun).
func deniersOwnSubject(word func(int) string, k, fs int) bool {
	switch word(k) {
	case "it", "they", "he", "she", "we", "i":
		return k+1 < fs
	case "its", "their", "his", "her", "our", "my":
		return k+2 < fs
	case "the":
		return partyNoun(word(k+1)) && k+2 < fs
	}
	return false
}

// partyNoun reports whether lower-cased w is a noun by which a sentence
// points back to a party that acts for itself, as "it" would: "the group",
// "the movement", "the government". A counter's noun ("the ministry", "the
// agency") is left out: a party that denies a counter's figure disputes a
// count, and a disputed count stands.
func partyNoun(w string) bool {
	switch w {
	case "group", "movement", "organisation", "organization", "militia", "faction",
		"government", "administration", "cabinet", "army", "military", "company":
		return true
	}
	return false
}

// deniedBefore reports whether the "that" at token t follows a form of
// "deny", at once or past a claim noun and up to deniedClaimWords words
// of its phrase: "denied that", "denies a report that", "denied media
// reports that".
func deniedBefore(word func(int) string, t int) bool {
	if denialVerb(word(t - 1)) {
		return true
	}
	if !claimNoun(word(t-1)) && !reportNoun(word(t-1)) {
		return false
	}
	for k := t - 2; k >= t-deniedClaimWords && k >= 0; k-- {
		if denialVerb(word(k)) {
			return true
		}
		if w := word(k); w == "" || clauseMark(w) || w == "," {
			return false
		}
	}
	return false
}

// denialVerb reports whether lower-cased w is a form of "deny".
func denialVerb(w string) bool {
	switch w {
	case "deny", "denies", "denied", "denying":
		return true
	}
	return false
}

// reportNoun reports whether lower-cased w is a report, a thing said whose
// truth is open: "Those reports of a hundred thousand dead are simply not
// true", "denied a report that it had approved ...".
func reportNoun(w string) bool {
	return w == "report" || w == "reports"
}
