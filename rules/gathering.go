package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// gatheringWords is how many words may stand between a gathering's noun
// and the verb of drawing people it is the subject of: "The Detroit-area
// rally drew", "Saturday's march, which drew".
const gatheringWords = 6

// gatheringSize reports whether figure fi is the size of a gathering: the
// object of a verb of drawing people right before it ("drew", "attracted")
// whose subject, a few words back in the clause or the noun a "which"
// clause hangs on, names a gathering — "The Detroit-area rally drew about
// 3,000 people, organizers said, many carrying the names of relatives
// killed in Gaza", "Saturday's march, which drew an estimated 10,000".
// Local copy on vigils, rallies and marches names the crowd, then those it
// mourns, and the mourned words stand near the crowd's figure. A verb of
// drawing whose subject is no gathering ("the war has drawn ...") stays.
// The crowd is also the subject of a verb of demonstrating (demonstrators)
// and what a gathering is put at (crowdPutAt). Each way needs a gathering's
// noun or a verb of demonstrating in the sentence, so a sentence without
// one is not read (sentenceMarks.gathering).
func gatheringSize(d *figures.Document, s *figures.Sentence, fi int) bool {
	fs, fe := d.FigureTokens(fi)
	word := sentenceWords(d, s)
	if demonstrators(d, s, word, fe) || crowdPutAt(word, fs, s.TokStart) {
		return true
	}
	if fs-2 < s.TokStart || !drawingVerb(word(fs-1)) {
		return false
	}
	for k, n := fs-2, 0; k >= s.TokStart && n < gatheringWords; k, n = k-1, n+1 {
		w := word(k)
		if gatheringNoun(w) && (isLowerWord(d.TokenText(k)) || k == s.TokStart) {
			return true // not the month: "since March drew"
		}
		if w == "," && (word(k+1) == "which" || word(k+1) == "that") {
			continue // "Saturday's march, which drew"
		}
		if !d.Tokens[k].IsWord() && !ownerMark(d, k) && w != "-" || figureAt(d, k) >= 0 {
			return false
		}
	}
	return false
}

// drawingVerb reports whether lower-cased w is a verb whose object is the
// people a gathering brings together: "drew", "attracted".
func drawingVerb(w string) bool {
	switch w {
	case "drew", "draws", "draw", "drawing", "attracted", "attracts", "attract", "attracting":
		return true
	}
	return false
}

// gatheringNoun reports whether lower-cased w names a gathering of people:
// a rally, a march, a vigil.
func gatheringNoun(w string) bool {
	switch w {
	case "rally", "rallies", "march", "marches", "vigil", "vigils", "protest", "protests", "demonstration", "demonstrations",
		"gathering", "gatherings", "procession", "memorial", "funeral", "service", "crowd", "crowds", "event":
		return true
	}
	return false
}

// demonstrators reports whether the figure ending at token fe is the
// subject of a verb of demonstrating, right after it or after at most two
// lower-case words of its noun: "some 4,000 mourners rallied", "about
// 250,000 people marched through the capital to mourn the dead". Those
// who march are the crowd, whatever the dead they march for (fa41).
func demonstrators(d *figures.Document, s *figures.Sentence, word func(int) string, fe int) bool {
	for k := fe; k < s.TokEnd && k < fe+3; k++ {
		if !d.Tokens[k].IsWord() || !isLowerWord(d.TokenText(k)) {
			return false
		}
		if demonstratingVerb(word(k)) {
			return !marchedAway(d, s, word, k)
		}
	}
	return false
}

// marchedAway reports whether the "marched" at token k is a crowd on the
// move, not on a demonstration: the words after it give a way or a leaving
// ("marched south", "marched away from their villages", "walked, marched
// or rode out of the city", "marched southward"), so the
// figure counts people uprooted or arriving, which a metric may count.
// A demonstration's march names where it goes through or what it is for
// ("through the capital", "on parliament", "to mourn"). The look runs a
// few words on, past commas, and stops at a sentence's or a clause's end.
func marchedAway(d *figures.Document, s *figures.Sentence, word func(int) string, k int) bool {
	if word(k) != "marched" {
		return false
	}
	for j := k + 1; j < s.TokEnd && j <= k+5; j++ {
		w := word(j)
		if w == "." || w == ";" || w == ":" || figureAt(d, j) >= 0 {
			return false
		}
		if w == "away" || w == "out" || w == "off" {
			return true
		}
		// A point of the compass right after the verb is a heading
		// ("marched south"); later it may place a demonstration ("marched
		// in south Tel Aviv"), and "-ern" never heads.
		if j == k+1 && compassAdjective(strings.TrimSuffix(strings.TrimSuffix(w, "s"), "ward")) && !strings.HasSuffix(w, "ern") && w != "central" {
			return true
		}
	}
	return false
}

// demonstratingVerb reports whether lower-cased w is a past verb of taking
// part in a demonstration: "marched", "rallied", "protested".
func demonstratingVerb(w string) bool {
	switch w {
	case "marched", "rallied", "protested", "demonstrated", "paraded", "picketed":
		return true
	}
	return false
}

// crowdPutAt reports whether the figure starting at token fs is what a
// gathering is put at: "officers reckoned the vigil at 6,500", "organisers
// estimated the march at half a million". The gathering's noun stands
// right before "at", after a determiner or an owner.
func crowdPutAt(word func(int) string, fs, first int) bool {
	return fs-2 >= first && word(fs-1) == "at" && gatheringNoun(word(fs-2)) && word(fs-2) != "service" && word(fs-2) != "event" && word(fs-2) != "memorial"
}
