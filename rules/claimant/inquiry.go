package claimant

import "strings"

// A sentence whose subject did what its findings are named for — surveyed,
// reviewed, documented, audited, tallied, analysed, has been counting —
// announces the figures of the next sentence when it gives none of its
// own, as one that published findings does (convention 4): "Amnesty
// International has documented the Khan Younis strike in detail. Of the
// 44 people killed, 21 were children", "The Danish Red Cross has been
// counting the takings of its appeal. Donations reached DKK 48m". The
// verb is read from the findings nouns (a survey, a review, an audit, an
// analysis, a calculation, an assessment), not listed: the next noun of
// findings brings its verb with it. A present form ("OCHA counts only
// deaths reported by partners") tells how a body works, no act done, and
// is left to what it was before; a form after a determiner or a
// preposition ("the documented cases", "of surveyed households") is an
// adjective.

// inquiryForms are the past and -ing forms of the verbs made from the
// findings nouns: "survey" → "surveyed", "surveying"; "tally" →
// "tallied"; "estimate" → "estimated"; "calculation" → "calculated";
// "assessment" → "assessed"; "analysis" → "analysed", "analyzed";
// "projection" → "projected". "Reported" is left out: reporting is
// telling, and a sentence that reports is read as a claim's (a reporter's
// "reported from Rafah" inquired into nothing).
var inquiryForms = verbsOfFindings(findingNouns)

// verbsOfFindings returns the past and -ing forms of the verbs made from
// the findings nouns of nouns (see inquiryForms).
func verbsOfFindings(nouns map[string]bool) map[string]bool {
	m := map[string]bool{}
	add := func(base string) {
		if base == "report" {
			return
		}
		switch {
		case strings.HasSuffix(base, "e"):
			m[base+"d"] = true
			m[base[:len(base)-1]+"ing"] = true
		case strings.HasSuffix(base, "y") && !strings.HasSuffix(base, "ey"):
			m[base[:len(base)-1]+"ied"] = true
			m[base+"ing"] = true
		default:
			m[base+"ed"] = true
			m[base+"ing"] = true
		}
	}
	for n := range nouns {
		switch {
		case strings.HasSuffix(n, "s"):
			// plurals ("surveys", "tallies") and "analysis", "statistics",
			// "numbers": the singular brings the verb.
			if strings.HasSuffix(n, "ysis") {
				add(n[:len(n)-3] + "se")
				add(n[:len(n)-3] + "ze")
			}
		case strings.HasSuffix(n, "ation"):
			add(n[:len(n)-5] + "ate")
		case strings.HasSuffix(n, "ion") && !strings.HasSuffix(n, "sion"):
			add(n[:len(n)-3])
		case strings.HasSuffix(n, "ison"):
			// "comparison" → "compare".
			add(n[:len(n)-4] + "e")
		default:
			// "document" is its own verb; "assessment" and "measurement"
			// bring "assess" and "measure".
			add(n)
			if strings.HasSuffix(n, "ment") {
				add(n[:len(n)-4])
			}
		}
	}
	return m
}

// inquired reports whether the token at i is a verb of inquiry done: a
// past form of one after a word that is neither a determiner nor a
// preposition nor a form of "be" ("The IRC surveyed", "has documented";
// not "were surveyed"), or an -ing form
// after "been", "is", "are", "was" or "were" ("has been counting").
func (v *view) inquired(i int) bool {
	t := &v.toks[i]
	if i == 0 || !t.word || t.capital || !inquiryForms[t.low] {
		return false
	}
	if !v.inquiryObject(i + 1) {
		return false
	}
	if strings.HasSuffix(t.low, "ing") {
		return v.is(i-1, wBeen, wIs, wAre, wWas, wWere)
	}
	// "were surveyed", "was counted": a passive's subject is what was
	// inquired into, not who inquired.
	p := &v.toks[i-1]
	return p.word && !p.has(cDeterminer|cPreposition) && !p.poss && !v.is(i-1, wBeen, wIs, wAre, wWas, wWere, wBe, wBeing)
}

// inquiryObject reports whether what was inquired into, or where or how,
// opens at k, right after the verb: "surveyed displaced families", "has
// audited the council's stock", "surveyed elderly residents", "has been
// surveying across the region", "has documented in detail", "has been
// tallying up the damage". The same verb with "out" or "on" (a phrasal
// verb of thinking or relying), "that" or an adverb closing its phrase is
// another verb, no inquiry: "figured out a plan", "figured that",
// "polled strongly in the north", "counted on the vote" (review33a).
func (v *view) inquiryObject(k int) bool {
	if k >= len(v.toks) || v.boundary(k) {
		return false
	}
	t := &v.toks[k]
	if t.num || t.fig {
		return true
	}
	if !t.word || v.is(k, wOut, wOn, wThat) {
		return false
	}
	// ("polled strongly in the north", "polled well.": an adverb in
	// -ly closing the verb's phrase; "elderly residents" goes on.)
	return t.capital || len(t.low) <= 4 || !strings.HasSuffix(t.low, "ly") || k+1 < len(v.toks) && !v.boundary(k+1) && !v.toks[k+1].has(cPreposition)
}

// inquiryBySubject reports whether the inquiry at i is the verb of the
// sentence's subject: the noun phrase opening the sentence (past a
// programme's label, a dateline, a kicker or a time phrase), then at most
// three auxiliaries or adverbs ("has", "has been", "has just"), then the
// verb. "The Norwegian Refugee Council surveyed ...", "Shelter has
// audited ...", "Last month the IRC surveyed ..."; an inquiry further in
// ("... and that counted them") is some other clause's.
func (v *view) inquiryBySubject(i int) bool {
	lo := v.skipKicker(v.skipDateline(v.roleLabelEnd()))
	a, b := v.npAfter(v.afterTimePhrase(lo, len(v.toks)), len(v.toks))
	if b <= a || b > i || i > b+3 {
		return false
	}
	for k := b; k < i; k++ {
		if !v.is(k, wHas, wHave, wHad, wBeen, wIs, wAre, wWas, wWere, wNow, wAlso) && v.toks[k].low != "just" {
			return false
		}
	}
	return true
}

// firstPersonInquiry reads a sentence whose first-person subject [a, b)
// did an inquiry ("We compared ...", "We have surveyed ..."): the
// subject as written, which the tracker reads as the outlet (convention
// 3). A first person telling what she heard or did otherwise ("We spoke
// to the ministry") is left to the readings after.
func (c *call) firstPersonInquiry(v *view, a, b int) (Claimant, bool) {
	for i := b; i < len(v.toks) && i <= b+3; i++ {
		if v.inquired(i) && v.inquiryBySubject(i) {
			return c.name(v, attr{src: a, srcEnd: b, anchor: i, kind: kVerb})
		}
	}
	return Claimant{}, false
}
