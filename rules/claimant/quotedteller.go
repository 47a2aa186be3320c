package claimant

// A headline may open on a quote and name its speaker after a colon by
// what the speaker told: "‘We counted 43 bodies on one street’: a
// rescuer's account from Antakya", "“Nine babies in one night”: a
// midwife's story". The possessor of the telling is who speaks the quote;
// a topic after the colon ("‘Forty-three bodies’: Antakya's long night")
// holds no noun of telling and names no one.

// tellingNouns are what a person tells in: an account, a story.
var tellingNouns = set("account story testimony words diary recollection memoir letter")

// tellerAfterColon reads, after the quote closing at byte qe in view w, a
// colon and a possessive before a noun of telling, and returns the
// possessor.
func (c *call) tellerAfterColon(w *view, qe int) (Claimant, bool) {
	k := w.colonAfterQuote(qe) // quotecolon.go
	if k < 0 {
		return Claimant{}, false
	}
	a := k + 1
	for p := a + 1; p+1 < len(w.toks) && p <= a+5; p++ {
		if !w.isOne(p, wApostrophe) {
			if !w.toks[p].word {
				return Claimant{}, false
			}
			continue
		}
		h := p + 1
		if w.isOne(h, wS) {
			h++
		}
		// ("a rescuer's first account": a modifier before the noun.)
		if h+1 < len(w.toks) && !tellingNouns[w.toks[h].low] && w.toks[h].word && !w.toks[h].capital {
			h++
		}
		if h >= len(w.toks) || !tellingNouns[w.toks[h].low] {
			return Claimant{}, false
		}
		// A year or a number owns no telling: "2024's story" is a topic.
		if o := &w.toks[p-1]; !o.word || o.num || o.fig {
			return Claimant{}, false
		}
		id, _ := c.lookup(w, a, p)
		cl := c.claimant(w, a, p, id)
		cl.How = InQuote
		return cl, true
	}
	return Claimant{}, false
}
