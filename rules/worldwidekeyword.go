package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// The word that widens a figure to the world may close the metric's own
// keyword the figure is spent on: "The US spends roughly $6 billion a year
// on Foreign Military Financing worldwide", "about $6bn annually in FMF
// globally". The keyword names the programme, the widening word its
// reach: the sum of every country's share, as "worldwide" right after the
// figure makes it (worldwideFigure). The keyword must follow the figure
// straight, past a year's words and one preposition, and the widening word
// the keyword straight; a comparison or a comma before it ("$3.3bn in FMF,
// the most of any country worldwide") leaves the figure the place's. So
// does the place as the subject of the verb before the figure ("Israel
// receives $3.3 billion a year in FMF worldwide"): its share of the
// programme's worldwide sums, not the sum.

// worldwideKeyword reports whether figure fi of sentence s is followed by
// a year's words, a preposition and a keyword hit of hits that a word
// widening it to the world closes.
func (m *metric) worldwideKeyword(d *figures.Document, s *figures.Sentence, fi int, hits []hit) bool {
	if len(m.spec.Scope) == 0 {
		return false
	}
	fs, fe := d.FigureTokens(fi)
	if m.scopeSubjectBefore(d, s, fs) {
		return false
	}
	word := sentenceWords(d, s)
	t := fe
	switch {
	case word(t) == "annually" || word(t) == "yearly":
		t++
	case (word(t) == "a" || word(t) == "per" || word(t) == "each" || word(t) == "every") && word(t+1) == "year":
		t += 2
	}
	switch word(t) {
	case "on", "in", "for", "through", "under":
		t++
	default:
		return false
	}
	for _, h := range hits {
		if h.ref.role != roleKeyword || h.start != t && !(h.start == t+1 && word(t) == "the") {
			continue
		}
		return worldAt(word, h.end)
	}
	return false
}

// scopeSubjectWords is how many lower-case words (a verb, an adverb, a
// qualifier) may stand between a subject and the figure it takes.
const scopeSubjectWords = 3

// scopeSubjectBefore reports whether a one-word scope place of the metric
// stands, not as an owner, before figure token fs with only lower-case
// words between: the subject that takes the figure ("Israel receives",
// "Israel now gets roughly").
func (m *metric) scopeSubjectBefore(d *figures.Document, s *figures.Sentence, fs int) bool {
	for k := fs - 1; k >= s.TokStart && k >= fs-scopeSubjectWords-1; k-- {
		t := d.TokenText(k)
		if m.scopeName(t) {
			return k+1 == fs || !isApostrophe(d.TokenText(k+1))
		}
		if !d.Tokens[k].IsWord() || t != d.LowerTokenText(k) {
			return false
		}
	}
	return false
}
