package rules

import (
	"strings"
	"sync"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A war's victims counted as a whole are its dead when a count noun holds
// them ("the count of victims across Gaza went up to 31,184", "the tally
// of civilian victims the mission confirmed rose to 12,300") or a figure
// counts them as civilians ("close on 11,000 civilian victims", "UN
// monitors have now recorded 10,500 civil victims across Ukraine"): copy
// translated from German, French or Spanish (Opferzahl, victimes civiles,
// víctimas civiles) writes the toll so. A vocabulary entry written
// "victims COUNTED" matches "victims" only there: after a count noun's
// "of", a civilians word between or not ("the number of civilian
// victims"), or after a figure and a civilians word (the civilians
// vocabulary's one-word entries, and the first word of its "X victims"
// entries: "civil victims"). Any other modifier ("2,000 quake victims
// flown to Ankara", "the number of trafficking victims") and an "of" after
// ("victims of domestic violence": "victims of EVENT" reads a deadly event
// there) leave it out, and so does a possessive ("the number of victims'
// families"). "Civilian victims" in monitors' and translated copy are as
// often the casualties, killed and injured together: victims a participle
// or a relative clause describes ("civilian victims treated in hospitals",
// "victims who lost limbs"; a participle of counting, "verified by the
// mission", is only how they are known), and victims of whom a part is
// counted as the dead after them ("30,000 civilian victims, a third of
// them killed", "of whom 4,000 died") are no toll (review39 on tune39).

// CountedMark ends a vocabulary entry whose noun counts only as a count
// noun's or a civilian figure's.
const CountedMark = "COUNTED"

// countedHeld reports whether phrase ph, matched from token ti to end, may
// count: any phrase but a COUNTED one, or that one held by a count noun or
// a civilian figure with no "of" after it.
func countedHeld(d *figures.Document, s *figures.Sentence, ti, end int, ph *phrase) bool {
	if !ph.counted {
		return true
	}
	if end < s.TokEnd && (d.LowerTokenText(end) == "of" || isApostrophe(d.TokenText(end))) {
		return false // victims of what; the victims' families
	}
	if end < s.TokEnd && victimsDescribed(d.LowerTokenText(end)) {
		return false // "civilian victims treated in hospitals", "victims who lost limbs"
	}
	if deathWordAfter(d, s, end) {
		return false // "30,000 civilian victims, a third of them killed"
	}
	k := ti - 1
	civil := false
	if k >= s.TokStart && civilianWords()[stem(d.LowerTokenText(k))] {
		civil = true
		k--
	}
	if k < s.TokStart {
		return false
	}
	if d.LowerTokenText(k) == "of" && k-1 >= s.TokStart && termCountNoun(d.LowerTokenText(k-1)) {
		return true // "the tally of (civilian) victims"
	}
	return civil && figureIn(d, s, k) >= 0 // "12,000 civilian victims"
}

var (
	civilOnce  sync.Once
	civilStems map[string]bool
)

// civilianWords is the stems of the words that make victims civilians: the
// shipped civilians vocabulary's one-word entries, and the first word of
// its entries that name the victims ("civil victims").
func civilianWords() map[string]bool {
	civilOnce.Do(func() {
		civilStems = map[string]bool{}
		v, err := ShippedVocabularies()
		if err != nil {
			return
		}
		voc, ok := v.Lookup("civilians")
		if !ok {
			return
		}
		for _, p := range voc.Phrases {
			words := strings.Fields(strings.ToLower(p))
			switch {
			case len(words) == 1:
				civilStems[stem(words[0])] = true
			case len(words) == 2 && words[1] == "victims":
				civilStems[stem(words[0])] = true
			}
		}
	})
	return civilStems
}

// victimsDescribed reports whether lower-cased w, right after "victims",
// opens what befell them or who they are: a relative pronoun of people
// ("who", "whose") or a past participle other than one of counting
// ("treated", "injured", "evacuated"; not "verified", "recorded").
func victimsDescribed(w string) bool {
	switch w {
	case "who", "whose", "hurt":
		return true
	}
	return len(w) > 3 && strings.HasSuffix(w, "ed") && isLowerWord(w) && !reportingParticiple(w)
}

// deathWordAfter reports whether sentence s, from token from on, counts
// a part of the victims as the dead: a partitive "them", "whom" or
// "including" with a one-word entry of the shipped deaths vocabulary (but
// "toll", a count noun of the whole) at most four tokens after it ("a
// third of them killed", "of whom 4,000 died", "including 9,000 dead").
// Another subject's dead later in the sentence ("while Gaza's martyrs
// have exceeded that") say nothing of these victims.
func deathWordAfter(d *figures.Document, s *figures.Sentence, from int) bool {
	words := deathStems.get()
	for k := from; k < s.TokEnd; k++ {
		switch d.LowerTokenText(k) {
		case "them", "whom", "including":
		default:
			continue
		}
		for j := k + 1; j < s.TokEnd && j <= k+4; j++ {
			if d.Tokens[j].IsWord() && words[stem(d.LowerTokenText(j))] {
				return true
			}
		}
	}
	return false
}

// deathStems is the stems of the shipped deaths vocabulary's one-word
// entries but "toll" (a count noun of the whole) and "victims".
var deathStems = stemSet{vocab: "deaths", skip: []string{"toll", "victims"}}

// stemSet is the stems of one shipped vocabulary's one-word entries,
// built at first use; skip names entries left out.
type stemSet struct {
	vocab string
	skip  []string
	once  sync.Once
	m     map[string]bool
}

func (ss *stemSet) get() map[string]bool {
	ss.once.Do(func() {
		ss.m = map[string]bool{}
		v, err := ShippedVocabularies()
		if err != nil {
			return
		}
		voc, ok := v.Lookup(ss.vocab)
		if !ok {
			return
		}
	phrases:
		for _, p := range voc.Phrases {
			p = strings.ToLower(strings.TrimPrefix(p, "="))
			if strings.Contains(p, " ") {
				continue
			}
			for _, w := range ss.skip {
				if p == w {
					continue phrases
				}
			}
			ss.m[stem(p)] = true
		}
	})
	return ss.m
}
