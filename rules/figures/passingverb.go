package figures

import "github.com/claimtrack/claimtrack/rules/internal/wordset"

// PassingVerb reports whether w (lower-case) is a form of a verb of a count
// passing or reaching a mark (a threshold verb that sets its figure above
// the mark, or one marked passing): base for its base form ("took three
// months to pass 20,000"), past for a past form ("first crossed 10,000",
// "had overtaken"). The rules read such a verb in the past, or "took ...
// to" and its base, as a count's past milestone.
func PassingVerb(w string) (base, past bool) {
	f, _ := passingFormTable.Get(w)
	return f&baseForm != 0, f&pastForm != 0
}

// A verbFormKind says which forms of a verb a word is: a past form may be
// its base form too ("hit").
type verbFormKind uint8

const (
	baseForm verbFormKind = 1 << iota
	pastForm
)

// passingForms holds the base and past forms of the passing verbs among
// thresholdVerbs, as verbForms spells them.
// passingFormTable is passingForms for PassingVerb's lookups (wordset).
var passingFormTable = wordset.New(passingForms)

var passingForms = func() map[string]verbFormKind {
	m := map[string]verbFormKind{}
	for _, v := range thresholdVerbs {
		if v.q != MoreThan && !v.passing {
			continue
		}
		for i, form := range verbForms(v) {
			switch {
			case i == 0:
				m[form] |= baseForm
			case i >= 3: // verbForms puts the past forms after the -ing form
				m[form] |= pastForm
			}
		}
	}
	return m
}()
