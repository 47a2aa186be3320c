package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A noun the metric counts, in the singular before another noun, modifies
// it: "three battalion commanders" counts commanders, "two brigade
// headquarters" headquarters. A figure above one takes a plural noun, so a
// singular after it is no noun of its own; a plural-looking word after a
// plural without -s ("14 million people deserves") is the sentence's verb
// instead, and so is one after a figure of one ("one battalion remains").
// A part "of the" such a compound counts its head too: "two of the
// battalion commanders in Rafah" (count_noun_modifier.yaml).

// singularModifier reports whether lower-case w, the word after figure
// fi, is the singular of the noun the metric's unit names ("battalion"
// for battalions) and the figure is above one. A unit of people reads its
// people words as before: "12,910 civilian killings" counts the dead,
// "civilian" an adjective as much as a noun.
func (m *metric) singularModifier(d *figures.Document, fi int, w string) bool {
	if d.Figures[fi].Value <= 1 {
		return false
	}
	for _, u := range strings.Fields(strings.ToLower(m.spec.Unit)) {
		if u != peopleVocab && u == w+"s" {
			return true
		}
	}
	return false
}

// singularBeforeThing reports whether lower-case w, a noun of the
// metric's without -s, is the singular of another of its nouns ("body"
// beside "bodies", "death" beside "deaths"), not a plural without -s
// ("people", "children", "women"), and head, the noun after it, names a
// thing, not a verb's action in -ings: "3,000 body bags" counts bags,
// "12,910 civilian killings" counts the killed. The set holds a listed
// noun in both numbers (countnouns.go addHead), so w's own plural in it
// tells that w is a singular, a compound's modifier, after a figure above
// one ("one battalion remains": the singular is the figure's own noun).
// A head that only tallies the modifier's own instances ("N death
// cases", "a 9,000 death toll") is no thing of its own: the figure counts
// the deaths (tallyHead).
func (m *metric) singularBeforeThing(d *figures.Document, fi int, w, head string) bool {
	if d.Figures[fi].Value <= 1 || pluralForm(w) || strings.HasSuffix(strings.ToLower(head), "ings") || tallyHead(head) {
		return false
	}
	if m.countNouns[w+"s"] || m.countNouns[w+"es"] {
		return true
	}
	return strings.HasSuffix(w, "y") && m.countNouns[w[:len(w)-1]+"ies"]
}

// modifiedOfPart returns the token of the head noun a part "N of the"
// counts when a singular noun of the metric's modifies it ("two of the
// battalion commanders"), or -1.
func (m *metric) modifiedOfPart(d *figures.Document, s *figures.Sentence, fi int) int {
	_, fe := d.FigureTokens(fi)
	word := sentenceWords(d, s)
	if word(fe) != "of" || word(fe+1) != "the" && !possessiveDeterminer(word(fe+1)) {
		return -1
	}
	t := fe + 2
	if t+1 >= s.TokEnd || !isLowerWord(d.TokenText(t)) || !isLowerWord(d.TokenText(t+1)) {
		return -1
	}
	if w := word(t); pluralForm(w) || !m.singularModifier(d, fi, w) {
		return -1
	}
	if n := word(t + 1); pluralForm(n) && !notNoun(n) && !m.countNouns[n] {
		return t + 1
	}
	return -1
}

// The words a figure's counted noun may stand behind: a designation,
// a name, two modifiers joined by "or"/"and". countedNoun steps over them.

// joinedModifiersEnd returns the token after two modifiers joined by
// "or" or "and" that start at token t, each a participle in -ed or -en or
// a hyphened pair, perhaps after an adverb in -ly ("55,000 damaged or destroyed buildings",
// "70,000 razed and gutted homes", "160,000 collapsed or badly damaged
// buildings"), when a lower-case word follows them; else t. The figure
// counts the noun after the pair, as it counts the noun after one
// modifier: two participles joined are no verb of the figure's people
// ("12,000 killed or wounded" has no noun after it and stays t).
func joinedModifiersEnd(d *figures.Document, s *figures.Sentence, t int) int {
	modifier := func(t int) int { // the token after a modifier at t, or -1
		if t < s.TokEnd && lyAdverbAt(d, s, t) {
			t++
		}
		if t >= s.TokEnd || !d.Tokens[t].IsWord() || !d.Tokens[t].Space || figureAt(d, t) >= 0 {
			return -1
		}
		w := d.TokenText(t)
		// pluralForm must run before the -en test below: "women",
		// "children" and "men" end in -en too and are nouns, no participle.
		if len(w) < 3 || !isLowerWord(w) || notNoun(w) || linkWords[w] || pluralForm(w) {
			return -1
		}
		if h := hyphenedLast(d, s, t); h > t {
			return h + 1 // "burned-out"
		}
		if !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "en") {
			return -1 // a noun or a verb ("N people and forced", "N flee and hide")
		}
		return t + 1
	}
	m := modifier(t)
	if m < 0 || m+1 >= s.TokEnd || !d.Tokens[m].Space {
		return t
	}
	if c := d.TokenText(m); c != "or" && c != "and" {
		return t
	}
	e := modifier(m + 1)
	if e < 0 || e >= s.TokEnd || !d.Tokens[e].IsWord() || !d.Tokens[e].Space || !isLowerWord(d.TokenText(e)) {
		return t
	}
	return e
}

