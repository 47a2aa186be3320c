package claimant

// How an owned piece of work was made: "By my own count of named
// reporters killed, cross-checked against the Press Union's list, the
// total stands at 90", "Our tally of named detainees, checked against the
// Prisoners Club's register, stands at 310", "By my own tally from the
// county dashboards, 12 ...". The work's owner made the finding
// (convention 3); a list it was checked against, records it was built
// from or a source it used are its method, as its of-phrase is its
// material (workof.go), and their owner claims nothing past the work.

// methodParticiples open an aside of method after an owned work, each
// with the word that must follow it ("" for none): "cross-checked
// against", "checked with", "built from", "based on", "using".
var methodParticiples = map[string][]wordID{
	"checked":  {wAgainst, wWith},
	"verified": {wAgainst, wWith},
	"matched":  {wAgainst, wWith},
	"compared": {wAgainst, wWith},
	"built":    {wFrom, wOn},
	"drawn":    {wFrom},
	"compiled": {wFrom},
	"based":    {wOn, wUpon},
	"drawing":  {wOn, wUpon},
	"relying":  {wOn, wUpon},
	"using":    nil,
}

// methodOpener reports whether a method aside opens at token m: a
// participle of method with its preposition, after a comma, or after a
// prefix and hyphen after a comma ("cross-checked"). It returns the
// comma's token.
//
// (The comma is found before the participle is looked up: the callers
// walk every word of a phrase, and few stand after a comma.)
func (v *view) methodOpener(m int) (int, bool) {
	t := &v.toks[m]
	if t.capital {
		return 0, false
	}
	c := m - 1
	// "cross-checked", "double-checked": a prefix and its hyphen.
	if c >= 2 && v.isOne(c, wDash) && !v.toks[c].space && v.toks[c-1].word && !v.toks[c-1].capital {
		c -= 2
	}
	if c < 1 || !v.isOne(c, wComma) {
		return 0, false
	}
	preps, ok := methodParticiples[t.low]
	if !ok || len(preps) > 0 && !v.is(m+1, preps...) {
		return 0, false
	}
	return c, true
}

// inWorkMethod reports whether token k stands in the method of an owned
// piece of work: walking back over the words of one phrase to "from"
// right after the owned findings noun ("my own tally from the county
// dashboards"), or to an aside of method in commas after the work or its
// of-phrase ("Our tally of named detainees, cross-checked against ...").
// It returns the work's noun.
func (v *view) inWorkMethod(k, lo int) (int, bool) {
	// "..., built from the coastguard's own releases, puts": a verb's
	// subject read back to the aside is the aside itself.
	if k > lo+1 && v.methodAsideAt(k) {
		return v.workBeforeMethod(k-1, lo)
	}
	for m := k - 1; m > lo+1 && m >= k-10; m-- {
		t := &v.toks[m]
		if t.id == wFrom {
			if v.toks[m-1].has(cFindingNoun) && !quantityNounIDs.has(&v.toks[m-1].spelling) && v.ownedWorkFrom(m-1, lo) {
				return m - 1, true
			}
			if w, ok := v.makerBeforeFrom(m, lo); ok {
				return w, true
			}
			continue
		}
		if c, ok := v.methodOpener(m); ok {
			return v.workBeforeMethod(c, lo)
		}
		if !(t.word || t.num || t.id == wApostrophe || t.id == wDash && !t.space) || t.report && !t.has(cFindingNoun) && !t.agent() {
			return 0, false
		}
	}
	return 0, false
}

// ownedWorkFrom reports whether the findings noun at i (the caller sees
// that it is no quantity) has an owner before it and "from" after it: "my own tally from the county
// dashboards", "A Ledger count from hospital lists". What the work was
// made from is its material; the owner made it (convention 3).
//
// Material that gives its own figure after "of" keeps it, as in an
// of-phrase (dropWorkMaterial): "our own calculation from the ministry's
// list of 24,000 identified dead" leaves the 24,000 to the ministry.
func (v *view) ownedWorkFrom(i, lo int) bool {
	t := &v.toks[i]
	if !v.isOne(i+1, wFrom) || !t.word || !v.ownedWork(i, lo) {
		return false
	}
	for k := i + 2; k < len(v.toks) && k <= i+10; k++ {
		if v.isOne(k, wOf) && k+1 < len(v.toks) && v.toks[k+1].fig {
			return false
		}
		if !(v.toks[k].word || v.toks[k].id == wApostrophe) {
			break
		}
	}
	return true
}

// methodAsideAt reports whether an aside of method opens at token k, the
// first after its comma: "checked against ...", "cross-checked against
// ...", "using ...".
func (v *view) methodAsideAt(k int) bool {
	for m := k; m <= k+2 && m < len(v.toks); m++ {
		if c, ok := v.methodOpener(m); ok {
			return c == k-1
		}
	}
	return false
}

// workBeforeMethod returns the owned work an aside of method, opened by
// the comma at c, tells how it was made: the work's findings noun right
// before the comma ("Our tally, checked against ..."), or the work whose
// of-phrase closes there, however long ("A Gazette count of migrants
// landing in Lampedusa's harbour and the search-and-rescue zone, built
// from ...").
func (v *view) workBeforeMethod(c, lo int) (int, bool) {
	if c-1 > lo {
		if w := &v.toks[c-1]; w.word && w.has(cFindingNoun) && !quantityNounIDs.has(&w.spelling) && v.ownedWork(c-1, lo) {
			return c - 1, true
		}
	}
	return v.inWorkOfWithin(c, lo, 16)
}

// makerBeforeFrom returns the findings noun whose maker, named after a
// participle of work and "by", stands right before "from" at m: "Figures
// compiled by Kathmandu Daybreak from the Department of Tourism's monthly
// releases put arrivals at ...". The maker made the figures (convention
// 3); what follows "from" is their material (claim28).
func (v *view) makerBeforeFrom(m, lo int) (int, bool) {
	j := m - 1
	if j <= lo || !v.toks[j].capital {
		return 0, false
	}
	for j > lo && j >= m-7 && v.toks[j].word && (v.toks[j].capital || v.toks[j].has(cDeterminer|cLink)) && !v.isOne(j, wBy) {
		j--
	}
	if j-2 < lo || !v.isOne(j, wBy) || !workedParticiples[v.toks[j-1].low] || !v.toks[j-2].has(cFindingNoun) {
		return 0, false
	}
	return j - 2, true
}
