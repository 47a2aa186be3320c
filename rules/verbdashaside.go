package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A speaker breaks off between a count's verb and its figure: "The toll
// across both countries is now — and this is the latest we have — over
// thirty-three thousand people". The aside (dashAsideBefore: words and
// commas only, closing right before the figure) parts nothing: a word
// before it is as far from the figure as from the aside's opening dash,
// when a word of the count's verb ("is", "now", "stands at", "risen to")
// stands right before that dash.

// acrossVerbDashAside returns the gap in words from hit h to the figure
// starting at token fs read across such an aside, or g, the gap as
// counted, when there is none or h is not before it.
func acrossVerbDashAside(d *figures.Document, s *figures.Sentence, fs int, h hit, g int) int {
	a := dashAsideBefore(d, s, fs)
	if a >= fs || h.end > a || a-1 <= s.TokStart {
		return g
	}
	w := d.LowerTokenText(a - 1)
	if !countSettingVerb(w) && !countSettingPreposition(w) {
		return g
	}
	return min(g, d.WordPos(a)-d.WordPos(h.end))
}
