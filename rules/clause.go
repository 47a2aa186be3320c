package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// Where a figure's clause ends: words past that end speak of something
// else ("Gaza's dead reach 50,000 as Israel resumes strikes", "puts the
// toll at 35,000; Israel disputes ...", "..., saying women and children
// make up half"), so they neither name nor rule out what the figure counts.

// clauseBreak reports whether a clause ends among tokens [from, to), read
// from a figure forward: a semicolon; a subordinating conjunction that
// opens a clause with a subject of its own ("as Israel resumes strikes",
// "while aid agencies warn"), or a comma, "with", a subject and a
// participle (", with Turkey accounting for"); or a comma and a participle
// that opens a clause of its own (", saying", ", adding").
func clauseBreak(d *figures.Document, from, to int) bool {
	var buf [64]byte
	for k := from; k < to; k++ {
		w := d.TokenText(k)
		if w == ";" {
			return true
		}
		if !d.Tokens[k].IsWord() || k+1 >= len(d.Tokens) {
			continue
		}
		switch string(lowerInto(&buf, w)) {
		case "as":
			// "as" also names a role ("$3.3bn of it as Foreign Military
			// Financing"): it opens a clause when a verb follows.
			if opensSubject(d, k+1) && finiteVerbWithin(d, k+2, 4) {
				return true
			}
		case "while", "whereas", "because", "although", "though", "when":
			if opensSubject(d, k+1) {
				return true
			}
		case "after", "before", "until":
			// "20 months after Russian troops poured across the border":
			// a clause of time with a subject and a verb of its own. A
			// past tense or an auxiliary only: "after Israeli strikes on
			// Lebanon" is a cause, a phrase, whose place is the count's.
			if opensSubject(d, k+1) && pastOrAuxWithin(d, k+2, 4) {
				return true
			}
		case "but", "yet":
			// ", but Israel disputes the figure": a coordinate clause with
			// a subject and a verb of its own.
			if k > from && d.TokenText(k-1) == "," && opensSubject(d, k+1) && finiteVerbWithin(d, k+2, 4) {
				return true
			}
		case "with":
			// ", with Turkey accounting for 41,156 of the dead", ", with
			// new arrivals reported in eastern Chad": a clause with a
			// subject and a participle of its own, on a part; or a
			// verbless one whose predicate is a superlative (", with
			// strikes on Kyiv among the deadliest", ", with Odesa the
			// hardest hit"): it ranks a part, the figure is the whole.
			if k > from && d.TokenText(k-1) == "," && opensSubject(d, k+1) && (ingWithin(d, k+2, 3) || endingWithin(d, k+2, 3, "ed") || superlativeWithin(d, k+2, 10) || withPlaceClause(d, k)) {
				return true
			}
		default:
			if k > from && d.TokenText(k-1) == "," && participleClause(string(lowerInto(&buf, w))) {
				return true
			}
		}
	}
	return false
}

// ingWithin reports whether a lower-case word in -ing stands among the n
// words from token k, before any punctuation: the participle of an
// absolute clause ("with Turkey accounting for").
func ingWithin(d *figures.Document, k, n int) bool { return endingWithin(d, k, n, "ing") }

// endingWithin reports whether a lower-case word of five letters or more
// ending in suffix stands among the n words from token k, before any
// punctuation: a participle in -ing, or one in -ed ("with new arrivals
// reported in eastern Chad").
func endingWithin(d *figures.Document, k, n int, suffix string) bool {
	for t := k; t < k+n && t < len(d.Tokens) && d.Tokens[t].IsWord(); t++ {
		if w := d.TokenText(t); isLowerWord(w) && len(w) > 4 && strings.HasSuffix(w, suffix) {
			return true
		}
	}
	return false
}

// superlativeWithin reports whether "the" and a superlative stand among
// the n words from token k, before any punctuation but a possessive: the
// predicate of a verbless absolute clause ("with Kyiv's suburbs the
// worst", "with strikes on Kharkiv among the deadliest"). Compass words
// in -west are no superlatives.
func superlativeWithin(d *figures.Document, k, n int) bool {
	var buf [64]byte
	for t := k; t+1 < k+n && t+1 < len(d.Tokens); t++ {
		w := d.TokenText(t)
		if isApostrophe(w) || w == "'s" || w == "’s" {
			continue
		}
		if !d.Tokens[t].IsWord() {
			return false
		}
		if string(lowerInto(&buf, w)) != "the" {
			continue
		}
		next := d.TokenText(t + 1)
		if next == "worst" || (isLowerWord(next) && len(next) > 5 && strings.HasSuffix(next, "est") && !strings.HasSuffix(next, "west")) {
			return true
		}
	}
	return false
}

