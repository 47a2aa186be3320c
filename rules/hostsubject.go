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
// Rafah").

// hostSubject reports whether figure fi of sentence s, for a metric of
// people away from home (countsAway), is the subject of a verb of hosting
// (hostingVerbAt): after the figure its noun phrase, at most hostNounWords
// words with no verb of its own ("residents", "residents of Port Sudan"),
// then only auxiliaries and adverbs before the verb.
func (m *metric) hostSubject(d *figures.Document, s *figures.Sentence, fi int) bool {
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
	return k > fe && hostingVerbAt(word, k)
}

// hostNounWords is how many words the figure's own noun phrase may hold
// before its verb: "residents of Port Sudan".
const hostNounWords = 4

// hostingVerbAt reports whether a verb of hosting starts at token k: "host",
// "hosting", "taken in" (not "taken refuge"), "made room", "joined by", or
// a verb of receiving ("welcomed", "absorbed": receivingVerb).
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
	default:
		return receivingVerb(w)
	}
}
