package rules

import (
	"github.com/claimtrack/claimtrack/rules/figures"
)

// Another event named where a demonym before the scope word is not: the
// subject that opens the sentence ("The second Chechen war, by contrast,
// is thought to have killed ..."), or "that war" pointing back to a place
// the metric does not name ("Comparisons with Syria are imperfect: that
// war killed ...").

// opensWithOtherEvent reports whether sentence s opens with another
// place's event, named before token fs: an article, perhaps a year or an
// ordinal, then a name before a noun of war or disaster ("The Tigray war",
// "The second Congo war"). The subject of the sentence is what its figures
// count, past any aside between it and its verb.
func (m *metric) opensWithOtherEvent(d *figures.Document, s *figures.Sentence, fs int) bool {
	for k := s.TokStart + 1; k <= s.TokStart+3 && k < fs; k++ {
		if named(d, k) && m.namedEvent(d, s, k, fs) {
			return true
		}
	}
	return false
}

// pointsBackToOther reports whether token k opens "that <event>" ("that
// war", "that quake") where a demonstrative may stand (the clause's start,
// after a preposition) and the event it points back to is another place's:
// the nearest name before it in the sentence is not one of the metric's,
// or, with none, the sentence before names another place's event. After a
// verb, "that" opens a clause ("officials said that quake ...") and points
// at nothing.
func (m *metric) pointsBackToOther(d *figures.Document, s *figures.Sentence, k int) bool {
	var buf [64]byte
	if k+1 >= s.TokEnd || d.LowerTokenText(k) != "that" || !eventNoun(d.LowerTokenText(k+1)) {
		return false
	}
	if k > s.TokStart {
		p := d.TokenText(k - 1)
		if d.Tokens[k-1].IsWord() {
			if w := string(lowerInto(&buf, p)); !prepositions[w] && w != "and" && w != "but" {
				return false
			}
		} else if p != ":" && p != ";" && p != "," && !labelMark(p) {
			return false
		}
	}
	for j := k - 1; j >= s.TokStart; j-- {
		if w := d.TokenText(j); named(d, j) && len(w) >= 4 && !calendarName(w) && (j > s.TokStart || subjectName(d, s, j)) {
			return m.foreignName(w)
		}
	}
	prev := previousSentence(d, s)
	if prev == nil {
		return false
	}
	for ti := prev.TokStart; ti < prev.TokEnd; ti++ {
		if eventNoun(d.LowerTokenText(ti)) && m.foreignBefore(d, prev, ti) {
			return true
		}
	}
	return m.namesOnlyEarlierYear(d, prev) // "How does this compare with 2014? That war ..." (earlieryearref.go)
}

// previousSentence returns the sentence of d that ends where s begins, or
// nil.
func previousSentence(d *figures.Document, s *figures.Sentence) *figures.Sentence {
	for i := range d.Sentences {
		if d.Sentences[i].TokEnd == s.TokStart && d.Sentences[i].TokStart < s.TokStart {
			return &d.Sentences[i]
		}
	}
	return nil
}

// ordinalWord reports whether w is an ordinal that numbers one of a series
// of wars or disasters: "the second Chechen war".
func ordinalWord(w string) bool {
	switch w {
	case "first", "second", "third", "fourth", "fifth", "sixth":
		return true
	}
	return false
}

// subjectName reports whether the sentence's first word, at token j, reads
// as a name: a subject in the singular before a verb that acts or speaks
// ("Yemen is the obvious parallel", "Nepal has its own memory"). A plural
// ("Officials have said") or any other first word may be a common noun.
func subjectName(d *figures.Document, s *figures.Sentence, j int) bool {
	w := d.TokenText(j)
	if j+1 >= s.TokEnd || w[len(w)-1] == 's' {
		return false
	}
	next := d.TokenText(j + 1)
	return actsOrSpeaks[next] && next != "and" && next != "or"
}
