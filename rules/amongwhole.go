package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A subgroup's count said to be "among" the whole is a part of it:
// "17,400 children, 11,000 women and about 3,000 people over the age of
// 65 are among the identified dead", "1,500 medics among the dead", "some
// 8,000 elderly people were counted among the recorded deaths". The
// keyword after "among" names the whole; the figure, in the subject
// before it, counts the part. partOf reads the same whole after "N of".

// amongWholeWords is how many words the subject and its verb may span
// from the figure to "among".
const amongWholeWords = 20

// amongWhole reports whether keyword hit h names the whole that the
// figure ending at token fe of sentence s is said to be among: "among"
// or "amongst" before the keyword, with only determiners, owners and
// words of counting between ("among the identified dead", "among
// Gaza's recorded deaths"), and the figure in the subject before it. The
// subject may be a list of counts ("17,400 children, 11,000 women and
// about 3,000 people"); a comma or "and" that goes on to anything but
// another figure, or a stronger mark, ends it: "passed 34,000, and
// children are among the dead" says nothing of the 34,000.
func amongWhole(d *figures.Document, s *figures.Sentence, fe int, h hit) bool {
	if h.start <= fe {
		return false
	}
	k := h.start - 1
	for ; k > fe; k-- {
		t := d.TokenText(k)
		w := d.LowerTokenText(k)
		if determiner(w) || demonstrative(w) || w == "s" || isApostrophe(t) || countedModifier(t, w) || named(d, k) {
			continue
		}
		break
	}
	if k <= fe {
		return false
	}
	if w := d.LowerTokenText(k); w != "among" && w != "amongst" {
		return false
	}
	if d.WordPos(k)-d.WordPos(fe) > amongWholeWords {
		return false
	}
	for t := fe; t < k; t++ {
		switch w := d.LowerTokenText(t); w {
		case ",", "and", "or":
			if t+1 >= k || !inFigure(d, t+1) {
				return false // the subject ends: "..., and children are among"
			}
		case ";", ":", "-", "—", "–", "?", "(", ")":
			return false
		}
	}
	return true
}
