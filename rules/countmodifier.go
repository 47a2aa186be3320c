package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A noun the metric counts, in the singular before another noun, modifies
// it: "three battalion commanders" counts commanders, "two brigade
// headquarters" headquarters. A figure above one takes a plural noun, so a
// singular after it is no noun of its own; a plural-looking word after a
// plural without -s ("14 million people deserves") is the sentence's verb
// instead, and so is one after a figure of one ("one battalion remains").
// A part "of the" such a compound counts its head too: "two of the
// battalion commanders in Rafah" (count_noun_modifier.yaml).

// singularModifier reports whether lower-case w, the word after figure
// fi, is the singular of the noun the metric's unit names ("battalion"
// for battalions) and the figure is above one. A unit of people reads its
// people words as before: "12,910 civilian killings" counts the dead,
// "civilian" an adjective as much as a noun.
func (m *metric) singularModifier(d *figures.Document, fi int, w string) bool {
	if d.Figures[fi].Value <= 1 {
		return false
	}
	for _, u := range strings.Fields(strings.ToLower(m.spec.Unit)) {
		if u != peopleVocab && u == w+"s" {
			return true
		}
	}
	return false
}

// modifiedOfPart returns the token of the head noun a part "N of the"
// counts when a singular noun of the metric's modifies it ("two of the
// battalion commanders"), or -1.
func (m *metric) modifiedOfPart(d *figures.Document, s *figures.Sentence, fi int) int {
	_, fe := d.FigureTokens(fi)
	word := sentenceWords(d, s)
	if word(fe) != "of" || word(fe+1) != "the" && !possessiveDeterminer(word(fe+1)) {
		return -1
	}
	t := fe + 2
	if t+1 >= s.TokEnd || !isLowerWord(d.TokenText(t)) || !isLowerWord(d.TokenText(t+1)) {
		return -1
	}
	if w := word(t); pluralForm(w) || !m.singularModifier(d, fi, w) {
		return -1
	}
	if n := word(t + 1); pluralForm(n) && !notNoun(n) && !m.countNouns[n] {
		return t + 1
	}
	return -1
}
