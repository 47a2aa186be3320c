package rules

import (
	"strings"
	"sync"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// People who went home are no longer refugees or displaced: when the
// figure's own predicate is a return ("Some 3,000 refugees from Zarovia
// have gone back home", "9,000 displaced return home", "returned to their
// villages"), or its noun is ("3,000 returning refugees", "returnees"),
// the figure counts the returnees, however near a word of flight stands.
// A desk once needed `exclude_near: ["@returns"]` for it (walk55). A
// return is "return" itself, or a verb of going with "home" or "back"
// right after it ("went home", "head home", "made their way back"); an
// errand's destination after it is a trip inside the country, not a
// return ("returned to the registration centres", "went back to the
// camps to collect rations"). Only the figure's own clause is read: a
// comma, a conjunction, a relative word, a modal, a negation or an
// infinitive's "to" ends it, so "though 3,000 have gone home", "have not
// returned", "cannot go home" and "are unable to return" keep the count.
// A metric whose keyword is the return itself counts the returnees, and
// only a metric of people away from home reads a return at all
// (countsAway): "40 displaced people returning to the north were killed"
// is a death toll; nor is a return on the noun ("returning home") the
// predicate when a keyword's verb follows it ("... were displaced again
// by the floods": review56 MUST 1) (returns_not_displaced.yaml).

// returnReach is how many tokens past the figure its noun phrase and
// auxiliaries may run before the return.
const returnReach = 10

// returnedCount reports whether figure fi of sentence s counts people who
// went home, its keyword h (the nearest of hits) not the return itself:
// no keyword of the metric stands at the return's verb ("civilians killed
// back home" are the dead of home).
func returnedCount(d *figures.Document, s *figures.Sentence, fi int, hits []hit, h hit) bool {
	_, fe := d.FigureTokens(fi)
	word := sentenceWords(d, s)
	for k := fe; k < s.TokEnd && k < fe+returnReach; k++ {
		w := word(k)
		if !d.Tokens[k].IsWord() && !isApostrophe(w) || endsReturnSubject(w) {
			return false
		}
		if !returnAt(d, s, k, h) {
			continue
		}
		if keywordAt(hits, k) || passiveBefore(word, k, fe) || strings.HasSuffix(w, "ing") && keywordInClauseAfter(d, s, hits, k) {
			return false // the metric counts the returns, or its own act; "were returned" by someone else
		}
		return true
	}
	return false
}

// keywordInClauseAfter reports whether a keyword hit of hits starts after token k
// in its clause (no comma or semicolon between): a return on the noun
// ("3,000 people returning to their villages") is the subject's
// description when the keyword's own verb follows ("were displaced again
// by the floods").
func keywordInClauseAfter(d *figures.Document, s *figures.Sentence, hits []hit, k int) bool {
	for _, h := range hits {
		if h.ref.role != roleKeyword || h.start <= k {
			continue
		}
		for j := k + 1; j < h.start; j++ {
			if w := d.TokenText(j); w == "," || w == ";" || isDash(w) {
				return false
			}
		}
		return true
	}
	return false
}

// countsAway reports whether metric spec s counts people away from home:
// a keyword is @refugees, @displacement or @shelter, or its first word a
// verb or noun of flight those vocabularies name (flightStems: "refugees",
// "displaced", "uprooted").
func countsAway(s MetricSpec) bool {
	for _, k := range s.Keywords {
		switch k = strings.TrimSpace(k); k {
		case "@refugees", "@displacement", "@shelter":
			return true
		}
		if ws := strings.Fields(strings.ToLower(strings.TrimPrefix(k, "="))); len(ws) > 0 && flightStems()[stem(ws[0])] {
			return true
		}
	}
	return false
}

// endsReturnSubject reports whether lower-cased w ends the stretch of the
// figure's own subject and verb group that returnedCount reads: a word
// that opens another clause ("as", "since"), a preposition but one of the
// noun's place or agent, a modal or a negation (the return denied or
// only possible) or an infinitive's "to" (wished or planned).
func endsReturnSubject(w string) bool {
	switch w {
	case "and", "or", "but", "who", "which", "that", "whom", "to", "cannot", "than":
		return true
	case "from", "in", "of", "at", "inside", "within", "across", "by":
		return false // the noun's place or its participle's agent: "refugees from Zarovia", "uprooted by the war"
	}
	if prepositions[w] || w == "for" {
		return true // an adjunct: "on Monday", "for relatives"
	}
	return w == "as" || modalWord(w) || negation(w) || subordinatingWord(w) || timeConjunction(w) || questionOpener(w)
}

// passiveBefore reports whether a form of "be" stands right before the
// participle at token k (adverbs between), after token fe: "bodies were
// returned" were handed over by someone else.
func passiveBefore(word func(int) string, k, fe int) bool {
	w := word(k)
	if !strings.HasSuffix(w, "ed") && !irregularPastForm(w) && w != "sent" {
		return false
	}
	j := k - 1
	for j > fe && (lyAdverb(word(j)) || predicateAdverb(word(j))) {
		j--
	}
	return j >= fe && beForm(word(j)) && word(j) != "being"
}

// returnAt reports whether token k of sentence s is a return: a form of
// "return" or a returnee, its errand not after it (tripAfter), "be" with
// "back" or "home" (beenBack: "are back home", review56 SHOULD 2), or a
// verb with "home" or "back" after it (goneHome). The verb is shaped as one: a
// past, a word after its auxiliary ("have now gone home", "are heading
// back"), or any word right after the figure's keyword h ("4,000 refugees
// head home"); a noun before "back home" is where they are from ("the
// war back home", "the fighting back home"), and "return" after a
// preposition or a determiner a noun ("in return for").
func returnAt(d *figures.Document, s *figures.Sentence, k int, h hit) bool {
	raw := d.TokenText(k)
	w := d.LowerTokenText(k)
	if !isLowerWord(raw) {
		return false
	}
	if strings.HasPrefix(w, "returnee") {
		return true
	}
	if beForm(w) && w != "be" && w != "being" {
		return beenBack(d, s, k)
	}
	prev := d.LowerTokenText(k - 1)
	if verbForm(w, "return") {
		return !prepositions[prev] && !determiner(prev) && !tripAfter(d, s, k+1)
	}
	j := k - 1
	for j > s.TokStart && (predicateAdverb(d.LowerTokenText(j)) || lyAdverb(d.TokenText(j))) {
		j--
	}
	verbShaped := pastVerbWord(raw) || irregularPastForm(w) || auxiliary(d.LowerTokenText(j)) || h.end == k
	return verbShaped && goneHome(d, s, k)
}

// beenBack reports whether the form of "be" at token k says they are
// home again, adverbs perhaps between: "are back home", "are now home",
// "were back in Zarovia", "are back" ending the clause; not "is home
// to" (a place's people) nor "back to" an errand.
func beenBack(d *figures.Document, s *figures.Sentence, k int) bool {
	word := sentenceWords(d, s)
	t := k + 1
	for t < s.TokEnd && (predicateAdverb(word(t)) || lyAdverb(d.TokenText(t))) {
		t++
	}
	switch word(t) {
	case "home":
		return word(t+1) != "to"
	case "back":
		switch n := word(t + 1); {
		case n == "home", n == "", n == ",", n == ".", n == "in" && named(d, t+2):
			return true
		}
	}
	return false
}

// goneHome reports whether the lower-case verb at token k has "home" or
// "back" right after it ("went home", "have gone back", "head home"), or
// after its object's determiner and noun ("made their way back", "made
// the long journey home"), and no errand after that ("went back to the
// camps"). A determiner right before "home" makes it a noun ("found a
// home", "lost their home").
func goneHome(d *figures.Document, s *figures.Sentence, k int) bool {
	word := sentenceWords(d, s)
	w := word(k)
	if prepositions[w] || determiner(w) || auxiliary(w) || beForm(w) {
		return false
	}
	t := k + 1
	if determiner(word(t)) {
		t++
		for t < s.TokEnd && t <= k+4 && isLowerWord(d.TokenText(t)) && word(t) != "home" && word(t) != "back" && !prepositions[word(t)] {
			t++
		}
		if t == k+2 {
			return false // "lost their home"
		}
	}
	if x := word(t); x != "home" && x != "back" {
		return false
	}
	return !tripAfter(d, s, t+1)
}

// tripAfter reports whether the words from token t name an errand's
// destination rather than home: "to the registration centres", "to a
// distribution point", "to collect rations", "to work". A name ("to
// Zarovia"), an owner's noun ("to their villages") or a noun of home after
// an article ("to the village", "to the north") is home.
func tripAfter(d *figures.Document, s *figures.Sentence, t int) bool {
	word := sentenceWords(d, s)
	if word(t) != "to" {
		return false
	}
	switch n := word(t + 1); {
	case named(d, t+1) || possessiveDeterminer(n):
		return false
	case article(n):
		for j := t + 2; j < s.TokEnd && j <= t+4 && isLowerWord(d.TokenText(j)); j++ {
			if homePlaceNoun(word(j)) {
				return false
			}
		}
	}
	return true
}

// homePlaceNoun reports whether lower-cased w names where displaced people
// lived, the places @displacement says they were forced from ("from their
// villages", "off their land"), in the singular or the plural, or a
// quarter of the country ("the north").
func homePlaceNoun(w string) bool {
	if compassPoint(w) != "" {
		return true
	}
	return homePlaceNouns()[singular(w)]
}

// homePlaceNouns are the singulars of the nouns the shipped @displacement
// phrases put after "from their", "out of their" or "off their" (village,
// town, land, farm, ...), and "home": the next place a desk adds there is
// a place of return too.
var homePlaceNouns = sync.OnceValue(func() map[string]bool {
	out := map[string]bool{"home": true}
	if v, err := ShippedVocabularies(); err == nil {
		if voc, ok := v.Lookup("displacement"); ok {
			for _, p := range voc.Phrases {
				ws := strings.Fields(strings.ToLower(p))
				if n := len(ws); n >= 2 && ws[n-2] == "their" {
					out[singular(ws[n-1])] = true
				}
			}
		}
	}
	return out
})
