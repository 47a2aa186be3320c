package rules

import (
	"slices"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A running total over a country or a territory is not the count of one
// city's battle or siege: "Mosul is the comparison military historians
// reach for, and the battle for that city killed perhaps 10,000
// civilians", "The siege of Sarajevo killed some 11,000", "Israel's
// capture of Khan Younis has killed more than 5,000". When the subject of
// the keyword verb that takes the figure names a battle, a siege, a fall
// or a capture of one place, the count is that place's: another war's if
// the place is abroad, one part of the metric's own if it lies inside.
// Either way not the total. The place is a name with no article none of
// whose words is one of the metric's own places (ownPlaces), which a comparison reaches
// for without the writer listing it ("Mosul", "Sarajevo"), or a
// settlement noun after "that", "this" or "the" ("the battle for that
// city"). The metric's own place stays ("The battle for Gaza has killed",
// "Israel's siege of Gaza"), and so does a capture of people, which is no
// name ("Hamas's capture of 251 hostages set off a war that has killed").
// Only a metric that names a country or a territory (ownPlaces) reads it:
// for a city's own toll the siege of "the city" is the whole.
// episodesubject.go reads an episode whose part is an exclude_near word.

// battleSubjectWords is how many tokens back from the verb the episode's
// noun may stand ("the battle for that city killed").
const battleSubjectWords = 8

// battleAsideWords is how many tokens back from the verb a comma may open
// an aside on the subject.
const battleAsideWords = 10

// battleOfOtherPlace reports whether figure fi is the object of a
// keyword verb right before it whose subject names a battle, siege, fall
// or capture of a place other than the metric's whole.
func (m *metric) battleOfOtherPlace(d *figures.Document, s *figures.Sentence, hits []hit, fi int) bool {
	if len(m.places) == 0 {
		return false
	}
	end := subjectEndBefore(d, s, hits, fi) // episodesubject.go
	if end < 0 {
		return false
	}
	// An aside set off by commas right before the verb is passed over:
	// "The fight for Mosul, nine months of it, killed".
	if end-1 > s.TokStart && d.TokenText(end-1) == "," {
		for j := end - 2; j > s.TokStart && j >= end-battleAsideWords; j-- {
			if d.TokenText(j) == "," {
				end = j
				break
			}
		}
	}
	for k := end - 1; k >= s.TokStart && k >= end-battleSubjectWords; k-- {
		w := d.TokenText(k)
		if !d.Tokens[k].IsWord() && w != "-" && !isApostrophe(w) || figureIn(d, s, k) >= 0 {
			return false
		}
		switch d.LowerTokenText(k) {
		case "which", "who", "that":
			if k+1 < end && settlementNoun(d.LowerTokenText(k+1)) {
				continue // "that city"
			}
			return false // a relative clause: "a war that has killed"
		}
		if !placeBattleNoun(d.LowerTokenText(k)) || k+2 >= end {
			continue
		}
		// A capitalised noun names the battle before a lower-case "of"
		// ("The Battle of Mosul"); in title case every word is capitalised.
		if p := d.TokenText(k + 1); p != "of" && (p != "for" || !isLowerWord(w)) {
			continue
		}
		return m.battlePlace(d, s, k+2, end)
	}
	return false
}

// battlePlace reports whether the tokens [t, end) after a battle noun's
// preposition name a place other than the metric's whole: a settlement
// noun after a determiner ("that city", "the town"), or a name with no
// article, none of whose words is one of the metric's own places and which
// owns nothing ("Mosul", "Khan Younis"; not "Gaza City", "the Strip",
// "Hamas's tunnels").
func (m *metric) battlePlace(d *figures.Document, s *figures.Sentence, t, end int) bool {
	switch d.LowerTokenText(t) {
	case "that", "this", "the":
		// A name after the article is often the metric's own land in
		// other words ("the siege of the Strip"): only a settlement
		// noun is read there.
		return t+1 < end && settlementNoun(d.LowerTokenText(t+1))
	}
	if !named(d, t) {
		return false
	}
	e := nameEnd(d, s, t)
	if e < s.TokEnd && isApostrophe(d.TokenText(e)) {
		return false // an owner: "the battle for Hamas's last stronghold"
	}
	for k := t; k < e; k++ {
		if slices.Contains(m.places, d.LowerTokenText(k)) || m.scopeName(d.TokenText(k)) {
			return false // "the siege of Gaza", "the Gaza Strip", "Gaza City"
		}
	}
	return true
}

// placeBattleNoun reports whether w names the fighting for one place:
// its battle, fight, siege, fall or capture.
func placeBattleNoun(w string) bool {
	switch w {
	case "battle", "fight", "siege", "fall", "capture", "recapture", "storming", "sack", "seizure", "encirclement", "liberation":
		return true
	}
	return false
}
