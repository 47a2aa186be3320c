package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A figure said of the whole world: "in 2024 Congress appropriated about
// $6.1bn for it worldwide", "the programme spends $6bn a year across the
// world". A word that widens the figure to every country, in its own
// clause right after it, makes it the sum of all places, not the metric's
// place's: a metric with a scope counts one place. A comparison ends the
// phrase ("$3.3bn, more than any other country worldwide" is Israel's),
// as does a mark or a scope place named before the widening word.
//
// The widening word must be the figure's, not the predicate's of a verb
// the figure is the subject of: "More than 40,000 deaths have been mourned
// worldwide", "the count of 40,000 dead has made headlines worldwide" say
// where the count is heard of, not what it counts; an auxiliary or a modal
// after the figure opens that predicate, unless the verb it carries is the
// metric's own keyword ("120 million people are displaced worldwide" still
// counts the world's displaced). And an owner of the figure that
// names the metric's place says whose it is, whatever the predicate says
// of the world: "Sudan's 12 million displaced get little attention
// worldwide", "The quake's 50,000 dead drew aid from around the world".

// worldwideFigure reports whether, within the four words after figure fi
// and in its clause, a word or phrase that widens it to the world stands
// ("worldwide", "globally", "around/across the world", "to all
// countries", "for every country").
func (m *metric) worldwideFigure(d *figures.Document, s *figures.Sentence, fi int, hits []hit) bool {
	if len(m.spec.Scope) == 0 {
		return false
	}
	fs, fe := d.FigureTokens(fi)
	if m.ownedByScope(d, s, fs) {
		return false
	}
	word := sentenceWords(d, s)
	for t := fe; t < s.TokEnd && t < fe+5; t++ {
		w := word(t)
		switch {
		case worldAt(word, t):
			return true
		case (w == "all" || w == "every") && (word(t+1) == "countries" || word(t+1) == "country" || word(t+1) == "recipients"):
			return true
		case (auxiliary(w) || modalWord(w)) && !keywordVerbAfter(d, hits, t):
			return false // "deaths have been mourned worldwide": another verb's
		case w == "than" || !d.Tokens[t].IsWord() || m.scopeName(d.TokenText(t)):
			return false
		}
	}
	return false
}

// A sentence may open on the widening word instead, which then frames
// the clause it opens: "Worldwide the FMF programme runs to roughly $6
// billion a year", "Globally, 123 million people were forcibly
// displaced at the end of last year". A figure in that clause, with no
// mark between, is the world's sum, unless the clause names the metric's
// place ("Globally, Israel receives $3.3bn a year in FMF, more than any
// other country"; "Worldwide, $3.3bn of FMF goes to Israel"): that
// place's share is its own. A later clause the comma opens ("...,
// and Israel takes more than half of it") is not framed.

// worldwideFronted reports whether sentence s opens on a word or phrase
// that widens it to the world and figure fi stands in the clause it
// opens, which names no scope word of the metric.
func (m *metric) worldwideFronted(d *figures.Document, s *figures.Sentence, fi int) bool {
	if len(m.spec.Scope) == 0 {
		return false
	}
	word := sentenceWords(d, s)
	o := sentenceOpening(d, s)
	if !worldAt(word, o) {
		return false
	}
	from := o + 1
	if word(o) != "worldwide" && word(o) != "globally" {
		from = o + 3 // "Around the world"
	}
	if word(from) == "," {
		from++
	}
	fs, _ := d.FigureTokens(fi)
	if fs < from || m.ownedByScope(d, s, fs) {
		return false
	}
	end := clauseEnd(d, s, fs)
	for t := from; t < end; t++ {
		if t < fs && (!d.Tokens[t].IsWord() && !isApostrophe(d.TokenText(t)) && d.TokenText(t) != "-" || word(t) == "(") {
			return false // a mark between: the figure is past the framed clause
		}
		if m.scopeName(d.TokenText(t)) {
			return false
		}
	}
	return true
}

