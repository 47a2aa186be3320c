package claimant

// A body's initials may spell a month's short form: the Disasters
// Emergency Committee is the DEC, and "The DEC said", "(DEC) said" read
// "DEC" as December, no name, so the body was lost as the subject. A
// month's short form is written "Dec" or "dec" in running text, and a
// date puts a number beside it ("Dec 5", "5 DEC"); initials in capitals
// with no number beside them, in a sentence that is not all capitals, are
// a name.

// monthInitials clears the day reading of a month's short form written in
// capitals with no number beside it, in a sentence with a word in lower
// case ("The DEC said", "the MAR Trust"). A month's full name in capitals
// ("MAY", "MARCH") keeps it: "may" is a verb, and a full name no initials.
func (v *view) monthInitials() {
	lower := false
	for i := range v.toks {
		if t := &v.toks[i]; t.word && !t.capital {
			lower = true
			break
		}
	}
	if !lower {
		return
	}
	for i := range v.toks {
		t := &v.toks[i]
		if !t.word || !t.shouted || !t.has(cDay) || !monthShortForms[t.low] {
			continue
		}
		if v.numberAt(i-1) || v.numberAt(i+1) {
			continue
		}
		t.cls &^= cDay
	}
}

// numberAt reports whether token i is a number or inside a figure.
func (v *view) numberAt(i int) bool {
	return uint(i) < uint(len(v.toks)) && (v.toks[i].num || v.toks[i].fig)
}

// monthShortForms are the months' short forms that are not a full name.
var monthShortForms = set("jan feb mar apr jun jul aug sep sept oct nov dec")
