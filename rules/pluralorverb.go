package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A plural noun or a verb: a word in -s after a figure may be the noun it
// counts or a verb whose object follows ("10,500 civilians remains just a
// floor", "committees mostly run by volunteers"). These readers of the
// words after that word stand apart from counts.go's countsOther because
// they read clause shape (adverbs, participles, objects), not nouns a
// metric's unit allows.

// adverbBeforeObject reports whether w is an adverb that stands between
// a verb and its object or complement and never after a compound's head
// noun: "the toll of 12,100 civilians represents only the cases", "10,500
// civilians remains just a floor" (people_noun_then_adverb.yaml). A closed
// class of focusing and hedging adverbs, so the next one a writer uses
// ("merely", "largely") reads the same.
func adverbBeforeObject(w string) bool {
	switch w {
	case "only", "just", "merely", "also", "largely", "mostly", "partly", "barely", "hardly", "scarcely", "likely", "probably", "certainly":
		return true
	}
	return false
}

// reducedRelativeAt reports whether a participle opens a reduced relative
// at token k, after a focusing adverb: "committees mostly run by
// volunteers", "associations also sheltering the displaced". An -ing form
// is no finite verb on its own, and a verb form followed by "by" names its
// agent (a passive). The adverb then stands after a compound's head noun,
// which is counted, not before a verb's object.
func reducedRelativeAt(d *figures.Document, s *figures.Sentence, k int) bool {
	if k >= s.TokEnd || !isLowerWord(d.TokenText(k)) {
		return false
	}
	w := d.LowerTokenText(k)
	if len(w) > 4 && strings.HasSuffix(w, "ing") {
		return true
	}
	return k+1 < s.TokEnd && d.LowerTokenText(k+1) == "by"
}

// verbPreposition reports whether w is a preposition a verb of bracing or
// waiting takes: "braces for", "waits on", "prepares for", "digs in".
func verbPreposition(w string) bool {
	switch w {
	case "for", "on", "in", "amid", "as", "after", "under", "against", "with":
		return true
	}
	return false
}

// singularOfBefore reports whether the figure starting at token fs is
// the object of "of" after a singular lower-case noun: "a city of 1.3M
// refugees", "a camp of 80,000".
func singularOfBefore(d *figures.Document, s *figures.Sentence, fs int) bool {
	if fs-2 < s.TokStart || d.LowerTokenText(fs-1) != "of" {
		return false
	}
	w := d.TokenText(fs - 2)
	return isLowerWord(w) && !pluralForm(w) && !determiner(w) && !article(w)
}

// placedAtName reports whether the preposition at token k is "in", "on"
// or "at" before a name, perhaps after "the": "committees in Rafah",
// "unions on the West Bank" say where a noun is, not what a verb does.
func placedAtName(d *figures.Document, s *figures.Sentence, k int) bool {
	if p := d.LowerTokenText(k); p != "in" && p != "on" && p != "at" {
		return false
	}
	k++
	if k < s.TokEnd && strings.EqualFold(d.TokenText(k), "the") {
		k++
	}
	return k < s.TokEnd && named(d, k)
}

// verbObjectStart reports whether token k may open a verb's object or
// complement and not go on a noun phrase: a determiner, a name, a
// pronoun or a word that opens a clause ("makes this", "shows how").
// After a plural noun none of these goes on the noun: an object pronoun
// ("tells you"), "who" or "whether" opening a clause ("shows who"), an
// indefinite as the object ("means nothing", "changes little") or an
// adjective a verb puts before its object ("lays bare the", "makes public
// the") (people_noun_then_verb_object.yaml, tune48). The pronouns, the
// wh-words and the indefinites are closed classes, listed whole; the
// fronted adjectives are the few a verb of showing or making takes before
// its object, and an open reading (any adjective) would take a noun's
// own postposed adjective ("50 hostages alive") for a verb's.
func verbObjectStart(d *figures.Document, k int) bool {
	if !d.Tokens[k].IsWord() {
		return false
	}
	w := d.LowerTokenText(k)
	switch w {
	case "it", "how", "why", "what", "that", "this", "these", "those", "clear", "plain":
		return true
	case "you", "him", "them", "me", "us", "who", "whom", "whether":
		return true
	case "nothing", "everything", "something", "anything", "little", "much":
		return true
	case "bare", "public", "possible", "known":
		return true
	}
	return article(w) || determiner(w) || possessiveDeterminer(w) || named(d, k)
}
