package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A metric of one place inside a wider whole ("Rafah" in Gaza) does not
// count a figure whose sentence names its place only as one of several
// in a list: "An estimated 1.7 million people are displaced across the
// Gaza Strip, with Rafah, Khan Younis and Deir al-Balah absorbing most of
// them" counts the whole the list shares out, not Rafah's people. The
// place named alone ("sheltering in Rafah, many of them from Khan Younis
// and Gaza City") keeps the figure, and so does a list whose figures are
// given "respectively", one to each place.

// scopeOnlyListed reports whether every scope word of sentence s stands
// as an item of a list of names joined by "and" or "or" that holds
// another place than the metric's. Only for a metric that counts no total
// and finds its scope in the sentence.
func (m *metric) scopeOnlyListed(st *docState, s *figures.Sentence) bool {
	if m.spec.Total || !m.scopedInSentence() {
		return false
	}
	d := st.d
	word := sentenceWords(d, s)
	var lists [][2]int
	for t := s.TokStart; t < s.TokEnd; t++ {
		if word(t) == "respectively" {
			return false
		}
		if end := m.mixedList(d, s, t); end > t {
			lists = append(lists, [2]int{t, end})
			t = end - 1
		}
	}
	if len(lists) == 0 {
		return false
	}
	return m.scopeOnlyWhere(st, s, func(ti int) bool {
		for _, l := range lists {
			if l[0] <= ti && ti < l[1] {
				return true
			}
		}
		return false
	})
}

// mixedList returns the token after a list of names that starts at token
// t, two or more items with "and" or "or" before the last, one of them a
// one-word scope name and one another name ("Rafah, Khan Younis and Deir
// al-Balah"), or t when none starts there.
func (m *metric) mixedList(d *figures.Document, s *figures.Sentence, t int) int {
	word := sentenceWords(d, s)
	own, other, conj, closed := false, false, false, false
	items, k, last, lastStart := 0, t, t, t
	for {
		end := listItem(d, s, k)
		if end == k {
			break
		}
		closed = conj
		end = hyphenedNameEnd(d, s, end)
		items++
		lastStart = k
		if end-k == 1 && m.scopeName(d.TokenText(k)) {
			own = true
		} else {
			other = true
		}
		last = end
		if conj {
			break
		}
		k = end
		if word(k) == "," {
			k++
		}
		if w := word(k); w == "and" || w == "or" {
			if word(k-1) == "," && items == 1 {
				break // ", and" after one name joins clauses: "in Rafah, and Netanyahu has vowed"
			}
			k++
			conj = true
		} else if word(k-1) != "," {
			break
		}
	}
	// A last name that speaks or is the subject of a singular verb starts
	// a clause of its own (widerplace.go).
	// A list closes on a name after its "and": "here in Rafah, Jim, and
	// there is nowhere left" names one place and the person spoken to.
	if items < 2 || !closed || !own || !other || clauseSubject(word(last)) || speakersModifier(d, s, last) || m.absoluteSpeaker(d, s, lastStart, last) {
		return t
	}
	return last
}

// absoluteSpeaker reports whether the name at tokens [k, end) of sentence
// s, after a list's "and", is the subject of a participle of saying or
// holding after it, and a speaker by its kind: a listed country or an
// acronym ("With 1.4 million in Rafah and Israel saying four
// battalions remain there", "and the IDF insisting that ..."). The "and"
// joins two absolute clauses of a fronted "with", each with its own
// subject, not two places: the place before it is named alone. A town
// ("in Rafah and Khan Younis saying") keeps its list: the people of both
// places speak.
func (m *metric) absoluteSpeaker(d *figures.Document, s *figures.Sentence, k, end int) bool {
	if end >= s.TokEnd || !sayingParticiple(d.LowerTokenText(end)) && !holdingParticiple(d.LowerTokenText(end)) {
		return false
	}
	if strings.EqualFold(d.TokenText(k), "the") {
		k++
	}
	return k < end && (countryAt(d, s, k) == end || end-k == 1 && acronym(d.TokenText(k)))
}

