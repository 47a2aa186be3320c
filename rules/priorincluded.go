package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// inclusionReach is how many tokens after a figure its word of inclusion
// may stand ("14 million displaced includes", "a figure that includes"),
// and priorPartReach how many after that word the part from before the
// metric's start may be told.
const (
	inclusionReach = 6
	priorPartReach = 14
)

// includesPriorPart reports whether running total figure fi is said, in
// its own clause after it, to include people counted before the metric's
// start: "IOM's headline figure of 14 million displaced includes about 2.3
// million people who had already fled earlier conflicts", "13 million
// displaced include some 2.7 million uprooted by previous wars", "a figure
// that includes people who fled before the war began". Such a figure is a
// stock of every period, not the count since the start; explainers and
// analysis say so to warn the reader off it. The part is told by a word
// calling a war prior ("earlier conflicts"), "before" the war's start, or
// a time that closes before the start ("before April 2023"). A part of
// the metric's own period ("including 2 million who fled abroad") and a
// part left out ("does not include those uprooted by earlier conflicts")
// keep the count (included_prior_part.yaml).
func (m *metric) includesPriorPart(d *figures.Document, s *figures.Sentence, fi int) bool {
	if !m.spec.Total || m.spec.Since.Year == 0 {
		return false
	}
	since := m.spec.Since
	fs, fe := d.FigureTokens(fi)
	word := sentenceWords(d, s)
	if frontedInclusion(d, s, fs, word, since) {
		return true
	}
	inc := -1
	for k := fe; k < s.TokEnd && k <= fe+inclusionReach; k++ {
		w := word(k)
		if w == ";" || w == ":" || figureAt(d, k) >= 0 {
			return false
		}
		if w == "including" || w == "includes" || w == "include" || w == "included" {
			if p := word(k - 1); p == "not" || p == "n't" || p == "never" {
				return false // "does not include those uprooted earlier"
			}
			inc = k
			break
		}
	}
	if inc < 0 {
		return false
	}
	return priorPartIn(d, s, inc+1, min(s.TokEnd, inc+priorPartReach+1), word, since)
}

// priorPartIn reports whether the tokens [from, to) tell a part counted
// before the metric's start: a word calling a war prior and its noun
// ("earlier conflicts"), "before" the war's start, or a time that closes
// before the start ("before April 2023"). A semicolon ends the reading.
func priorPartIn(d *figures.Document, s *figures.Sentence, from, to int, word func(int) string, since StartDate) bool {
	for j := from; j < to; j++ {
		w := word(j)
		switch {
		case w == ";":
			return false
		case priorWord(w):
			for n := j + 1; n < s.TokEnd && n <= j+3; n++ {
				if spellNoun(word(n)) {
					return true // "earlier conflicts", "previous rounds of fighting"
				}
			}
		case w == "before" && startEventAfter(d, s, j):
			return true // "before the current war"
		}
		if fj := figureAt(d, j); fj >= 0 && d.Figures[fj].Kind.IsCalendar() && closedBefore(d, s, fj, since) >= 0 {
			return true // "before April 2023"
		}
	}
	return false
}

// frontedInclusion reports whether a phrase fronted before the figure at
// token fs, opening the sentence on a word of inclusion and closed by a
// comma, tells a part counted before the metric's start: "Counting people
// uprooted by previous wars, some 12.9 million are displaced", "Including
// those who left before the fighting started, ...": the figure after it is a
// stock of every period, as one said after it to include such a part is
// (fa42, fronted_prior_part.yaml). A fronted part of the metric's own
// period ("Including refugees in Chad, ...") keeps the count.
func frontedInclusion(d *figures.Document, s *figures.Sentence, fs int, word func(int) string, since StartDate) bool {
	start := sentenceOpening(d, s)
	switch word(start) {
	case "counting", "including":
	default:
		return false
	}
	for c := start + 1; c < fs; c++ {
		if w := word(c); w == ";" || w == ":" || figureAt(d, c) >= 0 && d.Figures[figureAt(d, c)].Kind.IsAmount() {
			return false
		} else if w == "," {
			return priorPartIn(d, s, start+1, c, word, since)
		}
	}
	return false
}