// opensSubject reports whether token k, after a conjunction, starts a
// subject rather than a phrase of comparison or manner: "as Israel", "as
// families", "while the UN", not "as many as", "as of", "as a result",
// "as part of", "while in Rafah".
func opensSubject(d *figures.Document, k int) bool {
	if !d.Tokens[k].IsWord() {
		return false
	}
	w := d.LowerTokenText(k)
	switch w {
	case "many", "much", "well", "of", "part", "a", "an", "to", "for", "such", "if", "per", "soon", "long", "far",
		"in", "at", "on", "with", "by", "from", "recently", "yet", "still", "high", "low", "few", "little",
		"it", "is", "was", "are", "were", "had", "has", "have", "being", "shown", "reported", "estimated":
		return false
	}
	// "as the deadliest" compares; a participle after the conjunction is no
	// subject: "while fleeing".
	if w == "the" {
		return k+1 < len(d.Tokens) && !strings.HasSuffix(d.LowerTokenText(k+1), "est")
	}
	// A capitalised word in -ly is a name, not an adverb: "with July's
	// strikes", "as Italy".
	adverb := strings.HasSuffix(w, "ly") && isLowerWord(d.TokenText(k))
	return !strings.HasSuffix(w, "ing") && !adverb
}

// participleClause reports whether w, after a comma, opens a clause that
// says something more rather than a part of the figure: a verb of saying
// or adding in -ing, or one that ranks or compares the whole event
// (", making it Turkey's worst natural disaster", ", surpassing Syria's
// 2011 toll"), whose place or owner is the record's, not the count's.
func participleClause(w string) bool {
	switch w {
	case "saying", "adding", "noting", "warning", "stressing", "insisting", "arguing", "claiming", "citing", "urging",
		"making", "ranking", "surpassing", "overtaking", "eclipsing", "dwarfing", "outstripping":
		return true
	}
	return false
}

// otherClause reports whether hit h stands after the end of the clause
// of the figure spanning tokens [fs, fe). Only the clauses after the
// figure are read: one before it may be a fronted phrase that sets its
// scene ("As strikes intensified in Lebanon, the toll in Gaza rose to
// ..."), or a clause of its own with a figure that other rules judge.
func otherClause(d *figures.Document, fe int, h hit) bool {
	return h.start >= fe && (clauseBreak(d, fe, h.start) || remarkOnFigure(d, fe))
}

// remarkOnFigure reports whether a relative clause on the figure itself
// opens right after it (token fe): ", a number that rose faster in July
// than in any month since", ", which is ...". What it says of the figure
// (when it rose, what it is compared with) is not what the figure counts,
// so an exclude_near word in it rules nothing out. Where the count stood
// before (", up from a pre-war population of 275,000", ", down from ...")
// is such a remark too: what the figure is compared with.
func remarkOnFigure(d *figures.Document, fe int) bool {
	if fe+2 >= len(d.Tokens) || d.TokenText(fe) != "," {
		return false
	}
	k := fe + 1
	switch d.LowerTokenText(k) {
	case "which":
		return true
	case "up", "down":
		return strings.EqualFold(d.TokenText(k+1), "from")
	case "a", "the":
		k++
	default:
		return false
	}
	if w := d.LowerTokenText(k); !tallyNoun(w) && w != "figure" && w != "level" {
		return false
	}
	if k+1 >= len(d.Tokens) {
		return false
	}
	switch d.LowerTokenText(k + 1) {
	case "that", "which":
		return true
	}
	return contactRemark(d, k+1) // ", a figure Israel disputes" (contactremark.go)
}

// finiteVerbWithin reports whether a verb in a finite form stands among
// the n tokens from token k: an auxiliary, or a lower-case word in -s or
// -ed ("as Israel resumes strikes", "as the army pushed into Rafah").
func finiteVerbWithin(d *figures.Document, k, n int) bool {
	return verbWithin(d, k, n, func(w string) bool {
		return actsOrSpeaks[w] || isLowerWord(w) && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"))
	})
}

// pastOrAuxWithin reports whether a past tense (a lower-case word in -ed)
// or an auxiliary stands among the n words from token k: the verb of a
// clause of time ("after Russian troops poured"), where a plural in -s
// would be a noun ("after Israeli strikes on Lebanon").
func pastOrAuxWithin(d *figures.Document, k, n int) bool {
	return verbWithin(d, k, n, func(w string) bool {
		var buf [64]byte
		return auxiliary(string(lowerInto(&buf, w))) || isLowerWord(w) && len(w) > 4 && strings.HasSuffix(w, "ed")
	})
}

// verbWithin reports whether a word that isVerb accepts stands among the n
// words from token k, before any punctuation. An owner's 's is part of the
// subject and is skipped: "as Israel's cabinet weighed".
func verbWithin(d *figures.Document, k, n int, isVerb func(string) bool) bool {
	for t := k; t < k+n && t < len(d.Tokens); t++ {
		if ownerMark(d, t) {
			t++
			n += 2
			continue
		}
		if !d.Tokens[t].IsWord() {
			return false
		}
		if isVerb(d.TokenText(t)) {
			return true
		}
	}
	return false
}

