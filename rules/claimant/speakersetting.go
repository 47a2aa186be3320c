package claimant

// A live blog gives a speaker before a colon and her words after it, and
// may say where she spoke between them: "Mayor Lisa Ortega at the
// briefing: “...”", "Fire Chief Tom Hale on the scene: “...”", "The
// superintendent at tonight's board meeting: “...”". The occasion is no
// part of who speaks, as "on Telegram" is not (medium.go).

// speakerSetting reports whether tokens [b, colon) are an occasion of
// speaking: "at" or "on", a determiner or a possessive, and one to three
// lower-case words, no name among them.
func (v *view) speakerSetting(b, colon int) bool {
	if !v.is(b, wAt, wOn) || b+2 >= colon || colon-b > 6 {
		return false
	}
	k := b + 1
	if v.toks[k].has(cDeterminer) {
		k++
	} else if v.toks[k].poss && v.isOne(k+1, wApostrophe) && v.isOne(k+2, wS) {
		k += 3
	} else {
		return false
	}
	if k >= colon {
		return false
	}
	for ; k < colon; k++ {
		if t := &v.toks[k]; !t.word || t.capital || t.fig || t.num {
			return false
		}
	}
	return true
}
