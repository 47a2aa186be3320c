package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A sentence whose subject is one stretch of time tells what happened in
// it: "December was the deadliest month of the war, with about 6,900
// killed", "Tuesday was the bloodiest day yet: 700 dead", "The first week
// of the offensive saw 1,500 people killed", "Last month brought 2,100
// more deaths". A running total's figure there is that stretch's part.
// A figure the sentence says a count reached, or that holds its own verb
// of level ("bringing the toll to 45,000", "pushed the total past
// 40,000"), is the count at that time, as periodAfter leaves it. A live
// blog's label may stand before the stretch: "Recap: November alone saw
// some 5,100 deaths" (sentenceLabelColon).

// periodVerbWords is how many tokens the period's phrase may run before
// its verb ("The first week of the Rafah offensive saw").
const periodVerbWords = 8

// periodSubject returns the token that opens a period that is the subject
// of figure fi's sentence, or -1.
func periodSubject(d *figures.Document, s *figures.Sentence, fi int) int {
	fs, _ := d.FigureTokens(fi)
	word := sentenceWords(d, s)
	k := afterStamp(d, s)
	end := periodPhraseEnd(d, s, k)
	if end < 0 {
		if c := sentenceLabelColon(d, s, k); c >= 0 && named(d, k) && named(d, c+1) {
			k, end = c+1, periodPhraseEnd(d, s, c+1) // "Recap: November alone saw"
		}
	}
	if end < 0 || end >= fs {
		return -1
	}
	// The phrase may go on before its verb: "of the war", "of 2024".
	v := end
	for ; v < fs && v <= end+periodVerbWords; v++ {
		if periodVerb(word(v)) {
			break
		}
		if !d.Tokens[v].IsWord() && !isApostrophe(d.TokenText(v)) || subordinatingWord(word(v)) {
			return -1
		}
	}
	if v >= fs || !periodVerb(word(v)) {
		return -1
	}
	for t := v + 1; t < fs; t++ {
		switch word(t) {
		case ";", "(", ")":
			return -1
		}
	}
	if countAtTime(d, s, fi) || takingTotal(d, fs) >= 0 {
		return -1
	}
	return k
}

// periodPhraseEnd returns the token after a stretch of time that opens at
// token k ("December", "Tuesday", "Last month", "The first week", "That
// weekend", "2024"), or -1.
func periodPhraseEnd(d *figures.Document, s *figures.Sentence, k int) int {
	word := sentenceWords(d, s)
	if named(d, k) && (monthNumber(word(k)) > 0 && word(k) != "may" || weekday(word(k))) {
		return k + 1
	}
	if fi := figureIn(d, s, k); fi >= 0 && d.Figures[fi].Kind == figures.Year {
		_, fe := d.FigureTokens(fi)
		return fe
	}
	switch word(k) {
	case "the", "that", "last", "this":
		t := k + 1
		if word(k) == "the" || word(k) == "that" {
			switch word(t) {
			case "first", "second", "third", "last", "past", "final", "opening", "deadliest", "bloodiest", "worst":
				t++
			default:
				return -1
			}
		}
		if periodNoun(word(t)) {
			return t + 1
		}
	}
	return -1
}

// periodNoun reports whether lower-cased w names one stretch of time a
// sentence may open on: "day", "week", "weekend", "month".
func periodNoun(w string) bool {
	switch w {
	case "day", "days", "night", "week", "weeks", "weekend", "fortnight", "month", "months":
		return true
	}
	return false
}

// periodVerb reports whether lower-cased w is a verb whose subject, a
// stretch of time, is said to hold what the rest of the clause tells: "was
// the deadliest month", "saw", "brought".
func periodVerb(w string) bool {
	switch w {
	case "was", "is", "were", "saw", "sees", "brought", "brings", "witnessed", "proved", "marked", "recorded":
		return true
	}
	return false
}
