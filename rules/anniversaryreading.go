package rules

import (
	"github.com/claimtrack/claimtrack/rules/figures"
)

// An anniversary the count was read by dates it to the past (pastdated.go:
// "the mission had verified 8,006 civilian deaths by the war's first
// anniversary, a number that has grown since"). A count named with its
// anniversary as one noun phrase, which the sentence then judges in the
// present ("OHCHR's count of roughly 10,500 verified civilian deaths by the
// second anniversary is a floor", "roughly 42,000 dead at the war's first
// anniversary — has been picked apart"), is the reading the article is
// about: the anniversary dates it, as an "as of" does, and the writers
// label it the metric's own. So is a reading by an anniversary that an
// apposition right after the figure goes on to weigh as a figure ("By the
// third anniversary the UN's tally ... stood at 12,605, a figure its own
// monitors call an undercount"): an old reading is glossed by how it has
// since grown ("8,006 civilian deaths by the war's first anniversary, a
// number that has grown every month since"), and stays dated.

// judgedReading reports whether the anniversary phrase opened by "by" or
// "at" at token k is followed, right after "anniversary" (past a dash), by
// a verb of the present that the phrase is the subject of.
func judgedReading(d *figures.Document, s *figures.Sentence, k int) bool {
	word := sentenceWords(d, s)
	if w := word(k); w != "by" && w != "at" {
		return false
	}
	a := anniversaryAfter(word, k, s.TokEnd)
	if a < 0 {
		return false
	}
	switch wordAfterAnniversary(word, a) {
	case "is", "are", "has", "have", "remains", "remain", "stands", "looks", "seems":
		// A past verb ("... at the first anniversary was lower than
		// today's") judges an old reading: it stays dated.
		return true
	}
	return false
}

// glossedReading reports whether the past time phrase at token k of
// sentence s is an anniversary and figure fi is followed, past its noun
// and a comma, by an apposition that weighs it as a figure ("a figure its
// own monitors call an undercount"), with no word of a later change in it
// ("a number that has grown every month since").
func glossedReading(d *figures.Document, s *figures.Sentence, fi, k int) bool {
	word := sentenceWords(d, s)
	a := anniversaryAfter(word, k, s.TokEnd)
	g := figureGloss(d, s, fi)
	return a >= 0 && g >= 0 && !laterChangeIn(word, g, s.TokEnd)
}

// grownSince reports whether sentence s says that figure fi has since
// changed: glossed so at the first comma after it ("8,006 civilian deaths
// by the war's first anniversary, a number that has grown every month
// since", "10,000 dead at the first anniversary, a mark long since
// passed"), or told so later in the sentence (changedAfter).
func grownSince(d *figures.Document, s *figures.Sentence, fi int) bool {
	word := sentenceWords(d, s)
	_, fe := d.FigureTokens(fi)
	for c := fe; c+2 < s.TokEnd; c++ {
		if word(c) == "," {
			head := word(c + 2)
			if word(c+1) == "a" && (figureNoun(head) || head == "mark" || head == "total") && laterChangeIn(word, c+3, s.TokEnd) {
				return true
			}
			break
		}
	}
	return changedAfter(d, s, fe)
}

// changedAfter reports whether, from token from of sentence s, a later
// clause tells the count moving on since: a verb of change beside "since"
// ("it has since climbed", "has grown since"), a verb of change before a
// figure ("climbed to 10,900"), or "now" or "today" just before a figure
// ("the count now stands at 10,900").
func changedAfter(d *figures.Document, s *figures.Sentence, from int) bool {
	word := sentenceWords(d, s)
	for t := from; t < s.TokEnd; t++ {
		switch w := word(t); {
		case changeVerb(w) || passingVerb(w):
			if word(t-1) == "since" || word(t+1) == "since" || countWithin(d, s, t+1, 3) {
				return true
			}
		case w == "now" || w == "today":
			if countWithin(d, s, t+1, 3) {
				return true
			}
		}
	}
	return false
}

// countWithin reports whether a count figure starts within n tokens from
// token from of sentence s.
func countWithin(d *figures.Document, s *figures.Sentence, from, n int) bool {
	for t := from; t < s.TokEnd && t < from+n; t++ {
		if fi := figureAt(d, t); fi >= 0 && d.Figures[fi].Kind == figures.Count {
			return true
		}
	}
	return false
}

// figureGloss returns the token after the apposition's head when figure
// fi of sentence s is followed, past its noun and a comma, by "a" and a
// word for a figure ("12,654 civilians, a count ..."), or -1.
func figureGloss(d *figures.Document, s *figures.Sentence, fi int) int {
	word := sentenceWords(d, s)
	_, fe := d.FigureTokens(fi)
	c := fe
	for c < s.TokEnd && c < fe+2 && isLowerWord(d.TokenText(c)) && !prepositions[word(c)] {
		c++
	}
	if c+2 >= s.TokEnd || word(c) != "," || word(c+1) != "a" || !figureNoun(word(c+2)) {
		return -1
	}
	return c + 3
}

// laterChangeIn reports whether a word of a later change ("since",
// "grown", "risen", "overtaken") stands in tokens [from, to) before the
// clause ends at a comma, a semicolon or a dash.
func laterChangeIn(word func(int) string, from, to int) bool {
	for t := from; t < to; t++ {
		switch word(t) {
		case ",", ";", "—", "–":
			return false
		case "since", "grown", "grew", "risen", "rose", "climbed", "increased", "doubled", "then", "higher", "overtaken", "surpassed":
			return true
		}
	}
	return false
}

// anniversaryAfter returns the token of "anniversary" within six tokens
// after the time phrase opened at token k (before end): "by the war's
// first anniversary". It returns -1 when there is none.
func anniversaryAfter(word func(int) string, k, end int) int {
	for j := k + 1; j < end && j <= k+6; j++ {
		if w := word(j); w == "anniversary" || w == "anniversaries" {
			return j
		}
	}
	return -1
}

// wordAfterAnniversary returns the word right after the anniversary at
// token a, past a dash: the verb, if any, that the phrase ending in the
// anniversary is the subject of ("at the first anniversary — is a floor").
func wordAfterAnniversary(word func(int) string, a int) string {
	n := a + 1
	if w := word(n); w == "—" || w == "–" {
		n++
	}
	return word(n)
}
