package claimant

import "strings"

// A live blog gives a speaker before a colon and her words after it, and
// may say where she spoke between them: "Mayor Lisa Ortega at the
// briefing: “...”", "Fire Chief Tom Hale on the scene: “...”", "The
// superintendent at tonight's board meeting: “...”". The occasion is no
// part of who speaks, as "on Telegram" is not (medium.go).

// speakerSetting reports whether tokens [b, colon) are an occasion of
// speaking: "at" or "on", a determiner or a possessive, and one to three
// lower-case words, no name among them.
func (v *view) speakerSetting(b, colon int) bool {
	if v.hearerSetting(b, colon) {
		return true
	}
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

// hearerSetting reports whether tokens [b, colon) are "to" and whom the
// speaker spoke to, as a live blog gives it: "to reporters", "to a local
// station", "to state radio", "to El País". People, a medium or an
// outlet's kind closing the words, or a capitalised outlet's name; "to
// the town:" and "to 40 per cent:" name no hearer.
func (v *view) hearerSetting(b, colon int) bool {
	if !v.isOne(b, wTo) || b+1 >= colon || colon-b > 5 {
		return false
	}
	k := b + 1
	if v.toks[k].has(cDeterminer) && k+1 < colon {
		k++
	}
	for m := k; m < colon; m++ {
		if t := &v.toks[m]; !t.word || t.fig || t.num {
			return false
		}
	}
	last := &v.toks[colon-1]
	if last.capital {
		// "to El País", "to CNN": an outlet's name, no place.
		return v.capitalisedName(k, colon) && !v.knownPlace(k, colon) && !v.placeName(k, colon)
	}
	return agentNoun(last.low) && strings.HasSuffix(last.low, "s") || v.mediumHearer(k, colon)
}
