package rules

import (
	"github.com/claimtrack/claimtrack/rules/figures"
)

// Those who died crossing the sea a metric counts are its whole count:
// "died trying to cross the Mediterranean", "died crossing the Channel",
// "died attempting the Mediterranean crossing". What a verb of death
// befell people doing is a part of a running total (circumstancepart.go)
// unless that doing is a crossing of the metric's own place: the scope
// word is the direct object of "cross" (or of "journey", "voyage",
// "passage" and "across"), at most two words ("the central") between, or
// stands before "crossing". Its noun phrase must end with it: a scope
// word that owns or names another thing crossed ("Gaza's Netzarim
// corridor", "the Channel Tunnel", "the Gaza border fence") keeps the
// part, as do the ends of a crossing ("cross from southern Gaza to the
// north") and "across" after another act, which means throughout
// ("sheltering in tents across Gaza").

// crossingWord reports whether lower-cased w heads a crossing whose
// direct object is the place crossed.
func crossingWord(w string) bool {
	switch w {
	case "cross", "crosses", "crossed", "crossing", "journey", "voyage", "passage":
		return true
	}
	return false
}

// crossingScopeEnd are the lower-case words that may follow the scope
// word without making it a modifier of a noun after it.
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
		if end < s.TokEnd {
			next := d.TokenText(end)
			if w := d.LowerTokenText(end); w == "crossing" || w == "crossings" {
				// "attempting the Mediterranean crossing" is the act;
				// "waiting at the Rafah crossing" is a border post.
				return !crossingPost(d, h.end, t, end)
			}
			if !d.Tokens[end].IsWord() && (next == "'" || next == "’") || d.Tokens[end].IsWord() && !crossingScopeEnd[d.LowerTokenText(end)] {
				continue // it owns, modifies or opens the name of another thing
			}
		}
		if crossedObject(d, h.end, t) {
			return true
		}
	}
	return false
}

// crossingPost reports whether the crossing at token c, named by the
// scope word at token t, is a place rather than the act: a locative
// preposition stands before its noun phrase ("at the Rafah crossing",
// "near the Gaza crossings"), or a noun of a post follows it ("the Kerem
// Shalom crossing point"). A crossing so placed is where people were, as
// a market or a queue is, and the part reading holds.
func crossingPost(d *figures.Document, from, t, c int) bool {
	if c+1 < len(d.Tokens) && crossingPostNouns[d.LowerTokenText(c+1)] {
		return true
	}
	for k := t - 1; k >= from && k >= t-3; k-- {
		w := d.LowerTokenText(k)
		if locativePreposition(w) || w == "through" || w == "via" || w == "by" || w == "beside" {
			return true
		}
		if !d.Tokens[k].IsWord() || prepositions[w] || crossingWord(w) {
			return false
		}
	}
	return false
}

// crossingPostNouns are the nouns that make a crossing a post or a gate.
var crossingPostNouns = map[string]bool{
	"point": true, "points": true, "post": true, "posts": true, "gate": true, "gates": true, "terminal": true, "terminals": true,
}

// crossedObject reports whether the noun phrase at token t, after at most
// two words that are no preposition, is the object of a crossing word at
// or after token from: "cross the central Mediterranean", "the journey
// across the Mediterranean".
func crossedObject(d *figures.Document, from, t int) bool {
	for k := t - 1; k >= from && k >= t-3; k-- {
		w := d.LowerTokenText(k)
		switch {
		case crossingWord(w):
			return true
		case w == "across":
			return k-1 >= from && crossingWord(d.LowerTokenText(k-1))
		case prepositions[w] || !d.Tokens[k].IsWord():
			return false
		}
	}
	return false
}
