package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A wire's raising passive names who reports a count between the figure
// and the verb that says what befell it: "26,637 people are reported by
// the Gaza health ministry to have been killed", "More than 12,000
// civilians are estimated by the UN human rights monitoring mission to
// have been killed", "are believed by the IOM to have fled". The "by"
// phrase says whose reckoning the count is, as a source aside does
// (sourceaside.go); its words do not part the figure from the keyword
// that the infinitive after it opens on. Read: a form of "be", a verb of
// reporting's participle, "by" and at most raisedAgentWords words with no
// mark or amount, "to", perhaps "have" and "been", and the keyword.

// raisedAgentWords bounds the agent: "the UN human rights monitoring
// mission", "Turkish and Syrian officials and rescue teams".
const raisedAgentWords = 10

// raisedAgentGap returns how many words of a raising passive's agent
// ("by the Gaza health ministry") stand between the figure ending at token
// fe and keyword hit h, which the infinitive after the agent opens on; 0
// when there is none. A keyword's gap less this is its distance.
func raisedAgentGap(d *figures.Document, s *figures.Sentence, fe int, h hit) int {
	if h.start <= fe+4 {
		return 0 // too near for an agent to stand between: nothing to take off
	}
	k := h.start - 1
	if w := d.LowerTokenText(k); w == "been" {
		k--
	}
	if d.LowerTokenText(k) == "have" {
		k--
	}
	if k <= fe || d.LowerTokenText(k) != "to" {
		return 0
	}
	to := k
	by := -1
	for t := to - 1; t > fe && t >= to-1-raisedAgentWords; t-- {
		if !d.Tokens[t].IsWord() && !isApostrophe(d.TokenText(t)) || figureIn(d, s, t) >= 0 {
			return 0
		}
		if d.LowerTokenText(t) == "by" {
			by = t
			break
		}
	}
	if by < fe+2 || !raisingParticiple(d.LowerTokenText(by-1)) || !beForm(d.LowerTokenText(by-2)) {
		return 0
	}
	return d.WordPos(to) - d.WordPos(by)
}

// raisingParticiple reports whether lower-cased w is the participle of a
// verb of reporting that raises its clause's subject: "are reported (by
// ...) to have been killed", "are believed to have fled".
func raisingParticiple(w string) bool {
	switch w {
	case "reported", "said", "believed", "thought", "estimated", "known", "feared",
		"understood", "confirmed", "presumed", "assumed", "recorded":
		return true
	}
	return false
}
