package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/claimant"
	"github.com/claimtrack/claimtrack/rules/figures"
)

// Where an exclude_near word stands: a place or owner of a keyword
// qualifies the figure as near as its keyword does, and a place joined to
// another makes the whole, not a part.

// placeOfKeyword reports whether exclude_near hit h says whose or where a
// keyword or the figure is: the keyword's place ("killed in Bucha", "dead
// in the north-west": the keyword, in or at, perhaps "the", h; or h ends
// the phrase after the keyword: "killed in Israeli strikes on Lebanon"), the
// figure's own place ("1,200 people in Israel": the figure, perhaps the
// word it counts, in or at, h), or the keyword's owner ("Turkey's quake
// toll": h ending in 's, at most one word before the keyword). If so it
// returns how far that keyword (or the figure: 0) is from the figure: h
// then qualifies the figure as near as its keyword does. A place that owns
// what follows it ("killed in Israel's war on Gaza") is not the place.
func placeOfKeyword(d *figures.Document, hits []hit, h hit, r role, fs, fe int) (int, bool) {
	last := d.Tokens[h.end-1]
	owner := h.end-h.start >= 2 && strings.EqualFold(d.Text[last.Start:last.End], "s") && d.Tokens[h.end-2].IsSymbol()
	at := -1
	if !owner && !ownsNext(d, h) {
		at = placeAt(d, h)
	}
	if at >= 0 && (at == fe || at == fe+1 && d.Tokens[fe].IsWord()) {
		return 0, true // the figure's own place: "1,200 people in Israel"
	}
	if at > fe && at <= fe+2 && d.LowerTokenText(at) == "of" && d.LowerTokenText(at-1) == "out" && (at-1 == fe || d.Tokens[fe].IsWord()) {
		// "Out of" after the figure and its noun is where a verb moved
		// them from, as "from" is: "driving some 300,000 people out of
		// Gezira state" (driven_out_of_place.yaml).
		return 0, true
	}
	best, found := far, false
	for _, k := range hits {
		if k.ref.role != r || fs <= k.start && k.end <= fe {
			// A hit on the figure's own tokens marks a whole its parts
			// words name (wholeHits), no keyword a place or owner
			// qualifies: "$1.1bn of the $1.3bn in annual assistance is FMF".
			continue
		}
		if k.end == h.start && named(d, h.start) && !owner {
			// The place a keyword verb takes: "fled Khartoum".
			return wordGap(d, fs, fe, k.start, k.end), true
		}
		if k.end == h.start && opensWithPlace(d, h) {
			// A place written with its own preposition, right after the
			// keyword: "displaced within Sudan's borders", "displaced
			// inside the country".
			return wordGap(d, fs, fe, k.start, k.end), true
		}
		if at >= 0 && (k.end == at || placeOfPhrase(d, k, at) || passivePlaceOf(d, k, at) && !joinedPlace(d, h) || auxiliariesOnly(d, h.end, k.start) || relativeOnly(d, h.end, k.start) && !joinedPlace(d, h) && !clauseInAntecedent(d, at)) || owner && ownsKeyword(d, h.end, k) ||
			ownsNext(d, h) && ownsKeyword(d, h.end+2, k) || aloneSubject(d, h, k) || whoseOwns(d, h, k) {
			// As near as the nearest keyword it qualifies, past its
			// asides: "Israel's death toll from the war, including
			// soldiers killed ..., stands at".
			// So is an owner past the phrase that hangs on its subject
			// keyword, whatever keyword that phrase holds: "Israel's own
			// death toll from the October 7 massacre stands at about 1,200".
			g := wordGap(d, fs, fe, k.start, k.end) - asideWordsBefore(d, k, fs)
			if fi := figureAt(d, fs); fi >= 0 && (owner || ownsNext(d, h) || whoseOwns(d, h, k)) {
				g -= subjectPhraseWords(d, k, fi)
			}
			best, found = min(best, max(g, 0)), true
		}
	}
	return best, found
}

