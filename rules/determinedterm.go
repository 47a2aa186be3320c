package rules

import (
	"slices"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A comparison's other term opened by a determiner names a quantity
// already known, of something else: "has overtaken the roughly 6.8 million
// uprooted inside their own country", "more displaced people than the
// roughly one million who fled", "overtaken, what, the eleven thousand or
// so killed in the siege". The figure right after "the" or "those" that
// follows "than", the second "as" of "as many ... as", or a verb of
// comparison (comparisonVerb, likeningVerb) counts that term when the
// first term, before the word of comparison, is the metric's own count
// told in words: a keyword of the metric stands there ("Sudan's
// displacement has now overtaken ...", "a death toll that has overtaken
// ..."), with or without an amount of its own. comparedTermFigure, asked
// of total metrics only, walks further (through a relative clause on the
// term); this reads only the figure the determiner opens, so every metric
// asks it. The term is the metric's own figure when the first term is
// something else ("Kenya's defence budget is smaller than the roughly $3.8
// billion in military aid ...": no keyword before the comparison) or the
// count in reality a kept tally falls short of ("actual civilian deaths
// are significantly higher than the more than 11,000 it has been able to
// verify": trueCount), and so are a mark the count passes ("the 10
// million threshold": passedMark) and a figure right after the verb with
// no determiner ("has surpassed 11 million"). A speaker's filler between
// the word of comparison and the determiner does not part them
// ("overtaken, what, the ...": fillerStart).
func determinedTermFigure(d *figures.Document, s *figures.Sentence, fi int, hits []hit) bool {
	fs, _ := d.FigureTokens(fi)
	word := sentenceWords(d, s)
	if fs-2 < s.TokStart {
		return false
	}
	switch word(fs - 1) {
	case "the", "those":
	default:
		return false
	}
	k := fillerStart(d, s, fs-1) - 1 // the word before the determiner, past a filler
	switch w := word(k); {
	case w == "than":
	case w == "as" && secondAs(d, s, k):
	case comparisonVerb(w) || likeningVerb(w):
	default:
		return false
	}
	if passedMark(d, s, fi) || !termCounts(d, s, fi, hits) || !slices.ContainsFunc(hits, func(h hit) bool { return h.ref.role == roleKeyword && h.start >= s.TokStart && h.end <= k }) {
		return false
	}
	for t := s.TokStart; t < k; t++ {
		if trueCount(word(t)) {
			return false
		}
	}
	return true
}

// fillerStart returns the first token of a speaker's filler run set off
// by commas that ends just before token k of sentence s ("overtaken, what,
// the": the comma after "overtaken" for k at "the"), or k when none does.
func fillerStart(d *figures.Document, s *figures.Sentence, k int) int {
	if k-1 < s.TokStart || d.TokenText(k-1) != "," {
		return k
	}
	word := func(t int) string {
		if t < s.TokStart || t >= s.TokEnd {
			return ""
		}
		return d.TokenText(t)
	}
	// The run's opening comma stands at most a comment clause's length
	// before its closing one ("you know", "I'd say", "we are told").
	for j := k - 3; j >= s.TokStart && j >= k-4-fillerClauseTokens; j-- {
		if word(j) == "," && figures.SpokenFillerEnd(word, j) == k {
			return j
		}
	}
	return k
}

// fillerClauseTokens bounds the tokens of a comment clause's words between
// its commas: a pronoun, an apostrophe and "d", and four more words.
const fillerClauseTokens = 7

// fillerTokens counts the tokens of speakers' fillers set off by commas in
// [from, to) of sentence s: what a fixed reach in tokens between a place
// and its figure does not count ("in Yemen it's, what, fifteen thousand").
func fillerTokens(d *figures.Document, s *figures.Sentence, from, to int) int {
	word := func(t int) string {
		if t < s.TokStart || t >= s.TokEnd || t >= to {
			return ""
		}
		return d.TokenText(t)
	}
	n := 0
	for t := from; t < to; t++ {
		if d.TokenText(t) != "," {
			continue
		}
		if e := figures.SpokenFillerEnd(word, t); e > t {
			n += e - t
			t = e - 1
		}
	}
	return n
}

// termCounts reports whether what follows figure fi says what it counts,
// so that it is a quantity of others, not a mark the count passes: a
// relative clause ("the roughly one million who fled"), a participle ("the
// 2.7 million uprooted", "the eleven thousand or so lost"; a keyword of
// the metric there, or a past form: actParticiple), a counted plural noun ("the 6
// million refugees") or a people's name ("the 6.8 million Syrians"). Any
// other noun after it ("the 40,000 figure", "the 40,000 point") makes it a
// mark, whether passedMark lists the noun or not.
func termCounts(d *figures.Document, s *figures.Sentence, fi int, hits []hit) bool {
	_, fe := d.FigureTokens(fi)
	if fe >= s.TokEnd {
		return false
	}
	w := d.TokenText(fe)
	switch lw := d.LowerTokenText(fe); {
	case lw == "who" || lw == "that" || lw == "which":
		return true
	case isLowerWord(w) && actParticiple(lw):
		return true
	case pluralDemonym(w):
		return true
	}
	if keywordAt(hits, fe) || keywordAt(hits, fe+1) {
		return true
	}
	return countedNoun(d, s, fi) >= 0
}
