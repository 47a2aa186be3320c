package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A share of a sum ("a quarter of its $3.3 billion") makes the sentence
// count the share, and the sum is turned away as its whole
// (wholeOfShare). A sum whose own words name the metric's keyword right
// after it is the metric's amount all the same: "Israel could once spend
// about a quarter of its $3.3 billion a year in FMF at home" says what
// Israel's FMF is, the share only how it was spent. Only sums of money
// are read so: the whole of a count of people ("more than half of Gaza's
// 2.3 million people are now in Rafah", "70% of the 8,119 verified
// deaths") is another count than the share the sentence is about, as the
// labelled corpora have it.

// keywordedWholeTokens is how many tokens may stand between the sum and
// its keyword: "$3.3 billion a year in FMF".
const keywordedWholeTokens = 4

// keywordedWhole reports whether a keyword of hits stands in the sum's
// own words right after figure fi, at most keywordedWholeTokens tokens
// on, with no mark between.
func keywordedWhole(d *figures.Document, hits []hit, fi int) bool {
	_, fe := d.FigureTokens(fi)
	for _, h := range hits {
		if h.ref.role != roleKeyword || h.start < fe || h.start-fe > keywordedWholeTokens {
			continue
		}
		clean := true
		for k := fe; k < h.start; k++ {
			if !d.Tokens[k].IsWord() {
				clean = false
				break
			}
		}
		if clean {
			return true
		}
	}
	return false
}

// keywordedWholeNoun reports whether a keyword of hits names the sum at
// figure fi in its own noun phrase: the keyword starts right after the
// figure or after one lower-case preposition ("the $3.8bn annual
// package", "the $3.8 billion in annual assistance"), not after a verb
// ("the $3.8bn annual package is Foreign Military Financing" names the
// part, not the sum). The whole a part is taken of ("$500m of the $3.8bn
// annual package") is then the metric's own sum (keyworded_whole_of_part.yaml).
func keywordedWholeNoun(d *figures.Document, hits []hit, fi int) bool {
	_, fe := d.FigureTokens(fi)
	for _, h := range hits {
		if h.ref.role != roleKeyword {
			continue
		}
		if h.start == fe || h.start > fe && h.start <= fe+3 && prepositions[d.TokenText(fe)] && nounModifiersOnly(d, fe+1, h.start) {
			return true
		}
	}
	return false
}

// nounModifiersOnly reports whether every token from k to before end is a
// word that may modify a noun, a name or a people's among them, no verb,
// preposition or word of a clause: "the $2bn in [annual Ostrian] security
// assistance".
func nounModifiersOnly(d *figures.Document, k, end int) bool {
	for ; k < end; k++ {
		w := d.LowerTokenText(k)
		if !d.Tokens[k].IsWord() || prepositions[w] || linkWords[w] || relativeWord(w) || beForm(w) || haveForm(w) || pastParticipleShape(w) {
			return false
		}
	}
	return true
}

