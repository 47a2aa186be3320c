package figures

// A verb of change before "X to Y" makes the two figures where a count
// stood and where it stands, not a range: the parser asks these before it
// reads a range (rangeTail), as it asks changedCountOf (changedcount.go).

// changeBefore reports whether a verb of change ("rose", "fell") stands just
// before token i: "rose from 32,000 to 33,091" is two figures, not a range.
func (p *parser) changeBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if p.has(k, fChange) {
			return true
		}
		if p.toks[k].Kind == tSym && p.isSym(k, ".;:!?") {
			return false
		}
	}
	return p.changedObjectBefore(i)
}

// changedObjectReach is how many tokens a verb that changes a tally may
// stand before the "from" of its change, its object's noun phrase between.
const changedObjectReach = 14

// changedObjectBefore reports whether a verb that changes the tally it
// takes as its object ("raised", "revised", "cut", "lowered") stands
// before token i with only words between, no mark and no amount: "revised
// its tally of homes destroyed along the coast from 3,480 to 3,915" is
// where the count started and where it ends, not a range; before "by",
// "revised its tally of those killed by 300 to 35,300" is the change and the
// level it reached (mendfa41). A date or a year inside the object says
// what the tally counts from, not a figure of the change: "raised its
// count of those killed since 7 October from 34,535 to 34,596".
func (p *parser) changedObjectBefore(i int) bool {
	j := len(p.out) - 1 // the figure found last that token k may stand in
	for k := i - 1; k >= 0 && k >= i-changedObjectReach; k-- {
		if j >= 0 && int(p.toks[k].End) <= p.out[j].End {
			if int(p.toks[k].Start) < p.out[j].Start {
				j-- // before that figure: ask of the one before it
				k++
				continue
			}
			if !p.out[j].Kind.IsCalendar() {
				return false
			}
			continue
		}
		if !p.isWord(k) && !p.isSym(k, "'’-") || p.toks[k].Break {
			return false
		}
		if p.lowerIsAny(k, changedObjectVerbs) {
			return true
		}
	}
	return false
}

// changedObjectLemmas are the verbs that change the tally they take as
// their object ("raised its toll by 300 to", "lifting the tally by"):
// every form of each is read (verbForms), so a new verb is one entry, not
// four.
var changedObjectLemmas = []thresholdVerb{
	{lemma: "raise"}, {lemma: "lift"}, {lemma: "lower"}, {lemma: "cut", irregular: []string{"cut"}},
	{lemma: "reduce"}, {lemma: "increase"}, {lemma: "boost"}, {lemma: "trim"}, {lemma: "slash"},
	{lemma: "revise"}, {lemma: "update"}, {lemma: "adjust"}, {lemma: "correct"},
}

// changedObjectVerbs holds every form of changedObjectLemmas.
var changedObjectVerbs = func() []string {
	var forms []string
	for _, v := range changedObjectLemmas {
		forms = append(forms, verbForms(v)...)
	}
	return forms
}()

// ChangedObjectVerb reports whether lower-cased w is a form of a verb
// that changes the tally it takes as its object: the rules read "by N"
// after it and its object as the change (projection.go changedObjectBy).
func ChangedObjectVerb(w string) bool {
	for _, f := range changedObjectVerbs {
		if f == w {
			return true
		}
	}
	return false
}
