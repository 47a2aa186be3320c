package claimant

// A named institution's post may stand with no holder's name after it,
// in headlines above all: "‘We have 48 hours of fuel left’: Al-Aqsa
// hospital director", "Nasser hospital chief says 12 beds remain",
// "Kamal Adwan hospital director warns". The post speaks for the
// institution (convention 8, "the head of the emergency department at
// Al-Aqsa Martyrs Hospital" → the hospital). namedHeadBody reads one
// capitalised word before a post only with the holder's name after it,
// since one capital before a post is as often a place or a quantity ("A
// Tromsø doctor", "Every official"); the institution's kind in lower case
// between the name and the post ("hospital", "university") says the
// capital is an institution's name.

// kindBeforePost reports whether the token before the post at b (past
// its role modifiers) is an institution's kind in lower case.
func (v *view) kindBeforePost(s, b int) bool {
	return b-1 > s && v.toks[b-1].has(cInstitution) && !v.toks[b-1].capital && v.toks[b-2].capital && v.toks[b-2].word
}

// capitalsBefore returns where the run of capitalised words ending before
// token x opens, over hyphens inside a name ("Al-Aqsa", "Kamal
// Adwan"), not below s; no determiner is taken in.
func (v *view) capitalsBefore(x, s int) int {
	for x-1 >= s {
		if p := &v.toks[x-1]; p.word && p.capital && !p.has(cDeterminer) {
			x--
			continue
		}
		if x-2 >= s && v.isOne(x-1, wDash) && !v.toks[x-1].space && !v.toks[x].space && v.toks[x-2].word && v.toks[x-2].capital {
			x -= 2
			continue
		}
		break
	}
	return x
}