// countedByKeyword reports whether a keyword of hits is the noun right
// after count figure fi, a word of the figure's own phrase: "two-thirds of
// the more than 30,700 dead", "most of the 45,000 deaths". The whole of
// a share named so is the running total the keyword keeps, the share only
// how it divides ("women and children make up about 70 per cent of the
// 35,000 dead"); the labelled corpora have it 8 to 2. The whole of a
// count of people by another noun ("half of Gaza's 2.3 million people",
// 47 to 2) stays another count, and so does a whole a clause right
// after its noun narrows ("half of the 8,119 deaths the UN has verified
// in detail", "that it could verify"): a subset counted apart; and so
// does one whose share stands beside a count of its own before it ("some
// 5,000 people, more than half of the 9,000 dead this month, were killed
// while ...": aside_keyword_drops.yaml), which the sentence is about.
// (keyworded_whole_count.yaml) A people noun with the keyword's participle
// after it names the total too ("the 11,900 civilians killed").
func countedByKeyword(d *figures.Document, s *figures.Sentence, hits []hit, fi int) bool {
	if d.Figures[fi].Kind == figures.Money {
		return false
	}
	for fj := s.FigStart; fj < fi; fj++ {
		if d.Figures[fj].Kind == figures.Count || d.Figures[fj].Kind == figures.Money {
			return false // the share is an aside on a count of its own: "some 5,000 people, more than half of the 9,000 dead this month,"
		}
	}
	_, fe := d.FigureTokens(fi)
	for _, h := range hits {
		if h.ref.role == roleKeyword && h.start == fe {
			end := h.end
			if pastParticipleShape(d.LowerTokenText(h.end-1)) && end < s.TokEnd && capitalised(d, end) && peopleNoun(d, end) {
				end++ // a demonym the participle names, the whole's head noun: "the 9.8 million uprooted Sudanese"
			}
			return !narrowingClauseAt(d, s, end)
		}
	}
	// A people noun and the keyword's participle after it, a relative
	// cut to its verb, name the total as the keyword alone does: "80 per
	// cent of the 11,900 civilians killed died in shelling", "half of the
	// 12 million people displaced" (keyworded_whole_participle.yaml).
	for _, h := range hits {
		if h.ref.role == roleKeyword && h.start == fe+1 && (reducedRelativeVerb(d, fe, h) || peopleNoun(d, fe) && irregularParticiple(d.LowerTokenText(h.start))) {
			// The participle is a relative only when the clause's own
			// verb follows it: "A third of the 3,000 civilians killed,
			// the mission says" leaves "killed" the verb of the share.
			// The share the object of a verb before it ("make up about 70
			// per cent of the 35,000 people killed in Gaza") leaves the
			// participle a relative with no verb after it (shareVerbBefore).
			return !narrowingClauseAt(d, s, h.end) && !narrowingPhraseAt(d, s, h.end) && (finiteVerbAfter(d, s, h.end) || shareVerbBefore(d, s, fi))
		}
	}
	return false
}

// narrowingClauseAt reports whether token k of sentence s opens a clause
// on the noun before it: a relative word, or the subject of a contact
// clause (a determiner, a pronoun, a capitalised name).
func narrowingClauseAt(d *figures.Document, s *figures.Sentence, k int) bool {
	if k >= s.TokEnd || !d.Tokens[k].IsWord() {
		return false
	}
	switch d.LowerTokenText(k) {
	case "that", "which", "whom", "the", "a", "an", "it", "they", "we", "he", "she", "its", "their":
		return true
	}
	return capitalised(d, k)
}

// narrowingPhraseAt reports whether token k of sentence s opens a phrase
// that narrows the participle's people to a part: a stretch of time or a
// spot ("killed during the winter offensive", "near the front"). "in"
// and "across" (the country or the war the total is of: "killed in
// Ukraine") and "since" (the count's own start) leave the total whole,
// and so does "by", whose agent is as often the whole war ("displaced by
// Sudan's war") as a part's means ("killed by drones").
func narrowingPhraseAt(d *figures.Document, s *figures.Sentence, k int) bool {
	if k >= s.TokEnd || !d.Tokens[k].IsWord() {
		return false
	}
	switch d.LowerTokenText(k) {
	case "with", "during", "near", "at", "from", "on", "inside", "outside", "within":
		return true
	}
	return false
}

// irregularParticiple reports whether lower-case w is an irregular past
// participle a keyword of people killed or uprooted takes ("slain",
// "driven", "thrown", "shot"), which reducedRelativeVerb's -ed and -en
// do not all cover. A closed class of English.
func irregularParticiple(w string) bool {
	switch w {
	case "slain", "driven", "thrown", "shot", "struck", "swept", "buried":
		return true
	}
	return false
}

