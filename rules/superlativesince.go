package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A superlative before "since": "the deadliest toll for civilians in Europe
// since 1945" ranks the figure over a span, and dates no count. These
// readers stand apart from laterstart.go because since.go, priorperiod.go,
// ranksince.go, spanfrom.go and yearlyspan.go ask them too, and because
// they walk a noun phrase back from its "since", not a period forward.

// superlativeBefore reports whether a superlative stands a few words
// before token ts, in the same clause: "the deadliest toll for civilians
// in Europe since 1945".
//
// Past six words the superlative's noun may still carry its phrases ("the
// costliest war the two peoples of that land have seen since 1948"), up to
// twelve words back, but no verb's form: a clause of its own ("most of the
// dead in the east have perished since 2014") dates a count.
func superlativeBefore(d *figures.Document, s *figures.Sentence, ts int) bool {
	var buf [64]byte
	verb := false
	for k := ts - 2; k >= s.TokStart && k >= ts-13 && d.Tokens[k].IsWord(); k-- {
		w := lowerInto(&buf, d.TokenText(k))
		if verb = verb || superlativePhraseStops(d, k, string(w)); verb && k < ts-7 {
			return false
		}
		if recordSuperlative(string(w)) || string(w) == "ever" {
			return true
		}
	}
	return false
}

// recordSuperlative reports whether lower-cased w is a superlative:
// "worst", "first", "most", "last", "best", or a word in -est ("deadliest").
func recordSuperlative(w string) bool {
	switch w {
	case "worst", "first", "most", "last", "best":
		return true
	}
	return len(w) > 4 && strings.HasSuffix(w, "est")
}

// superlativePhraseStops reports whether lower-cased w at token k, more
// than six words before a "since", is a verb's form, which ends the noun
// phrase a superlative heads: an auxiliary or a finite verb. A word in -ed
// is a verb only where it cannot be an adjective: not after a determiner
// ("the occupied territory") or a superlative ("the worst bloodshed"),
// not before a word that goes on the noun phrase ("unarmed civilians"), and not inside a figure ("six hundred").
func superlativePhraseStops(d *figures.Document, k int, w string) bool {
	switch w {
	case "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "did", "do", "does", "said", "says":
		return true
	}
	if !strings.HasSuffix(w, "ed") || figureAt(d, k) >= 0 {
		return false
	}
	if k > 0 && d.Tokens[k-1].IsWord() {
		// A superlative heads a noun phrase: the word in -ed after it is
		// its noun or an adjective ("the worst bloodshed between ...",
		// "the most wanted men"), not a verb.
		if p := d.LowerTokenText(k - 1); determinerWord(p) || p == "a" || p == "an" || recordSuperlative(p) {
			return false
		}
	}
	if k+1 < len(d.Tokens) && d.Tokens[k+1].IsWord() {
		n := d.LowerTokenText(k + 1)
		if !prepositions[n] && !verbParticles[n] && !determinerWord(n) && n != "a" && n != "an" && n != "and" && n != "or" && figureAt(d, k+1) < 0 {
			return false
		}
	}
	return true
}

// verbParticles follow a verb in -ed and show it a verb ("carried out",
// "rounded up"), as a preposition does.
var verbParticles = map[string]bool{"out": true, "up": true, "off": true, "down": true, "away": true, "back": true,
	"over": true, "through": true, "into": true, "onto": true, "under": true, "among": true, "against": true}
