package claimant

import "strings"

// A poll's or a survey's sample may be written between the findings noun
// and its maker: "a survey of 1,000 residents by the Institute of Policy
// Studies", "a poll of 2,400 voters by Ipsos". The people asked are no
// source (samplesubject.go); the maker after "by" is, as it is right
// after the noun ("a survey by the Institute"). Without a "by" the sample
// leaves the findings no one's, as before ("a snap poll of 1,000
// readers found").

// sampleThenBy reports whether a sample opens at token j, after a noun of
// inquiry ("survey", "poll", "study"): "of", a count, one to three words of people with no determiner
// or boundary among them and no participle ("48 bulletins published by"
// is material another made), then "by". It returns the "by".
func (v *view) sampleThenBy(j, hi int) (int, bool) {
	// ("the UN's tally of some 10,500 civilian deaths by the war's second
	// anniversary": a count's of-phrase is what it counted, no sample; only
	// an inquiry asks one, inquiryscope.go methodNouns.)
	if j < 1 || !methodNouns[v.toks[j-1].low] || !v.isOne(j, wOf) || j+1 >= hi || !v.toks[j+1].num && !v.toks[j+1].fig {
		return 0, false
	}
	k := j + 1
	for k < hi && (v.toks[k].num || v.toks[k].fig) {
		k++
	}
	for m := k; m < hi && m <= k+3; m++ {
		t := &v.toks[m]
		if v.isOne(m, wBy) {
			return m, m > k
		}
		// ("Our analysis of 312 reports published by the Ombudsman's
		// Office": material a participle says another made is what the
		// findings read, and their maker is the subject's.)
		if !t.word || t.capital || t.has(cDeterminer|cPreposition|cPronoun) || v.boundary(m) || v.isVerbLike(m) || strings.HasSuffix(t.low, "ed") {
			return 0, false
		}
	}
	return 0, false
}
