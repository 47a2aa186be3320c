package claimant

// A live blog opens an entry with where its news came from before a colon:
// "Just in from the sheriff's office: deputies have checked 212 homes",
// "Update from MoDOT: 14 roads closed", "More from the county: 38 people in
// shelters". The words before "from" say the news is new or what kind it
// is, and the source is what follows "from" (or "by" after an
// announcement: "Statement by MSF:"); the label whole is no name.

// labelFrom returns where the source starts in the colon label [lo, k)
// when the label opens on news words running to "from": kickers
// ("Update", "Breaking"), announcements ("Statement", "Word") and words
// saying it is new ("Just in", "More", "Latest"). lo when none.
func (v *view) labelFrom(lo, k int) int {
	for f := lo + 1; f+1 < k && f <= lo+3; f++ {
		// "Statement by MSF:", "Joint statement by the two governments:":
		// an announcement "by" its maker names it as "from" does
		// (claim58).
		by := v.isOne(f, wBy) && v.toks[f-1].has(cAnnouncement)
		if !v.isOne(f, wFrom) && !by {
			continue
		}
		for m := lo; m < f; m++ {
			t := &v.toks[m]
			if !t.word || m > lo && t.capital && !t.shouted || !kickers[t.low] && !newsWords[t.low] && !t.has(cAnnouncement) && !(by && t.low == "joint") {
				return lo
			}
		}
		return f + 1
	}
	return lo
}

// newsWords say that news is new or more of it: "Just in from", "More
// from", "Latest from", "Word from".
var newsWords = set("just in more latest new fresh word news")
