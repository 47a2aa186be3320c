package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// The event a figure's clause reports may be another one than the
// metric's, written with the metric's words: "The siege of Beirut in 1982
// killed an estimated 18,000 people", "South Sudan's civil war of 2013 to
// 2018 displaced some 4 million", "the deadliest quake since the 2010
// Haiti disaster, which killed more than 200,000", "$3.1bn a year under
// the previous, 2009-2018 memorandum". The sentence-wide readings
// (earlierEvent, earlierStart) know a year by the word right before it
// ("the 2014 war", "since 2014"), and leave a year after its noun ("of
// 2013", "in 1982") and a record's yardstick ("since the 2010 Haiti
// disaster") alone, as they must for the figures beside them.
//
// What the figure belongs to is read here by structure, per figure: the
// noun phrase a relative clause holding the figure hangs on (", which",
// ", in which", "that"), or the predicate that subject goes on to
// ("Operation Cast Lead, in which some 1,400 were killed, ended in January
// 2009": relativeHostDated), else the subject of the figure's clause,
// else the
// instrument it was paid "under" — an event or an agreement whose noun
// carries a year, a decade or a span of years that ends before the
// metric's since, or is called a prior one ("previous", "former",
// "earlier"). A year after "since", "than" or "like" in the phrase frames
// a record or a comparison; an aside between commas on the subject says
// nothing of its date; the metric's start year and later ones name its own
// event.

// datedEventWords is how many words the noun phrase of a dated event may
// hold.
const datedEventWords = 10

// datedEvent returns the token that dates the event figure fi's clause
// reports before since (a year; 0 when the metric has none) or names it a
// prior one, or -1.
func datedEvent(d *figures.Document, s *figures.Sentence, fi, since int) int {
	fs, fe := d.FigureTokens(fi)
	cs := clauseStartAtMark(d, s, fs)
	// The main clause after a fronted comparison is past the relative
	// clause on the compared noun ("Measured against the 2008-09 war,
	// which killed some 1,400, the current toll of 47,000": ownclause.go).
	if m := frontedComparisonEnd(d, s); m > cs && fs >= m {
		cs = m
	}
	// A relative clause the figure stands in: the noun before its comma,
	// or right before "that" or "which" in the figure's stretch. A comma
	// that opens the sentence has no noun before it in the sentence.
	if cs-1 > s.TokStart && d.TokenText(cs-1) == "," && relativeOpens(d, cs, fs) {
		return priorPhraseBefore(d, s, cs-2, since)
	}
	for k := fs - 1; k > cs; k-- {
		// The noun may carry its years before the relative word: "a
		// campaign in 2003 and 2004 that killed".
		if w := strings.ToLower(d.TokenText(k)); (w == "that" || w == "which") && (eventWord(strings.ToLower(d.TokenText(k-1))) || yearAt(d, k-1)) {
			if t := priorPhraseBefore(d, s, k-1, since); t >= 0 {
				return t
			}
			break
		}
	}
	if k := datedSubject(d, s, cs, fs, since); k >= 0 {
		return k
	}
	return priorInstrument(d, s, cs, fe, since)
}

