package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// People who take the displaced in are their hosts: a figure that is the
// subject of a verb of hosting counts those who were there already, not
// those who came ("Rafah's 275,000 residents have taken in families from
// across the Strip", "The city's 275,000 inhabitants have been joined by
// more displaced families", "500,000 residents of Port Sudan have made room
// for ..."). The hosted, the verb's object, stay the count ("are now
// hosting some 1.1 million displaced people"), and so does a crowd that
// shelters, takes refuge or crams in itself ("have taken refuge in
// Rafah"), and a figure whose own phrase holds a keyword of the metric is
// the displaced themselves, whatever joins them ("The 1.4 million displaced
// people in Rafah have been joined by 100,000 more"). A verb of receiving
// takes news or aid as readily as people ("have received no aid"), and is
// no hosting.

// hostSubject reports whether figure fi of sentence s, for a metric of
// people away from home (countsAway), is the subject of a verb of hosting
// (hostingVerbAt): after the figure its noun phrase, at most hostNounWords
// words with no verb of its own and no keyword hit of the metric
// ("residents", "residents of Port Sudan"), then only auxiliaries and
// adverbs before the verb.
func (m *metric) hostSubject(d *figures.Document, s *figures.Sentence, hits []hit, fi int) bool {
	if !m.countsAway || d.Figures[fi].Kind != figures.Count {
		return false
	}
	word := sentenceWords(d, s)
	_, fe := d.FigureTokens(fi)
	k := fe
	for n := 0; n < hostNounWords && k < s.TokEnd && !auxiliary(word(k)) && !hostingVerbAt(word, k); n++ {
		if w := word(k); !d.Tokens[k].IsWord() || w == "and" || w == "or" || possessiveDeterminer(w) {
			return false // the figure's phrase has ended, or goes on to another noun ("displaced people and their hosts")
		}
		k++
	}
	for k < s.TokEnd && (auxiliary(word(k)) || verbGroupAdverb(word(k))) {
		k++
	}
	if k == fe || !hostingVerbAt(word, k) {
		return false
	}
	for _, h := range hits {
		if h.ref.role == roleKeyword && h.start >= fe && h.start < k {
			return false // "1.4 million displaced people ... have been joined by": the displaced themselves
		}
	}
	return true
}

// hostNounWords is how many words the figure's own noun phrase may hold
// before its verb: "residents of Port Sudan".
const hostNounWords = 4

// hostingVerbAt reports whether a verb of hosting starts at token k: "host",
// "hosting", "taken in" (not "taken refuge"), "made room", "joined by".
func hostingVerbAt(word func(int) string, k int) bool {
	switch w := word(k); w {
	case "host", "hosts", "hosted", "hosting":
		return true
	case "take", "takes", "took", "taken", "taking":
		return word(k+1) == "in"
	case "make", "makes", "made", "making":
		return word(k+1) == "room"
	case "joined":
		return word(k+1) == "by"
	}
	return false
}
