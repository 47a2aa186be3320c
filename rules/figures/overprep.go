package figures

// Verbs of standing above, ruling or disputing take "over" as their own
// preposition, never as "more than": "Rafah offensive looms over 1.4m
// displaced", "a threat hangs over 600,000 children", "the judge presided
// over 300 cases", "the two sides fought over 12 villages", "rivals argue
// over 40 seats", "UN staff watch over 2,000 families". The figure they
// are over is exact. A span of time after them is still bounded ("argued
// over 14 hours": more than 14 hours; see particleOver).

// overPrepositionVerbs make "over" their preposition.
var overPrepositionVerbs = newLemmaSet([]lemma{{"loom", nil}, {"hang", []string{"hung"}}, {"preside", nil},
	{"fight", []string{"fought"}}, {"argue", nil}, {"watch", nil}, {"quarrel", nil}, {"squabble", nil},
	{"wrangle", nil}, {"feud", nil}, {"bicker", nil}, {"brood", nil}, {"agonise", nil}, {"agonize", nil}})
