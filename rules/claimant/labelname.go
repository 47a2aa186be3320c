// A speaker label's name past the titles, ranks and offices opening it
// ("PROF. DAVID LANG", "MAJ. GEN. KHALID AL-MANSOURI"), and a name closing
// on a legislator's initials ("JIM SHANNON MP").

package claimant

// afterTitle skips a personal title opening a name in [s, e) ("PROF. DAVID
// LANG", "DR AMIRA SAID"): the title is not the name outlets agree on.
func (v *view) afterTitle(s, e int) int {
	if e-s > 2 && v.is(s, wDr, wMr, wMrs, wMs, wProf, wProfessor) {
		s++
		if v.isOne(s, wFullStop) {
			s++
		}
	}
	return s
}

// afterTitles skips the titles, ranks and offices opening a speaker
// label's name in [s, e) ("SEN. MARGARET HOLLIS", "PRESIDENT GABRIEL
// BORIC", "MAJ. GEN. KHALID AL-MANSOURI"): outlets title the same speaker
// differently, and the name is what stays the same (convention 8). Two
// words of a name must remain, none a kind of body, an office or a link
// word ("MINISTER OF HEALTH", "PRESIDENT'S OFFICE" are no titled names).
func (v *view) afterTitles(s, e int) int {
	n := s
	for n < e && (v.toks[n].word && (labelTitles[v.toks[n].low] || v.toks[n].has(cRankTitle) || v.toks[n].has(cOfficeNoun) || localTitles[v.toks[n].low]) || n > s && v.rankNote(n)) {
		// "MAJ. GEN. (RETD) ANIL VERMA": the ranks' note is theirs.
		if v.rankNote(n) {
			n += 3
			continue
		}
		n++
		if n < e && v.isOne(n, wFullStop) {
			n++
		}
	}
	if n == s || e-n < 2 {
		return s
	}
	for k := n; k < e; k++ {
		t := &v.toks[k]
		// "COL. R. K. SINGH": an initial's full stop is the name's.
		if v.isOne(k, wFullStop) && k > n && len(v.toks[k-1].low) == 1 {
			continue
		}
		if !(t.word || v.isOne(k, wDash) && !t.space) || t.has(cLink) || t.has(cBody) || t.has(cInstitution) || t.has(cOfficeNoun) || v.isOne(k, wApostrophe) {
			return s
		}
	}
	return n
}

// labelTitles are personal and political titles written before a name:
// "DR", "SEN.", "REP.", "GOV.".
var labelTitles = set("dr mr mrs ms prof professor sen senator rep representative gov pres hon sheikh rev sir dame")

// ownNameLabel reads a label whose name closes on a legislator's initials
// ("PAM DUNCAN-GLANCY MSP", "JIM SHANNON MP"): they say her seat, not a
// body, and she speaks by name. It returns the name past its titles.
// (A post held once after a comma, "SIR JOHN HOLLAND, FORMER AMBASSADOR
// TO ISRAEL", is left to the label's other readings: one corpus writes
// such a speaker by name and another by the body the post names.)
func (v *view) ownNameLabel(start, end int) (int, int, bool) {
	for k := start; k < end; k++ {
		if v.isOne(k, wComma) {
			return 0, 0, false
		}
	}
	if end-start < 3 || !legislatorIDs.has(&v.toks[end-1].spelling) || !v.toks[end-1].capital {
		return 0, 0, false
	}
	s, e := v.labelName(start, end-1)
	if e-s < 2 {
		return 0, 0, false
	}
	for k := s; k < e; k++ {
		if t := &v.toks[k]; v.isOne(k, wDash) && !t.space {
			continue // "DUNCAN-GLANCY"
		}
		if t := &v.toks[k]; !t.word || t.has(cLink) || v.bodyWord(k) {
			return 0, 0, false
		}
	}
	return s, e, true
}
