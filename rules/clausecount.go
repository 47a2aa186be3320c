package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A sentence may name a count in one clause and give its value in the
// next through a count noun with "the": "when Gaza's dead were counted in
// the low tens of thousands; the figure is now upwards of 60,000", "The
// IOM has counted the displaced every month since the war began, and it
// now puts the figure at 12.1 million", "Hamas still has battalions in
// Rafah; they put the number at four". The noun points back to the count
// the clause before names, as "that number" does across sentences
// (thatcount.go), so the keyword there stands as near the figure as the
// noun does, however long the first clause. The later clause opens after
// a semicolon, or a comma or a dash and a conjunction ("— and that figure
// now stands at 35,034"), and is nothing but the noun's
// value: "the NOUN" and a verb of value before the figure, a pronoun that
// puts "the NOUN at" the figure, or "it" and a verb of value when the
// keyword is itself a count noun ("The death toll given in an earlier
// version ... left out Syria; across both countries it is 46,387"), or a
// chart's latest point and its value ("; the final bar shows 52,800":
// chartpoint.go).

// pointedCountClause returns the opening token of a later clause of
// sentence s that gives figure fi as the value of a count noun pointing
// back to keyword kw before it, or -1. What the keyword's own phrase
// rules out (ruledOutAt: "those displaced inside Sudan") is said of the
// count the noun points to; the caller reads it.
func pointedCountClause(d *figures.Document, s *figures.Sentence, kw hit, fi int) int {
	fs, _ := d.FigureTokens(fi)
	if kw.end > fs || placePhraseHit(d, kw) {
		return -1 // a phrase of place ("in Rafah") names no count to point back to (tallyvalue.go)
	}
	open := -1
	for k := kw.end; k < fs; k++ {
		switch d.TokenText(k) {
		case ";":
			open = k + 1
		case ",", "—", "–":
			// ", and the figure is", "— and that figure now stands at"
			if k+1 < fs && conjunctionOpener(d.LowerTokenText(k+1)) {
				open = k + 2
			}
		}
	}
	if open < 0 || open >= fs {
		return -1
	}
	if !countNounValue(d, open, fs) && !countNounPutAt(d, open, fs) && !(tallyNoun(d.LowerTokenText(kw.end-1)) && itValue(d, open, fs)) &&
		!chartPointValue(d, open, fs) {
		return -1
	}
	return open
}

// maxItSetting is how many words a phrase of where may hold before the
// "it" of a later clause: "across both countries it is 46,387".
const maxItSetting = 4

// itValue reports whether the tokens [k, fs) are "it", perhaps after a
// short phrase of where, and words of value up to the figure at fs: "it
// now stands at", "across both countries it is". The "it" points back to
// a keyword that is itself a count noun ("the death toll ...; ... it is
// 46,387"), which the caller checks.
func itValue(d *figures.Document, k, fs int) bool {
	if placePreposition(d.LowerTokenText(k)) || d.LowerTokenText(k) == "across" {
		for n := 0; n <= maxItSetting && k < fs && d.LowerTokenText(k) != "it"; n++ {
			if !d.Tokens[k].IsWord() && d.TokenText(k) != "," {
				return false
			}
			k++
		}
	}
	if k >= fs || d.LowerTokenText(k) != "it" {
		return false
	}
	return valueWordsTo(d, k+1, fs)
}

// conjunctionOpener reports whether lower-cased w, after a comma, opens a
// coordinate clause: "and", "but".
func conjunctionOpener(w string) bool { return w == "and" || w == "but" }

// countNounValue reports whether the tokens [k, fs) are "the" (or an
// owner's pronoun, or "that" or "this", which point back as "the" does),
// a count noun and words of value up to the figure at fs: "the figure is
// now", "the total stands at", "its tally has passed", "that figure now
// stands at"
// (the finder takes the bound verb into the figure).
func countNounValue(d *figures.Document, k, fs int) bool {
	if w := d.LowerTokenText(k); !countDeterminer(w) && w != "that" && w != "this" {
		return false
	}
	noun := demonstratedNoun(d, k+1)
	if noun < 0 || noun >= fs {
		return false
	}
	return valueWordsTo(d, noun+1, fs)
}

// valueWordsTo reports whether the tokens [k, fs) are words of value (a
// verb of value, its preposition, an auxiliary, an adverb) with a verb of
// value among them, or the figure at fs holds its own bound verb ("has now
// passed 10 million").
func valueWordsTo(d *figures.Document, k, fs int) bool {
	verb := false
	for t := k; t < fs; t++ {
		if !d.Tokens[t].IsWord() {
			return false
		}
		w := d.LowerTokenText(t)
		switch {
		case valueVerb(w):
			verb = verb || !stateTimeAdverb(w)
		case countSettingPreposition(w), auxiliary(w):
		default:
			return false
		}
	}
	return verb || d.Tokens[fs].IsWord() && boundVerbForm(d.LowerTokenText(fs))
}

// countNounPutAt reports whether the tokens [k, fs) are a subject pronoun,
// perhaps an adverb of value, a verb that puts a value on a count, "the"
// and a count noun, and "at" before the figure at fs: "it now puts the
// figure at", "they put the number at".
func countNounPutAt(d *figures.Document, k, fs int) bool {
	if fs-1 <= k || d.LowerTokenText(fs-1) != "at" || !subjectPronoun(d.LowerTokenText(k)) {
		return false
	}
	t := k + 1
	if stateTimeAdverb(d.LowerTokenText(t)) {
		t++
	}
	if !countValuingVerb(d.LowerTokenText(t)) || !countDeterminer(d.LowerTokenText(t+1)) {
		return false
	}
	return demonstratedNoun(d, t+2) == fs-2
}

// countDeterminer reports whether lower-cased w opens a count noun that
// points back: "the", "its", "their".
func countDeterminer(w string) bool { return w == "the" || w == "its" || w == "their" }
