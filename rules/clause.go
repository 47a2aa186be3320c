package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// Where a figure's clause ends: words past that end speak of something
// else ("Gaza's dead reach 50,000 as Israel resumes strikes", "puts the
// toll at 35,000; Israel disputes ...", "..., saying women and children
// make up half"), so they neither name nor rule out what the figure counts.
// The verb forms a clause's opening is told by: verbwithin.go; an
// exclude_near word as the figure's own verb: predicateof.go; a clause
// that restates the figure ("..., that's what the U.S. hands Israel"):
// restatedfrom.go.

// clauseBreak reports whether a clause ends among tokens [from, to), read
// from a figure forward: a semicolon; a subordinating conjunction that
// opens a clause with a subject of its own ("as Israel resumes strikes",
// "while aid agencies warn", "once Syria's figures were final"), or a comma, "with", a subject and a
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
		case "after", "before", "until", "once":
			// "20 months after Russian troops poured across the border":
			// a clause of time with a subject and a verb of its own. A
			// past tense or an auxiliary only: "after Israeli strikes on
			// Lebanon" is a cause, a phrase, whose place is the count's.
			// "once again" and "once more" are adverbs.
			if w := d.LowerTokenText(k + 1); w == "again" || w == "more" {
				continue
			}
			if opensSubject(d, k+1) && pastOrAuxWithin(d, k+2, 4) {
				return true
			}
		case "but", "yet":
			// ", but Israel disputes the figure": a coordinate clause with
			// a subject and a verb of its own.
			if k > from && d.TokenText(k-1) == "," && opensSubject(d, k+1) && finiteVerbWithin(d, k+2, 4) {
				return true
			}
		case "and":
			// ", and in Aleppo crews pulled out ...": a coordinate clause
			// set in a place of its own, with a subject and a verb; the
			// place is that clause's setting, not the figure's.
			if k > from && d.TokenText(k-1) == "," && placeFrontedClause(d, k+1) {
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

// placeFrontedClause reports whether the words from token k are a
// preposition of place and a name ("in Aleppo", "at Kahramanmaras"),
// then a subject and a finite verb within a few words: a clause that
// opens on its own setting.
func placeFrontedClause(d *figures.Document, k int) bool {
	if k+2 >= len(d.Tokens) {
		return false
	}
	switch d.LowerTokenText(k) {
	case "in", "at", "on", "across":
	default:
		return false
	}
	t := k + 1
	for t < len(d.Tokens) && named(d, t) && inSentence(d, t) {
		t++
	}
	if t == k+1 || t+1 >= len(d.Tokens) || !isLowerWord(d.TokenText(t)) {
		return false
	}
	return opensSubject(d, t) && finiteVerbWithin(d, t+1, 4)
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
	if fe+2 >= len(d.Tokens) || d.TokenText(fe) != "," && !isDash(d.TokenText(fe)) {
		return false // a comma or a dash: "reached 9,900 — a figure that Moscow disputes"
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
	if w := d.LowerTokenText(k); !tallyNoun(w) && w != "figure" && w != "level" && w != "number" {
		return false
	}
	if k+1 >= len(d.Tokens) {
		return false
	}
	switch d.LowerTokenText(k + 1) {
	case "of":
		return false // "a number of them", a part
	case "that", "which":
		return true
	}
	return contactRemark(d, k+1) // ", a figure Israel disputes" (contactremark.go)
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
			// ", although it says the true toll in occupied Mariupol alone
			// could run into thousands": a pronoun and its verb are a
			// subject of their own (exclude_pronoun_clause.yaml), which
			// opensSubject leaves to the rules that read "it" otherwise.
			if t+3 < s.TokEnd && subordinator(d, t+1) && subjectPronoun(d.LowerTokenText(t+2)) && finiteVerbWithin(d, t+3, 1) {
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

// dateKind reports whether a figure of kind k places in time (a date, a
// year, a day of the month) rather than counts.
func dateKind(k figures.Kind) bool {
	return k.IsCalendar() || k == figures.Ordinal
}
