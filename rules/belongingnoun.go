package rules

import "strings"

// A count of people may name them by where they belong rather than by a
// role: "the 11 million compatriots driven from their homes", "10.2
// million nationals", "fellow-citizens", "slum-dwellers", "natives". Such
// a noun counts the place's whole people, as "residents" and "citizens"
// of the people vocabulary do, not a part picked out by a role or a tie
// ("mothers", "orphans", "relatives", "rescuers", "members", which the
// dev files hold as other counts and the vocabulary leaves out). What
// makes it so is its make-up, not a list of its words: a stem of
// belonging to a land, a nation or a dwelling ("patriot", "nation",
// "native", "dweller", "denizen"), perhaps after a prefix of fellowship
// ("com-", "co-", "con-", "fellow"), then the plural. A metric of people
// takes it as its counted noun (counts.go countsOther), unless a word
// before it ties it to another land ("foreign nationals": a part, and
// israel-gaza-6:331 none).

// belongingStems are the stems, in the singular, by which a noun names
// people by the land, nation or place they belong to.
var belongingStems = [...]string{"patriot", "national", "native", "dweller", "denizen", "countryman", "countrywoman"}

// fellowshipPrefixes may open a noun of belonging: "compatriots",
// "co-nationals", "conationals", "fellow-citizens".
var fellowshipPrefixes = [...]string{"com", "co", "con", "fellow"}

// belongingNoun reports whether lower-cased plural w names people by where
// they belong: "compatriots", "nationals", "natives", "dwellers" (of
// "city-dwellers": the compound's last word), "conationals".
func belongingNoun(w string) bool {
	if !pluralForm(w) {
		return false
	}
	one := singular(w)
	for _, p := range fellowshipPrefixes {
		if rest, ok := strings.CutPrefix(one, p); ok && belongingStem(strings.TrimPrefix(rest, "-")) {
			return true
		}
	}
	return belongingStem(one)
}

// belongingStem reports whether singular w is one of belongingStems.
func belongingStem(w string) bool {
	for _, s := range belongingStems {
		if w == s {
			return true
		}
	}
	return false
}

// otherLandBefore reports whether lower-cased w, right before a noun of
// belonging, ties it to another land than the place's: "24 foreign
// nationals released under a separate arrangement" are a part of the
// freed, belonging elsewhere, not the place's people.
func otherLandBefore(w string) bool {
	switch w {
	case "foreign", "dual", "third-country":
		return true
	}
	return false
}
