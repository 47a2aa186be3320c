package rules

import (
	"slices"

	"github.com/claimtrack/claimtrack/rules/figures"
	"github.com/claimtrack/claimtrack/rules/internal/wordform"
)

// A verb of giving with a name as its first object gives the sum after it
// to that name (in a clause of its own, not one "which" opens on another
// noun's sum): "US gives Israel $3.8bn a year", "Washington hands Israel
// roughly $3.8bn every year" say what "aid to Israel" says, with no word
// of aid. For each keyword phrase "aid to NAME" or "assistance to NAME"
// (givenToKeywords), a sum right after a verb of giving and NAME gets a
// hit on the verb, unless the sentence holds a keyword or an exclude_near
// word of the metric already: "Washington gives Israel $3.3 billion a year
// to buy American weapons" in a sentence that defines Foreign Military
// Financing gives the part its words name, and is read by them. A name
// that owns what follows it ("gives Israel's neighbours") is not the one
// given to, and another name ("gives Jordan") makes no hit.

// givingVerbs are the verbs that take the one given to as their first
// object: "gives Israel", "handed Israel", "sends Israel".
var givingVerbs = func() map[string]wordform.Form {
	m := wordform.Inflect([]wordform.Verb{{Base: "give", Past: "gave"}, {Base: "hand"}, {Base: "send", Past: "sent"}, {Base: "grant"}})
	for _, w := range []string{"give", "hand", "send", "grant", "given"} {
		m[w] = wordform.Finite
	}
	return m
}()

// givenToKeywords lists, in index order, the keyword phrases "aid to NAME"
// and "assistance to NAME": the only ones a verb of giving and NAME stand
// for. Without any, givenNameHits reads no sentence.
func (e *Engine) givenToKeywords() []phraseRef {
	var refs []phraseRef
	for _, w := range []string{"aid", "assistance"} {
		for _, ref := range slices.Concat(e.byWord[w], e.byStem[w]) {
			if ph := e.phraseOf(ref); ref.role == roleKeyword && len(ph.words) >= 3 && ph.words[0] == w && ph.words[1] == "to" {
				refs = append(refs, ref)
			}
		}
	}
	return refs
}

// givenNameHits appends, for each keyword phrase "aid to NAME", a hit on
// a verb of giving whose first object is NAME, right before a sum of
// money, unless the sentence names the sum in words of the metric
// already. It reads the sentence's figures, not its words, so a sentence
// with no sum pays nothing.
func (e *Engine) givenNameHits(st *docState, s *figures.Sentence, hits []hit) []hit {
	if len(e.givenTo) == 0 {
		return hits
	}
	d := st.d
	for fs := range kindStarts(d, s, figures.Money) {
		name := fs - 1
		if name <= s.TokStart || !named(d, name) {
			continue
		}
		verb := nameStart(d, s.TokStart, name) - 1 // a name of several words: "gives South Sudan"
		if verb < s.TokStart || givingVerbs[d.LowerTokenText(verb)] == 0 || relativeGift(d, s, verb) {
			continue
		}
		n := len(hits)
		for _, ref := range e.givenTo {
			if ph := e.phraseOf(ref); nameEndsAt(d, s, name, ph.words[2:]) {
				hits = append(hits, hit{ref: ref, start: verb, end: verb + 1})
			}
		}
		hits = dropNamedInClause(hits, n, s.TokStart, s.TokEnd)
	}
	return hits
}

// relativeGift reports whether the verb of giving at token verb stands in
// a relative clause opened by "which" ("a grant programme through which
// Washington gives Israel $3.3 billion a year"): the sum is the
// antecedent's, which its own words name.
func relativeGift(d *figures.Document, s *figures.Sentence, verb int) bool {
	for k := verb - 1; k >= s.TokStart && !isClauseMark(d.TokenText(k)); k-- {
		if d.LowerTokenText(k) == "which" {
			return true
		}
	}
	return false
}
