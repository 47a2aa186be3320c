package rules

import (
	"fmt"
	"slices"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// Twins are metrics alike in everything but their id and their keywords:
// two metrics of one topic that differ only in the words that name it, or
// the many metrics of a large configuration that share a common word. In a
// sentence where two twins have the same hits (the same phrases at the
// same places), evaluate gives them the same answer but for the metric's
// id, so it is worked out once and copied (evaluateShared).
//
// Why that holds. The twin key (twinKey) is every field of the compiled
// metric, its spec included, but the spec's id and keywords and the
// compiled keyword phrases; the fields derived from the keywords at
// Compile (countNouns, excludedKinds, ownNames, places, regions,
// insideNames, partKeyword, unitHead, ownEstimate, ownServed, lossNouns,
// countsAway, and the exclude_near phrases of a whole of two, wholeoftwo.go)
// are in it, and so is whether it has keyword phrases. What evaluate reads of a metric's keywords otherwise it reads
// through its hits: the phrase of a hit (phraseOf, and the rule of the
// keyword byKeyword takes, which is a hit's), compared by twinHits; and
// whether there are any. The phrase index (findHits, labelKeywordHits,
// invertedQuestionHits) and the hit finders that walk every keyword (askedFigureHits,
// attributedBareHits, byCountHits, countFromOwnerHits, ownerAfterNounHits, the "in" places of corefHits and placeLabelHits,
// the "aid to NAME" phrases of givenNameHits, wholeHits, unitSinceHits) are read before evaluate, and what they find is among the
// hits compared. TestTwinsReadKeywordsOnlyThroughHits holds the
// package's code to that: every reading of the keywords stands in a
// function it lists. The id is read only by explanations (never shared)
// and by the observation, whose copy takes the twin's. A phrase's form
// (matchform.go) is numbered from its own words and flags, so twins' equal
// phrases have equal forms.

// twinKey is what metric m must share with a twin.
func twinKey(m *metric) string {
	c := *m
	c.spec.ID, c.spec.Keywords = "", nil
	c.keywords, c.twins, c.keywordIDs = nil, 0, nil
	// Whether a hit is a whole's keyword is read by its index against
	// partKeyword (marksWholeOfParts); without parts no hit is, whatever
	// the number of keywords before them.
	if m.partKeyword == len(m.keywords) {
		c.partKeyword = -1
	}
	// Compiled patterns are pointers, printed as addresses; they are
	// compiled from spec.Patterns alone, which the key holds.
	c.patterns = nil
	// Every other pointer (the vocabularies, min and max, an example's
	// value) is printed as its address: metrics that point to equal values
	// apart are not taken for twins, which costs only sharing.
	return fmt.Sprintf("%#v|%v", c, len(m.keywords) > 0)
}

// findTwins sets each metric's twins (the index of the first metric of
// its key, or -1 when no other metric has it) and, for those with twins,
// their keyword phrases' ids: equal phrases, equal ids.
func (e *Engine) findTwins() {
	first := map[string]int{}
	for i, m := range e.metrics {
		k := twinKey(m)
		if j, ok := first[k]; ok {
			m.twins = int32(j)
			e.metrics[j].twins = int32(j)
			continue
		}
		first[k] = i
		m.twins = -1
	}
	ids := map[string]int32{}
	for _, m := range e.metrics {
		if m.twins < 0 {
			continue
		}
		m.keywordIDs = make([]int32, len(m.keywords))
		for k, ph := range m.keywords {
			key := fmt.Sprintf("%#v", ph)
			id, ok := ids[key]
			if !ok {
				id = int32(len(ids))
				ids[key] = id
			}
			m.keywordIDs[k] = id
		}
	}
}

// twinEval is one evaluation of a sentence, kept for the metric's twins:
// at is where its observation stands in the observations appended to
// (-1: it gave none).
type twinEval struct {
	twins int32
	mi    int
	hits  []hit
	at    int
}

// evaluateShared appends to out evaluate's observation, answered from an
// earlier evaluation of the sentence by a twin with the same hits when
// there is one; done holds the sentence's evaluations so far (empty at
// its start), whose observations out holds. An explanation evaluates
// every metric itself, to note each decision. The observation is appended
// where it is made, not returned and then copied: with 1,000 metrics a
// sentence's twins each copied one.
func (e *Engine) evaluateShared(st *docState, s *figures.Sentence, mi int, hits []hit, done *[]twinEval, out []Observation) []Observation {
	m := e.metrics[mi]
	if m.twins < 0 || st.trace != nil || e.noTwins {
		if o, ok := e.evaluate(st, s, mi, hits); ok {
			out = append(out, o)
		}
		return out
	}
	for i := range *done {
		t := &(*done)[i]
		if t.twins == m.twins && e.twinHits(t.mi, mi, t.hits, hits) {
			if t.at < 0 {
				return out
			}
			// Grown first and copied in place: append(out, out[t.at])
			// copied the observation twice, since append may move out.
			out = slices.Grow(out, 1)[:len(out)+1]
			o := &out[len(out)-1]
			*o = out[t.at]
			o.Metric = m.spec.ID
			return out
		}
	}
	o, ok := e.evaluate(st, s, mi, hits)
	at := -1
	if ok {
		at = len(out)
		out = append(out, o)
	}
	*done = append(*done, twinEval{twins: m.twins, mi: mi, hits: hits, at: at})
	return out
}

// twinHits reports whether hits a of metric ma and b of its twin mb are
// the same phrases at the same places. Phrases of any other role than a
// keyword come from the spec's other lists, which twins share.
func (e *Engine) twinHits(ma, mb int, a, b []hit) bool {
	if len(a) != len(b) {
		return false
	}
	ka, kb := e.metrics[ma].keywordIDs, e.metrics[mb].keywordIDs
	for i := range a {
		x, y := a[i], b[i]
		if x.ref.role != y.ref.role || x.ref.index != y.ref.index || x.start != y.start || x.end != y.end {
			return false
		}
		if x.ref.role == roleKeyword && ka[x.ref.index] != kb[y.ref.index] {
			return false
		}
	}
	return true
}
