package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A sentence that opens on an open condition of the war's course and then
// gives what estimates say tells what may come: "And if the front moves to
// Zaporizhzhia city, the estimates I've seen suggest thousands more, maybe,
// uh, five thousand civilian deaths in the first months", "If the siege
// tightens, aid groups estimate 2 million more will flee". The condition's
// verb is in the present (nothing has happened yet), and a verb of
// estimating stands between its comma and the figure: the figure is a
// projection. A condition on a count's truth ("If the ministry's figure of
// 34,183 is right, ...") holds the figure itself and is left; so is a
// present condition with no verb of estimating ("If the current rate
// holds, Gaza's toll — 30,035 on Thursday — would reach 40,000": the
// modal reads its own figure), and one in the past ("If the offensive went
// ahead, ...") belongs to counterfactual.go.

// conditionEstimateWords is how many words the fronted condition may
// hold.
const conditionEstimateWords = 12

// conditionEstimate reports whether figure fi of sentence s follows a
// fronted open "if" condition and a verb of estimating after its comma.
func conditionEstimate(d *figures.Document, s *figures.Sentence, fi int) bool {
	word := sentenceWords(d, s)
	k := sentenceOpening(d, s)
	if w := word(k); w == "and" || w == "but" || w == "so" {
		k++
	}
	if word(k) != "if" {
		return false
	}
	fs, _ := d.FigureTokens(fi)
	comma := -1
	for t := k + 1; t < fs && t <= k+conditionEstimateWords; t++ {
		w := word(t)
		if w == "," {
			comma = t
			break
		}
		if figureAt(d, t) >= 0 || pastConditionWord(w) {
			return false // the count in the condition, or a past condition
		}
	}
	if comma < 0 {
		return false
	}
	for t := comma + 1; t < fs; t++ {
		w := word(t)
		if w == ";" || w == ":" {
			return false
		}
		if estimatingVerb(w) {
			return true
		}
	}
	return false
}

// pastConditionWord reports whether lower-cased w puts a condition in the
// past or the unreal: "had", "were", a past participle in -ed.
func pastConditionWord(w string) bool {
	switch w {
	case "had", "were", "was", "did":
		return true
	}
	return isLowerWord(w) && strings.HasSuffix(w, "ed")
}

// estimatingVerb reports whether lower-cased w is a verb by which
// estimates or models give what may come: "suggest", "estimate",
// "project".
func estimatingVerb(w string) bool {
	switch w {
	case "suggest", "suggests", "estimate", "estimates", "project", "projects", "model", "models",
		"predict", "predicts", "expect", "expects", "forecast", "forecasts":
		return true
	}
	return false
}
