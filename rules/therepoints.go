package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// "There" right after a keyword ("had died there", "are dead there") says
// where the keyword happened, as "in Dunmere" would: it points back to the
// nearest name before it in the sentence. When that name is an
// exclude_near word, the figure is that place's however near the keyword
// stands (walk56: "Dunmere Civil Protection said 372 people had died
// there", in a story about Calvora, was taken as Calvora's toll and posted
// "claimants disagree"). A "there" that points to a place the metric does
// not exclude ("Officials in Bruvik say 1,540 have died there, and Dunmere
// has sent rescuers"), or that follows no keyword ("rescuers from Dunmere
// are still working there"), changes nothing.

// thereNamesExcluded reports whether exclude_near hit h, a name before the
// figure at fs..fe, is the place a "there" right after a keyword hit (role
// r) of sentence s points back to: after the hit's own name ("Dunmere
// Civil Protection") no capitalised word but "I" stands before that
// "there", and no figure stands between the figure and it.
func thereNamesExcluded(d *figures.Document, s *figures.Sentence, hits []hit, r role, h hit, fs, fe int) bool {
	if !named(d, h.start) || h.end > fs {
		return false
	}
	t := thereAfterKeyword(d, s, hits, r, h.end, fs, fe)
	if t < 0 {
		return false
	}
	k := h.end
	for k < t && named(d, k) {
		k++ // the rest of the hit's name: "Dunmere Civil Protection"
	}
	for ; k < t; k++ {
		if named(d, k) && d.TokenText(k) != "I" {
			return false // a nearer name: "... from Dunmere flew into Bruvik, and say ... died there"
		}
	}
	return true
}

// thereAfterKeyword returns the token of a "there" that stands right after
// a keyword hit of role r at or after token from, in sentence s, with no
// other figure between it and the figure at fs..fe: "said 372 people had
// died there", "said the toll there had risen to 410". It returns -1 when
// there is none.
func thereAfterKeyword(d *figures.Document, s *figures.Sentence, hits []hit, r role, from, fs, fe int) int {
	for _, k := range hits {
		if k.ref.role != r || k.start < from || k.end >= s.TokEnd || d.LowerTokenText(k.end) != "there" {
			continue
		}
		a, b := fe, k.end
		if k.end < fs {
			a, b = k.end, fs
		}
		for t := a; t < b; t++ {
			if figureAt(d, t) >= 0 {
				return -1
			}
		}
		return k.end
	}
	return -1
}
