package rules

import (
	"github.com/claimtrack/claimtrack/rules/figures"
)

// A country the metric rules out (an exclude_near word) that opens a
// sentence as its speaker and says what another side's attacks did tells
// its own dead: "Lebanon's government says Israeli bombardment has killed
// 2,400", "Lebanon says Israeli strikes
// have killed 2,000 since October", "Lebanon says Israel has killed over 2,500 people". The
// subject of what it says is the agent (a name or a people's adjective,
// perhaps the noun of its attacks, an auxiliary) and the keyword verb
// takes the figure right after it; a clause that names none of the
// metric's places counts the speaker's country, not the metric's. A
// speaker of the metric's own places, a subject that is a count ("Turkey
// says the death toll across both countries has passed 50,000") or a
// clause that names the metric's place ("Lebanon says Israeli strikes
// have killed 40,000 people in Gaza") stays; a clause after it that names
// the place does not keep the figure ("..., as Gaza's toll nears 42,000"). speakers.go reads the
// figure that opens what the country says ("Lebanon says 3,000 killed").

// speakerAgentWords is how many words the agent subject may hold.
const speakerAgentWords = 4

// speakerOwnDead reports whether figure fi is taken by a keyword verb
// whose subject is another side's act, inside the words of another
// country that opens the sentence as its speaker.
func (m *metric) speakerOwnDead(st *docState, s *figures.Sentence, hits []hit, fi int) bool {
	d := st.d
	word := sentenceWords(d, s)
	k := afterStamp(d, s)
	end := countryAt(d, s, k)
	if end < 0 {
		return false
	}
	// The country, or a body it owns: "Lebanon's government says",
	// "Lebanon's health ministry said".
	say := end
	if ownsNext(d, hit{start: k, end: end}) {
		say = end + 2
		for n := 0; n < 3 && isLowerWord(d.TokenText(say)) && !speakingVerb(word(say)); n++ {
			say++
		}
	}
	if !speakingVerb(word(say)) {
		return false
	}
	// The speaker is a country the metric rules out ("Lebanon" for
	// Gaza's dead): a count it tells of its own is no part of the metric.
	excluded := false
	for _, h := range hits {
		if h.ref.role == roleNear && h.start == k && h.end == end {
			excluded = true
		}
	}
	if !excluded {
		return false
	}
	open := say + 1
	if word(open) == "that" {
		open++
	}
	fs, _ := d.FigureTokens(fi)
	verb := -1
	for _, h := range hits {
		if h.ref.role == roleKeyword && h.end == fs && h.end-h.start == 1 && h.start > open {
			verb = h.start
		}
	}
	if verb < 0 {
		return false
	}
	// The agent: a name or a people's adjective first, then at most a few
	// lower-case words (the attacks' noun, an auxiliary, an adverb), none
	// a keyword or a figure.
	if !named(d, open) || !(isCountry(d.TokenText(open)) || demonymShape(d.TokenText(open))) {
		return false
	}
	if d.WordPos(verb)-d.WordPos(open) > speakerAgentWords {
		return false
	}
	for t := open + 1; t < verb; t++ {
		if !d.Tokens[t].IsWord() || d.InFigure(t) || !isLowerWord(d.TokenText(t)) {
			return false
		}
		for _, h := range hits {
			if h.start <= t && t < h.end && h.ref.role == roleKeyword {
				return false
			}
		}
	}
	// The metric's place named only past the end of the speaker's
	// clause (", as Gaza's toll nears 42,000") is another clause's.
	_, fe := d.FigureTokens(fi)
	clauseEnd := s.TokEnd
	for t := fe + 1; t <= s.TokEnd; t++ {
		if clauseBreak(d, fe, t) {
			clauseEnd = t - 1
			break
		}
	}
	return !m.scopeNamedIn(st, s) || m.scopeOnlyWhere(st, s, func(ti int) bool { return ti >= clauseEnd })
}
