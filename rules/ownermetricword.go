package rules

import (
	"slices"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A word of the metric's own between an owner's 's and the count noun it
// owns narrows the count to what the metric counts, as ownerModifier's
// words qualify it: "the UN's civilian count stands above 12,300" for a
// metric of civilians, "The UN's verified tally, north of 14,500" for one
// whose keyword is verify, "the ministry's death count" for one of deaths.
// The words are the metric's single-word keywords and scope words, by
// their stems; a word of another thing counted ("the UN's injury count",
// "the ministry's displacement figure" for a metric of deaths) is none of
// them, and the phrase does not match, as before. Only an owner's-figure
// keyword ("UN's figure", "ministry's count") takes them, each the words
// of its own metric (ownWords; formKey tells two metrics' phrases apart by
// them).

// ownerOwnWords sets the ownWords of every owner's-figure keyword of m
// (ownedFigureEntry's shape: "OWNER's NOUN") to the stems of m's
// single-word keywords and scope words, sorted; the owner's and the
// noun's own are left out. Called once, at compile time.
func ownerOwnWords(m *metric) {
	var own []string
	for _, phs := range [][]phrase{m.keywords, m.scope} {
		for i := range phs {
			if ph := &phs[i]; len(ph.keys) == 1 && !ph.exact && !ph.prefix && !ph.named {
				own = append(own, ph.keys[0])
			}
		}
	}
	if len(own) == 0 {
		return
	}
	slices.Sort(own)
	own = slices.Compact(own)
	for i := range m.keywords {
		ph := &m.keywords[i]
		if len(ph.keys) != 3 || ph.keys[1] != "s" || !figureNoun(ph.words[2]) {
			continue
		}
		ph.ownWords = slices.DeleteFunc(slices.Clone(own), func(w string) bool { return w == ph.keys[0] || w == ph.keys[2] })
	}
}

// ownWordAt reports whether token k of sentence s, a lower-case word, is
// one of phrase ph's ownWords by its stem.
func ownWordAt(st *docState, s *figures.Sentence, k int, ph *phrase) bool {
	if len(ph.ownWords) == 0 || !isLowerWord(st.d.TokenText(k)) {
		return false
	}
	var buf [64]byte
	_, found := slices.BinarySearch(ph.ownWords, st.tokenStem(s, k, lowerInto(&buf, st.d.TokenText(k))))
	return found
}
