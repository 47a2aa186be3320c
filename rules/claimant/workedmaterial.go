package claimant

// Findings a body worked over are its material, not its findings: "The
// Ledger analysed 1,400 strike reports logged by Airwars. It found ...",
// "The review committee met to weigh surveys from Kassala. It concluded
// ...". "It" takes up the body that did the work (the sentence's
// subject), not the owner of the reports it read; and "By its estimate"
// after a sentence that names no findings is that subject's too.

// materialVerbs work over material: review, weigh, examine, analyse, study.
var materialVerbs = set("review reviewed reviews reviewing weigh weighed weighs weighing examine examined examines examining " +
	"analyse analysed analyses analysing analyze analyzed analyzes analyzing study studied studies studying " +
	"scrutinise scrutinised scrutinize scrutinized audit audited assess assessed sift sifted combed checked check " +
	// ("We compared the agency's register with court files": claim123.)
	"compare compared comparing")

// workedMaterial reports whether the findings noun at k is the object of
// a verb of working over material a few words before it ("analysed 1,400
// strike reports", "to weigh surveys", "reviewed the ministry's data").
func (v *view) workedMaterial(k int) bool {
	for m := k - 1; m >= 0 && m >= k-8; m-- {
		if v.boundary(m) || v.toks[m].report {
			return false
		}
		if materialVerbs[v.toks[m].low] {
			return true
		}
	}
	return false
}

// onlyMaterial reports whether every findings noun of the view is
// material worked over (workedMaterial), with at least one.
func (v *view) onlyMaterial() bool {
	n := 0
	for k := range v.toks {
		if v.toks[k].has(cFindingNoun) && !v.inName(k) {
			if !v.workedMaterial(k) {
				return false
			}
			n++
		}
	}
	return n > 0
}

// ranOnVerb returns where a verb in -s ends the name opening a phrase
// [a, b) that ran on to its sentence's end ("The Kyiv School of Economics
// tracks damage to ...": the name, then "tracks"), or b: a lower-case
// word in -s straight after a capitalised one, read as a verb after its
// subject. Findings are nouns: "Key figures this morning." runs on.
func (v *view) ranOnVerb(a, b int) int {
	for k := a + 1; k < b-1; k++ {
		t := &v.toks[k]
		if v.toks[k-1].capital && v.toks[k-1].word && t.word && !t.capital && len(t.low) > 3 && t.low[len(t.low)-1] == 's' && !t.has(cPreposition|cDeterminer|cLink|cPronoun|cStaff|cPost|cFindingNoun) && !t.backNoun() && !personNoun(t.low) {
			return k
		}
	}
	return b
}

// ofWorkedMaterial reports whether the attribution a names the owner or
// maker of worked material: its anchor is the material's findings noun
// ("surveys from Kassala") or a participle right after it ("reports
// logged by Airwars").
func (v *view) ofWorkedMaterial(a attr) bool {
	k := a.anchor
	if k >= len(v.toks) {
		return false
	}
	if a.kind == kVerb {
		k--
	}
	if k < 0 || !v.toks[k].has(cFindingNoun) {
		return false
	}
	// "The Turkish Red Crescent has just issued new figures from Hatay",
	// "has put out new Darfur figures": findings the subject published
	// are its own, and the name beside them is what they are about.
	return v.workedMaterial(k) || a.kind != kVerb && v.publishedObject(k)
}

// publishedObject reports whether the findings noun at k is the object of
// a verb of publishing a few words before it ("issued new figures",
// "updated its figures", "put out new Darfur figures").
func (v *view) publishedObject(k int) bool {
	for m := k - 1; m > 0 && m >= k-4; m-- {
		if v.boundary(m) || v.toks[m].fig {
			return false
		}
		if v.publishing(m) || v.isOne(m, wOut) && v.toks[m-1].low == "put" {
			return true
		}
	}
	return false
}
