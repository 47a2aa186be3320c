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
var monthShortForms = set(monthShortFormWords)

// A month's name is also a given name: "Jan" in Poland, the Czech lands
// and the Low Countries, "May", "April", "June" in English. Read as a date
// it leaves the surname alone: "Finance Minister Jan Kowalik said" lost
// the speaker, "April Lindqvist said" kept only "Lindqvist". A date's
// month has a number beside it ("May 5", "5 May 2024") or a preposition
// or word of time before it ("in May", "last June", "since April"); a
// given name is followed by a capitalised surname, which is no place ("In
// May Israel said", "May Israel's army"), and the name ends there.

// monthGivenName clears the day reading of a capitalised month written as
// a given name: no number (or ordinal) within two tokens after it or just before it,
// no preposition, determiner or word of time before it, then one
// capitalised word that is no day, determiner or known place, and no
// capitalised word after that.
func (v *view) monthGivenName() {
	for i := range v.toks {
		t := &v.toks[i]
		if !t.word || !t.capital || t.shouted || !t.has(cDay) || !t.has(cMonthName) || i+1 >= len(v.toks) {
			continue
		}
		if v.numberAt(i-1) || v.numberAt(i+1) || v.numberAt(i+2) || i > 1 && v.numberAt(i-2) && !v.toks[i-1].space {
			continue // "May 5", "the 3rd December"
		}
		if p := i - 1; p >= 0 && v.toks[p].word && (v.toks[p].has(cPreposition|cDeterminer|cDay|cTimeWord|cTimeNoun) || v.is(p, wLast, wNext, wEarly, wLate, wThis)) {
			continue
		}
		n := &v.toks[i+1]
		if !n.word || !n.capital || n.shouted || n.has(cDay|cDeterminer|cPreposition) || v.knownPlace(i+1, i+2) {
			continue
		}
		if a := i + 2; a < len(v.toks) && v.toks[a].word && v.toks[a].capital {
			continue
		}
		t.cls &^= cDay
	}
}

// monthNames are the months, in full and short.
var monthNames = set(monthWords + " " + monthShortFormWords)