// holdingParticiple reports whether lower-cased w is the "-ing" form of a
// verb by which a speaker holds or reckons a claim true, beside the
// claim sayings (claimsaying.go): "insisting", "estimating".
func holdingParticiple(w string) bool {
	switch w {
	case "insisting", "maintaining", "arguing", "estimating", "reckoning", "believing", "warning", "reporting", "telling":
		return true
	}
	return false
}

// speakersModifier reports whether the names before token last modify a
// noun that speaks after them: "in Rafah, Palestinian and U.N. officials
// say" names the sources, and "Rafah" before the comma is no item of
// theirs (list_modifies_speakers.yaml). The noun may be a phrase of up to
// three words and its verb an "-ing" form: "in Rafah and the Gaza health
// ministry reporting ..." (list_name_modifies_speaker_phrase.yaml).
func speakersModifier(d *figures.Document, s *figures.Sentence, last int) bool {
	// The rest of an initialism the list item ended in: "U.N.", "U.S.".
	for last < s.TokEnd && (d.TokenText(last) == "." && initialDot(d, s, last) || len(d.TokenText(last)) == 1 && named(d, last)) {
		last++
	}
	const nounWords = 3 // "civil defence service"
	for j := last; j < last+nounWords && j+1 < s.TokEnd && isLowerWord(d.TokenText(j)); j++ {
		next := d.TokenText(j + 1)
		if _, ok := sayingVerbs[next]; ok || speakingParticiple(next) {
			return true
		}
	}
	return false
}

// speakingParticiple reports whether w is the "-ing" form of a verb of
// saying or estimating (speakingVerb): "reporting", "saying",
// "estimating".
func speakingParticiple(w string) bool {
	stem, ok := strings.CutSuffix(w, "ing")
	return ok && stem != "" && (speakingVerb(stem) || speakingVerb(stem+"e"))
}

// hyphenedNameEnd returns the token after the hyphened rest of a name
// that listItem ended at token end: "Deir al-Balah", "Beit-Lahia".
func hyphenedNameEnd(d *figures.Document, s *figures.Sentence, end int) int {
	for {
		switch {
		case end+1 < s.TokEnd && d.TokenText(end) == "-" && named(d, end+1):
			end += 2
		case end+2 < s.TokEnd && isLowerWord(d.TokenText(end)) && len(d.TokenText(end)) <= 3 && d.TokenText(end+1) == "-" && named(d, end+2):
			end += 3 // an Arabic article: "al-", "el-"
		default:
			return end
		}
	}
}

// frontedEventWords is how many tokens a fronted phrase of time may hold
// before its comma: "Since the Rafah operation began,".
const frontedEventWords = 8

// scopeOnlyFrontedEvent reports whether every scope word of sentence s
// stands in a fronted phrase of time that names an operation by the
// metric's place ("After the Rafah offensive,", "Since the Rafah operation
// began,", "Following the Rafah incursion,"), and the clause after its
// comma names another place inside the metric's wider whole: "After the
// Rafah offensive, Deir al-Balah and the coastal strip of al-Mawasi
// absorbed most of the displaced, with about 1 million people now crowded
// into the area". The operation dates the clause; the people are where
// the clause puts them. A clause that names no other place, "Before" (the
// place's state then: pastresidents.go and the rest read it), and the
// place named after the comma keep the figure. Only for a metric that
// counts no total and finds its scope in the sentence, as scopeOnlyListed.
func (m *metric) scopeOnlyFrontedEvent(st *docState, s *figures.Sentence) bool {
	if m.spec.Total || !m.scopedInSentence() || len(m.regions) == 0 {
		return false
	}
	d := st.d
	word := sentenceWords(d, s)
	open := sentenceOpening(d, s)
	switch word(open) {
	case "after", "since", "following":
	default:
		return false
	}
	comma, event := -1, false
	for k := open + 1; k < s.TokEnd && k <= open+frontedEventWords; k++ {
		if word(k) == "," {
			comma = k
			break
		}
		if figureAt(d, k) >= 0 {
			return false
		}
		if operationNoun(word(k)) && k-1 > open && m.scopeName(d.TokenText(k-1)) {
			event = true // "the Rafah offensive"
		}
	}
	if comma < 0 || !event || !m.innerPlaceIn(d, s, comma+1, s.TokEnd) {
		return false
	}
	return m.scopeOnlyWhere(st, s, func(ti int) bool { return ti < comma })
}
