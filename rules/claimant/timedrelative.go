package claimant

import "strings"

// A past participle after a plural noun, then a word of when and the
// clause's own copula or auxiliary, is a reduced relative on the noun:
// "Three of the hostages released today are Thai nationals", "the
// prisoners freed overnight were ...", "the names published yesterday
// have ...". The noun is what was released or published, not who
// announced anything; the clause's verb comes after. ("Hamas released
// today a list of 40 names" has no verb of its own after the word of
// when.)

// timedRelative reports whether the -ed form at i follows a plural noun
// and is followed by a word of when ("today", "overnight", "on Monday")
// and then "is", "are", "was", "were", "have" or "had".
func (v *view) timedRelative(i, hi int) bool {
	if i == 0 || !strings.HasSuffix(v.toks[i].low, "ed") || !v.toks[i-1].word || v.toks[i-1].capital || v.toks[i-1].has(cPronoun) || !pluralForm(v.toks[i-1].low) {
		return false
	}
	k := i + 1
	switch {
	case k < hi && v.toks[k].has(cTimeWord):
		k++
	case v.is(k, wOn, wLast, wThis) && k+1 < hi && (v.toks[k+1].has(cDay) || v.toks[k+1].has(cTimeNoun)):
		k += 2
	default:
		return false
	}
	return v.is(k, wIs, wAre, wWas, wWere, wHave, wHad)
}
