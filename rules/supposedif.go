package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A figure inside an open condition is supposed, not stated: "If even
// three brigades hold out in the city, the siege drags on", "Should the
// count reach 80,000, will the donors act?" reads no count of 80,000, and
// "even if 2,000 detainees must walk free" offers none. The condition is
// an "if" that opens the sentence (past a stamp or a speaker's label) or a
// clause (after a comma, semicolon, colon or dash, or as "even
// if"), and the figure stands in it before the clause ends. An "if" after
// a verb asks whether ("unclear if", "asked if"); "as if" compares; a
// figure the condition takes as given ("If the 1.3 million in the city
// must move", "If Rafah's million are pushed out") counts people who are
// there, a count named with "of" ("If the agency's figure of 38,000
// holds") is a claim given, and one whose truth the condition weighs ("if
// 38,000 is accurate", "if four units really remain, as the army
// insists", "if the army is right that four units remain") is the claim
// itself: each stays. A concession on a state with "only" ("even if only
// a million people remain in Rafah") still supposes: the dev files label
// it none (israel-gaza-154:288, 1 to 0). Conditions
// without "if" are read elsewhere (condition.go, counterfactual.go,
// hypothetical.go); this reads the figure inside the "if" clause, which
// those read as the condition's setting.

// supposedIfReach is how many tokens an "if" may stand before the figure.
const supposedIfReach = 14

// supposedIf reports whether figure fi of sentence s stands inside an
// open condition's "if" clause.
func supposedIf(d *figures.Document, s *figures.Sentence, fi int) bool {
	fs, fe := d.FigureTokens(fi)
	word := sentenceWords(d, s)
	if fs > s.TokStart && (definiteFigure(word(fs-1)) || word(fs-1) == "of" || possessiveBefore(word, fs, s.TokStart)) {
		return false // the people or the count the condition takes as given
	}
	first := afterStamp(d, s)
	k := fs - 1
	for ; k >= s.TokStart && k >= fs-supposedIfReach; k-- {
		w := word(k)
		if w == "if" {
			break
		}
		if ifClauseMark(w) {
			return false
		}
	}
	if k < s.TokStart || k < fs-supposedIfReach || word(k) != "if" {
		return false
	}
	// A speaker's label ("HOST: If ...") ends in a colon, a mark of its own.
	opens := k == first || k == s.TokStart || k > s.TokStart && (ifClauseMark(word(k-1)) || word(k-1) == "even")
	if !opens {
		return false
	}
	if word(k-1) == "even" && grantedPerfect(word, fe, s.TokEnd) {
		return false // "even if 40,000 have died": a concession grants a past count
	}
	if weighedBefore(word, k+1, fs) {
		return false // "If Israel is right that four battalions remain": the claim weighed
	}
	for j := fe; j < s.TokEnd; j++ {
		w := word(j)
		if ifClauseMark(w) {
			if w == "," && word(j+1) == "as" && j+2 < s.TokEnd && (determiner(word(j+2)) || named(d, j+2)) {
				return false // ", as Israel insists": a claim the condition weighs
			}
			break
		}
		if truthWord(w) || w == "believed" || w == "really" || w == "indeed" {
			return false // the condition weighs the figure's truth
		}
		if claimHoldsVerb(w) && j+1 <= s.TokEnd && (j+1 == s.TokEnd || word(j+1) == "up" || word(j+1) == "." || ifClauseMark(word(j+1))) {
			return false // "if 38,000 holds", "if the number stands up": the figure's truth
		}
		if verbForm(w, "confirm") || verbForm(w, "verify") || w == "borne" {
			return false // "if 38,000 is confirmed", "if it is borne out"
		}
	}
	return true
}

// ifClauseMark reports whether lower-cased token w closes or opens a clause:
// a comma, a semicolon, a colon, a dash or a question mark.
func ifClauseMark(w string) bool {
	switch w {
	case ",", ";", ":", "—", "–", "?", "(", ")":
		return true
	}
	return false
}

// possessiveBefore reports whether a possessive's "'s" stands right before
// the figure at token fs ("Rafah's million"), not a pronoun's "is" ("it's
// fifty thousand").
func possessiveBefore(word func(int) string, fs, first int) bool {
	if fs-3 < first || word(fs-1) != "s" || word(fs-2) != "'" && word(fs-2) != "’" {
		return false
	}
	switch word(fs - 3) {
	case "it", "that", "there", "here", "what", "who", "he", "she", "which", "this":
		return false
	}
	return true
}

// claimHoldsVerb reports whether lower-cased w is a verb of holding or
// standing: with nothing after it but the clause's end or "up", its
// subject is a claim that survives a test ("if the count holds", "should
// 38,000 stand up"), not people who stay somewhere ("if two units hold out",
// "if 900 troops hold the ridge": an object or "out" follows).
func claimHoldsVerb(w string) bool {
	return verbForm(w, "hold") || verbForm(w, "stand") || w == "held" || w == "stood"
}

// grantedPerfect reports whether a perfect's auxiliary ("have", "has",
// "had") stands within the three tokens after a figure ending at token fe,
// before the clause ends: a concessive "even if" with a perfect grants what
// has happened ("even if 9,000 had perished, the war grinds on"), so the
// figure is the claim granted; a modal or a present ("even if 2,000 more
// die", "even if 500 must go free") supposes what has not (mendfa41).
func grantedPerfect(word func(int) string, fe, end int) bool {
	for j := fe; j < end && j < fe+3; j++ {
		switch w := word(j); {
		case w == "have" || w == "has" || w == "had":
			return true
		case ifClauseMark(w) || w == ".":
			return false
		}
	}
	return false
}

// weighedBefore reports whether a word of truth and "that" stand between
// an "if" and a figure, tokens [from, fs): "If Israel is right that four
// battalions remain", "if the UN is correct that 1.4 million are there",
// "if it is true that".
// The condition weighs a speaker's claim, the figure that follows.
func weighedBefore(word func(int) string, from, fs int) bool {
	for j := from; j+1 < fs; j++ {
		if truthWord(word(j)) && word(j+1) == "that" {
			return true
		}
	}
	return false
}

// truthWord reports whether lower-cased w judges a claim's truth: "right",
// "correct", "accurate", "true", "reliable". After the figure ("if 38,000
// is accurate") or before "that" and the figure ("if it is true that four
// battalions remain"), the condition weighs the claim.
func truthWord(w string) bool {
	switch w {
	case "right", "correct", "accurate", "true", "reliable":
		return true
	}
	return false
}
