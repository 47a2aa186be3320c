package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A sum followed by "for NAME" or "to NAME" is given to that name, as "aid
// to NAME" says, with no word of aid and no verb of giving before it:
// "Washington's $3.8bn a year for Israel under scrutiny", "US to keep
// $3.8b a year flowing to Israel" (sum_for_recipient.yaml). A yearly word
// may stand between the sum and the preposition, and so may a participle
// of the sum's going ("flowing", "earmarked"). The name must be the whole
// object: "for Israel's start-ups" gives to what Israel owns, not to
// Israel, and "in Israel" says where money is spent.

// sumForName returns the preposition and the last token of the name a
// money figure fi is said to be for or to, or -1, -1.
func sumForName(d *figures.Document, s *figures.Sentence, fi int) (to, name int) {
	_, k := d.FigureTokens(fi)
	if k < s.TokEnd && yearlyAt(d, s, k) {
		k++
		if k < s.TokEnd && d.LowerTokenText(k) == "year" {
			k++
		}
	}
	if k < s.TokEnd && sumParticiple(d.TokenText(k)) {
		k++
	}
	if k+1 >= s.TokEnd {
		return -1, -1
	}
	if w := d.LowerTokenText(k); w != "for" && w != "to" || !named(d, k+1) {
		return -1, -1
	}
	to, name = k, k+1
	for name+1 < s.TokEnd && named(d, name+1) {
		name++ // a name of several words: "for South Sudan"
	}
	if name+1 < s.TokEnd && (isApostrophe(d.TokenText(name+1)) || figureAt(d, name+1) >= 0) {
		return -1, -1 // the name owns what follows, or takes a sum of its own
	}
	return to, name
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
