package rules

import (
	"slices"
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A sentence that answers the question just before it ("How many people
// have died in Gaza? Roughly 40,000, according to the ministry.") is about
// what the question asks: the question's keywords and require words name
// what the answer's first figure counts.

// questionHits appends to hits the keyword and require hits of question q,
// the sentence just before the one being read.
func (e *Engine) questionHits(st *docState, q *figures.Sentence, hits []hit) []hit {
	n := len(hits)
	hits = e.invertedQuestionHits(st, q, e.findHits(st, q, hits))
	// Which keywords an exclude word owns is read before the hits are
	// kept in place: keeping overwrites the exclude words' hits.
	var owned []int
	for i, h := range hits[n:] {
		if h.ref.role == roleKeyword && ownedByExcluded(st.d, hits[n:], h) {
			owned = append(owned, n+i) // "Why is Syria's toll uncertain?" asks about a part
		}
	}
	kept := hits[:n]
	for i, h := range hits[n:] {
		if slices.Contains(owned, n+i) {
			continue
		}
		if h.ref.role == roleKeyword || h.ref.role == roleRequire || h.ref.role == roleNear && definedInQuestion(st.d, h) {
			kept = append(kept, h) // "What is FMF?" defines its answer's figures (definedtopic.go)
		} else if askedPart(st.d, q, hits[n:], h) {
			kept = append(kept, h) // "And in Turkey alone?" asks for the part (askedpart.go)
		}
	}
	return kept
}

// ownedByExcluded reports whether keyword hit h of a question has an
// exclude_near word of its metric right before it as its owner or
// modifier ("Syria's toll", "Darfur's displaced population", "the Hatay
// toll"): the question asks about that part, not the metric's whole, and
// its keyword says nothing of what the answer's figure counts. A place
// joined to another ("the Turkey and Syria toll") names the whole.
func ownedByExcluded(d *figures.Document, qhits []hit, h hit) bool {
	for _, x := range qhits {
		if x.ref.role != roleNear || x.ref.metric != h.ref.metric {
			continue
		}
		end := x.end
		if end+1 < h.start && ownerApostrophe(d, end) && d.LowerTokenText(end+1) == "s" {
			end += 2 // "Hatay's": the owner's apostrophe and its "s"
		} else if end < h.start && ownerApostrophe(d, end) {
			end++ // "Younis' toll"
		}
		if end == h.start && (x.start == 0 || !isJoin(d.LowerTokenText(x.start-1))) {
			return true
		}
	}
	return false
}

// fromQuestion reports whether hit h stands before sentence s: in the
// question s answers.
func fromQuestion(s *figures.Sentence, h hit) bool { return h.end <= s.TokStart }

// answerDistance is how far a keyword of the question stands from figure
// fi of answer s: the words from the start of the figure's clause (the
// sentence's start, or its last comma, semicolon or colon) to the figure,
// when fi is the answer's first amount ("Roughly 40,000, according to
// ...", "Under the 2016 agreement, $3.8bn a year"); far otherwise. A
// number a noun takes as a determiner ("the two governments' combined
// figure stood at 36,187") says how many of that noun, and answers
// nothing; nor does a "one" that names a source ("By one aide's tally,
// 107": oneattribution.go), nor a length hyphened to its unit of time
// ("Under the current ten-year deal, $3.8 billion a year":
// spanadjective.go), which says how long the deal lasts. A part of a pronoun that points back to the
// question's noun ("four of them") is one word from it, wherever it stands
// (pronounOfQuestion). What the amounts before it "leave" answers too, as
// near as its verb (answerremainder.go).
func answerDistance(d *figures.Document, s *figures.Sentence, fi int) int {
	if pronounOfQuestion(d, s, fi) {
		return 1 // "four of them": the pronoun is the question's noun
	}
	for fj := s.FigStart; fj < fi; fj++ {
		if js, _ := d.FigureTokens(fj); d.Figures[fj].Kind.IsAmount() && !determinerBefore(d, js) && !sourceOne(d, s, fj) && !spanAdjective(d, fj) {
			// A restatement after a dash is the first amount said again
			// (answerrestated.go): it answers from where that one stands.
			if restatesFirstAmount(d, s, fj, fi) {
				return answerDistance(d, s, fj)
			}
			// "dismantled 18 of 24, leaving four": what is left counts
			// what the amounts before it count (answerremainder.go).
			if v := remainderClause(d, s, fi); v >= 0 {
				fs, _ := d.FigureTokens(fi)
				return d.WordPos(fs) - d.WordPos(v)
			}
			return far
		}
	}
	fs, _ := d.FigureTokens(fi)
	start := answerClauseStart(d, s, fs)
	if tallyAnswer(d, start, fs) || saidTallyAt(d, start, fs) >= 0 {
		return 1 // "The newest figure the officials give is 61,000"
	}
	return d.WordPos(fs) - d.WordPos(start)
}

// answerClauseStart returns the first token of the clause of answer s that
// the figure at token fs stands in: after its last comma, semicolon or
// colon, or the sentence's start.
func answerClauseStart(d *figures.Document, s *figures.Sentence, fs int) int {
	for k := fs - 1; k > s.TokStart; k-- {
		if w := d.TokenText(k); w == "," || w == ";" || w == ":" {
			return k + 1
		}
	}
	return s.TokStart
}

// answeredTallyFrom returns the "the" that opens the tally phrase answer
// s sets its first amount, figure fi, to (tallyAnswer, saidTallyAt), or
// -1. Within that phrase an exclude_near word stands as near the figure
// as the question's keyword: "Gaza's dead: what do we know of their
// number? Officials say the figure for those sheltering in Rafah is 1.4
// million" tells the sheltering, not the dead (review43).
func answeredTallyFrom(d *figures.Document, s *figures.Sentence, fi int) int {
	for fj := s.FigStart; fj < fi; fj++ {
		if js, _ := d.FigureTokens(fj); d.Figures[fj].Kind.IsAmount() && !determinerBefore(d, js) {
			return -1
		}
	}
	fs, _ := d.FigureTokens(fi)
	start := answerClauseStart(d, s, fs)
	if tallyAnswer(d, start, fs) {
		return start
	}
	return saidTallyAt(d, start, fs)
}

// tallyAnswerWords is how many tokens may stand between an answer's
// opening and its tally noun: "The most recent", "The official".
const tallyAnswerWords = 4

// tallyAnswer reports whether the clause from token start to the figure at
// token fs is a tally noun set to the figure: "The latest count from the
// health authorities in the territory is 61,000", "The official tally kept
// by the ministry stands at 43,972". The noun opens the clause (after
// "the" and at most a few modifiers) with no "of" after it, and "is",
// "was", or "stands (stood) at" stands right before the figure: the noun
// restates what the question asked, as a pronoun of it does. A tally "of"
// another thing ("The number of aid trucks ... was 1,200") answers
// another question.
func tallyAnswer(d *figures.Document, start, fs int) bool {
	if fs-start < 3 || d.LowerTokenText(start) != "the" {
		return false
	}
	k := fs - 1
	if d.LowerTokenText(k) == "at" {
		switch d.LowerTokenText(k - 1) {
		case "stands", "stood", "standing":
			k--
		default:
			return false
		}
	} else if w := d.LowerTokenText(k); w != "is" && w != "was" {
		return false
	}
	for t := start + 1; t < k && t <= start+tallyAnswerWords; t++ {
		if !isLowerWord(d.TokenText(t)) {
			return false
		}
		if w := d.LowerTokenText(t); tallyNoun(w) || w == "figure" {
			return t+1 < k && d.LowerTokenText(t+1) != "of"
		}
	}
	return false
}

// saidTallyAt returns the token that opens a tally answer the clause from
// token start to the figure at token fs reports through a speaker, or -1:
// a verb of saying, perhaps a listener ("told us") and "that", then what
// tallyAnswer (or bareTallyValue) reads from its "the": "Medical officials
// across the besieged enclave say the figure presently stands at 29,410".
// The speaker's words stand before the tally, which restates the
// question's noun however far they push it from the question. A verb of
// saying whose words are no tally ("Surgeons, who said little, told us
// the figure is ...") leaves the search to the next one.
func saidTallyAt(d *figures.Document, start, fs int) int {
	for v := start; v < fs-3; v++ {
		w := d.LowerTokenText(v)
		if !speakingVerb(w) && !sayingVerb(w) {
			continue
		}
		t := v + 1
		if v := d.LowerTokenText(t); listenerPronoun(v) {
			t++ // "told us the figure is"
		}
		if d.LowerTokenText(t) == "that" {
			t++
		}
		if tallyAnswer(d, t, fs) || bareTallyValue(d, t, fs) {
			return t
		}
	}
	return -1
}

// bareTallyValue reports whether tokens t to fs are "the", a tally noun
// and "is", "was" or "stands (stood) at", with nothing between: "told us
// the figure is 27,950". tallyAnswer asks for more words after the noun,
// since an answer's own short "The figure is ..." is near the question
// anyway; after a speaker it is not.
func bareTallyValue(d *figures.Document, t, fs int) bool {
	if d.LowerTokenText(t) != "the" {
		return false
	}
	if n := d.LowerTokenText(t + 1); !tallyNoun(n) && n != "figure" {
		return false
	}
	switch fs - t {
	case 3:
		w := d.LowerTokenText(t + 2)
		return w == "is" || w == "was"
	case 4:
		w := d.LowerTokenText(t + 2)
		return (w == "stands" || w == "stood") && d.LowerTokenText(t+3) == "at"
	}
	return false
}

// listenerPronoun reports whether lower-cased w is a pronoun a verb of
// telling takes as its listener: "told us", "told me".
func listenerPronoun(w string) bool {
	switch w {
	case "us", "me", "him", "her", "them", "you":
		return true
	}
	return false
}

// askedInSentence reports whether keyword hit h stands in an indirect
// question before figure fi of sentence s ("Asked how many arms transfers
// had gone through, the spokesman said ... over a hundred", "Asked how
// many people had been killed, ..."): "how many" or "how much" at most
// four words before the keyword, and a comma between it and the figure. The figure, first after the question, answers it.
func askedInSentence(d *figures.Document, s *figures.Sentence, h hit, fi int) bool {
	fs, _ := d.FigureTokens(fi)
	if h.end > fs {
		return false
	}
	asked := false
	for k := h.start - 1; k >= s.TokStart+1 && k >= h.start-5; k-- {
		if w := d.LowerTokenText(k); w == "many" || w == "much" {
			asked = d.LowerTokenText(k-1) == "how"
			break
		}
	}
	if !asked {
		return false
	}
	comma := false
	for k := h.end; k < fs; k++ {
		if d.TokenText(k) == "," {
			comma = true
		}
		if fj := figureAt(d, k); fj >= 0 && d.Figures[fj].Kind.IsAmount() {
			return false // another amount answers first
		}
	}
	return comma
}

// askedEarlierEvent returns the year figure of the question just before
// sentence s that names an event before since ("How many died in the 2014
// war? About 2,250 Palestinians were killed ..."), or -1: the answer
// counts that event. An answer that names a year of its own from since on
// ("... since October 2023") is about that time, and is left alone.
func askedEarlierEvent(d *figures.Document, s *figures.Sentence, since int) int {
	q := questionBefore(d, s)
	if q == nil {
		return -1
	}
	fi := earlierEvent(d, q, since)
	if fi < 0 {
		fi = askedInEarlierYear(d, q, since) // "What did Hamas win in 2011?" (askedyear.go)
	}
	if fi < 0 {
		return -1
	}
	for fj := s.FigStart; fj < s.FigEnd; fj++ {
		f := &d.Figures[fj]
		if f.Kind == figures.Year && f.Value >= float64(since) || f.Kind == figures.Date && dateYear(f.Text, since) >= since {
			return -1
		}
	}
	return fi
}

// dateYear returns the year a date's text writes ("7 October 2023"), or
// dflt when it writes none ("7 October": the present war's).
//
// A year is four digits, the first not 0, with no digit either side. The
// digits are read by hand: strconv.Atoi on each four bytes of a date's
// text made and dropped an error for every window that is not a number,
// the half of what the dated path's readers cost (bench57).
func dateYear(text string, dflt int) int {
	for i := 0; i+4 <= len(text); i++ {
		if text[i] < '1' || text[i] > '9' || (i > 0 && isDigit(text[i-1])) || (i+4 < len(text) && isDigit(text[i+4])) {
			continue
		}
		if y := text[i : i+4]; isDigit(y[1]) && isDigit(y[2]) && isDigit(y[3]) {
			return int(y[0]-'0')*1000 + int(y[1]-'0')*100 + int(y[2]-'0')*10 + int(y[3]-'0')
		}
	}
	return dflt
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// pronounOfQuestion reports whether figure fi of answer s is a part of a
// plural pronoun that points back to what the question asked about ("four
// of them", "of those", "of these"), wherever the figure stands in the
// answer: "What is a battalion? ... a battalion numbers several hundred
// fighters; Israel says four of them are still intact", "What are FMS?
// ...; since October the US has approved more than 100 of them". An
// amount before the figure in its own clause (from the answer's start or
// its last semicolon or colon) is the whole the pronoun takes its part of
// ("more than 10 million people have fled ..., around 2 million of them
// abroad"); a relative "of which" or "of whom" counts the noun right
// before it in the answer.
func pronounOfQuestion(d *figures.Document, s *figures.Sentence, fi int) bool {
	fs, fe := d.FigureTokens(fi)
	if fe+1 >= s.TokEnd || !strings.EqualFold(d.TokenText(fe), "of") {
		return false
	}
	switch w := d.TokenText(fe + 1); {
	case strings.EqualFold(w, "them"), strings.EqualFold(w, "those"), strings.EqualFold(w, "these"):
	default:
		return false
	}
	for k := fs - 1; k >= s.TokStart; k-- {
		if w := d.TokenText(k); w == ";" || w == ":" {
			break
		}
		if fj := figureAt(d, k); fj >= 0 && fj != fi && d.Figures[fj].Kind.IsAmount() {
			return false
		}
	}
	return true
}

// partOfBareAnswer returns the whole that figure fi of answer s is a part
// "of them" of, when that whole is an amount of the same kind right before
// fi's comma with no noun of its own: "What number of battalions has
// Hamas kept intact? The army puts it at five, three of those around
// Rafah". The bare whole answers the question, so its part counts the
// question's noun as "five battalions, three of those around Rafah" does;
// -1 otherwise. A whole with a noun ("five brigades, three of those")
// counts that noun, and so does its part.
func partOfBareAnswer(d *figures.Document, s *figures.Sentence, fi int) int {
	fs, fe := d.FigureTokens(fi)
	if fe+1 >= s.TokEnd || fs-2 <= s.TokStart || d.TokenText(fs-1) != "," || !strings.EqualFold(d.TokenText(fe), "of") {
		return -1
	}
	switch w := d.LowerTokenText(fe + 1); w {
	case "them", "those", "these":
	default:
		return -1
	}
	w := figureAt(d, fs-2)
	if w < 0 || d.Figures[w].Kind != d.Figures[fi].Kind || !d.Figures[w].Kind.IsAmount() {
		return -1
	}
	return w
}