// ownsKeyword reports whether an owner ending before token end
// ("Jordan's") owns keyword hit k: the keyword's noun phrase follows, with
// at most three words that
// modify it between ("Turkey's quake toll", "Jordan's annual US military
// financing", a date: "Israel's Oct 7 toll"), none of them a verb, a
// preposition or a word of a clause.
func ownsKeyword(d *figures.Document, end int, k hit) bool {
	if k.start < end || d.WordPos(k.start)-d.WordPos(end) > 3 {
		return false
	}
	for t := end; t < k.start; t++ {
		if fi := figureAt(d, t); fi >= 0 && d.Figures[fi].Kind == figures.Date {
			// A date modifies the owned noun as a word does: "Israel's
			// Oct 7 toll" (owner_dated_keyword.yaml).
			_, fe := d.FigureTokens(fi)
			t = fe - 1
			continue
		}
		if !d.Tokens[t].IsWord() {
			if !isApostrophe(d.TokenText(t)) {
				return false
			}
			continue
		}
		w := d.LowerTokenText(t)
		if prepositions[w] || actsOrSpeaks[w] || linkWords[w] && w != "the" || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") {
			return false
		}
	}
	return true
}

// whoseOwns reports whether exclude_near hit h is the noun a "whose"
// right after it (past a comma) points back to, and that "whose" owns
// keyword hit k as "h's" would: "in a province whose toll exceeded
// 20,000", "Antakya, whose death toll from the earthquake topped 8,000"
// are the province's and the city's tolls, parts.
func whoseOwns(d *figures.Document, h, k hit) bool {
	t := h.end
	if t < len(d.Tokens) && d.TokenText(t) == "," {
		t++
	}
	return t < len(d.Tokens) && strings.EqualFold(d.TokenText(t), "whose") && ownsKeyword(d, t+1, k)
}

// aloneSubject reports whether exclude_near hit h is "alone" ending the
// subject of keyword verb k, with only auxiliaries between: "Gaza City
// alone has buried more than 10,000" counts the subject's part, as near
// the figure as the verb.
func aloneSubject(d *figures.Document, h, k hit) bool {
	return h.end-h.start == 1 && strings.EqualFold(d.TokenText(h.start), "alone") && auxiliariesOnly(d, h.end, k.start)
}

// frontedAloneWords is how many words a fronted phrase closed by "alone"
// may hold after its "In" ("In the southern city of Khan Younis alone,").
const frontedAloneWords = 7

// frontedAlone reports whether exclude_near hit h is "alone" closing a
// phrase that opens the sentence with "In" and ends at a comma: "In Khan
// Younis alone, local officials tell us, about 5,000 people have been
// killed" frames the whole sentence as a part, however far the figure.
func frontedAlone(d *figures.Document, s *figures.Sentence, h hit) bool {
	if h.end-h.start != 1 || !strings.EqualFold(d.TokenText(h.start), "alone") || h.end >= s.TokEnd || d.TokenText(h.end) != "," {
		return false
	}
	p := sentenceOpening(d, s)
	if !strings.EqualFold(d.TokenText(p), "in") || h.start-p > frontedAloneWords+1 {
		return aloneOpensClause(d, s, h) // "Malatya alone, ...", "— Hatay province alone, ..." (aloneclause.go)
	}
	for k := p + 1; k < h.start; k++ {
		if !d.Tokens[k].IsWord() && d.TokenText(k) != "-" && !isApostrophe(d.TokenText(k)) {
			return false // a clause of its own before "alone"
		}
	}
	return true
}

// auxiliariesOnly reports whether only auxiliaries stand from token a to
// token b, and at least nothing else: a place ending the subject of a
// keyword verb ("strikes in Lebanon have killed") is where it happened.
func auxiliariesOnly(d *figures.Document, a, b int) bool {
	if b < a || b-a > 2 {
		return false
	}
	for t := a; t < b; t++ {
		switch d.LowerTokenText(t) {
		case "has", "have", "had", "was", "were", "is", "are", "been", "now", "already":
		default:
			return false
		}
	}
	return true
}

// relativeOnly reports whether a relative pronoun and auxiliaries alone
// stand from token a to token b: a place ending the antecedent of a
// keyword verb's relative clause ("the attack on southern Israel that
// killed about 1,200", "strikes on Lebanon, which have killed") is where
// the verb happened, as it is when it ends the verb's subject.
func relativeOnly(d *figures.Document, a, b int) bool {
	if a < b && d.TokenText(a) == "," {
		a++
	}
	if a >= b {
		return false
	}
	switch d.LowerTokenText(a) {
	case "that", "which":
		return a+1 == b || auxiliariesOnly(d, a+1, b)
	}
	return false
}