// relativeHostDated returns the token of a year or a date before since
// in the predicate of the subject a relative clause holding figure fi
// hangs on, or -1: the subject opens the sentence, the relative clause
// opens at its comma and closes at the next comma past the figure, and
// the predicate after it dates the subject with a preposition of time
// ("Operation Cast Lead, in which some 1,400 Palestinians were killed,
// ended in January 2009"). What the subject did when is what its
// relative clause counts. A comparison in the predicate ("is already
// higher than in any war since 1982") dates what it is compared with,
// and ends the reading; the subject needs no noun of an event, so a name
// ("Operation Cast Lead") is read too.
func relativeHostDated(d *figures.Document, s *figures.Sentence, fi, since int) int {
	fs, fe := d.FigureTokens(fi)
	cs := clauseStartAtMark(d, s, fs)
	if since == 0 || cs-1 <= s.TokStart || d.TokenText(cs-1) != "," || !relativeOpens(d, cs, fs) {
		return -1
	}
	for k := cs - 2; k > afterSpeakerLabel(d, s); k-- {
		if phraseBound(d, s, k) {
			return -1 // the noun before the comma does not open the sentence
		}
	}
	closing := -1
	for k := fe; k < s.TokEnd; k++ {
		if w := d.TokenText(k); w == "," && !inFigure(d, k) {
			closing = k
			break
		} else if w == ";" || w == ":" || w == "—" || w == "(" {
			return -1
		}
	}
	if closing < 0 || closing+1 >= s.TokEnd || !isLowerWord(d.TokenText(closing+1)) {
		return -1
	}
	word := sentenceWords(d, s)
	switch word(closing + 1) {
	case "and", "but", "or", "while", "which", "who", "according", "the", "a", "an":
		return -1 // no predicate of the subject's
	}
	for k := closing + 1; k < s.TokEnd; k++ {
		w := word(k)
		if w == "," && !inFigure(d, k) || w == ";" || w == ":" || w == "—" || comparisonWord(w) {
			break
		}
		if fj := figureIn(d, s, k); fj >= 0 {
			switch word(k - 1) {
			case "in", "of", "during", "from", "between", "until", "till", "to", "through", "by":
				if endsBefore(d, s, fj, since) {
					return k // "ended in January 2009"
				}
			}
			_, je := d.FigureTokens(fj)
			k = je - 1
		}
	}
	return -1
}

// comparisonWord reports whether lower-cased w sets what follows it
// beside something as a yardstick: "than", "since", "like", "compared",
// "exceeds".
func comparisonWord(w string) bool {
	switch w {
	case "since", "than", "like", "unlike", "versus", "behind", "compared":
		return true
	}
	return comparisonVerb(w)
}

// clauseStartAtMark returns the first token of the clause figure token fs
// stands in: after a semicolon, a colon, a dash, a bracket, a comma before
// a conjunction that opens a clause (", and the current one has killed")
// or a relative clause's comma, or the sentence's start. It is the loose
// reading, marks alone with no subject required, for the noun phrase that
// dates an event; clauseStartWithSubject (clause.go) is the strict one.
func clauseStartAtMark(d *figures.Document, s *figures.Sentence, fs int) int {
	for k := fs - 1; k >= s.TokStart; k-- {
		switch d.TokenText(k) {
		case ";", ":", "—", "–", "(":
			return k + 1
		case ",":
			if relativeOpens(d, k+1, fs) {
				return k + 1
			}
			switch strings.ToLower(d.TokenText(k + 1)) {
			case "and", "but", "while", "whereas", "yet":
				return k + 2
			}
		}
	}
	return s.TokStart
}

// priorPhraseBefore reads back from token e, the last of a noun phrase, to
// its start (a punctuation mark, a figure that is no year, a word of
// comparison or "since"), and returns the token that dates the phrase
// before since or calls it prior when the phrase holds an event's noun,
// or -1: "the 2010 Haiti disaster", "the siege of Beirut in 1982". The
// phrase lies inside sentence s: none before its first token.
func priorPhraseBefore(d *figures.Document, s *figures.Sentence, e, since int) int {
	if e < s.TokStart {
		return -1
	}
	from := e
	for k := e; k >= s.TokStart && k > e-datedEventWords; k-- {
		if phraseBound(d, s, k) {
			break
		}
		from = k
	}
	return priorIn(d, s, from, e+1, since)
}

