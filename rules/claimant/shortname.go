package claimant

import "slices"

// A body's full name is often followed by the short name it goes by, in
// brackets: its initials ("the Disaster and Emergency Management Authority
// (AFAD)"), or a short name written as a word, in the British way or as
// the body writes it ("the Commission on Elections (Comelec)", "the
// National Emergency Management Agency (Nema)", "(MetMalaysia)", "(BoM)"),
// hyphenated or of two words ("(MER-C)", "(Euro-Med Monitor)"). The short
// name is what outlets name the body by, and the claimant (convention 8).
// Initials in capitals say what they are. A short name in other case might
// be a place or a party in brackets ("Kamal Adwan Hospital (Beit Lahiya)",
// "Palestine Red Crescent Society (Ramallah)", "Health Ministry
// (Hamas-run)"), so it must be made as short names are: of the starts of
// the full name's words, each once, in any order ("Philippine Institute of
// Volcanology and Seismology (Phivolcs)", "Malaysian Meteorological
// Department (MetMalaysia)"), or open with initials in capitals so made
// ("Indonesian Red Cross (IRC-Aceh)"); and not be one word of the full
// name whole ("Sudan Doctors Network (Sudan)").

// maxShortName is how many words a short name in brackets may have.
const maxShortName = 3

// shortNameAt reads a short name in brackets opening at token k, after the
// full name starting at token s: the short name's tokens [x, y), y being
// the closing bracket.
func (v *view) shortNameAt(s, k int) (int, int, bool) {
	// ("Korea Railroad Corp. (Korail)": an abbreviated suffix's stop
	// closes the name, claim113.)
	if k < 1 || k+2 >= len(v.toks) || !v.isOne(k, wOpenBracket) || !v.toks[k-1].capital && !(v.toks[k-1].low == "." && v.internalDot(k-1)) {
		return 0, 0, false
	}
	// "JAI RAO (RETD)": a rank's note, no short name (ranknote.go).
	if v.rankNote(k) {
		return 0, 0, false
	}
	words, y := 0, k+1
	for ; y < len(v.toks) && !v.isOne(y, wCloseBracket); y++ {
		t := &v.toks[y]
		joined := y > k+1 && !t.space
		// "(OFS, the federal statistics office)": the short name ends
		// at its gloss's comma (bracketgloss.go).
		if words > 0 && v.bracketGloss(y) {
			break
		}
		switch {
		case t.word && !t.num && (t.capital || joined && v.isOne(y-1, wDash)):
			words++
		case joined && v.isOne(y, wDash) && v.toks[y-1].word && y+1 < len(v.toks) && !v.toks[y+1].space:
		// "Transient Workers Count Too (TWC2)": a number glued onto the
		// initials is the short name's (gluednumber.go), no word of it.
		case v.gluedNumber(y, k+1):
		default:
			return 0, 0, false
		}
		if words > maxShortName {
			return 0, 0, false
		}
	}
	if y >= len(v.toks) || words == 0 {
		return 0, 0, false
	}
	first := &v.toks[k+1]
	// "according to the Disaster and Emergency Management Authority
	// (Reuters).": an agency's credit, no short name (wirecredit.go).
	if y == k+2 && v.creditNotShort(k+1, s, k) {
		return 0, 0, false
	}
	if y == k+2 && first.shouted && len(first.low) >= 2 {
		return k + 1, y, true
	}
	var nameWords []string
	from := max(s, k-maxAbbreviatedWords)
	// "Somalia's Disaster Management Agency (SoDMA)": a place's
	// possessive before the name, not written (convention 8), may give
	// the short name its start.
	if from == s && s >= 3 && v.isOne(s-1, wS) && v.isOne(s-2, wApostrophe) && v.toks[s-3].poss {
		from = s - 3
	}
	for m := from; m < k; m++ {
		if t := &v.toks[m]; t.word && !t.num {
			nameWords = append(nameWords, t.low)
		}
	}
	if y == k+2 && slices.Contains(nameWords, first.low) {
		return 0, 0, false
	}
	var short []byte
	for m := k + 1; m < y; m++ {
		if v.toks[m].word {
			short = append(short, v.toks[m].low...)
		}
	}
	if abbreviates(string(short), nameWords) || first.shouted && len(first.low) >= 2 && abbreviates(first.low, nameWords) {
		return k + 1, y, true
	}
	if y == k+2 && v.ownLanguageShort(k) {
		return k + 1, y, true
	}
	return 0, 0, false
}

// maxAbbreviatedWords is how many tokens before the bracket a short name
// may be made of: the longest full names hold about eight words ("Armed
// Conflict Location and Event Data Project").
const maxAbbreviatedWords = 12

// abbreviates reports whether short (lower-cased) is made of the starts of
// words, each used once, in any order: "comelec" of "commission on
// elections", "metmalaysia" of "malaysian meteorological department".
func abbreviates(short string, words []string) bool {
	if len(short) == 0 || len(words) > 16 {
		return false
	}
	// Which (letters read, words used) have been tried and failed: the
	// search is over at most len(short) x 2^len(words) states.
	failed := map[[2]int]bool{}
	var from func(i, used int) bool
	from = func(i, used int) bool {
		if i == len(short) {
			return true
		}
		if failed[[2]int{i, used}] {
			return false
		}
		for j, w := range words {
			if used&(1<<j) != 0 {
				continue
			}
			for n := 1; n <= len(w) && i+n <= len(short) && short[i+n-1] == w[n-1]; n++ {
				if from(i+n, used|1<<j) {
					return true
				}
			}
		}
		failed[[2]int{i, used}] = true
		return false
	}
	return from(0, 0)
}

// shortNameOpening returns the opening bracket of a short name in brackets
// that may close at token c, or -1.
func (v *view) shortNameOpening(c, lo int) int {
	if !v.brackets || c < 0 || !v.isOne(c, wCloseBracket) {
		return -1
	}
	for k := c - 2; k > lo && k >= c-2*maxShortName; k-- {
		if v.isOne(k, wOpenBracket) {
			return k
		}
	}
	return v.glossedShortOpening(c, lo)
}
