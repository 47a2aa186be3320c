package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A thought experiment may start from a real figure: "If the 12 million
// displaced Sudanese were a country, it would be more populous than
// Belgium", "Were Gaza's 1.9 million displaced a city, it would be ...".
// The unreal condition is about the figure's people being something else
// (a country, a city), not about the figure: a known amount ("the",
// a possessive before it) that is the subject of "were" with a noun after
// it ("were a country") is stated as fact. An amount that would be in
// the condition ("If another 2 million were displaced") or in the clause
// of its modal stays what would be (counterfactual.go, hypothetical.go).

// givenConditionSubject reports whether figure fi of sentence s is a
// known amount that is the subject of the subjunctive "were" of an
// unreal condition, with a noun phrase ("a", "an", "one") as its
// predicate: inverted ("Were the 1.9 million ... a city") or after "if"
// ("If the 12 million ... were a country").
func givenConditionSubject(d *figures.Document, s *figures.Sentence, fi int) bool {
	word := sentenceWords(d, s)
	fs, fe := d.FigureTokens(fi)
	j := knownAmountBefore(d, word, fs)
	if j < 0 {
		return false
	}
	opener := word(j)
	if opener != "if" && opener != "were" {
		return false
	}
	predicate := func(k int) bool {
		switch word(k) {
		case "a", "an", "one":
			return true
		}
		return false
	}
	for k := fe; k < s.TokEnd && k < fe+10; k++ {
		if !d.Tokens[k].IsWord() {
			return false
		}
		if opener == "were" && predicate(k) {
			return true
		}
		if opener == "if" && word(k) == "were" {
			return predicate(k + 1)
		}
	}
	return false
}

// knownAmountBefore returns the token before the determiner that makes the
// amount starting at token fs a known one ("the", a possessive, a name's
// "'s"), perhaps past "last" ("the last four"), or -1 when there is none.
func knownAmountBefore(d *figures.Document, word func(int) string, fs int) int {
	j := fs - 1
	if word(j) == "last" {
		j--
	}
	switch w := word(j); {
	case w == "the" || possessiveDeterminer(w):
		return j - 1
	case w == "s" && isApostrophe(word(j-1)) && named(d, j-2):
		return j - 3 // "Sudan ' s"
	case (w == "'s" || w == "’s") && named(d, j-1):
		return j - 2
	}
	return -1
}

// A known amount may be the subject of an excluded predicate in a clause
// that a condition or a time to come opens: "Even if the four battalions
// Israel says remain in Rafah were destroyed tomorrow", "until Rafah's
// four Hamas battalions are dismantled". The clause says what would be, or
// is yet to be, done to the units, which are there now: the predicate
// rules nothing out. "After" or "since" tells a past event, which does.

// unrealizedSubject reports whether figure fi of sentence s is a known
// amount right after "if", "unless", "until", "till" or "before".
func unrealizedSubject(d *figures.Document, s *figures.Sentence, fi int) bool {
	word := sentenceWords(d, s)
	fs, _ := d.FigureTokens(fi)
	switch word(knownAmountBefore(d, word, fs)) {
	case "if", "unless", "until", "till", "before":
		return true
	}
	return false
}