// clauseInAntecedent reports whether the phrase of the place whose
// preposition is token at stands inside a clause of the antecedent: "the
// war that began with Hamas's attack on Israel, which has killed", "the
// offensive Israel launched after the raid on Israel, which". The
// relative after it then belongs to the antecedent's head noun (the war),
// not to the place's phrase. Walking back from the preposition to the
// clause's start (a comma, a dash, the sentence's start), a relative word
// or a past verb right after a noun and a name (a clause with no "that")
// marks one.
func clauseInAntecedent(d *figures.Document, at int) bool {
	for t := at - 1; t >= 0 && at-t <= 16; t-- {
		w := d.LowerTokenText(t)
		switch w {
		case ",", ";", ":", "—", "–", "(", ".", "!", "?":
			return false
		case "that", "which", "who", "whom", "where":
			return true
		}
		if t >= 2 && strings.HasSuffix(w, "ed") && isLowerWord(d.TokenText(t)) && named(d, t-1) && isLowerWord(d.TokenText(t-2)) && !clauseStop(d.LowerTokenText(t-2)) && !prepositions[d.LowerTokenText(t-2)] {
			return true
		}
	}
	return false
}

// placeOfSentence reports whether exclude_near hit h, a name, is where the
// whole sentence happens: fronted ("In Syria, the government reported
// ...", "In the West Bank, ..."), or the sentence's subject ("Hatay
// province, the hardest hit, counted ...", "Syria quake deaths top ...").
// A subject that speaks ("Turkey says"), owns ("Syria's ministry") or acts
// ("Israel has killed") is not a place; nor is one joined to another.
func placeOfSentence(d *figures.Document, s *figures.Sentence, h hit) bool {
	if h.end >= s.TokEnd {
		return false
	}
	if !named(d, h.start) {
		return frontedExcludedPhrase(d, s, h)
	}
	start := hereOpening(d, s)
	// A hyphened modifier may stand before the point of the compass or
	// the name: "In rebel-held north-west Syria,".
	k := skipHyphened(d, skipCompass(d, h.start-1, start), start)
	k = skipRegionOf(d, k, start)         // "In government-held areas of Syria"
	k = skipFrontedAdjective(d, k, start) // "In the occupied West Bank"
	if k >= start && d.LowerTokenText(k) == "the" {
		k--
	}
	if k == start {
		if w := d.LowerTokenText(k); frontedPlacePreposition(w) {
			// "For Syria, ..." says whose the figures are as "In Syria,"
			// says where: with a comma only (fronted_for_place.yaml).
			if w == "for" && d.TokenText(h.end) != "," {
				return false
			}
			// Fronted: the place phrase ends at a comma, perhaps after
			// "alone" or a word such as "province"; that comma joins
			// nothing ("In Lebanon, Israeli strikes ...").
			if w := d.LowerTokenText(h.end); w != "," && joinedPlace(d, h) {
				return false
			}
			// The place may own the part of it the phrase names: "In
			// Syria's rebel-held northwest,".
			end := h.end + 2
			if ownsNext(d, h) {
				end = wordsEnd(d, s, h.end+2, 6)
			}
			for t := h.end; t < end && t < s.TokEnd; t++ {
				if d.TokenText(t) == "," {
					return true
				}
			}
			// Or with no comma, where the subject starts: "In Hatay
			// province the quake killed" (frontedplace.go).
			return closesFronted(d, s, h, ownsNext(d, h) || ownerHit(d, h))
		}
		return false
	}
	if h.start != start || ownsNext(d, h) || joinedPlace(d, h) {
		return false
	}
	next := d.TokenText(h.end)
	if next == "," {
		return true
	}
	// An owner frames the sentence with its noun ("Turkey's disaster
	// agency"), or with an agency's acronym ("Pakistan's NDMA").
	if !d.Tokens[h.end].IsWord() || !isLowerWord(next) && !(ownerHit(d, h) && upperWord(next)) || strings.HasSuffix(next, "ed") || actsOrSpeaks[next] {
		return false
	}
	if claimant.Doubting(next) {
		// A verb of taking issue with a count makes the name a party that
		// judges it, not the place it counts: "Israel disputes the
		// ministry's count, which puts the dead at a little under 36,000".
		return false
	}
	return true
}

// actsOrSpeaks are words after a subject that make it an actor or a
// source, not a place: auxiliaries and verbs of saying.
var actsOrSpeaks = map[string]bool{
	"has": true, "have": true, "had": true, "is": true, "was": true, "are": true, "were": true, "will": true,
	"would": true, "could": true, "may": true, "might": true, "must": true, "can": true, "did": true, "does": true,
	"says": true, "said": true, "told": true, "claims": true, "reports": true, "estimates": true, "puts": true,
	"and": true, "or": true,
}

