package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A word of verifying ("verify", "verified") says how a count was made,
// not what it counts. After the figure it describes the noun counted, and
// then it stands for the metric's count with no word of death beside it:
// "thirteen thousand civilians, verified by the UN", "eleven thousand five
// hundred civilians the UN has been able to verify". Before the figure it
// is the verb of the clause the figure is the object of ("the mission has
// also verified 3,400 civilian deaths in Mariupol"), and the figure's own
// noun says what is counted: the verb is not the figure's keyword, or it
// would stand nearer than the words that make the figure a part.

// verifyingBefore reports whether keyword hit h is a single word of
// verifying that stands before figure fi.
func verifyingBefore(d *figures.Document, h hit, fi int) bool {
	if h.end-h.start != 1 || !strings.HasPrefix(d.LowerTokenText(h.start), "verif") {
		return false
	}
	fs, _ := d.FigureTokens(fi)
	return h.end <= fs
}

// figureKeywords returns hits without the keywords that are not figure
// fi's own: a word of verifying before it, and the object of a verb of
// comparison after it (comparedByVerb, comparedkeyword.go). It returns
// hits itself when there are none.
func figureKeywords(d *figures.Document, s *figures.Sentence, hits []hit, fi int) []hit {
	others := func(h hit) bool {
		return h.ref.role == roleKeyword && (verifyingBefore(d, h, fi) || comparedByVerb(d, s, h, fi))
	}
	n := 0
	for _, h := range hits {
		if others(h) {
			n++
		}
	}
	if n == 0 {
		return hits
	}
	kept := make([]hit, 0, len(hits)-n)
	for _, h := range hits {
		if !others(h) {
			kept = append(kept, h)
		}
	}
	return kept
}
