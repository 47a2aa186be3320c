package rules

import "github.com/claimtrack/claimtrack/rules/internal/wordset"

// The Snowball stemmer joins a word's regular forms ("kill", "killed",
// "killing") but not a verb's irregular ones: "fled" is not "flee", "left"
// not "leave", "sought" not "seek", "slain" not "slay". Vocabularies listed
// each form a journalist might write, and missed the ones they did not
// list ("have taken refuge" beside "took refuge", "lose their lives"
// beside "lost their lives"). stem reads an irregular form as its base
// verb first, on both sides of a match (a phrase's keys and the text's
// words), so every vocabulary and every rule's keywords gain all the forms
// of the verbs they name. An exact phrase ("=left") still asks for its
// form as written.
//
// The table holds the verbs news uses for what happens to people counted
// (flight, death, burial, capture, release). Forms that are as often another
// word are left out: "slew" ("a slew of"), "found", "saw", "hid".
var irregularBase = map[string]string{
	"fled": "flee", "left": "leave", "sought": "seek",
	"took": "take", "taken": "take", "drove": "drive", "driven": "drive",
	"slain": "slay", "fell": "fall", "fallen": "fall",
	"lost": "lose", "ran": "run", "brought": "bring", "held": "hold",
	"shot": "shoot", "fought": "fight", "laid": "lay",
}

// irregularPast holds irregular pasts that irregularBase leaves out, read
// as a verb's past by the readers of a dated act and never stemmed: a
// later act's verb ("under a deal struck in 2016", datedact.go laterActVerb)
// and a day clause's ("the day the storm hit", dayclausekeyword.go). Its
// forms are words of accords and events, often another word besides
// ("set", "cut", "put", "hit" are presents too), which a stem would join
// to every keyword: only a reader that has already found the place of a
// verb asks it. One table for both readers (now36): each had its own and
// they overlapped.
var irregularPast = map[string]bool{
	"struck": true, "set": true, "made": true, "won": true, "wrote": true, "written": true,
	"drew": true, "drawn": true, "bound": true, "cut": true, "began": true, "begun": true,
	"sold": true, "kept": true, "put": true, "went": true, "came": true, "broke": true,
	"hit": true, "swept": true, "rode": true, "sank": true, "sunk": true,
}

// irregularPastForm reports whether lower-cased w is an irregular past:
// irregularBase's forms, or irregularPast's.
func irregularPastForm(w string) bool {
	_, in := irregularPastTable.Get(w)
	return in
}

// irregularPastTable is irregularBase's forms and irregularPast's in one
// table for irregularPastForm, asked of the words after every figure
// (wordset: one look-up and no hashing call, where the two maps took two).
var irregularPastTable = func() *wordset.Table[struct{}] {
	forms := map[string]struct{}{}
	for w, base := range irregularBase {
		if base != "" {
			forms[w] = struct{}{}
		}
	}
	for w, in := range irregularPast {
		if in {
			forms[w] = struct{}{}
		}
	}
	return wordset.New(forms)
}()

// baseForm returns the base verb of an irregular form, or w.
func baseForm(w string) string {
	if b, ok := irregularBase[w]; ok {
		return b
	}
	return w
}

// irregularFormsOf returns the irregular forms whose stem is key (a
// phrase's first key): the engine's first test of a word reads its first
// two letters (startset.go), and "fell" does not start as "fall" does.
func irregularFormsOf(key string) []string {
	var forms []string
	for form := range irregularBase {
		if stem(form) == key {
			forms = append(forms, form)
		}
	}
	return forms
}
