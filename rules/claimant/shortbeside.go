package claimant

// A body's short name beside its full name or its description, in commas
// rather than brackets: "The Norwegian Directorate of Immigration, UDI,
// expects ...", "Turkey's statistical institute, TurkStat, puts ...". The
// short name is what outlets name the body by (README convention 8, as
// "Turkey's disaster management agency, AFAD, said" and "(AFAD)" are
// written "AFAD").

// shortNameBeside reports whether the appositive [a, b) is one word that
// names a body shortly, beside the phrase [s, e), which holds a kind of
// body: initials in capitals ("UDI") or a word with a capital inside it
// ("TurkStat", "MetMalaysia"). A word in plain case beside a body ("the
// ministry, Gaza," or "the Red Crescent, Ramallah,") may be a place, and
// a person's name is read as the body's post holder elsewhere.
func (v *view) shortNameBeside(text string, s, e, a, b int) bool {
	// ("STATE EMERGENCY SERVICE, DNIPRO –": in a line in capitals,
	// capitals mark no initials.)
	if b-a != 1 || !shortWord(text, &v.toks[a]) || e > s && v.toks[e-1].shouted {
		return false
	}
	for k := s; k < e; k++ {
		if v.toks[k].word && v.toks[k].nameKind() {
			return true
		}
	}
	return false
}

// shortWord reports whether token t of text is written as a short name
// is: capitals only, two letters or more, or a capital after its first
// letter.
func shortWord(text string, t *tok) bool {
	if !t.word || !t.capital || t.num {
		return false
	}
	if t.shouted {
		return len(t.low) >= 2
	}
	w := text[t.start:t.end]
	for i := 1; i < len(w); i++ {
		if w[i] >= 'A' && w[i] <= 'Z' {
			return true
		}
	}
	return false
}

// closingShortName reports whether the body's name [s, e) is followed by a
// comma and its short name closing the sentence: "according to a
// statement from the Disaster and Emergency Management Authority, AFAD.",
// "..., the figure was given by Turkey's statistical institute, TurkStat."
// The short name is the claimant as it is beside a subject ("The
// Norwegian Directorate of Immigration, UDI, expects"); the attribution
// read the name alone since nothing after the comma is its verb's.
func (v *view) closingShortName(text string, s, e int) bool {
	if e+1 >= len(v.toks) || !v.isOne(e, wComma) || !(e+2 == len(v.toks) || e+3 == len(v.toks) && v.isOne(e+2, wFullStop)) {
		return false
	}
	// ", the Ministry of Health said, AP.": an agency's credit names the
	// outlet, no short name (wirecredit.go).
	return v.shortNameBeside(text, s, e, e+1, e+2) && !v.creditNotShort(e+1, s, e)
}
