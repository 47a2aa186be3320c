package rules

import (
	"strings"
	"sync"
)

// A word class of verbs read as stems and their regular forms (verbForm)
// asks each stem in turn: some 2,000 instructions a word for changeVerb's
// twenty-two stems, asked at every count noun after "the" or "its" in a
// sentence that tells a claimant's update (ownword.go). A verbFormSet
// spells the forms out once, and a word is one look-up.

// verbFormSet returns the set of the irregular forms and of every form
// verbForm accepts of the stems, made when first asked.
func verbFormSet(irregular []string, stems ...string) func() map[string]bool {
	return sync.OnceValue(func() map[string]bool {
		set := map[string]bool{}
		for _, w := range irregular {
			set[w] = true
		}
		for _, stem := range stems {
			for _, w := range verbFormCandidates(stem) {
				if verbForm(w, stem) {
					set[w] = true
				}
			}
		}
		return set
	})
}

// verbFormCandidates are the words verbForm may accept of stem: the stem,
// "+s", and "+ed" and "+ing" after the stem without its final "e" or with
// its last letter doubled. verbFormSet keeps those verbForm accepts.
func verbFormCandidates(stem string) []string {
	base := strings.TrimSuffix(stem, "e")
	double := base + base[len(base)-1:]
	return []string{stem, stem + "s", base + "ed", base + "ing", double + "ed", double + "ing"}
}
