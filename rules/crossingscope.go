package rules

import (
	"github.com/claimtrack/claimtrack/rules/figures"
)

// Those who died crossing the sea a metric counts are its whole count:
// "died trying to cross the Mediterranean", "died crossing the Channel",
// "died attempting the Mediterranean crossing". What a verb of death
// befell people doing is a part of a running total (circumstancepart.go)
// unless that doing is a crossing of the metric's own place: the scope
// word is the crossing's object, after "cross", "across" or "journey"
// and at most two words ("the central"), ending its noun phrase, or
// before "crossing". A crossing of another place, toward the metric's
// ("crossing the Sahara towards the Mediterranean"), and a scope word
// that modifies the thing crossed ("the Gaza border fence") keep the part.

// crossingWords open the crossing whose object the scope word is.
var crossingWords = map[string]bool{
	"cross": true, "crosses": true, "crossed": true, "crossing": true, "across": true,
	"journey": true, "voyage": true, "passage": true,
}

// crossingScopeEnd are the words that may follow the scope word without
// making it a modifier of a noun after it: prepositions, "this", "so".
var crossingScopeEnd = map[string]bool{
	"in": true, "on": true, "to": true, "from": true, "by": true, "and": true, "or": true, "this": true,
	"so": true, "since": true, "last": true, "over": true, "during": true, "after": true, "before": true,
	"towards": true, "toward": true, "with": true, "at": true, "for": true, "each": true, "every": true,
	"aboard": true,
}

// crossingOwnScope reports whether the activity after keyword hit h (past
// "while" or "when") is a crossing of one of metric m's scope words.
func (m *metric) crossingOwnScope(st *docState, s *figures.Sentence, h hit) bool {
	if len(m.scope) == 0 {
		return false
	}
	d := st.d
	var buf [64]byte
	const span = 10
	for t := h.end; t < s.TokEnd && t < h.end+span; t++ {
		if !d.Tokens[t].IsWord() {
			return false // the activity's clause ends
		}
		end, ok := m.scopeEndAt(st, s, t, lowerInto(&buf, d.TokenText(t)))
		if !ok {
			continue
		}
		if end < s.TokEnd && crossingWords[d.LowerTokenText(end)] && d.LowerTokenText(end) != "across" {
			return true // "the Mediterranean crossing"
		}
		if end < s.TokEnd && isLowerWord(d.TokenText(end)) && !crossingScopeEnd[d.LowerTokenText(end)] {
			continue // "the Gaza border fence": it modifies the noun crossed
		}
		for k := t - 1; k >= h.end && k >= t-3; k-- {
			if crossingWords[d.LowerTokenText(k)] {
				return true
			}
		}
	}
	return false
}
