package claimant

// "its" takes up something singular: "In its latest assessment, Russian
// forces advanced about 4,168 square kilometres" cannot mean the forces'
// assessment, which would be "their"; the owner is who the sentence before
// named ("The Institute for the Study of War publishes a daily map of the
// front."). "By its own count, the Red Cross has reunited 90 children"
// still takes up the subject after the frame.

// pluralForIts reports whether the pronoun at p is "its" and the phrase
// [x, y) after it that it might take up closes on a lower-case plural:
// "Russian forces", "Kenyan families". (A subject before the pronoun,
// "Hamas disputes that; in its own telling, ...", is not what the frame
// opens on.)
func (v *view) pluralForIts(p, x, y int) bool {
	if !v.isOne(p, wIts) || y <= x || x < p {
		return false
	}
	t := &v.toks[y-1]
	return t.word && !t.capital && pluralForm(t.low)
}
