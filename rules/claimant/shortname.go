package claimant

// A body's full name is often followed by the short name it goes by, in
// brackets: its initials ("the Disaster and Emergency Management Authority
// (AFAD)"), or a short name written as a word, in the British way or as
// the body writes it ("the Commission on Elections (Comelec)", "the
// National Emergency Management Agency (Nema)", "(MetMalaysia)", "(BoM)"),
// hyphenated or of two words ("(MER-C)", "(Euro-Med Monitor)"). The short
// name is what outlets name the body by, and the claimant (convention 8).
// Initials in capitals say what they are. A short name in other case might
// be a place or a party in brackets ("Kamal Adwan Hospital (Beit Lahiya)",
// "Senator Lindsey Graham (R-SC)"), so it must start with the first letter
// of one of the full name's capitalised words, as short names are made
// ("Philippine Institute of Volcanology and Seismology (Phivolcs)").

// maxShortName is how many words a short name in brackets may have.
const maxShortName = 3

// shortNameAt reads a short name in brackets opening at token k, after the
// full name starting at token s: the short name's tokens [x, y), y being
// the closing bracket.
func (v *view) shortNameAt(s, k int) (int, int, bool) {
	if k < 1 || k+2 >= len(v.toks) || !v.isOne(k, wOpenBracket) || !v.toks[k-1].capital {
		return 0, 0, false
	}
	words, y := 0, k+1
	for ; y < len(v.toks) && !v.isOne(y, wCloseBracket); y++ {
		t := &v.toks[y]
		joined := y > k+1 && !t.space
		switch {
		case t.word && !t.num && (t.capital || joined && v.isOne(y-1, wDash)):
			words++
		case joined && v.isOne(y, wDash) && v.toks[y-1].word && y+1 < len(v.toks) && !v.toks[y+1].space:
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
	if y == k+2 && first.shouted && len(first.low) >= 2 {
		return k + 1, y, true
	}
	for m := s; m < k; m++ {
		if t := &v.toks[m]; t.word && t.capital && !t.has(cDeterminer) && t.low[0] == first.low[0] {
			return k + 1, y, true
		}
	}
	return 0, 0, false
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
	return -1
}
