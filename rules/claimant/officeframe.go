package claimant

// An office after "according to" with its holder's name in commas after
// it is written by name, as in a subject (convention 8): "..., according
// to the regional governor, Oleh Kiper.", "That is according to the head
// of the city's military administration, Oleksandr Hrytsenko." The frame
// took only the office ("regional governor", "head": the phrase read
// forwards stops at a lower-case "of"); the office runs on through "of"
// to the comma when it is an office of a place or an administration
// (officeOf), and the name after the comma is read as its appositive
// (officeHolder in name.go) when it is a person's name closing the
// clause. A body's post ("according to a spokesman for the IOM, Jane
// Doe") is no office and keeps its body.

// holderAfterFrame returns the end of the office opening at a, read
// forwards to b, when a person's name in commas follows it to the
// clause's end: b, or the comma ending "the head of the regional military
// administration".
func (v *view) holderAfterFrame(a, b, hi int) (int, bool) {
	// ("the head of": the phrase may hold the "of" it stopped at.)
	if b-1 > a && v.isOne(b-1, wOf) {
		b--
	}
	if b < hi && v.isOne(b, wOf) && !v.toks[b-1].has(cOfficeNoun) && v.toks[b-1].low != "head" {
		return 0, false
	}
	if b < hi && v.isOne(b, wOf) {
		for b < hi && !v.boundary(b) {
			b++
		}
	}
	// "the health minister in the eastern administration, Ali Hassan",
	// "the special envoy for Sudan, Jane Doe": an office held in or for a
	// place runs on to the comma too, the office's word before the
	// preposition.
	if b < hi && v.is(b, wIn, wFor) && b > a && v.officeWord(b-1) {
		for b < hi && !v.boundary(b) {
			b++
		}
	}
	if b >= hi || !v.isOne(b, wComma) || !(v.officeWord(b-1) || v.officeOf(a, b) || v.officeHeldIn(a, b)) {
		return 0, false
	}
	e := b + 1
	for e < hi && !v.boundary(e) {
		e++
	}
	if e == b+1 || e < hi && !v.is(e, wComma, wFullStop) {
		return 0, false
	}
	if _, _, ok := v.holderBeside(b+1, e); !ok {
		return 0, false
	}
	return b, true
}

// officeHeldIn reports whether the phrase [s, e) is an office held in or
// for a place or an administration: an office's word, then "in" or "for"
// ("the health minister in the eastern administration", "the special
// envoy for Sudan"). Its holder's name after it is written, as after "the
// governor of X" (README convention 8).
func (v *view) officeHeldIn(s, e int) bool {
	for k := s + 1; k+2 < e && k <= s+4; k++ {
		if v.officeWord(k) && !v.toks[k].capital && v.is(k+1, wIn, wFor) {
			return true
		}
	}
	return false
}

// holderPastHeldIn returns the holder's name after an office [s, e) that
// goes on "in" or "for" a place to a comma: "the health minister | in the
// eastern administration, Ali Hassan". False unless the office's word
// closes [s, e) and a person's name in commas follows.
func (v *view) holderPastHeldIn(s, e int) (int, int, bool) {
	if e <= s || e >= len(v.toks) || !v.is(e, wIn, wFor) || v.toks[e-1].capital || !v.officeWord(e-1) {
		return 0, 0, false
	}
	b, ok := v.holderAfterFrame(s, e, len(v.toks))
	if !ok {
		return 0, 0, false
	}
	at := attr{src: s, srcEnd: b}
	v.appositiveAfter(&at, len(v.toks))
	return v.officeHolder(at.src, at.srcEnd, at.app, at.appEnd)
}

// officeWord reports whether token k is an office's word: an office noun
// ("governor", "minister"), or a government's delegate, the office a
// Spanish or Latin American government keeps in each region ("el
// delegado del Gobierno": "the government delegate in Valencia", "the
// government's delegate in Murcia"), whose holder beside it is written by
// name (convention 8). A delegate of a body ("an ICRC delegate") is its
// staff, and "a delegate at the conference" one of its people.
func (v *view) officeWord(k int) bool {
	if k < 0 || k >= len(v.toks) {
		return false
	}
	t := &v.toks[k]
	if t.has(cOfficeNoun) {
		return true
	}
	if !t.word || t.capital || t.low != "delegate" && t.low != "delegates" {
		return false
	}
	if k >= 1 && v.toks[k-1].has(cGovernment) && !v.toks[k-1].poss {
		return true
	}
	return k >= 3 && v.isOne(k-2, wApostrophe) && v.isOne(k-1, wS) && v.toks[k-3].poss && v.toks[k-3].has(cGovernment)
}
