package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// An owner's count is also said with the owner after its noun, in three
// frames a reader takes for "the ministry's count" as readily as the
// possessive, each read in a file of its own:
//
//   - the owner as the agent of a participle on the noun: "the tally kept
//     by Gaza's health ministry — now nudging 45,000 —", "the count issued
//     by the ministry" (ownerasagent.go);
//   - the owner as the subject of a relative clause on the noun, with no
//     pronoun (two noun phrases in a row): "the number the Gaza health
//     ministry gave us as of yesterday was ... forty-six thousand five
//     hundred", "the figure the ministry itself stands by is 41,909"
//     (ownerrelativeclause.go);
//   - the owner as the subject of "put" (or "place"), the noun its object
//     and the figure after "at": "The health ministry in the Hamas-run
//     territory puts the figure at 43,391" (ownerputsat.go).
//
// A metric that lists an owner's figure ("ministry's count") is met by
// these as by its other nouns (ownersfigure.go): the hit stands on the
// noun and the owner's words after it, and a relative clause's up to the
// main verb ("the figure the ministry released on Tuesday was": the
// clause's time dates the release, not another period). The noun has "the" before it and no
// "of" or "for" after it ("the number of trucks the ministry gave"), the
// owner is the keyword's own ("the tally kept by the army" is the army's),
// and a relative clause whose verb is followed by "for" or "of" ("the
// figure the ministry gave for the wounded") counts another thing. Read
// only when the sentence holds a figure noun and none of the metric's
// keywords (ownerAfterNounHits).

// ownerAfterWords is how many words the owner's noun phrase may hold after
// the noun, "by" or "the noun's" subject: "the Gaza health ministry's".
const ownerAfterWords = 5

// ownerAfterNounHits appends, for each metric with a keyword "OWNER's
// NOUN" and no keyword in sentence s, a keyword hit on a figure noun of s
// whose owner its participle, its relative clause or "puts ... at" names:
// for the first two, when no keyword of the metric is among hits, a
// question's before s included; for "puts", none in s.
func (e *Engine) ownerAfterNounHits(st *docState, s *figures.Sentence, hits []hit) []hit {
	if !st.wordMarks(s).countNoun() {
		return hits
	}
	d := st.d
	for n := s.TokStart + 1; n < s.TokEnd; n++ {
		if !figureNoun(d.LowerTokenText(n)) || !strings.EqualFold(d.TokenText(n-1), "the") {
			continue
		}
		if n+1 >= s.TokEnd {
			break // the noun ends the text: nothing after it names an owner
		}
		if w := d.LowerTokenText(n + 1); w == "of" || w == "for" {
			continue // "the number of trucks": another thing counted
		}
		put := putFrame(d, s, n)
		done := int32(-1) // the metric whose keyword already stands on this noun
		for _, ref := range e.ownedNouns {
			ph := e.phraseOf(ref)
			if ref.metric == done || !keyAt(st, s, n, ph, 2) {
				continue
			}
			// A question's keyword already names the count a noun that
			// answers it as its subject points back to (question.go); a
			// noun that is the object of "puts" is no such subject.
			if mi := int(ref.metric); put && keywordInSentence(hits, mi, s) || !put && hasKeyword(hits, mi) {
				continue
			}
			if end := ownerAfterNoun(st, s, n, ph, put); end > n {
				hits = append(hits, hit{ref: ref, start: n, end: end})
				done = ref.metric
			}
		}
	}
	return hits
}

// ownedNounKeywords lists, in metric order, the keyword phrases "OWNER's
// NOUN" ("ministry's count") that ownerAfterNounHits reads: with many
// metrics, walking every metric's keywords at every "the NOUN" was most
// of that reader's cost.
func (e *Engine) ownedNounKeywords() []phraseRef {
	var refs []phraseRef
	for mi, m := range e.metrics {
		for idx := range m.keywords {
			if ph := &m.keywords[idx]; len(ph.keys) == 3 && ph.keys[1] == "s" {
				refs = append(refs, phraseRef{metric: int32(mi), role: roleKeyword, index: int32(idx)})
			}
		}
	}
	return refs
}

// keywordInSentence reports whether hits hold a keyword of metric mi
// inside sentence s (not one of a question before it).
func keywordInSentence(hits []hit, mi int, s *figures.Sentence) bool {
	_, ok := lastKeywordBefore(hits, mi, s.TokStart, s.TokEnd)
	return ok
}

// ownerAfterNoun returns the token after the words that name the figure
// noun at token n as owned by phrase ph's owner (ph.keys[0]) in one of the
// three frames (put: the noun is the object of "puts ... at"), or -1.
func ownerAfterNoun(st *docState, s *figures.Sentence, n int, ph *phrase, put bool) int {
	if put {
		return ownerPutting(st, s, n, ph)
	}
	d := st.d
	k := n + 1
	if k >= s.TokEnd || !d.Tokens[k].IsWord() {
		return -1
	}
	if agentParticiple(d, s, k) {
		return ownerAsAgent(st, s, k, ph)
	}
	return ownerAsClauseSubject(st, s, k, ph)
}

// ownerWithin returns the token of phrase ph's owner word (ph.keys[0]) in
// the noun phrase that starts at token k of sentence s, within
// ownerAfterWords words and before any mark but an apostrophe or a hyphen,
// or -1.
func ownerWithin(st *docState, s *figures.Sentence, k int, ph *phrase) int {
	d := st.d
	words := 0
	for o := k; o < s.TokEnd && words < ownerAfterWords; o++ {
		if !d.Tokens[o].IsWord() {
			if w := d.TokenText(o); isApostrophe(w) || w == "-" {
				continue
			}
			return -1
		}
		if figureAt(d, o) >= 0 {
			return -1
		}
		words++
		if keyAt(st, s, o, ph, 0) {
			return o
		}
	}
	return -1
}

// opensLower reports whether w opens with a lower-case letter: a verb or a
// participle, not a name.
func opensLower(w string) bool {
	return w != "" && w[0] >= 'a' && w[0] <= 'z'
}

// disowningVerb reports whether lower-cased w is a form of a verb by which
// an owner turns a count away ("dispute", "reject", "doubt", "question",
// "dismiss", "challenge", "deny", "contest"): "the figure disputed by the
// ministry", "the number the agency rejects" are counts another gave,
// which the owner names only to refuse. The stem takes every form.
func disowningVerb(w string) bool {
	switch stem(w) {
	case "disput", "reject", "doubt", "question", "dismiss", "challeng", "deni", "contest", "refut":
		return true
	}
	return false
}
