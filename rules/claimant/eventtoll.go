package claimant

import "strings"

// A wire's second sentence often gives the toll of the event its first
// sentence's source reported, with no attribution of its own: "The
// regional prosecutor's office said a glide bomb struck a residential area
// on Sunday. Four people were killed and 32 wounded.", "Cameroon's Ministry
// of Public Health reported a new cholera outbreak on Monday. Some 317
// cases and nine deaths have been recorded since Nov. 14." The toll goes on
// with what the source said, as "Another 58 were wounded" does. A sentence
// before that gave a figure of its own, or a toll with its agent or in
// the active ("The strike killed 22"), is read as before.

// eventToll reports whether the sentence opening at lo, after sentence
// si-1 whose source reported an event without a figure, opens on a count
// whose verb is a passive of harm or of recording with no agent: see
// above.
func (c *call) eventToll(si int, v *view, lo int) bool {
	if !v.passiveToll(lo) || c.ownFigure(si-1) {
		return false
	}
	p := c.view(si - 1)
	// The sentence before reports: a verb of saying or reporting with an
	// event after it ("said a glide bomb struck", "reported a new cholera
	// outbreak").
	for i := range p.toks {
		if t := &p.toks[i]; t.report && !t.capital && (t.id == wSaid || t.id == wSays || t.id == wReported) && p.newEventAfter(i) {
			return true
		}
	}
	return false
}

// newEventAfter reports whether what the verb of saying at i says opens on
// a thing the article has not named before, by its indefinite article,
// past "that" and a phrase of when ("said a glide bomb struck", "reported
// a new cholera outbreak", "said on Sunday that an explosion"): an event
// the toll after can be of. What is said of someone or something named
// ("The president said he would not resign.", "Mr Ruto said the talks had
// failed.") reports no event, and a toll after it is the writer's own
// (review33a).
func (v *view) newEventAfter(i int) bool {
	k := i + 1
	for k < len(v.toks) && k <= i+3 && (v.isOne(k, wOn) || v.is(k, wLate, wEarly) || v.toks[k].has(cDay|cTimeWord)) {
		k++
	}
	if v.isOne(k, wThat) {
		k++
	}
	return v.is(k, wA, wAn)
}

// passiveToll reports whether the sentence opening at lo is a count, past
// words of amount, then counted words and perhaps a second count after
// "and", then a passive of harm or of recording ("were killed", "have been
// recorded") with no "by" after it: "Four people were killed and 32
// wounded", "Some 317 cases and nine deaths have been recorded".
func (v *view) passiveToll(lo int) bool {
	k := lo
	for k < len(v.toks) && k <= lo+2 && approxWords[v.toks[k].low] {
		k++
	}
	if k >= len(v.toks) || !v.toks[k].fig {
		return false
	}
	for m := k + 1; m < len(v.toks) && m <= k+8 && !v.boundary(m); m++ {
		if !v.is(m, wWere, wWas, wHave, wHas, wHad) {
			continue
		}
		n := m + 1
		if v.isOne(n, wBeen) {
			n++
		}
		if n >= len(v.toks) || n == m+1 && !v.is(m, wWere, wWas) {
			return false
		}
		t := &v.toks[n]
		harm := v.is(n, wKilled, wWounded, wInjured) || t.report && !t.capital && strings.HasSuffix(t.low, "ed")
		return harm && !v.isOne(n+1, wBy)
	}
	return false
}
