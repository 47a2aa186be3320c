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
// families").

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
