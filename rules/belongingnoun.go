package rules

import (
	"slices"
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

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
// israel-gaza-6:331 none), or the sentence names the people it belongs to
// by a country the metric's exclude_near words rule out ("Syrians in Lagos
// held prayers for the 5,800 compatriots killed in their homeland" is one
// side of a combined toll whose exclude_near holds "Syria":
// quake-toll-154:99).

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
	return slices.Contains(belongingStems[:], w)
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

// excludedPeopleNamed reports whether sentence s names a people by a
// plural demonym whose country is a single name among the metric's
// exclude_near words ("Syrians" and "Syria"): the people a noun of
// belonging in s belongs to, a part the metric rules out.
func (m *metric) excludedPeopleNamed(d *figures.Document, s *figures.Sentence) bool {
	for k := s.TokStart; k < s.TokEnd; k++ {
		w := d.TokenText(k)
		if !pluralDemonym(w) && !(len(w) > 4 && named(d, k) && strings.HasSuffix(w, "s") && demonymShape(w[:len(w)-1])) {
			continue
		}
		for _, ex := range m.spec.ExcludeNear {
			if len(ex) >= 4 && !strings.ContainsAny(ex, " '=@") && ex[0] >= 'A' && ex[0] <= 'Z' && strings.EqualFold(w[:4], ex[:4]) {
				return true
			}
		}
	}
	return false
}