// placeAt returns the token of the "in", "at", "on" or "near" (outside,
// around, to, into, from) that makes hit h a place ("in Bucha", "in the north-west",
// "strikes on Lebanon", "the camp near El Fasher"), or -1.
//
// A point of the compass may stand before the name ("in southern Israel",
// "in the north-west of Syria" is a phrase of its own).
func placeAt(d *figures.Document, h hit) int {
	k := skipCompass(d, h.start-1, 0)
	if k >= 0 && d.LowerTokenText(k) == "the" {
		k--
	}
	if k < 0 {
		return -1
	}
	switch d.LowerTokenText(k) {
	case "in", "at", "on", "near", "outside", "around", "to", "into", "from":
		// "to" and "into" are where a keyword verb went: "fled to
		// neighbouring countries"; "from" is where it left: "displaced
		// from Khartoum state".
		return k
	case "of":
		// "the shelling of Kharkiv has killed": a name after "of" says
		// whose, when no figure owns the "of" ("14,000 of Israel's").
		if k >= 1 && !inFigure(d, k-1) {
			return k
		}
	}
	return -1
}

// placeOfPhrase reports whether the place whose preposition is token at
// ends the phrase that opens right after keyword k ("killed in Israeli
// strikes on Lebanon", "died in an air raid in Idlib", "fled the Zamzam
// camp near El Fasher"): "in", "by" or "the", at most three words, then
// the place's preposition.
func placeOfPhrase(d *figures.Document, k hit, at int) bool {
	if at <= k.end+1 || at-k.end > 5 {
		return false
	}
	// The phrase is the keyword's own: where or by what ("killed in",
	// "by"), or what a verb left ("fled the Zamzam camp near El Fasher").
	switch d.LowerTokenText(k.end) {
	case "in", "by", "the":
	default:
		return false
	}
	for t := k.end + 1; t < at; t++ {
		if !d.Tokens[t].IsWord() {
			return false
		}
	}
	return true
}

// ownsNext reports whether a possessive 's follows hit h ("Israel's").
func ownsNext(d *figures.Document, h hit) bool {
	if h.end+1 >= len(d.Tokens) {
		return false
	}
	a, b := d.Tokens[h.end], d.Tokens[h.end+1]
	return a.IsSymbol() && isApostrophe(d.Text[a.Start:a.End]) && strings.EqualFold(d.Text[b.Start:b.End], "s") && b.Start == a.End
}

// inKeyword reports whether exclude_near hit h lies inside a keyword's
// own words ("internally" in "internally displaced", where the metric
// counts all the displaced), or modifies a noun keyword right after it
// ("pre-war population"): that keyword is then the excluded thing, and h
// is as near the figure as it is. It returns that distance.
func inKeyword(d *figures.Document, hits []hit, h hit, r role, fs, fe int) (int, bool) {
	g, ok := far, false
	for _, k := range hits {
		if k.ref.role != r {
			continue
		}
		inside := k.start <= h.start && h.end <= k.end && k.end-k.start > h.end-h.start
		// A lower-case word right before a noun keyword modifies it:
		// "Rafah's pre-war population" is the excluded thing.
		modifies := h.end == k.start && !named(d, h.start) && nounKeyword(d, k)
		if inside || modifies {
			g, ok = min(g, wordGap(d, fs, fe, k.start, k.end)), true
		}
	}
	return g, ok
}

// opensWithPlace reports whether exclude_near hit h is a place that holds
// its own "within" or "inside" ("within Sudan", "inside the country"): it says
// where a keyword right before it is. An owner that follows owns the
// place's bounds ("within Sudan's borders"), not another thing ("in
// Israel's war").
func opensWithPlace(d *figures.Document, h hit) bool {
	// Only the words that bound a territory: an exclude_near "in the
	// north" after "killed" stays a phrase of the clause
	// (counted_subgroup.yaml).
	switch d.LowerTokenText(h.start) {
	case "inside", "within":
	default:
		return false
	}
	if !ownsNext(d, h) {
		return true
	}
	if h.end+2 >= len(d.Tokens) {
		return false
	}
	switch d.LowerTokenText(h.end + 2) {
	case "borders", "border", "territory", "frontiers", "soil":
		return true
	}
	return false
}
