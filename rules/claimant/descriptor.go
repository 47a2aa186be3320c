package claimant

// Descriptors before a body's proper name: "the pro-democracy Wad Madani
// Resistance Committee", "the independent Free Press Monitoring Network".
// What a body stands for is no part of its name (README convention 8:
// "the open-source tracker Oryx" → "Oryx"), and another outlet writes the
// same name with another descriptor or none.
//
// A descriptor after the name ("the White Helmets rescue group") is left
// as written: the corpora label it both ways (dev3 keeps "the White
// Helmets rescue group", dev22 writes "White Helmets"), and convention 8
// speaks only of descriptors before a name.

// nameAfterDescriptor returns where a body's capitalised name of two words
// or more, closed by a kind of body, starts after lower-case descriptor
// words opening the phrase [s, e) ("pro-democracy", "independent",
// "grassroots"); s when the phrase is no such thing.
func (v *view) nameAfterDescriptor(s, e int) int {
	n := s
	for n < e && (v.descriptorWord(n) || v.is(n, "-") && !v.toks[n].space && n > s) {
		n++
	}
	if n == s || v.is(n-1, "-") || e-n < 2 || !v.toks[n].capital || v.toks[n].shouted || v.sentenceWord(n) {
		return s
	}
	last := &v.toks[e-1]
	if !last.capital || last.shouted || !nameKind(last.low) || !v.allCapitalised(n, e) {
		return s
	}
	return n
}

// descriptorWord reports whether token k is a lower-case word that can
// describe a body without naming or placing it: no lexicon's word, no
// post, people or body noun, no verb form.
func (v *view) descriptorWord(k int) bool {
	t := &v.toks[k]
	return t.word && !t.capital && !t.num && !t.fig && !t.inLexicon() && !t.post() && !agentNoun(t.low) && !nameKind(t.low) &&
		!homeNouns[t.low] && !v.isVerbLike(k)
}
