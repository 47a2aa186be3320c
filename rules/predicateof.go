package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// An exclude_near word as what the figure does or undergoes: the verb the
// figure is the subject of ("Only two arms sales to Israel since October
// have been formally notified to Congress": predicateOf), past its
// auxiliaries and the adverbs a verb group takes (verbGroupAdverb), or a
// past participle that ends its clause as a headline's passive ("2 Hamas
// battalions in Rafah now 'dismantled'": reducedPassive). What the verb says
// of the figure's noun is what the figure counts.

// predicateOf reports whether exclude_near hit h is the verb the figure
// spanning tokens [fs, fe) is the subject of: "Only two arms sales to
// Israel since October have been formally notified to Congress". What
// the verb says of the figure's noun is what the figure counts (notified
// sales), however near a keyword stands. Between the figure and h: its
// noun phrase (no comma, no figure, no word of another clause, nor an
// indirect question's opener: questionOpener), then one
// or more auxiliaries, perhaps an adverb in -ly or of time (now, since, already).
func predicateOf(d *figures.Document, fe int, h hit) bool {
	// A part's subject runs on through its whole and what describes it:
	// "Only two of the more than 100 foreign military sales the US has
	// approved to Israel since October 7 were notified".
	limit := 12
	if fe < len(d.Tokens) && d.LowerTokenText(fe) == "of" {
		limit = 24
	}
	if h.start <= fe || h.start-fe > limit+subjectAsideReach+2 {
		return false
	}
	k := h.start - 1
	for k > fe && (strings.HasSuffix(d.LowerTokenText(k), "ly") || verbGroupAdverb(d.LowerTokenText(k))) {
		k--
	}
	if predicateToCome(d, fe, k) {
		return false // "must be destroyed": still to be done (predicatetocome.go)
	}
	aux := 0
	for ; k >= fe && (auxiliary(d.LowerTokenText(k)) || linkingVerb(d.LowerTokenText(k))); k-- {
		aux++
		// "have already been delivered", "have now been dismantled"
		for k-1 > fe && auxiliary(d.LowerTokenText(k)) && verbGroupAdverb(d.LowerTokenText(k-1)) && auxiliary(d.LowerTokenText(k-2)) {
			k--
		}
	}
	// "Only three arms sales to Egypt, for radar parts and spare engines,
	// have been notified": an aside on the noun phrase parts it from its
	// auxiliary; the phrase before the aside is the subject.
	if aux > 0 && k > fe {
		if c := subjectAside(d, fe, k); c > fe {
			k = c - 1
		}
	}
	if h.start-fe > limit && k+1 < h.start && d.TokenText(k+1) != "," {
		return false
	}
	// A relative clause right after the figure's noun says which of them
	// the figure counts, as a verb of its own does: "only the 24,686 bodies
	// that have been fully identified".
	relative := false
	if aux > 0 && k > fe {
		switch d.LowerTokenText(k) {
		case "that", "which", "who":
			relative, k = true, k-1
		}
	}
	if aux == 0 && (!reducedPassive(d, h) || wholeRelative(d, h)) {
		return false
	}
	// "were large enough to be notified": what the subject was fit for.
	if k-3 > fe && d.LowerTokenText(k) == "to" && d.LowerTokenText(k-1) == "enough" {
		k -= 2
		for ; k >= fe && !auxiliary(d.LowerTokenText(k)); k-- {
			if fe+1 >= k {
				return false
			}
		}
	}
	// A part's noun phrase holds its whole: "18 of Hamas's 24 battalions".
	partOfWhole := d.LowerTokenText(fe) == "of"
	for t := fe; t <= k; t++ {
		// A date dates the noun, whatever its words: "sales to Israel since
		// 7 October have been notified".
		if fj := figureAt(d, t); fj >= 0 && !partOfWhole && !dateKind(d.Figures[fj].Kind) {
			return false
		}
		if !d.Tokens[t].IsWord() && !isApostrophe(d.TokenText(t)) && !inFigure(d, t) {
			return false
		}
		switch w := d.LowerTokenText(t); w {
		case "and", "or", "but", "who", "which", "that", "while", "as", "when":
			return false
		default:
			if questionOpener(w) {
				return false // "46,600 dead says nothing about how many were combatants": the question's
			}
		}
	}
	// The relative clause is the noun's own: one word (its noun) at most
	// between the figure and it.
	return !relative || k-fe <= 1
}

// subjectAsideReach is how many tokens an aside between commas on the
// figure's noun phrase may hold before its auxiliary.
const subjectAsideReach = 9