// ownerMark reports whether tokens k and k+1 are an owner's 's, the
// apostrophe joined to the word before it and to the "s".
func ownerMark(d *figures.Document, k int) bool {
	if k < 1 || k+1 >= len(d.Tokens) || !d.Tokens[k].IsSymbol() || !isApostrophe(d.TokenText(k)) {
		return false
	}
	b := d.Tokens[k+1]
	return strings.EqualFold(d.Text[b.Start:b.End], "s") && b.Start == d.Tokens[k].End && d.Tokens[k].Start == d.Tokens[k-1].End
}

// predicateOf reports whether exclude_near hit h is the verb the figure
// spanning tokens [fs, fe) is the subject of: "Only two arms sales to
// Israel since October have been formally notified to Congress". What
// the verb says of the figure's noun is what the figure counts (notified
// sales), however near a keyword stands. Between the figure and h: its
// noun phrase (no comma, no figure, no word of another clause), then one
// or more auxiliaries, perhaps an adverb in -ly or of time (now, since, already).
func predicateOf(d *figures.Document, fe int, h hit) bool {
	// A part's subject runs on through its whole and what describes it:
	// "Only two of the more than 100 foreign military sales the US has
	// approved to Israel since October 7 were notified".
	limit := 12
	if fe < len(d.Tokens) && d.LowerTokenText(fe) == "of" {
		limit = 24
	}
	if h.start <= fe || h.start-fe > limit {
		return false
	}
	k := h.start - 1
	for k > fe && (strings.HasSuffix(d.LowerTokenText(k), "ly") || timeAdverb(d.LowerTokenText(k))) {
		k--
	}
	if predicateToCome(d, fe, k) {
		return false // "must be destroyed": still to be done (predicatetocome.go)
	}
	aux := 0
	for ; k >= fe && (auxiliary(d.LowerTokenText(k)) || linkingVerb(d.LowerTokenText(k))); k-- {
		aux++
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
	if aux == 0 && !reducedPassive(d, h) {
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
		switch d.LowerTokenText(t) {
		case "and", "or", "but", "who", "which", "that", "while", "as", "when":
			return false
		}
	}
	// The relative clause is the noun's own: one word (its noun) at most
	// between the figure and it.
	return !relative || k-fe <= 1
}

// timeAdverb reports whether w is an adverb that may stand between an
// auxiliary and its verb without ending in -ly: "have now gone home",
// "have since returned", "have already been notified".
func timeAdverb(w string) bool {
	switch w {
	case "now", "since", "already", "also":
		return true
	}
	return false
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

// excepted reports whether hit h names what a phrase leaves out: "any
// other country except Ukraine", "all aid other than Egypt's", "apart
// from Taiwan". What is left out is not what the sentence counts.
func excepted(d *figures.Document, h hit) bool {
	k := h.start - 1
	if k >= 0 && d.LowerTokenText(k) == "the" {
		k--
	}
	if k < 0 {
		return false
	}
	switch d.LowerTokenText(k) {
	case "except", "excluding", "besides":
		return true
	case "than":
		return k >= 1 && d.LowerTokenText(k-1) == "other"
	case "from":
		return k >= 1 && d.LowerTokenText(k-1) == "apart"
	}
	return false
}

// frontedManner reports whether exclude hit h ends a participle that
// opens the sentence before a comma ("Taken alone, the UN's figure of
// 8,000 ..."): the phrase says how to read the whole figure that follows,
// and names no part of it.
func frontedManner(d *figures.Document, s *figures.Sentence, h hit) bool {
	if h.start != s.TokStart+1 || h.end >= s.TokEnd || d.TokenText(h.end) != "," {
		return false
	}
	w := d.LowerTokenText(s.TokStart)
	return len(w) > 4 && (strings.HasSuffix(w, "en") || strings.HasSuffix(w, "ed"))
}

// restatedFrom returns the first token of a clause that restates the
// figure ending at token fe of sentence s ("Three point three billion
// dollars a year, that's what the U.S. hands Israel in ... foreign
// military financing", "between twelve and thirteen thousand civilians,
// that is the range UN officials give", "Some 43,000: that is how many
// ..."): at most three words after the figure, a comma, a dash or a colon,
// "that" or "this", and "is", "was" or 's. The clause
// says what the figure is, as a label does; so does the phrase of tokens
// that stand "one for each" of what it counts (oneForEach). It returns -1
// when there is none.
func restatedFrom(d *figures.Document, s *figures.Sentence, fe int) int {
	if k := oneForEach(d, s, fe); k >= 0 {
		return k // "33,000 paper flowers, one for each Palestinian killed" (oneforeach.go)
	}
	if k := cleftCountFrom(d, s, fe); k >= 0 {
		return k // "More than 40,000, the ministry said, is now the number of Palestinians killed" (cleftcount.go)
	}
	for k := fe; k < s.TokEnd && k < fe+5; k++ {
		if d.TokenText(k) != "," {
			if isDash(d.TokenText(k)) || d.TokenText(k) == ":" {
				// "Nine million people — that's how many ...", "Some
				// 43,000: that is how many ..."
			} else if !d.Tokens[k].IsWord() {
				return -1
			} else {
				continue
			}
		}
		if v := vocativeEnd(d, s, k); v >= 0 {
			k = v // "Nine million people, Carol — that's how many" (vocative.go)
		}
		if k+2 >= s.TokEnd {
			return -1
		}
		if w := d.LowerTokenText(k + 1); w != "that" && w != "this" {
			return -1
		}
		switch v := d.LowerTokenText(k + 2); {
		case v == "is" || v == "was":
			return k + 3
		case isApostrophe(v) && k+3 < s.TokEnd && d.LowerTokenText(k+3) == "s":
			return k + 4
		}
		return -1
	}
	return -1
}

// clauseStartWithSubject returns the first token of the clause of
// sentence s that token k stands in, clauses parted by semicolons, or by a
// colon that a word follows ("... is an undercount: in Mariupol alone,
// ..."; a colon before a figure labels it), or by a comma before a
// conjunction only when a subject (and for most conjunctions a verb) of
// its own follows: the sentence's start when none stands before k. It is
// the strict reading, for a rule that must not cut a clause's subject off
// its figure; clauseStartAtMark (datedevent.go) is the loose one, that
// stops at any mark and at any conjunction after a comma.
func clauseStartWithSubject(d *figures.Document, s *figures.Sentence, k int) int {
	for t := k - 1; t > s.TokStart; t-- {
		switch d.TokenText(t) {
		case ";":
			return t + 1
		case ":":
			if d.Tokens[t+1].Space && d.Tokens[t+1].IsWord() && !inFigure(d, t+1) {
				return t + 1
			}
		case ",":
			// ", more than 2,000 of them in Kharkiv region alone": a
			// verbless part of the total before it (partafter.go).
			if partAfterComma(d, s, t) {
				return t + 1
			}
			// ", a number that rose by almost 200 in August alone": a noun
			// that restates the figure and a clause of its own
			// (restatingaside.go).
			if restatingClauseAt(d, s, t) {
				return t + 1
			}
			// ", when the siege of Mariupol alone accounted for ...": a
			// clause with a subject of its own.
			if t+2 < s.TokEnd && subordinator(d, t+1) && (opensSubject(d, t+2) || prepositions[d.LowerTokenText(t+2)]) {
				return t + 1
			}
			// ", as the siege of Mariupol alone claimed thousands": "as"
			// opens a clause when a subject and a verb follow.
			if t+2 < s.TokEnd && d.LowerTokenText(t+1) == "as" && opensSubject(d, t+2) && finiteVerbWithin(d, t+3, 5) {
				return t + 1
			}
			// ", yet Ukrainian prosecutors believe the occupied territories
			// alone hide thousands more": a coordinate clause, a subject
			// and a verb of its own.
			if w := d.LowerTokenText(t + 1); t+2 < s.TokEnd && (w == "but" || w == "yet") && opensSubject(d, t+2) && finiteVerbWithin(d, t+3, 5) {
				return t + 1
			}
			// ", with Mariupol alone possibly accounting for thousands
			// more": an absolute clause, a subject and a participle of its
			// own, as clauseBreak reads it.
			if t+2 < s.TokEnd && d.LowerTokenText(t+1) == "with" && opensSubject(d, t+2) && ingWithin(d, t+3, 5) {
				return t + 1
			}
		}
	}
	return s.TokStart
}

// subordinator reports whether token k opens a subordinate clause
// (subordinatingWord): when, while, whereas, because, although, though.
func subordinator(d *figures.Document, k int) bool {
	return subordinatingWord(d.LowerTokenText(k))
}

// wordAmong reports whether a token among [from, to) is a word that class
// reports, given it lower-cased.
func wordAmong(d *figures.Document, from, to int, class func(string) bool) bool {
	for k := from; k < to; k++ {
		if class(d.LowerTokenText(k)) {
			return true
		}
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

// isQuoteMark reports whether w is a quotation mark, straight or curly.
func isQuoteMark(w string) bool {
	switch w {
	case "'", "\"", "‘", "’", "“", "”":
		return true
	}
	return false
}

// dateKind reports whether a figure of kind k places in time (a date, a
// year, a day of the month) rather than counts.
func dateKind(k figures.Kind) bool {
	return k == figures.Date || k == figures.Year || k == figures.Ordinal
}
