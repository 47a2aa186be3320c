package claimant

// A body abroad is named in English and then, in brackets, by the short
// name it goes by in its own language, made of no starts of the English
// words: "Germany's Federal Statistical Office (Destatis)", "the Human
// Rights Commission of Malaysia (Suhakam)". Outlets then name it by that
// short name, which is the claimant as initials are (convention 8). A
// word in brackets after a body is as often where the body or its branch
// is ("Palestine Red Crescent Society (Ramallah)", "Al-Awda Hospital
// (Jabalia)") or a party ("Anthony Albanese (Labor)"), so the word must be
// no known place, the name before it must hold a capitalised kind of body
// of a state (Office, Commission, Institute), and the name must not open
// with a place or its people. A charity's or a hospital's branch town is
// written so ("Sudanese Red Crescent (Kassala)", "Norwegian Refugee
// Council (Oslo)"); a state's statistics office or commission, named in
// English for a foreign reader, is the body given its own-language name.

// stateBodyKinds are the kinds of a state's body that a foreign outlet
// names in English and glosses with the body's own short name.
var stateBodyKinds = set("office commission agency authority institute bureau department directorate ministry inspectorate service")

// ownLanguageShort reports whether the one capitalised word in brackets
// opening at token k, after a body's full name, is the body's
// short name in its own language.
func (v *view) ownLanguageShort(k int) bool {
	w := &v.toks[k+1]
	if !w.word || !w.capital || w.num || len(w.low) < 4 || v.knownPlace(k+1, k+2) || demonym(w.low) {
		return false
	}
	// The name is read back from the bracket over capitalised words and
	// the link words between them ("Commission of Malaysia"), whatever
	// reading gave its start: one may have cut a place opening it.
	s := k
	for s > 0 && k-s < maxAbbreviatedWords && (v.toks[s-1].word && v.toks[s-1].capital && !v.toks[s-1].has(cDeterminer) || s > 1 && v.toks[s-1].has(cLink) && !v.toks[s-1].capital && v.toks[s-2].capital) {
		s--
	}
	if s == k || !v.toks[s].capital {
		return false
	}
	if first := &v.toks[s]; v.knownPlace(s, s+1) || demonym(first.low) {
		return false
	}
	for m := s; m < k; m++ {
		if t := &v.toks[m]; t.word && t.capital && stateBodyKinds[t.low] {
			return true
		}
	}
	return false
}
