package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A sum followed by "for NAME" or "to NAME" is given to that name, as "aid
// to NAME" says, with no word of aid and no verb of giving before it:
// "Washington's $3.8bn a year for Israel under scrutiny", "US to keep
// $3.8b a year flowing to Israel" (sum_for_recipient.yaml). A yearly word
// must stand between the sum and the preposition; a participle of the
// sum's going ("flowing", "earmarked") and the giver after "from" ("$3.8bn
// a year, every year, from Washington to Israel") may. The name must be
// the whole object: "for Israel's start-ups" gives to what Israel owns,
// not to Israel, and "in Israel" says where money is spent.

// sumForName returns the preposition and the last token of the name a
// money figure fi is said to be for or to, or -1, -1.
func sumForName(d *figures.Document, s *figures.Sentence, fi int) (to, name int) {
	_, fe := d.FigureTokens(fi)
	k := pastYearly(d, s, fe)
	if k == fe {
		// A sum with no yearly word of its own may be another sum the
		// sentence sets beside the yearly one: "The aid package of
		// 14,100 million dollars for Israel ... is added to the annual
		// aid".
		return -1, -1
	}
	participle := k < s.TokEnd && sumParticiple(d.TokenText(k))
	if participle {
		k++
	}
	if k+1 < s.TokEnd && d.LowerTokenText(k) == "from" {
		k++ // the giver: "from Washington to Israel", "from the US to"
		if k+1 < s.TokEnd && d.LowerTokenText(k) == "the" {
			k++
		}
		if !named(d, k) {
			return -1, -1
		}
		for k < s.TokEnd && named(d, k) {
			k++
		}
	}
	if k+1 >= s.TokEnd {
		return -1, -1
	}
	if w := d.LowerTokenText(k); w != "for" && w != "to" || !named(d, k+1) {
		return -1, -1
	}
	to, name = k, wholeNameEnd(d, s, k+1)
	if name < 0 || name+1 < s.TokEnd && lowerNounAt(d, name+1) {
		return -1, -1 // a name before a noun modifies it: "to Israel charities"
	}
	if !sumGovernedByGiver(d, s, fi, participle) {
		return -1, -1
	}
	return to, name
}

// wholeNameEnd returns the last token of the name that opens at token k
// ("South Sudan"), or -1 when the name owns what follows ("Israel's
// reconstruction") or takes a sum of its own: then it is not the one
// given to.
func wholeNameEnd(d *figures.Document, s *figures.Sentence, k int) int {
	for k+1 < s.TokEnd && named(d, k+1) {
		k++
	}
	if k+1 < s.TokEnd && (isApostrophe(d.TokenText(k+1)) || figureAt(d, k+1) >= 0) {
		return -1
	}
	return k
}

// lowerNounAt reports whether token k is a lower-case word that may be a
// noun: not a preposition, a conjunction, a relative word, a form of a
// verb that acts or speaks, a participle or an adverb in -ly. A name
// before such a word modifies it ("$2bn a year to Israel charities" goes
// to the charities), where one before "under", "is", "that" or
// "approved" ends the phrase.
func lowerNounAt(d *figures.Document, k int) bool {
	w := d.TokenText(k)
	if !isLowerWord(w) || prepositions[w] || actsOrSpeaks[w] || subjectVerb(w) || beForm(w) || modalWord(w) {
		return false
	}
	switch w {
	case "and", "or", "but", "nor", "that", "which", "who", "whose", "under", "over", "as", "alone", "every", "each", "now", "then":
		return false
	}
	return !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing") && !strings.HasSuffix(w, "ly")
}

// sumGovernedByGiver reports whether nothing but its giver governs the
// money figure fi: it opens its clause or stands after a comma or a dash
// ("Some $3.8bn a year ..."), after a determiner or a possessive that
// makes it a noun phrase of its own ("Washington's $3.8bn", "the roughly
// $3.8 billion annually"), after a form of "be" ("It's three point eight
// billion") or a verb of giving. Any other word that governs it says what
// the sum is, and not that it is given: "exports worth $5.4bn a year to
// Israel", "arms exports of $3.3bn", "bring in $70bn a year for Israel".
// A participle of the sum's going after it ("keep $3.8b a year flowing to
// Israel") is the sum's own verb, whatever governs it.
func sumGovernedByGiver(d *figures.Document, s *figures.Sentence, fi int, participle bool) bool {
	fs, _ := d.FigureTokens(fi)
	k := fs - 1
	if participle || k < s.TokStart {
		return true
	}
	w := d.TokenText(k)
	if w == "s" && k > s.TokStart && isApostrophe(d.TokenText(k-1)) {
		return true // a possessive, or "it's"
	}
	if !isLowerWord(w) {
		return true // punctuation, or a name
	}
	return determiner(w) || beForm(w) || givingVerbs[w] != 0
}

// pastYearly returns the token after the yearly words that open at token
// k ("a year", "annually"), and after a yearly word repeated between
// commas ("a year, every year,"), or k when none opens there.
func pastYearly(d *figures.Document, s *figures.Sentence, k int) int {
	for k < s.TokEnd {
		at := k
		if d.TokenText(k) == "," && k+1 < s.TokEnd && yearlyAt(d, s, k+1) {
			at = k + 1
		} else if !yearlyAt(d, s, k) {
			return k
		}
		k = at + 1
		if k < s.TokEnd && d.LowerTokenText(k) == "year" {
			k++
		}
		if k < s.TokEnd && d.TokenText(k) == "," && at > 0 && d.TokenText(at-1) == "," {
			k++ // the comma closing ", every year,"
		}
	}
	return k
}

// sumParticiple reports whether w, lower-case, is a participle that may
// stand between a sum and the one it goes to: "flowing to", "earmarked
// for". The participles that are prepositions in all but form ("according
// to Israel", "compared to", "owing to") name a source or a term of
// comparison, not a recipient; they are few and closed, which is why they
// are listed while the verbs of going are read by their form.
func sumParticiple(w string) bool {
	switch w {
	case "according", "compared", "owing", "regarding", "related":
		return false
	}
	return isLowerWord(w) && len(w) > 4 && (strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed"))
}

// sumForHits adds a hit on the preposition at for each "aid to NAME" phrase
// whose name ends at the token name, unless the sentence, or the question
// it answers, holds an exclude_near word of the metric: that word names
// what the sum is ("FMF ... amounts to $3.3 billion annually for Israel";
// "What is Foreign Military Financing? It's a grant — $3.3 billion
// annually for Israel"), and the preposition only whom it goes to. A
// keyword of the metric farther off does not take its place, as it does a
// verb of giving's (givenToHits): the phrase stands right after its sum
// ("$3.8bn a year, every year, from Washington to Israel in military
// aid").
func (e *Engine) sumForHits(st *docState, s *figures.Sentence, hits []hit, name, at int) []hit {
	d := st.d
	var qhits []hit
	asked := false
	for _, ref := range e.givenTo {
		ph := e.phraseOf(ref)
		if !nameEndsAt(d, s, name, ph.words[2:]) || metricRoleHit(hits, ref.metric, roleNear) {
			continue
		}
		if !asked {
			qhits, asked = questionHitsOf(e, st, s), true
		}
		if !nearInQuestion(qhits, int(ref.metric)) {
			hits = append(hits, hit{ref: ref, start: at, end: at + 1})
		}
	}
	return hits
}
