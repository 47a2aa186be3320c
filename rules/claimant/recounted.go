package claimant

// A live blog or a wire often gives an account's figures over two
// sentences, the second with no verb of claim: "Ukraine's air force says
// Russia launched 89 drones and 6 missiles overnight. 71 drones were shot
// down.", "The regional military administration said Russian missiles had
// destroyed a grain terminal. About 60,000 tonnes of grain were lost."
// The second opens on a figure counting what the first's reported clause
// spoke of, and goes on with the same account.

// maxCountedWords is how many words after an opening figure are read for
// what it counts ("tonnes of grain").
const maxCountedWords = 3

// recounts reports whether the sentence opening at lo of view v (sentence
// si) opens on a figure, perhaps after "Of", whose counted noun the
// sentence before's verb of claim has in what it reports.
func (c *call) recounts(si int, v *view, lo int) bool {
	if si == 0 {
		return false
	}
	k := v.pastStamp(lo)
	if v.isOne(k, wOf) {
		k++ // "Of 93 drones, 61 were shot down"
	}
	if k = v.pastOpeningFigure(k, lo); k < 0 {
		return false
	}
	p := c.view(si - 1)
	verb := p.reportingVerb()
	if verb < 0 {
		return false
	}
	for m := k; m < len(v.toks) && m < k+maxCountedWords; m++ {
		t := &v.toks[m]
		if !t.word || t.capital || t.has(cBetween) || v.isVerbLike(m) {
			return false
		}
		if t.has(cPreposition|cLink|cDeterminer) || len(t.low) < 4 {
			continue // "tonnes of grain"
		}
		for n := verb + 1; n < len(p.toks); n++ {
			if p.toks[n].low == t.low {
				return true
			}
		}
	}
	return false
}

// reportingVerb returns the token of the view's first verb of claim whose
// source stands before it ("Ukraine's air force says Russia launched"),
// -1 when it has none.
func (v *view) reportingVerb() int {
	for _, a := range v.attributions(0, len(v.toks)) {
		if a.kind == kVerb && !a.back && a.src < a.anchor && !v.anaphoric(a) {
			return a.anchor
		}
	}
	return -1
}