// ownedByScope reports whether the figure starting at token fs is owned,
// within its noun phrase before it, by a word of one of the metric's scope
// phrases: "Sudan's 12 million", "Gaza's toll of 40,000", "the quake's
// 50,000 dead".
func (m *metric) ownedByScope(d *figures.Document, s *figures.Sentence, fs int) bool {
	for k := fs - 1; k >= s.TokStart+2 && k >= fs-4; k-- {
		if owner := ownerBefore(d, k+1); owner >= s.TokStart {
			return m.scopePhraseWord(d.LowerTokenText(owner))
		}
		if !d.Tokens[k].IsWord() {
			return false
		}
	}
	return false
}

// keywordVerbAfter reports whether, past the auxiliaries and modals from
// token t, a keyword hit of the metric starts: the predicate is the
// count's own verb ("are displaced", "have been killed").
func keywordVerbAfter(d *figures.Document, hits []hit, t int) bool {
	for t < len(d.Tokens) && (auxiliary(d.LowerTokenText(t)) || modalWord(d.LowerTokenText(t))) {
		t++
	}
	return keywordAt(hits, t)
}

// worldAt reports whether token t opens a word or phrase that widens what
// stands before it to the world: "worldwide", "globally", "around/across/
// throughout the world".
func worldAt(word func(int) string, t int) bool {
	switch w := word(t); w {
	case "worldwide", "globally":
		return true
	case "around", "across", "throughout":
		return word(t+1) == "the" && word(t+2) == "world"
	}
	return false
}

// A program's whole budget is said of every recipient when the subject
// before the figure spreads it "for/to/across all countries" (or all
// recipients, nations, allies, partners): "The Foreign Military Financing
// budget for all countries is about $6bn a year", "Across all allies, FMF
// is worth some $6bn". A scope place named between the widening phrase
// and the figure takes its share ("Of the FMF for all countries, Israel
// receives $3.3bn"), and so does one named before it, owning the subject
// or fronted ("Israel's share of the FMF Washington hands to all countries
// is $3.3bn", "For Israel, the biggest of the packages given to all
// recipients, the sum is $3.3bn"; mend39f), as does a comparison
// (program_all_recipients.yaml).

// allRecipientsBefore reports whether, in the clause of figure fi before
// it, "for/to/across/among all (other) countries" stands with no scope
// place anywhere in the clause and no "than" after it.
func (m *metric) allRecipientsBefore(d *figures.Document, s *figures.Sentence, fi int) bool {
	if len(m.spec.Scope) == 0 {
		return false
	}
	fs, _ := d.FigureTokens(fi)
	word := sentenceWords(d, s)
	from, scope := -1, -1
	for t := fs - 1; t >= s.TokStart; t-- {
		w := word(t)
		if w == ";" || w == ":" || w == "than" {
			break
		}
		if w == "," && from >= 0 && coordinator(word(t+1)) {
			break // ", and FMF for all countries totals": a clause of its own (changedfromafter.go)
		}
		if m.scopeName(d.TokenText(t)) {
			if from < 0 {
				return false // named between the widening phrase and the figure: its share
			}
			scope = t
			break
		}
		switch w {
		case "for", "to", "across", "among":
			if allRecipients(word, t+1) {
				from = t
			}
		}
	}
	// A scope place named before the widening phrase in the figure's own
	// clause owns the subject or fronts it: its share (mend39f).
	return from >= 0 && (scope < 0 || scope < clauseStartWithSubject(d, s, fs))
}

// allRecipients reports whether the words from token t say every
// recipient: "all countries", "every country", "all other recipients".
func allRecipients(word func(int) string, t int) bool {
	if word(t) != "all" && word(t) != "every" {
		return false
	}
	t++
	if word(t) == "other" || word(t) == "the" {
		t++
	}
	switch word(t) {
	case "countries", "country", "recipients", "recipient", "nations", "nation", "allies", "partners", "states":
		return true
	}
	return false
}