// finiteVerbAfter reports whether a clause's own verb stands from token k
// to the clause's first mark: a form of "be" or "have", a modal, a word in
// -ed, or a verb of dying or making up a share ("died", "lost their
// lives", "make up", "account for").
func finiteVerbAfter(d *figures.Document, s *figures.Sentence, k int) bool {
	for ; k < s.TokEnd; k++ {
		if !d.Tokens[k].IsWord() {
			if inFigure(d, k) || ownerMark(d, k) || d.TokenText(k) == "-" {
				continue // "by Sudan's war", "the 2023-24 count"
			}
			return false
		}
		w := d.LowerTokenText(k)
		switch {
		case beForm(w) || modalWord(w) || w == "has" || w == "have" || w == "had":
			return true
		case w == "died" || w == "lost" || w == "fell" || w == "came" || w == "make" || w == "made" || w == "account" || w == "include" || w == "includes":
			return true
		case len(w) > 4 && strings.HasSuffix(w, "ed") && !prepositions[d.TokenText(k-1)]:
			return true
		}
	}
	return false
}

// pastParticipleShape reports whether lower-case w has a past
// participle's shape: -ed, -en, or one of irregularParticiple's.
func pastParticipleShape(w string) bool {
	return len(w) > 3 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "en")) || irregularParticiple(w)
}

// shareVerbBefore reports whether the share taken of figure fi, the
// whole, is the object or the complement of a verb right before it, past
// the share's hedges: "Women and children make up about 70 per cent of",
// "Syria accounts for roughly one in eight of", "Children are more than
// half of". The sentence's own verb then stands before the share, and a
// participle after the whole's noun is a relative on the whole
// (share_verb_before.yaml).
func shareVerbBefore(d *figures.Document, s *figures.Sentence, fi int) bool {
	k := quantifierAt(d, fi)
	if k < 0 {
		return false
	}
	fj := figureAt(d, k)
	if fj < 0 || fj >= fi {
		return false
	}
	js, _ := d.FigureTokens(fj)
	if j := js - 1; j >= 1 && d.LowerTokenText(j) == "in" {
		if fo := figureAt(d, j-1); fo >= 0 && d.Figures[fo].Value == 1 {
			js, _ = d.FigureTokens(fo) // "one in eight of"
		}
	}
	j := js - 1
	for ; j >= s.TokStart && d.Tokens[j].IsWord() && shareHedge(d.LowerTokenText(j)); j-- {
	}
	if j < s.TokStart+1 || !d.Tokens[j].IsWord() {
		return false
	}
	switch w := d.LowerTokenText(j); {
	case beForm(w) || w == "re" && isApostrophe(d.TokenText(j-1)):
		return true
	case w == "up":
		switch d.LowerTokenText(j - 1) {
		case "make", "makes", "made", "making":
			return true
		}
	case w == "for":
		switch d.LowerTokenText(j - 1) {
		case "account", "accounts", "accounted", "accounting":
			return true
		}
	case w == "represent" || w == "represents" || w == "represented" || w == "comprise" || w == "comprises" || w == "comprised" || w == "constitute" || w == "constitutes" || w == "constituted":
		return true
	}
	return false
}

// shareHedge reports whether lower-case w may stand before a share as its
// hedge: "about", "roughly", "more than", "just under", "almost".
func shareHedge(w string) bool {
	switch w {
	case "about", "around", "roughly", "some", "almost", "nearly", "approximately", "an", "estimated", "more", "less", "fewer", "than", "over", "under", "just", "well", "close", "to":
		return true
	}
	return false
}

// givenWholeClause reports whether the relative clause right after money
// figure fi gives it, a keyword of hits on its verb (givenSumBefore): the
// clause names the sum as its own words do, so the whole a part is taken
// of is the metric's sum ("About $410m of the $1.47bn that Jordan gets
// annually is reserved", given_sum_received.yaml), as "of the $1.47bn
// annual package" is (keywordedWholeNoun).
func givenWholeClause(d *figures.Document, s *figures.Sentence, hits []hit, fi int) bool {
	verb, _ := givenSumBefore(d, s, fi)
	return verb >= 0 && keywordAt(hits, verb)
}
