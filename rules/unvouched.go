package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A remark on a figure may say that no count holds it: "A viral claim that
// 200,000 have died, a number no ministry, UN agency or research team has
// published, does the cause of accuracy no favours", "Kyiv's own estimate
// ... runs into the tens of thousands, a figure the UN cannot verify",
// "Ukraine's prosecutor general says Russia's forces have killed more than
// 40,000 civilians, a figure the UN has not verified". The figure is
// someone's, and the remark says that nobody who keeps a count, or the
// very counter the metric's description names, vouches for it: a reader
// records nothing. What tells it from a disputed count, which stays (the
// README: a disputed official count is still the count), is who does not
// vouch: a negative subject ("no ministry", "nobody", "no one") or the
// metric's own counter ("the UN" for a count the UN verifies, "the
// ministry" for one the ministry reports), not another party ("a figure
// Israel has not verified"), and never a passive with no subject ("a figure
// that has not been independently verified", the wires' formula for a
// count they still relay).
//
// Read: after the figure, within unvouchedReach words and no other figure
// or clause mark between, a comma, a restating noun ("a figure", "a
// number", "an estimate"), an optional "that" or "which", then the
// remark's subject and a verb of vouching ("verify", "publish", "confirm",
// "include") with the subject negative or the verb negated.

// unvouchedReach is how many tokens may part the figure from the comma of
// its remark: "200,000 have died,", "20,000 civilians have been killed
// by Ukrainian shelling,".
const unvouchedReach = 10

// unvouchedSubjectWords is how many tokens the remark's subject may hold
// before its verb: "no ministry, UN agency or research team has".
const unvouchedSubjectWords = 10

// unvouchedFigure reports whether a remark after figure fi of sentence s
// says that no count, or the counter named by isCounter, vouches for it.
func unvouchedFigure(d *figures.Document, s *figures.Sentence, fi int, isCounter func(k int) bool) bool {
	_, fe := d.FigureTokens(fi)
	word := sentenceWords(d, s)
	for t := fe; t < s.TokEnd && t <= fe+unvouchedReach; t++ {
		switch w := word(t); {
		case w == ",":
			return remarkUnvouched(d, s, t+1, word, isCounter)
		case clauseMark(w) || w == "." || w == "?" || figureAt(d, t) >= 0:
			return false
		}
	}
	return false
}

// remarkUnvouched reports whether the words from token k are a restating
// noun and a clause whose subject does not vouch for it: "a number no
// ministry has published", "a figure the UN cannot verify"; or a clause
// joined by "but", "though" or "yet" that says so of a pronoun pointing
// back to the figure: "but the UN can't verify that".
func remarkUnvouched(d *figures.Document, s *figures.Sentence, k int, word func(int) string, isCounter func(k int) bool) bool {
	if setAgainstCounter(s, k, word, isCounter) {
		return true
	}
	joined := false
	switch word(k) {
	case "a", "an", "one", "the":
		k++
	case "but", "though", "although", "yet":
		joined = true
		k++
	}
	if joined {
		// "but that cannot be independently verified": the pointing word
		// as the subject is the wires' passive formula, and stays.
		if w := word(k); w == "that" || w == "this" || w == "it" {
			return false
		}
	} else {
		if w := word(k); !figureNoun(w) && !tallyNoun(w) && w != "estimate" && w != "claim" {
			return false
		}
		k++
		if w := word(k); w == "that" || w == "which" {
			k++
		}
	}
	negSubject, counter, negated := false, false, false
	for t := k; t < s.TokEnd && t <= k+unvouchedSubjectWords; t++ {
		w := word(t)
		switch {
		case w == "no" || w == "nobody" || w == "none":
			if independentChecker(word(t + 1)) {
				return false // "a figure no third party can check": the wires' formula, as below
			}
			negSubject = true
		case negation(w) || w == "cannot" || w == "t" && isApostrophe(word(t-1)): // "can't" is "can", "'", "t"
			negated = true
		case isApostrophe(w):
		case vouchingVerb(w):
			if joined && !pronounClosing(word, t+1, s.TokEnd) {
				return false // "but the UN cannot verify deaths in occupied areas"
			}
			return negSubject && !negated || counter && negated
		case w == "," && negSubject: // "no ministry, UN agency or research team"
		case clauseMark(w) || w == "," || w == "." || figureAt(d, t) >= 0:
			return false
		case isCounter(t):
			counter = true
		}
	}
	return false
}

