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
// label token k of view v in one of the sentences before lsi: "Interior
// Minister Lena Voss" for "MINISTER", "GOVERNOR ELENA MARSH:" for a later
// "GOVERNOR:". It names no one when the window names two holders of the
// post ("Interior Minister Lena Voss and Health Minister Tomas Berg"), or
// when an unnamed holder introduced with an article stands nearer than
// any named one ("the new governor joins us", "the deputy minister for
// refugees"): a wrong person named is worse than the label as written.
func (c *call) postHolderBefore(lsi int, v *view, k int) (Claimant, bool) {
	post := v.toks[k].low
	var found Claimant
	holder := ""
	for si := lsi - 1; si >= 0 && si >= lsi-labelHolderSentences; si-- {
		p := c.view(si)
		for j := len(p.toks) - 1; j >= 0; j-- {
			if p.toks[j].low != post || !p.toks[j].word {
				continue
			}
			n := j + 1
			for n < len(p.toks) && n-j <= 3 && p.toks[n].word && p.toks[n].capital && !p.toks[n].has(cDay|cMonthName|cTimeWord) && !p.toks[n].post() && !spokesWord(p.toks[n].low) {
				n++
			}
			if n == j+1 {
				if holder == "" && p.articleBefore(j) {
					return Claimant{}, false // "the new governor joins us now"
				}
				continue
			}
			cl := c.claimant(p, j+1, n, "")
			if cl.Words == "" {
				continue
			}
			// One holder written twice ("Governor Elena Marsh ...
			// Governor Marsh") is one: her surname is the key, and
			// her fullest name is kept.
			key := p.toks[n-1].low
			if holder != "" && key != holder {
				return Claimant{}, false
			}
			if holder == "" || len(cl.Words) > len(found.Words) {
				holder, found = key, cl // her full name, where the text gives it
			}
		}
	}
	if holder == "" {
		return Claimant{}, false
	}
	found.How = InQuote
	return found, true
}

// articleBefore reports whether an article or a possessive determiner
// stands within three words before token j, past lower-case words only:
// "the deputy minister", "our new governor", "a spokeswoman".
func (v *view) articleBefore(j int) bool {
	for i := j - 1; i >= 0 && i >= j-3; i-- {
		switch v.toks[i].low {
		case "the", "a", "an", "our", "its", "their", "his", "her":
			return true
		}
		if !v.toks[i].word || v.toks[i].capital {
			return false
		}
	}
	return false
}
