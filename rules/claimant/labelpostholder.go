package claimant

// A transcript label of a post alone ("MINISTER:", "GOVERNOR:",
// "SPOKESWOMAN:") is how some transcripts write a speaker they introduced
// by name a few lines before: "Joining us is Interior Minister Lena Voss.
// ... MINISTER: We have confirmed 460 homes destroyed." Kept as written,
// the claimant was "MINISTER", a word in capitals that no desk reads as
// anyone and that a later "Voss said" never meets. The post's holder named
// before speaks: the post's word, in any case, right before one to three
// capitalised words of a name. No such holder leaves the label as written
// (the words stay the text's, as every claimant's do).

// labelHolderSentences is how many sentences back the introduction may
// stand: a programme names its guest once, at the top of the segment.
const labelHolderSentences = 12

// labelPostOnly reports whether label tokens [s, e) of view v are one
// post's word and nothing else: "MINISTER", "GOVERNOR", "SPOKESWOMAN".
func (v *view) labelPostOnly(s, e int) bool {
	if e-s != 1 {
		return false
	}
	t := &v.toks[s]
	return t.word && (t.post() || spokesWord(t.low))
}

// postHolderBefore returns the person the text names with the post of
// label token k of view v in one of the sentences before lsi, the nearest
// first: "Interior Minister Lena Voss" for "MINISTER", "GOVERNOR ELENA
// MARSH:" for a later "GOVERNOR:".
func (c *call) postHolderBefore(lsi int, v *view, k int) (Claimant, bool) {
	post := v.toks[k].low
	for si := lsi - 1; si >= 0 && si >= lsi-labelHolderSentences; si-- {
		p := c.view(si)
		for j := len(p.toks) - 2; j >= 0; j-- {
			if p.toks[j].low != post || !p.toks[j].word {
				continue
			}
			n := j + 1
			for n < len(p.toks) && n-j <= 3 && p.toks[n].word && p.toks[n].capital && !p.toks[n].has(cDay|cMonthName|cTimeWord) && !p.toks[n].post() && !spokesWord(p.toks[n].low) {
				n++
			}
			if n == j+1 {
				continue
			}
			cl := c.claimant(p, j+1, n, "")
			if cl.Words == "" {
				continue
			}
			cl.How = InQuote
			return cl, true
		}
	}
	return Claimant{}, false
}