// A remark may also set the figure against the counter's own count:
// "puts the number displaced at 15.8m, higher than the UN's count". The
// figure is then another party's, told as differing from the metric's.
// (set_against_counter.yaml)

// setAgainstCounter reports whether the words from token k are a
// comparison with the counter's count: perhaps an adverb of degree
// ("far", "well"), a comparative and "than", perhaps "the", the counter
// named by isCounter and its "'s", and a count noun right after ("count",
// "figure", "estimate"): "higher than the UN's count". A word between the
// owner and the noun ("the UN's previous count") makes it the counter's
// own earlier count, and the comparison stays with the time words; so
// does a noun with a phrase of its own after it ("far more than the
// ministry's count from any earlier war": another count of the counter's).
func setAgainstCounter(s *figures.Sentence, k int, word func(int) string, isCounter func(k int) bool) bool {
	for n := 0; n < 2; n++ {
		switch word(k) {
		case "far", "well", "much", "considerably", "significantly", "substantially", "slightly", "somewhat", "markedly":
			k++
		}
	}
	switch word(k) {
	case "higher", "lower", "more", "fewer", "less", "greater", "larger", "smaller", "bigger":
	default:
		return false
	}
	if word(k+1) != "than" {
		return false
	}
	k += 2
	if word(k) == "the" {
		k++
	}
	if k >= s.TokEnd || !isCounter(k) {
		return false
	}
	k++
	for n := 0; n < 2 && (isApostrophe(word(k)) || word(k) == "s" || word(k) == "'s"); n++ {
		k++
	}
	if w := word(k); !figureNoun(w) && !tallyNoun(w) && w != "estimate" && w != "estimates" {
		return false
	}
	// The noun closes the remark: "the ministry's count from any earlier
	// war" is the counter's count of something else.
	if k+1 >= s.TokEnd {
		return true
	}
	switch word(k + 1) {
	case ",", ".", ";", ":", "—", "–", "-", ")":
		return true
	}
	return false
}

// pronounClosing reports whether the words from token k to end are only a
// pronoun pointing back to the figure, then the sentence's or clause's
// end: "that.", "it,".
func pronounClosing(word func(int) string, k, end int) bool {
	switch word(k) {
	case "that", "it": // the marks that gate the walk (figuredrops.go)
	default:
		return false
	}
	if k+1 >= end {
		return true
	}
	switch word(k + 1) {
	case ".", ";", ",", "—", "-", "!", "?":
		return true
	}
	return false
}

// vouchingVerb reports whether lower-cased w is a verb by which a keeper
// of a count stands behind a figure: "verified", "has published",
// "include".
func vouchingVerb(w string) bool {
	switch w {
	case "verify", "verifies", "verified", "confirm", "confirms", "confirmed",
		"publish", "publishes", "published", "record", "records", "recorded",
		"include", "includes", "included", "corroborate", "corroborated",
		"substantiate", "substantiated", "endorse", "endorses", "endorsed",
		"report", "reports", "reported", "cite", "cites", "cited":
		return true
	}
	return false
}

// describedCounterAt reports whether token k of document d names a
// counter metric m's description gives, a name or a noun after "the" and
// no country: "the UN" for a count the UN verifies, "the ministry" for
// one the Gaza health ministry reports.
func (m *metric) describedCounterAt(d *figures.Document, k int) bool {
	// The cheap test first: describedName splits the description.
	if !named(d, k) && (k == 0 || d.LowerTokenText(k-1) != "the") {
		return false
	}
	w := d.TokenText(k)
	return !isCountry(w) && describedName(m.spec, w)
}

// independentChecker reports whether lower-cased w, after "no", names
// someone only by standing outside the parties ("no outsider", "no third
// party"): no keeper of a count, so the remark is the wires' formula of a
// figure not independently checked, which stays. A keeper, however
// independent ("no independent monitor has recorded"), still leaves it.
func independentChecker(w string) bool {
	switch w {
	case "outsider", "outsiders", "third":
		return true
	}
	return false
}
