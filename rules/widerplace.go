package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// widerPlace reports whether a figure counts a wider area than the
// metric's place: the phrase of place after it is a list of names that
// holds a one-word place of the metric's scope and another name ("killed
// in Gaza, the West Bank, Israel and Lebanon", "displaced across Sudan
// and Chad"). The count is of all of them together. A list of the
// metric's own parts ("in Turkey and Syria" for a quake that struck both)
// holds no one-word scope place and is left alone.
//
// at is placePhraseAfter's answer for the figure, the same for every
// metric (docState.placePhraseAfter keeps it per figure).
func (m *metric) widerPlace(d *figures.Document, s *figures.Sentence, at int) bool {
	if at < 0 {
		return false
	}
	word := sentenceWords(d, s)
	// Every item is a name, and "and" or "or" joins the last: "in Rafah,
	// the UN says" is no list.
	own, other, conj := false, false, false
	items, lastStart := 0, at+1
	t := at + 1
	for {
		end := listItem(d, s, t)
		if end == t && conj {
			end = kindItem(d, s, t) // "in Rafah and the central camps"
		}
		if end == t {
			return false // a separator with no name after it: "Gaza, while Israel ..."
		}
		items++
		lastStart = t
		if end-t == 1 && m.scopeName(d.TokenText(t)) || end-t == 2 && word(t) == "the" && m.scopeName(d.TokenText(t+1)) {
			own = true
		} else {
			other = true
		}
		t = end
		comma := word(t) == ","
		if comma {
			t++
		}
		if w := word(t); w == "and" || w == "or" {
			if comma && items == 1 {
				return false // ", and" after one name joins clauses: "in Gaza, and the U.N. says"
			}
			t++
			conj = true
			continue
		}
		if !comma || conj {
			// The list ended after the item joined by "and": what follows
			// is another phrase ("..., Israel and Lebanon since the war").
			if comma {
				t--
			}
			break
		}
	}
	// A last name that speaks or is the subject of a singular verb starts
	// a clause of its own ("in Gaza and Israel has said ..."); a plural
	// verb is the whole subject's ("people killed in Gaza and the West
	// Bank were reporters"); so does one before a participle of saying
	// ("in Rafah and the IDF insisting that ...": absoluteSpeaker).
	return items >= 2 && own && other && conj && !clauseSubject(word(t)) && !speakersModifier(d, s, t) && !m.absoluteSpeaker(d, s, lastStart, t)
}

// clauseSubject reports whether lower-cased w, right after a name, makes
// the name the subject of a clause: a verb of saying or a singular
// auxiliary.
func clauseSubject(w string) bool {
	if _, ok := sayingVerbs[w]; ok {
		return true
	}
	switch w {
	case "has", "is", "was", "will", "would", "had":
		return true
	}
	return false
}

// listItem returns the token after the name that starts at token t of a
// list of places ("the West Bank", "Israel", "the occupied West Bank"): an
// optional "the" and at most two lower-case modifiers after it, then one to three
// capitalised words. It returns t when none starts there.
func listItem(d *figures.Document, s *figures.Sentence, t int) int {
	k := t
	if k < s.TokEnd && strings.EqualFold(d.TokenText(k), "the") {
		k++
		// A modifier only after the article: "the occupied West Bank".
		// A noun with its preposition ("the crossing into Egypt", "the
		// border with Egypt", "the road to Khan Younis") is no place's
		// name but a thing the name is the end of: no item.
		for n := 0; n < 2 && k < s.TokEnd && isLowerWord(d.TokenText(k)) && !isJoin(strings.ToLower(d.TokenText(k))); n++ {
			if passagePreposition(d.TokenText(k)) {
				return t
			}
			k++
		}
	}
	start := k
	for k < s.TokEnd && k-start < 3 && named(d, k) {
		k++
	}
	if k == start {
		return t
	}
	return k
}

// kindItem returns the token after a kind of place written in lower case
// that starts at token t, the item "and" or "or" joins to a list of places
// (widerPlace): an optional "the", at most two lower-case modifiers, then
// a plural noun of places ("the central camps", "northern towns", "the
// camps"). The place's own surroundings take a possessive ("and its
// surroundings") and are no item. It returns t when none starts there.
func kindItem(d *figures.Document, s *figures.Sentence, t int) int {
	k := t
	if k < s.TokEnd && strings.EqualFold(d.TokenText(k), "the") {
		k++
	}
	for n := 0; n < 3 && k < s.TokEnd && isLowerWord(d.TokenText(k)); n++ {
		w := d.LowerTokenText(k)
		if placesNoun(w) {
			return k + 1
		}
		if n == 2 || determiner(w) || isJoin(w) || passagePreposition(w) {
			break
		}
		k++
	}
	return t
}

// scopeName reports whether w is a one-word scope entry of the metric that
// names a place (capitalised: "Gaza", "Sudan").
func (m *metric) scopeName(w string) bool {
	for _, sc := range m.spec.Scope {
		if !strings.ContainsAny(sc, " -*=") && sc != "" && sc[0] >= 'A' && sc[0] <= 'Z' && strings.EqualFold(sc, w) {
			return true
		}
	}
	return false
}

// placePhraseAfter returns the "in", "across" or "throughout" within the
// four words after figure fi, in its clause, that opens the phrase of
// place widerPlace reads ("32,000 people killed in"), or -1.
func placePhraseAfter(d *figures.Document, s *figures.Sentence, fi int) int {
	_, fe := d.FigureTokens(fi)
	word := sentenceWords(d, s)
	for t := fe; t < s.TokEnd && t < fe+5; t++ {
		w := word(t)
		if w == "in" || w == "across" || w == "throughout" {
			return t
		}
		if !d.Tokens[t].IsWord() {
			return -1
		}
	}
	return -1
}

// passagePreposition reports whether lower-case w joins a noun to the
// place it leads to or borders: "the crossing into Egypt", "the border
// with Egypt", "the road to Rafah".
func passagePreposition(w string) bool {
	switch w {
	case "into", "to", "with", "from", "toward", "towards", "across", "near":
		return true
	}
	return false
}
