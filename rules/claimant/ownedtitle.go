package claimant

// possessorOfTitle reads, back from token k before a lower-case findings
// noun, the proper title of one of an owner's works and the owner's
// possessive before it: a pollster's possessive, then a title in another
// language with its short link words ("Ipsos's Hali ya Uchumi survey"),
// "Infotrak's Mood of the Nation poll", "Afrobarometer's Round 9 survey".
// The title names which of the owner's works, as "latest" or a year does
// (possessorPastYear); the owner claims the figure (convention 3 for an
// outlet, convention 1 for a body). A title is capitalised words, with
// link words ("of the"), short lower-case words of another language
// between capitals ("za", "ya") and a number after a capital ("Round 9")
// inside; it opens and closes on a capital or a number. With no
// possessive before it ("the Mood of the Nation poll") the title is
// read as before.
func (v *view) possessorOfTitle(k, lo int) (int, int, bool) {
	if k <= lo+1 {
		return 0, 0, false
	}
	if t := &v.toks[k]; !(t.word && t.capital && !t.shouted || t.num && k > lo && v.toks[k-1].capital) {
		return 0, 0, false
	}
	m := k
	for m > lo && k-m < 8 {
		t := &v.toks[m-1]
		switch {
		case t.word && t.capital && !t.poss && !t.has(cDeterminer|cDay):
		case t.num && m-2 >= lo && v.toks[m-2].word && v.toks[m-2].capital:
		case t.word && !t.capital && m-2 >= lo && v.toks[m-2].capital && v.toks[m-2].word && (t.has(cLink) || t.id == wThe || len(t.low) <= 3 && !t.inLexicon()):
		default:
			goto done
		}
		m--
	}
done:
	// The title opens on a capital right after the possessive.
	if m > k || m >= len(v.toks) || !v.toks[m].capital || !v.toks[m].word || m-1 < lo {
		return 0, 0, false
	}
	// "Ukraine's State Emergency Service figures", "a Tenants' Union of
	// Tasmania survey": a kind of body inside makes the capitals a body's
	// name, which owns the findings itself.
	for j := m; j <= k; j++ {
		if v.toks[j].nameKind() || v.toks[j].has(cOffice|cOfficeNoun) {
			return 0, 0, false
		}
	}
	// A title of one word is a name's own ("Uwezo's Kenya survey" is
	// about Kenya); two words or a link inside say a title.
	if m == k && !v.toks[k].num {
		return 0, 0, false
	}
	a, b, ok := v.possessor(m-1, lo)
	// A place owns no work's title: capitals after a place's possessive
	// are more often a name of its own, an outlet's or a firm's, which
	// owns the findings itself (a country's daily paper's poll).
	if !ok || v.placeName(a, b) || v.knownRegion(a, b) {
		return 0, 0, false
	}
	return a, b, true
}
