package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
	"github.com/claimtrack/claimtrack/rules/internal/people"
)

// People told by age or sex are one family of subgroups: a metric whose
// exclude_near rules out one of them ("children") counts a whole that
// each of the others is a part of too: "some 50,000 pregnant women are
// sheltering in Rafah", "2,000 elderly men were killed". Listing every
// member in every metric misses the next one a story names; the family is
// read from the one the metric lists (excludedKinds). The members joined
// together ("men, women and children") make the whole again.

// ageSexGroup reports whether lower-cased w names people by their age or
// sex, in either number (the class is shared with the claimant finder:
// rules/internal/people).
func ageSexGroup(w string) bool { return people.ByAgeOrSex(w) }

// addAgeSexKinds adds the family's members to kinds when the metric's
// exclude_near names one of them as a word of its own, and returns kinds;
// a member the metric counts (own) stays out.
func addAgeSexKinds(kinds, own map[string]bool, excludeNear []string) map[string]bool {
	for _, p := range excludeNear {
		if !ageSexGroup(strings.ToLower(strings.TrimSpace(p))) {
			continue
		}
		for _, w := range ageSexMembers {
			if own[w] || own[singular(w)] {
				continue
			}
			if kinds == nil {
				kinds = map[string]bool{}
			}
			kinds[w] = true
		}
		break
	}
	return kinds
}

// ageSexMembers are the family's plurals, the forms a figure counts.
var ageSexMembers = []string{"children", "kids", "women", "men", "girls", "boys", "infants", "babies", "newborns", "toddlers",
	"teenagers", "adolescents", "minors", "mothers", "fathers", "elderly", "pensioners", "widows", "orphans"}

// ageSexList reports whether token t, a member of the family, stands in a
// list of two or more of them joined by commas, "and", "or" or "&" that
// opens right after the figure ending at token fe, perhaps past a
// modifier: "700,000 men, women and children" counts everyone.
func ageSexList(d *figures.Document, fe, t int) bool {
	if t < fe || !ageSexGroup(d.LowerTokenText(t)) {
		return false
	}
	members, joined := 0, false
	k := fe
	for ; k < len(d.Tokens) && k <= t+3; k++ {
		w := d.LowerTokenText(k)
		switch {
		case ageSexGroup(w):
			members++
		case w == "," || w == "and" || w == "or" || w == "&":
			joined = true
		case k > fe || !d.Tokens[k].IsWord():
			return members >= 2 && joined && k > t
		}
	}
	return members >= 2 && joined && k > t
}

// ageSexCounted returns the token of a member of the family that figure
// fi counts, right after it or past one lower-case modifier ("50,000
// pregnant women", "2,000 elderly men"), or -1. countedNoun reads only
// plurals in -s, and "women", "men" and "elderly" are none.
func ageSexCounted(d *figures.Document, s *figures.Sentence, fi int) int {
	_, fe := d.FigureTokens(fi)
	for t := fe; t < s.TokEnd && t <= fe+1; t++ {
		if !d.Tokens[t].IsWord() || !isLowerWord(d.TokenText(t)) {
			return -1
		}
		if ageSexGroup(d.LowerTokenText(t)) {
			return t
		}
		if w := d.LowerTokenText(t); len(w) < 3 || linkWords[w] || prepositions[w] || strings.HasSuffix(w, "ing") {
			return -1
		}
	}
	return -1
}

// ageSexIrregular maps the family's plurals that do not end in -s to their
// singulars; singular reads the others.
var ageSexIrregular = map[string]string{"children": "child", "women": "woman", "men": "man"}

// ageSexPlural returns the family's plural (ageSexMembers) that lower-cased
// w is, in either number, or "".
func ageSexPlural(w string) string {
	for _, p := range ageSexMembers {
		if p == w || singular(p) == w || ageSexIrregular[p] == w {
			return p
		}
	}
	return ""
}

// standForWords is how many words after "each" or "every" may name the
// people the tokens stand for ("each Palestinian girl killed").
const standForWords = 3

// tokensStandForKind returns the words of figure fi's tokens that stand one
// for each of a group by age or sex the metric rules out ("12,000
// cardboard figures, one per girl who died", oneforeach.go), or "". Whatever the
// tokens' own noun, they count the people after "each", in the singular
// there: the family's member is read in either number. A member that
// opens a list of people ("each child and adult") names more than the
// group.
func (m *metric) tokensStandForKind(d *figures.Document, s *figures.Sentence, fi int) string {
	_, fe := d.FigureTokens(fi)
	k := oneForEach(d, s, fe)
	if k < 0 {
		return ""
	}
	for t := k; t < s.TokEnd && t < k+standForWords && d.Tokens[t].IsWord(); t++ {
		if p := ageSexPlural(d.LowerTokenText(t)); p != "" {
			if !m.excludedKinds[p] || joinedOn(d, s, t) {
				return "" // "each child and adult killed": the people together
			}
			return d.TokenText(t)
		}
	}
	return ""
}

// joinedOn reports whether token t of sentence s is followed by a comma,
// "and", "or" or "&" and a word: a list of people goes on after it ("each
// child, woman and man", "every child and adult").
func joinedOn(d *figures.Document, s *figures.Sentence, t int) bool {
	if t+2 >= s.TokEnd || !d.Tokens[t+2].IsWord() {
		return false
	}
	switch d.LowerTokenText(t + 1) {
	case ",", "and", "or", "&":
		return true
	}
	return false
}
