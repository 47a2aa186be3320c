package claimant

// A body named in French keeps its French word order in an English text:
// the kind first, then its adjectives and its of-phrases in lower case, the
// place or field that closes it capitalised ("the Société historique de la
// Gaspésie", "the Regroupement des cuisines du Bas-Saint-Laurent", "the
// SPCA de la Mauricie"). The lower-case words and the particles ("de",
// "des", "du", "de la", "de l'", "d'") are inside the name, which runs to
// the last capitalised word a particle leads to: read forward
// (npAfter) and back (npBefore), the phrase would stop at the first
// lower-case word or at the elided article. The name whole is the
// claimant (convention 8). nameParticle already reads a particle between
// two capitalised words ("Banque de France"); this reads the lower-case
// words and the elisions too.

// maxFrenchName is how many tokens such a name may run to.
const maxFrenchName = 12

// frenchNameEnd returns the end of a French-ordered name opening on the
// capitalised word at h, reading no further than hi: the token after the
// last capitalised word that follows a particle, or h when the words
// after h are not such a name.
func (v *view) frenchNameEnd(h, hi int) int {
	if h < 0 || h+2 >= hi || !v.frenchNameWord(h) {
		return h
	}
	// The kind's word is followed by a particle, or by one lower-case
	// adjective and a particle: most capitalised words are not, and are
	// read no further.
	if k := h + 1; !v.frenchParticle(k, hi) && !(v.toks[k].word && !v.toks[k].capital && frenchLowerWord(&v.toks[k]) && v.frenchParticle(k+1, hi)) {
		return h
	}
	end, led := h, false
	particles := 0
	for k := h + 1; k < hi && k-h < maxFrenchName; {
		t := &v.toks[k]
		switch {
		case t.word && !t.capital && particleWord(t.low) && t.low != "y":
			led = true
			particles++
			k++
		case (t.low == "l" || t.low == "d") && !t.capital && k+2 < hi && v.isOne(k+1, wApostrophe) && !v.toks[k+1].space && !v.toks[k+2].space && v.toks[k+2].word:
			// "de l'Estrie", "d'Abitibi": the elided article or
			// particle and its apostrophe.
			led = true
			particles++
			k += 2
		case led && v.frenchNameWord(k):
			k++
			end = k
			// ("du Bas-Saint-Laurent": hyphens inside the last name.)
			for k+1 < hi && v.isOne(k, wDash) && !v.toks[k].space && !v.toks[k+1].space && v.frenchNameWord(k+1) {
				k += 2
				end = k
			}
		case led && t.word && !t.capital && !t.num && frenchLowerWord(t):
			// "des chambres de commerce du Québec": a noun after a
			// particle, before the next.
			k++
		case !led && t.word && !t.capital && !t.num && frenchLowerWord(t) && k == h+1:
			// "Association soudanaise de": one adjective after the kind.
			k++
		default:
			return orStart(end, h, particles)
		}
	}
	return orStart(end, h, particles)
}

func orStart(end, h, particles int) int {
	if particles == 0 || end <= h+1 {
		return h
	}
	return end
}

// frenchNameWord reports whether token k is a capitalised word that may
// stand in such a name: no determiner, day, month or pronoun.
func (v *view) frenchNameWord(k int) bool {
	t := &v.toks[k]
	return t.word && t.capital && !t.num && !t.has(cDeterminer|cDay|cMonthName|cPronoun|cClause)
}

// frenchLowerWord reports whether the lower-case word t may stand inside a
// French-ordered name: a word the finder's lexicons and its function words
// do not know (an English verb of claim, a preposition or a determiner
// ends the name instead).
func frenchLowerWord(t *tok) bool {
	return !t.inLexicon() && !t.has(cPreposition|cLink|cDeterminer|cClause|cPronoun|cTimeWord) && len(t.low) > 2
}

// frenchNameBefore returns where a French-ordered name ending just before
// token end opens, reading back no further than lo; end when none ends
// there.
func (v *view) frenchNameBefore(end, lo int) int {
	if end-3 < lo || end > len(v.toks) || !v.frenchNameWord(end-1) {
		return end
	}
	// The last capitalised word (or hyphened compound) follows a
	// particle or an elision: most names' last words do not.
	c := end - 1
	for c-2 >= lo && v.isOne(c-1, wDash) && !v.toks[c-1].space && !v.toks[c].space && v.frenchNameWord(c-2) {
		c -= 2
	}
	if p := c - 1; p < lo || !(v.toks[p].word && !v.toks[p].capital && particleWord(v.toks[p].low) || v.isOne(p, wApostrophe) && p-1 >= lo && (v.toks[p-1].low == "l" || v.toks[p-1].low == "d")) {
		return end
	}
	best := end
	for h := end - 3; h >= lo && end-h < maxFrenchName; h-- {
		if v.frenchNameWord(h) && v.frenchNameEnd(h, end) == end {
			best = h
		}
	}
	return best
}

// frenchParticle reports whether token k opens a particle: "de", "des",
// "du", "la", "le", or an elided "l'" or "d'".
func (v *view) frenchParticle(k, hi int) bool {
	if k >= hi {
		return false
	}
	t := &v.toks[k]
	if t.word && !t.capital && particleWord(t.low) && t.low != "y" {
		return true
	}
	return (t.low == "l" || t.low == "d") && !t.capital && k+2 < hi && v.isOne(k+1, wApostrophe) && !v.toks[k+1].space && !v.toks[k+2].space
}
