package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// What a party denies by a clause need not be its own act to be asserted
// by nobody: "The military denied that upwards of 1.32 million civilians remain",
// "Officials denied media reports that a truce freeing 25 captives for 750
// detainees had been agreed". With no report before the "that", or a
// report that names no keeper of a count (a newspaper's, "media reports",
// one "in a Cairo daily"), the denied clause's figure is nobody's. Two
// shapes keep it, as a disputed count stands (rejectedclaim.go): a report
// or claim that has an owner ("the watchdog's claim", "an RSF claim", "a
// report by the UN"), and a denied clause whose subject is a count noun
// ("that the ministry's count had topped ..."): the count is its keeper's,
// disputed. A claim noun may be thrown out by a verb of dismissing as by
// "deny" ("AFAD dismissed social-media claims that the real toll was
// above 100,000"). A negated denial ("No one credible denies that ...") asserts
// the clause. selfdenied.go reads the clause whose subject is the denier;
// fa42, denied_complement.yaml.

// mediumWords is how many words may stand between a report's noun and its
// "that" when they tell where the report ran: "in an Israeli newspaper",
// "on Arab channels".
const mediumWords = 5

// deniedAsideWords is how many words an aside between the verb of denial and its
// "that" may hold: ", speaking to reporters,", ", and I quote,".
const deniedAsideWords = 5

// deniedOpening reads what stands between a form of "deny" and the "that"
// at token t: nothing, an aside between commas, or a claim noun with its
// determiner and modifiers and perhaps a phrase on where it ran. It
// returns the token of the verb, whether the claim has an owner (a
// possessive, a capitalised name that is no demonym, a "by" or "from"
// after the noun), and whether a verb of denial was found.
func deniedOpening(d *figures.Document, s *figures.Sentence, word func(int) string, t int) (verb int, owned, ok bool) {
	k := t - 1
	if word(k) == "," {
		if o := asideOpen(word, k, s.TokStart); o >= 0 {
			k = o - 1
		}
	}
	if denialVerb(word(k)) {
		return k, false, true
	}
	c := -1
	if claimNoun(word(t - 1)) {
		c = t - 1
	} else {
		for j := t - 2; j >= t-1-mediumWords && j > s.TokStart; j-- {
			if w := word(j); w == "," || clauseMark(w) {
				break
			}
			if claimNoun(word(j)) && mediumPreposition(word(j+1)) {
				c = j
				break
			}
		}
	}
	if c < 0 {
		return 0, false, false
	}
	owned = word(c+1) == "by" || word(c+1) == "from"
	for j := c - 1; j >= c-deniedClaimWords && j >= s.TokStart; j-- {
		w := word(j)
		if denialVerb(w) || dismissalVerb(w) {
			return j, owned, true
		}
		if w == "" || clauseMark(w) || w == "," {
			break
		}
		if isApostrophe(d.TokenText(j)) || named(d, j) && !demonymShape(d.TokenText(j)) {
			owned = true // "the watchdog's claim", "an RSF claim"
		}
	}
	return 0, false, false
}

// mediumPreposition reports whether lower-cased w opens a phrase on where a
// report ran or who made it: "in a daily", "on social media", "by the UN",
// "from Cairo".
func mediumPreposition(w string) bool {
	return w == "in" || w == "on" || w == "by" || w == "from"
}

// asideOpen returns the comma that opens an aside closed by the comma at
// token k, at most deniedAsideWords words back with no other mark between, or
// -1.
func asideOpen(word func(int) string, k, start int) int {
	for o := k - 1; o >= start && o >= k-1-deniedAsideWords; o-- {
		switch w := word(o); {
		case w == ",":
			if o == k-1 {
				return -1
			}
			return o
		case w == "" || w == "." || clauseMark(w):
			return -1
		}
	}
	return -1
}

// countSubject reports whether the clause opened at token k holds a count
// noun before the figure at fs, within its first words: "that the
// ministry's count had topped", "that the death toll was inflated". The
// denied clause then speaks of a keeper's count, which a denial disputes.
//
// A count called "real", "true" or "actual" is none: it is what the claim
// sets against the keeper's count ("claims that the real toll was above
// 100,000"), and the denied clause's figure is the claim's (fa53b,
// denied_complement_dismissed.yaml). A figure set against it by "than" or
// given by a count noun of its own ("lower than its count of 34,000") is
// the keeper's count, disputed, and stays (review53 MUST 8).
func countSubject(word func(int) string, k, fs int) bool {
	for j := k; j < fs && j < k+6; j++ {
		if w := word(j); givenCountNoun(w) || figureNoun(w) || w == "estimates" {
			for a := k; a < j; a++ {
				if alternativeCount(word(a)) {
					return keptAgainst(word, j+1, fs) // "the true earthquake death toll"
				}
			}
			return true
		}
	}
	return false
}

// keptAgainst reports whether a word among tokens [from, fs) sets the
// figure at fs against the claim's count as another term ("than") or gives
// it by a count noun of its own and "of" ("its count of").
func keptAgainst(word func(int) string, from, fs int) bool {
	for a := from; a < fs; a++ {
		if w := word(a); w == "than" || givenCountNoun(w) && word(a+1) == "of" {
			return true
		}
	}
	return false
}

// partitiveWholeOf reports whether the figure at token fs is the whole of
// a part a figure before it takes ("13,000 of the 34,000 killed"): the
// claim is about the part, and the whole is not denied with it (review53
// SHOULD 9).
func partitiveWholeOf(d *figures.Document, s *figures.Sentence, fs int) bool {
	k := fs - 1
	if k > s.TokStart && d.LowerTokenText(k) == "the" {
		k--
	}
	return k > s.TokStart && d.LowerTokenText(k) == "of" && figureIn(d, s, k-1) >= 0
}

// alternativeCount reports whether lower-cased w calls a count the one a
// claim sets against the kept one: "the real toll", "the true death
// toll", "the actual number".
func alternativeCount(w string) bool {
	return w == "real" || w == "true" || w == "actual"
}

// dismissalVerb reports whether lower-cased w is a form of a verb that
// throws out a claim named as its object, as "denied" does: "dismissed
// social-media claims that", "rejected rumours that", "debunked posts
// that". Without a claim noun it is no denial ("rejected that" is rare,
// and "dismissed" alone may be of people).
func dismissalVerb(w string) bool {
	for _, stem := range [...]string{"dismiss", "reject", "debunk", "refute", "rebut"} {
		if verbForm(w, stem) {
			return true
		}
	}
	return false
}
