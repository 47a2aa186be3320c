package claimant

// reportOfPronoun returns the first report before the pronoun at p whose
// clause covers it and whose own source is no pronoun: "Officials say
// they now believe ...", "The fire service tells us it has counted ...".
// On a transcript's speaker line the pronoun never stands for the
// speaker (find.go), so it takes up that report's source, as the prose
// reading does (pick.go pickResolved).
func (v *view) reportOfPronoun(atts []attr, p int) (attr, bool) {
	for _, o := range atts {
		if o.kind == kVerb && o.anchor < p && !v.anaphoric(o) && !firstPersonWord(v.toks[o.src].low) {
			if _, covers := v.covers(o, p); covers {
				return o, true
			}
		}
	}
	return attr{}, false
}