// subjectAside returns the comma that opens an aside closed by the comma
// at token k, right before the figure's auxiliary, past the figure's end
// fe: "arms sales to Egypt, for radar parts and spare engines, have been",
// "battalions in Rafah, according to the army, were". The aside may hold
// no count and not open on a word that joins a clause ("and 12 more to
// Jordan"); it returns -1 for none.
func subjectAside(d *figures.Document, fe, k int) int {
	if d.TokenText(k) != "," {
		return -1
	}
	for c := k - 1; c > fe && c >= k-1-subjectAsideReach; c-- {
		w := d.TokenText(c)
		if fj := figureAt(d, c); fj >= 0 && d.Figures[fj].Kind.IsAmount() {
			return -1
		}
		if w == "," {
			if c == k-1 {
				return -1
			}
			switch d.LowerTokenText(c + 1) {
			case "and", "or", "but", "while", "as", "so", "yet":
				return -1
			}
			return c
		}
		if !d.Tokens[c].IsWord() && !isApostrophe(w) && !inFigure(d, c) {
			return -1
		}
	}
	return -1
}

// verbGroupAdverb reports whether w is an adverb that may stand between
// an auxiliary and its verb without ending in -ly: "have now gone home",
// "have since returned", "have already been notified", "were then
// killed", "are still held". It is stateTimeAdverb's words (subjectcount.go:
// "now", "still", "already", "currently", "today", "then"), which date a
// verb group as they date a state, and two that only a verb group takes:
// "since" and "also" ("have since returned", "were also killed"), which
// date or join an event but never say when a state holds. (Until tidy23 it
// was timeAdverb, a near copy of stateTimeAdverb's list: taking the whole
// list moved no answer.)
func verbGroupAdverb(w string) bool {
	return w == "since" || w == "also" || stateTimeAdverb(w)
}

// linkingVerb reports whether w links a subject to what it is, as "be"
// does: "4,200 bodies remain uncollected", "lie unidentified".
func linkingVerb(w string) bool {
	switch w {
	case "remain", "remains", "remained", "lie", "lies", "lay", "still":
		return true
	}
	return false
}

// auxiliary reports whether w is an auxiliary of a passive or perfect.
func auxiliary(w string) bool {
	switch w {
	case "have", "has", "had", "been", "was", "were", "is", "are", "be":
		return true
	}
	return false
}

// reducedPassive reports whether hit h is a past participle that ends its
// clause, as a headline writes a passive without its auxiliary: "2 Hamas
// battalions in Rafah now 'dismantled'", "... already destroyed, army
// claims". The sentence, a comma, a dash or a quote follows it, or a
// phrase of its own ("notified to Congress"); a past tense with an object
// ("routed an army column") does not end there.
func reducedPassive(d *figures.Document, h hit) bool {
	w := d.LowerTokenText(h.end - 1)
	if !isLowerWord(d.TokenText(h.end-1)) || !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "en") {
		return false
	}
	k := h.end
	for k < len(d.Tokens) && isQuoteMark(d.TokenText(k)) {
		k++
	}
	if k >= len(d.Tokens) {
		return true
	}
	switch d.TokenText(k) {
	case ",", ";", ".", "—", "–", ":":
		return true
	}
	// A participle after its noun with a phrase of its own says which of
	// them: "two arms sales to Israel notified to Congress", "prisoners
	// convicted of murder". A past tense takes an object, not "to" or "by".
	switch d.LowerTokenText(k) {
	case "to", "by", "of", "for", "under", "since", "as":
		return true
	}
	return false
}

// wholeRelative reports whether participle hit h, right after a figure,
// describes that figure in a clause that goes on to its own auxiliary:
// "$700m of the $2.4bn requested by the plan has been funded" says which
// sum was requested, and "has been funded" what the part is. A headline's
// participle after its noun ("18 of Hamas's 24 battalions dismantled")
// ends its clause and stays the part's.
func wholeRelative(d *figures.Document, h hit) bool {
	if !inFigure(d, h.start-1) {
		return false
	}
	for k := h.end; k < len(d.Tokens) && k < h.end+predicateReach; k++ {
		switch w := d.LowerTokenText(k); {
		case w == "," || w == ";" || w == "." || w == "—" || w == "–" || w == ":" || inFigure(d, k):
			return false
		case auxiliary(w):
			return true
		}
	}
	return false
}

// isQuoteMark reports whether w is a quotation mark, straight or curly.
func isQuoteMark(w string) bool {
	switch w {
	case "'", "\"", "‘", "’", "“", "”":
		return true
	}
	return false
}