// lyAdverbAt reports whether token t is a lower-case adverb in -ly that
// a modifier may follow ("badly damaged").
func lyAdverbAt(d *figures.Document, s *figures.Sentence, t int) bool {
	w := d.TokenText(t)
	return t+1 < s.TokEnd && d.Tokens[t].IsWord() && d.Tokens[t].Space && isLowerWord(w) && strings.HasSuffix(w, "ly") && !lyModifier(w)
}

// designationEnd returns the token after a model's designation that
// starts at token t, or t when none does: capital letters glued to digits,
// perhaps by a hyphen ("F-15", "F-35I", "MK-84", "AH-64", "M109"). It
// names a kind of the noun after it as a modifier does: "50 F-15 fighters"
// counts fighters, the items of a sale, not sales.
func designationEnd(d *figures.Document, s *figures.Sentence, t int) int {
	if t >= s.TokEnd || !d.Tokens[t].Space || !d.Tokens[t].IsWord() || !upperLetters(d.TokenText(t)) {
		return t
	}
	digit := false
	e := t
	for ; e < s.TokEnd && (e == t || !d.Tokens[e].Space); e++ {
		w := d.TokenText(e)
		num := strings.Trim(w, "0123456789") == ""
		if !d.Tokens[e].IsWord() && w != "-" && !num {
			break
		}
		digit = digit || num || strings.ContainsAny(w, "0123456789")
	}
	if !digit || e >= s.TokEnd || d.TokenText(e-1) == "-" {
		return t
	}
	return e
}

// nameModifierEnd returns the token after a name of one or two capitalised
// words that starts at token t and stands before a lower-case word ("2
// Hamas battalion commanders", "300 UNRWA staff", "1,200 Red Crescent
// volunteers"), or t when none does: the name says whose or which the
// noun after it is, as a modifier does, and the figure counts that noun,
// not the name. A people is left as before, whether the figure counts it
// ("30,000 Palestinians health officials say have been killed") or it
// names a side ("39 Palestinian prisoners", read by the sides of a
// metric's values): a word shaped as a demonym (demonymShape,
// pluralDemonym). (negs39_name_modifier.yaml)
func nameModifierEnd(d *figures.Document, s *figures.Sentence, t int) int {
	e := t
	for n := 0; n < 2 && e < s.TokEnd && named(d, e) && d.Tokens[e].Space && figureAt(d, e) < 0; n++ {
		if w := d.TokenText(e); demonymShape(w) || pluralDemonym(w) {
			return t // a people, the noun itself or its side: "30,000 Palestinians health officials say", "39 Palestinian prisoners"
		}
		e++
	}
	if e == t || e >= s.TokEnd || !d.Tokens[e].IsWord() || !isLowerWord(d.TokenText(e)) {
		return t
	}
	return e
}

// countedByName reports whether a name between figure fi and its noun at
// token t, which countedNoun stepped over as the noun's modifier
// (nameModifierEnd: "2 Hamas battalion commanders"), is itself a word the
// metric counts by: "120 FMS notifications and cases" are sales to a
// metric whose keywords hold "FMS".
func (m *metric) countedByName(d *figures.Document, fi, t int) bool {
	_, fe := d.FigureTokens(fi)
	for k := fe; k < t; k++ {
		if named(d, k) && m.countNouns[d.LowerTokenText(k)] {
			return true
		}
	}
	return false
}

// tallyHead reports whether head, a noun after a modifier, counts the
// modifier's own instances rather than a thing: a tally noun in either
// number ("toll", "totals"; wordclass.go tallyNoun), "case" or "figure".
// A record or a certificate is paper, a thing the figure counts.
func tallyHead(head string) bool {
	h := strings.TrimSuffix(strings.ToLower(head), "s")
	return tallyNoun(h) || h == "case" || h == "figure"
}