// datedSubject returns the token that dates the subject of the clause
// opening at token cs, before the figure at token fs, or -1. The subject
// runs to its verb: a form of "be" or "have", a modal, a word in -ed
// after a noun, a relative word or a comma (an aside on it says nothing
// of its date); a length joined to its unit ("The 51-day war of 2014")
// is an adjective inside it. A clause that opens with a preposition or a
// subordinator has no subject there.
func datedSubject(d *figures.Document, s *figures.Sentence, cs, fs, since int) int {
	if cs >= fs || !d.Tokens[cs].IsWord() {
		return -1
	}
	if frontedModifier(d, s, cs) {
		cs += 2 // "Combined, the two Gaza wars of 2012 and 2014 killed"
	}
	first := strings.ToLower(d.TokenText(cs))
	if prepositions[first] && first != "this" || subordinator(d, cs) || first == "unlike" || first == "like" {
		return -1
	}
	end := cs
	for ; end < fs && end < cs+datedEventWords; end++ {
		if fj := figureIn(d, s, end); fj >= 0 {
			// A length joined to its unit is an adjective of the noun,
			// no count: "The 51-day war of 2014 killed". A number after
			// the article counts the events the subject names: "the two
			// Gaza wars of 2012 and 2014".
			if !dateKind(d.Figures[fj].Kind) && !spanAdjective(d, fj) && !countedEvents(d, s, fj) {
				break
			}
			_, je := d.FigureTokens(fj)
			end = je - 1
			continue
		}
		if !d.Tokens[end].IsWord() {
			if w := d.TokenText(end); w == "-" || isApostrophe(w) || w == "," && yearList(d, s, end) {
				continue // "the conflicts of 1982, 1996 and 2006"
			}
			break
		}
		if end > cs && verbOfSubject(d, end) {
			break
		}
	}
	return priorIn(d, s, cs, end, since)
}

// verbOfSubject reports whether token k, inside a clause, is the verb that
// ends its subject: a form of "be" or "have", a modal, a relative word, or
// a lower-case word in -ed after a noun ("The siege of Beirut in 1982
// killed"), not after an article ("the displaced").
func verbOfSubject(d *figures.Document, k int) bool {
	w := strings.ToLower(d.TokenText(k))
	if beForm(w) || auxiliary(w) || modalWord(w) && !named(d, k) || w == "that" || w == "which" || w == "who" {
		return true
	}
	if !isLowerWord(d.TokenText(k)) {
		return false
	}
	switch w {
	case "left", "drove", "sent", "took", "saw", "cost", "gave", "brought", "made", "kills", "leaves":
		return true
	}
	if !strings.HasSuffix(w, "ed") {
		return false
	}
	p := strings.ToLower(d.TokenText(k - 1))
	return !article(p) && p != "-" && p != "so"
}

// priorInstrument returns the token that dates an agreement the amount
// of the clause from token cs was paid "under" ("under the previous,
// 2009-2018 memorandum", "under the former 1999 accord"), the figure
// ending at token fe, or -1. The phrase runs from the article to the
// agreement's noun, commas between its modifiers too.
func priorInstrument(d *figures.Document, s *figures.Sentence, cs, fe, since int) int {
	word := sentenceWords(d, s)
	for k := cs; k < s.TokEnd && k < fe+datedEventWords; k++ {
		switch word(k) {
		case ";", ":", "—", "–":
			return -1
		case "under":
			for e := k + 1; e < s.TokEnd && e <= k+8; e++ {
				if agreementNoun(word(e)) {
					if t := priorIn(d, s, k+1, e+1, since); t >= 0 {
						return t
					}
					break
				}
			}
		}
	}
	return -1
}

// phraseBound reports whether token k ends a noun phrase read backwards:
// punctuation (not a hyphen or an apostrophe), a figure that is no date
// and no length joined to its unit ("the 51-day war"), a preposition of
// comparison or a verb of one.
func phraseBound(d *figures.Document, s *figures.Sentence, k int) bool {
	w := strings.ToLower(d.TokenText(k))
	if fj := figureIn(d, s, k); fj >= 0 {
		return !dateKind(d.Figures[fj].Kind) && !spanAdjective(d, fj)
	}
	if !d.Tokens[k].IsWord() {
		return w != "-" && !isApostrophe(w)
	}
	switch w {
	case "since", "than", "like", "unlike", "versus", "behind":
		return true
	}
	return comparisonVerb(w) || beForm(w)
}

