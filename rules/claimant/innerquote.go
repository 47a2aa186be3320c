package claimant

// A quote inside a quote: "“The director at Al-Awda rang me at six and
// said, ‘We have received 23 bodies since midnight,’” said Dr Lena
// Strand", "SPEAKER: The woman from the water company stood here and
// said to us, 'There will be 40,000 homes without water.'", "“The
// ministry keeps telling us ‘only 40 new cases a day’, but ...”". The
// figure is in the inner quote, and the one who says it is the inner
// speaker: the subject of the clause whose verb of saying opens the inner
// quote, inside the outer speaker's words. The outer speaker only tells
// what she heard (convention 2: a relay gives way to the source it
// names). A first-person or pronoun subject ("I told them, ‘...’", "he
// said, ‘...’") is left to the outer speaker, as before.

// innerQuoteSpeaker returns the inner speaker of a figure at token ft in
// a single quote opened inside the quote read from tokens [a, b), or,
// when the figure's own quote [a, b) opens with a single mark on a
// speaker's line, inside that line from lo.
func (c *call) innerQuoteSpeaker(v *view, a, b, lo, ft int, line bool) (Claimant, bool) {
	o := -1
	for m := ft - 1; m > a; m-- {
		if v.toks[m].low == "'" && opensSingleQuote(v.toks, m) {
			o = m
			break
		}
	}
	cs := a
	if o < 0 {
		// The figure's own quote is the single one, on a speaker's line
		// (a label in capitals before a colon, read as one or not).
		if a-1 <= lo || !opensSingleQuote(v.toks, a-1) {
			return Claimant{}, false
		}
		o, cs = a-1, lo
		if !line {
			cs = -1
			for m := o - 1; m > 0; m-- {
				if v.isOne(m, wColon) && v.toks[m-1].shouted {
					cs = m + 1
					break
				}
			}
			if cs < 0 {
				return Claimant{}, false
			}
		}
	}
	// The clause opens at the last boundary before the inner quote's
	// introducer.
	k := o - 1
	if v.is(k, wComma, wColon) {
		k--
	}
	// "said to us", "told me", "keeps telling us": the verb's object.
	for k > cs && v.toks[k].word && objectPronouns[v.toks[k].low] {
		k--
	}
	if v.isOne(k, wTo) {
		k--
	}
	// ("keeps telling us": an -ing form of a reporting verb.)
	if t := &v.toks[k]; k <= cs || !t.word || t.capital || !t.report && t.own&spIngReport == 0 {
		return Claimant{}, false
	}
	for m := k - 1; m > cs; m-- {
		if v.boundary(m) {
			cs = m + 1
			break
		}
	}
	x, y := v.npAfter(cs, k)
	// "The director at Al-Awda rang me": a lower-case word before an
	// object pronoun is the subject's verb, whatever its form; so is
	// one in -s before its object ("The ministry keeps telling us").
	for m := x + 1; m < y && m+1 < len(v.toks); m++ {
		if t := &v.toks[m]; t.word && !t.capital && (objectPronouns[v.toks[m+1].low] || v.presentVerb(m, k+1)) {
			y = m
			break
		}
	}
	if x != cs || y <= x || y > k || v.toks[x].has(cPronoun|cFirstPerson) {
		return Claimant{}, false
	}
	if !v.sharedSubjectPhrase(x, y) && !v.nominal(x, y) {
		return Claimant{}, false
	}
	// Between the subject and its verb only its own clause: no other
	// subject ("and I said") and no verb of saying ("The director said
	// the nurse told him, ‘...’").
	for m := y; m < k; m++ {
		if t := &v.toks[m]; !t.word && !t.num || v.is(m, wI, wWe, wHe, wShe, wThey) || t.report {
			return Claimant{}, false
		}
	}
	cl, ok := c.name(v, attr{src: x, srcEnd: y, anchor: k, kind: kVerb})
	if !ok || firstPersonWord(cl.Words) {
		return Claimant{}, false
	}
	cl.How = InQuote
	return cl, true
}

// objectPronouns are the objects a verb of saying takes before the words
// it reports: "said to us", "told me".
var objectPronouns = set("us me him her them")
