package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/claimant"
	"github.com/claimtrack/claimtrack/rules/figures"
)

// Some verbs tell a death toll only with the count as their object: "Quake
// claims 45,000", "the war has claimed more than 41,000 Palestinians",
// "Gaza mourns 30,000", "Turkey and Syria buried more than 53,000 of their
// people". The same verbs say something else with anything else after them:
// "Israel claims that ...", "the 17,000 fighters Israel claims", "10,000
// people turned out to mourn", "feared buried under the rubble". A
// vocabulary entry written "claim COUNT" matches its words only where a
// figure follows at once, and the figure is no subject of a verb after it
// ("Israel claims 17,000 were fighters" reports what Israel says).

// CountMark ends a vocabulary entry that needs a figure as its object.
const CountMark = "COUNT"

// objectHeld reports whether phrase ph, matched up to token end, may
// count: any phrase but a COUNT one, or that one with a figure right after
// it that is the verb's object.
func objectHeld(d *figures.Document, s *figures.Sentence, end int, ph *phrase) bool {
	if !ph.object {
		return true
	}
	if end >= s.TokEnd {
		return false
	}
	fi := figureIn(d, s, end)
	if fi < 0 {
		return false
	}
	if fs, _ := d.FigureTokens(fi); fs != end {
		return false
	}
	return !subjectOfVerbAfter(d, s, fi) && !claimedBySpeakers(d, s, end-1)
}

// claimedBySpeakers reports whether the verb at token v is a form of
// "claim" whose subject, right before it (perhaps past an auxiliary), is
// people who speak: an agent noun as the claimant finder knows them
// ("organisers", "protesters", "activists", "police", "officials"). They
// claim a number; an event or a force of nature ("the quake claimed
// 45,000", "the tremors claimed 4,000 lives") claims lives. "Police
// estimated the crowd at 4,500, while organisers claimed 10,000". A
// country opening an absolute clause speaks as they do ("and Israel
// claiming four battalions remain").
func claimedBySpeakers(d *figures.Document, s *figures.Sentence, v int) bool {
	if !strings.HasPrefix(d.LowerTokenText(v), "claim") {
		return false
	}
	k := v - 1
	if k > s.TokStart {
		switch d.LowerTokenText(k) {
		case "has", "have", "had":
			k--
		}
	}
	// A country claims a number as people do when it is the subject of an
	// absolute clause's participle: "and Israel claiming four battalions
	// still hide among them". A country after a preposition or a verb
	// ends the subject's place ("The war in Gaza has claimed 30,000",
	// "the quake that struck Turkey has claimed"): the event claims lives.
	if d.LowerTokenText(v) == "claiming" && k >= s.TokStart && isCountry(d.TokenText(k)) && (k == s.TokStart || absoluteSubjectOpener(d.LowerTokenText(k-1))) {
		return true
	}
	// A capital is a name's ("Rivers claimed ..."), except the sentence's
	// first word ("Activists claimed 8,000").
	if k < s.TokStart || k > s.TokStart && !isLowerWord(d.TokenText(k)) {
		return false
	}
	w := d.LowerTokenText(k)
	return w == "police" || claimant.AgentNoun(w)
}

// subjectOfVerbAfter reports whether figure fi is the subject of a finite
// verb within the three words after it ("17,000 were fighters", "40,000
// have been killed", "17,000 Hamas fighters had died"), before any
// punctuation.
func subjectOfVerbAfter(d *figures.Document, s *figures.Sentence, fi int) bool {
	_, fe := d.FigureTokens(fi)
	var buf [64]byte
	for k := fe; k < s.TokEnd && k < fe+4; k++ {
		if !d.Tokens[k].IsWord() {
			return false
		}
		w := string(lowerInto(&buf, d.TokenText(k)))
		if beForm(w) || modalWord(w) || w == "had" || w == "have" || w == "has" || w == "died" || strings.HasSuffix(w, "n't") {
			return true
		}
	}
	return false
}

// absoluteSubjectOpener reports whether lower-cased w, right before a name, leaves
// the name the subject of what follows: a joining word or a comma ("and
// Israel claiming", "with Russia claiming"), not a preposition or a verb
// whose object it is.
func absoluteSubjectOpener(w string) bool {
	switch w {
	case "and", ",", "with", "while", "but":
		return true
	}
	return false
}
