package claimant

import "strings"

// A headline's source before its colon is often a name with a description
// before it, what kind of outlet it is or who backs it: "Houthi channel
// al-Masirah: US-UK strikes killed 16 in Hodeidah", "Hezbollah-linked
// Al-Manar: 7 Israeli soldiers hurt in ambush". The name after the
// description is the source, written without it (README convention 8: "the
// open-source tracker Oryx" → "Oryx"). A place after a backer ("Houthi-held
// Hodeidah:", "Hamas-run Gaza:") is what the headline is about.

// describedLabel returns where the name starts in a headline's label
// [s, e) that closes on a name after a lower-case outlet kind or body
// noun, or after a backer's hyphened participle ("-linked", "-run",
// "-backed", "-affiliated", "-aligned", "-owned").
func (v *view) describedLabel(s, e int) (int, bool) {
	if e-s < 3 || e-s > 8 {
		return 0, false
	}
	for d := s + 1; d+1 < e; d++ {
		t := &v.toks[d]
		if !t.word || t.capital {
			continue
		}
		backer := d >= s+2 && v.isOne(d-1, wDash) && !v.toks[d-1].space && !t.space && v.toks[d-2].capital && backerParticiple(t.low)
		if !backer && !t.has(cOutletKind) && !t.has(cBody) {
			continue
		}
		n := d + 1
		if !v.labelNameAfterKind(n, e) {
			return 0, false
		}
		return n, true
	}
	return 0, false
}

// backerParticiple reports whether w, joined by a hyphen to a name before
// it, says who backs or runs a body: "Hezbollah-linked", "Hamas-run".
// ("Houthi-held" says who holds a place.)
func backerParticiple(w string) bool {
	switch w {
	case "linked", "run", "backed", "affiliated", "aligned", "owned", "funded", "controlled":
		return true
	}
	return false
}

// labelNameAfterKind reports whether tokens [n, e) are a proper name, perhaps
// opening on an Arabic article ("al-Masirah") or hyphened ("Al-Manar"),
// and no place the rules know.
func (v *view) labelNameAfterKind(n, e int) bool {
	if n >= e || !(v.toks[n].capital || v.articleName(n)) {
		return false
	}
	for k := n; k < e; k++ {
		t := &v.toks[k]
		hyphen := t.low == "-" && !t.space && k > n && k+1 < e
		if !(t.word && (t.capital || strings.EqualFold(t.low, "al") || strings.EqualFold(t.low, "el")) || hyphen) {
			return false
		}
	}
	return !v.placeName(n, e) && !v.knownPlace(n, e)
}
