package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A reading its teller gave "then" is an old one: "By late January more
// than a million people had crowded into Rafah, UN agencies reported
// then", "Mariupol's council estimated at the time that perhaps 20,000
// people had died", "the toll would likely double from the 28,000 counted
// then". "then" or "at the time" right after a verb that gives a figure
// (said, reported, estimated, counted, recorded ...) places the telling in
// the past, and the figure of its clause with it, whatever kind the
// metric is: a running total's old value or a level's old state. Taken as
// now, it posts a false "lower figure" or a conflict.
//
// The clause is the figure's stretch between semicolons. A clause that
// marks a present of its own ("has since risen", "now", "today") tells the
// count now beside the old telling, and keeps its figures. "and then", "by
// then", "since then" follow no verb of telling, and stay; so does a verb
// of another act ("was denounced at the time").

// toldThenAt returns the token of the "then" or "at the time" that places
// the telling of figure fi's clause in the past, or -1.
func toldThenAt(d *figures.Document, s *figures.Sentence, fi int) int {
	fs, fe := d.FigureTokens(fi)
	word := sentenceWords(d, s)
	start, end := s.TokStart, s.TokEnd
	for k := fs - 1; k > s.TokStart; k-- {
		if word(k) == ";" {
			start = k + 1
			break
		}
	}
	for k := fe; k < s.TokEnd; k++ {
		if word(k) == ";" {
			end = k
			break
		}
	}
	at := -1
	for k := start + 1; k < end; k++ {
		switch w := word(k); {
		case presentMark(w):
			return -1 // "has since risen to", "now stands at"
		case at >= 0:
		case w == "then" && toldBefore(word, k):
			at = k
		case w == "at" && word(k+1) == "the" && word(k+2) == "time" && toldBefore(word, k):
			at = k
		}
	}
	return at
}

// toldBefore reports whether a verb that gives a figure ends right before
// token k, or "told" and its hearer do ("told reporters then", "told us at
// the time").
func toldBefore(word func(int) string, k int) bool {
	return tellingVerb(word(k-1)) || word(k-2) == "told" && isLowerWord(word(k-1))
}

// tellingVerb reports whether lower-cased w is a past verb or participle
// that gives a figure: one of saying (saidVerb: "said", "reported",
// "put") or of estimating or counting ("estimated", "counted",
// "recorded").
func tellingVerb(w string) bool {
	switch w {
	case "estimated", "counted", "recorded", "registered", "tallied", "logged", "verified", "confirmed", "announced", "told":
		return true
	}
	return saidVerb(w)
}

// presentMark reports whether lower-cased w marks a clause's present
// against an old telling: "now", "today", "currently", "since" ("has since
// risen").
func presentMark(w string) bool {
	switch w {
	case "now", "today", "currently", "since":
		return true
	}
	return false
}
