package claimant

// countryInner finds, when the chosen attribution atts[best] has for its
// subject the bare "the country" (or "the nation") inside the clause of
// another's verb (a ministry said that the country will need, or
// foresees, some amount), that outer verb: the
// body speaks of its own country, whose expecting or counting is the
// body's account, as "the group" after one of a group's people is the
// group (convention 7). The dev files write all such figures as the outer
// speaker's, a ministry's or a government's. "The country expects N
// tonnes" alone, with no outer speaker, keeps its words.
func (v *view) countryInner(atts []attr, best, ft int) (int, bool) {
	in := atts[best]
	if in.kind != kVerb || in.back || in.anchor > ft || in.srcEnd-in.src != 2 || !v.isOne(in.src, wThe) || !countryNouns[v.toks[in.src+1].low] {
		return 0, false
	}
	for k, a := range atts {
		if k == best || a.kind != kVerb || a.back || a.anchor >= in.src || a.srcEnd > in.src {
			continue
		}
		// The outer verb's clause runs to the inner subject: "said
		// Wednesday that the country", "says the country".
		if _, ok := v.covers(a, ft); ok && !v.toks[a.src].has(cPronoun) {
			return k, true
		}
	}
	return 0, false
}

// countryNouns name a country as a whole.
var countryNouns = set("country nation")