// priorIn returns the token among [from, to) that dates the phrase there
// before since or calls it prior, when the phrase names an event or an
// agreement, or -1. A year after "since", "than" or "like" inside it
// frames a comparison, and ends the phrase. Only tokens of sentence s are
// read.
func priorIn(d *figures.Document, s *figures.Sentence, from, to, since int) int {
	from, to = max(from, s.TokStart), min(to, s.TokEnd)
	event, at := false, -1
	for k := from; k < to; k++ {
		w := strings.ToLower(d.TokenText(k))
		switch w {
		case "since", "than", "like", "unlike", "compared":
			to = k
			continue
		}
		if priorWord(w) && at < 0 && !(w == "prior" && k+1 < to && strings.EqualFold(d.TokenText(k+1), "to")) {
			at = k // not "prior to", the agencies' "before", read as "before" is (otherstate.go)
		}
		if eventWord(w) && isLowerWord(d.TokenText(k)) {
			event = true
		}
		if fj := figureIn(d, s, k); fj >= 0 && since > 0 && endsBefore(d, s, fj, since) {
			if at < 0 {
				at = k
			}
			// A noun dated "of <year>" is an event by that dating, a name
			// of its own too: "the Nakba of 1948", "the Anfal of 1988".
			if datedByOf(d, from, k) {
				event = true
			}
		}
	}
	if !event {
		return -1
	}
	return at
}

// priorWord reports whether lower-cased w calls an event or an agreement a
// prior one: "the previous memorandum", "the former accord".
func priorWord(w string) bool {
	// "the eight years of fighting in the Donbas that preceded it": a
	// relative that says the event came before.
	return w == "previous" || w == "prior" || w == "earlier" || w == "former" || w == "preceded"
}

// datedByOf reports whether the year at token k dates the noun right
// before "of" ("the exodus of 1948", "the Naksa of 1967"), inside the
// phrase opening at token from: the noun is a word, no article or
// preposition.
func datedByOf(d *figures.Document, from, k int) bool {
	if k-2 < from || !strings.EqualFold(d.TokenText(k-1), "of") || !d.Tokens[k-2].IsWord() {
		return false
	}
	w := strings.ToLower(d.TokenText(k - 2))
	return !article(w) && !demonstrative(w) && !prepositions[w]
}

// endsBefore reports whether year or date figure fj ends before year
// since: a year, a decade that ends before it ("the 1980s", not "the
// 2020s" of a count begun in 2023), a span of years ending before it
// ("2009-2018", "1994 to 1996", not "2014 to 2023"), a date in such a
// year ("11 September 2001", "August 1999").
func endsBefore(d *figures.Document, s *figures.Sentence, fj, since int) bool {
	f := &d.Figures[fj]
	var y float64
	switch f.Kind {
	case figures.Year:
		y = f.Value
		if f.Qualifier == figures.Range && f.High != nil {
			y = *f.High
		} else if strings.HasSuffix(f.Text, "s") {
			y += 9
		}
	case figures.Date:
		y = float64(dateYear(f.Text, 0)) // "March 2011", "11 September 2001"; none in "October 7"
	default:
		return false
	}
	if y < 1000 || y >= float64(since) {
		return false
	}
	// A span written out: "from 2014 to 2023", "2013 and 2024". A figure
	// that is no year or date makes none: "in 2014 and 300 airstrikes".
	_, fe := d.FigureTokens(fj)
	switch strings.ToLower(d.TokenText(min(fe, s.TokEnd-1))) {
	case "to", "through", "until", "and", "-", "–":
		if fe+1 >= s.TokEnd {
			break
		}
		if fk := figureIn(d, s, fe+1); fk >= 0 && d.Figures[fk].Kind.IsCalendar() && !endsBefore(d, s, fk, since) {
			return false
		}
	}
	return true
}

// eventWord reports whether lower-cased w names an event or an agreement
// a figure may be the count or the amount of: a war, a disaster, an
// assault, a memorandum.
func eventWord(w string) bool {
	switch w {
	case "disaster", "tragedy", "catastrophe", "bombing", "bombardment", "attack", "attacks", "massacre", "crisis", "fighting",
		"campaign", "campaigns", "raid", "raids", "onslaught", "rampage", "insurgency", "insurgencies", "rebellion", "intifada":
		return true
	}
	return operationNoun(w) && w != "ground" && w != "population" || agreementNoun(w)
}
