package rules

import (
	"slices"
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A whole told by its parts: a metric's amount is often given with its
// parts, and only the parts are named ("Of the $3.8bn Israel receives each
// year, $3.3bn is Foreign Military Financing and $500m goes to missile
// defence"; "$3.3bn in FMF and $500m for missile defence each year, for a
// total of $3.8bn"; "The annual $3.8bn package — $3.3bn in FMF grants
// plus $500m for missile defence —"). A metric's parts words name such a
// part; the whole the sentence gives it as a part of is the metric's
// figure, as if a keyword stood at the mark that opens the whole's phrase
// ("Of", "for a total of"), or on the whole itself before a dash or colon. The part itself stays out
// by the exclude_near words, which the parts repeat.

// addWholeKeywords appends to the metric's keywords one phrase per parts
// phrase, which wholeHits' hits point at: they are not indexed, so no word
// of a text matches them.
func (m *metric) addWholeKeywords() {
	m.partKeyword = len(m.keywords)
	for _, ph := range m.parts {
		ph.rule = "the whole of a part named by " + ph.rule
		m.keywords = append(m.keywords, ph)
	}
}

// wholeHits appends, for each parts hit of sentence s that stands in a part
// of a whole figure, a keyword hit at the mark that opens the whole's phrase.
func (e *Engine) wholeHits(st *docState, s *figures.Sentence, hits []hit) []hit {
	n := len(hits)
	for i := 0; i < n; i++ {
		h := hits[i]
		if h.ref.role != rolePart || shareWholeHit(st.d, s, h) {
			continue
		}
		mark := wholeMark(st.d, s, h)
		if mark < 0 {
			continue
		}
		ref := phraseRef{metric: h.ref.metric, role: roleKeyword, index: int32(e.metrics[h.ref.metric].partKeyword) + h.ref.index}
		w := hit{ref: ref, start: mark, end: mark + 1}
		if !slices.Contains(hits, w) {
			hits = append(hits, w)
		}
	}
	return hits
}

// wholeMark returns the token that opens the phrase of the whole that hit
// h names a part of (or the whole's own last token), or -1. The part is an amount near h; the whole is
// - fronted: the sentence opens "Of the $3.8bn ...," and h stands after
// the comma;
// - before a dash or a colon that opens the list of its parts, with at
// most three words between it and the mark ("$3.8bn a year — $3.3bn in
// FMF and ...", "About 2,000: some 250 ... and roughly 1,700");
// - after its part and "of the" ("$3.3bn of the $3.8bn Israel receives
// each year comes as FMF": ofwhole.go), h later in the clause;
// - before "including" and the part ("$3.8 billion annually including
// $3.3 billion in Foreign Military Financing"), h in the part's phrase;
// or before a verb of dividing and the part (dividedwhole.go);
// - after its parts, as partsTotal reads it ("..., for a total of $3.8bn"),
// or as the object of a verb of summing whose subject the parts are
// ("... and $500m for missile defence make up the $3.8bn": summedWholeMark).
func wholeMark(d *figures.Document, s *figures.Sentence, h hit) int {
	if k := frontedWholeMark(d, s, h); k >= 0 {
		return k
	}
	if k := listedWholeMark(d, s, h); k >= 0 {
		return k
	}
	if k := ofWholeMark(d, s, h); k >= 0 {
		return k
	}
	if k := ofWhichMark(d, s, h); k >= 0 {
		return k // "$3.8 billion, of which $3.3 billion is FMF" (ofwhich.go)
	}
	if k := includingWholeMark(d, s, h); k >= 0 {
		return k // "$3.8 billion annually including $3.3 billion in FMF"
	}
	if k := dividedWholeMark(d, s, h); k >= 0 {
		return k // a whole that splits into its parts (dividedwhole.go)
	}
	if k := summedWholeMark(d, s, h); k >= 0 {
		return k // "$3.3bn in FMF and $500m for missile defence make up the $3.8bn"
	}
	for fi := s.FigStart; fi < s.FigEnd; fi++ {
		if fs, _ := d.FigureTokens(fi); fs < h.end {
			continue
		}
		if p := partsTotal(d, s, fi); p.conn >= 0 && p.first <= h.start && h.end <= p.comma {
			return p.conn
		}
	}
	return -1
}

// frontedWholeMark returns the "Of" that opens sentence s when an amount
// stands between it and the phrase's comma and hit h after that comma
// names a part, or -1.
func frontedWholeMark(d *figures.Document, s *figures.Sentence, h hit) int {
	start := afterStamp(d, s)
	if start >= s.TokEnd || !strings.EqualFold(d.TokenText(start), "of") {
		return -1
	}
	whole := false
	for k := start + 1; k < h.start; k++ {
		if d.TokenText(k) == "," {
			if whole && partAmountBefore(d, k+1, h) {
				return start
			}
			return -1
		}
		if fi := figureAt(d, k); fi >= 0 && d.Figures[fi].Kind.IsAmount() {
			whole = true
		}
	}
	return -1
}

// listedWholeMark returns the last token of the amount that stands at most
// three words before a dash or colon before hit h, when that mark opens a
// list of parts (an amount of the list stands between it and h), or -1:
// the mark itself would stand as near the list's first part as the whole. A semicolon or
// another mark between them ends the search: h is in another list.
func listedWholeMark(d *figures.Document, s *figures.Sentence, h hit) int {
	for k := h.start - 1; k > s.TokStart; k-- {
		w := d.TokenText(k)
		switch {
		case w == ";" || w == "|" || w == "(" || w == ")":
			return -1
		case w == "—" || w == "–" || w == "--" || w == ":":
		default:
			continue
		}
		if !partAmountBefore(d, k+1, h) {
			return -1
		}
		words := 0
		for j := k - 1; j >= s.TokStart; j-- {
			if fi := figureAt(d, j); fi >= 0 {
				if d.Figures[fi].Kind.IsAmount() {
					return j // the whole's last token: the part after the mark is no nearer
				}
				return -1
			}
			if !d.Tokens[j].IsWord() || words == 3 {
				return -1
			}
			words++
		}
		return -1
	}
	return -1
}

// partAmountBefore reports whether an amount stands from token from up to
// hit h: the part h names.
func partAmountBefore(d *figures.Document, from int, h hit) bool {
	for k := from; k < h.start; k++ {
		if fi := figureAt(d, k); fi >= 0 && d.Figures[fi].Kind.IsAmount() {
			return true
		}
	}
	return false
}

// shareWholeHit reports whether parts hit h is the whole a share before it
// is taken of ("more than half of all FMF worldwide", "60% of the FMF"):
// the share is of the part's programme, not a part of an amount before it.
func shareWholeHit(d *figures.Document, s *figures.Sentence, h hit) bool {
	word := sentenceWords(d, s)
	k := h.start - 1
	if w := word(k); w == "all" || w == "the" || w == "its" {
		k--
	}
	if word(k) != "of" {
		return false
	}
	fi := figureAt(d, k-1)
	return fi >= 0 && (d.Figures[fi].Kind == figures.Fraction || d.Figures[fi].Kind == figures.Percent)
}

// includingWholeMark returns the last token of the amount that "including"
// takes a part of, when the part right after "including" is named by
// parts hit h in its own phrase, or -1: "The aid package, $3.8 billion
// annually including $3.3 billion in Foreign Military Financing, was
// negotiated ...". Only the whole's own words (its rate, "a year") and a
// comma may stand between the whole and "including"; no mark between the
// part and h.
func includingWholeMark(d *figures.Document, s *figures.Sentence, h hit) int {
	return wholeBeforePartMark(d, s, h, includingBefore, true)
}

// includingBefore returns the token of "including" right before token gs,
// or -1.
func includingBefore(d *figures.Document, s *figures.Sentence, gs int) int {
	if gs-1 <= s.TokStart || d.LowerTokenText(gs-1) != "including" {
		return -1
	}
	return gs - 1
}

// wholeBeforePartMark returns the last token of the whole a part is told
// of, when the nearest amount before hit h is that part and a mark ends
// right before it: markStart returns the mark's first token given the
// part's first token, or -1 when no mark stands there. The whole is an
// amount of the part's kind at most includedWholeWords words before the
// mark, with only words (and commas, when commas is set) between; no
// punctuation stands between the part and h. -1 when there is none.
func wholeBeforePartMark(d *figures.Document, s *figures.Sentence, h hit, markStart func(d *figures.Document, s *figures.Sentence, gs int) int, commas bool) int {
	for k := h.start - 1; k > s.TokStart; k-- {
		if w := d.TokenText(k); w == "," || w == ";" || w == ":" || isDash(w) || w == "(" || w == ")" {
			return -1
		}
		g := figureAt(d, k)
		if g < 0 || !d.Figures[g].Kind.IsAmount() {
			continue
		}
		gs, _ := d.FigureTokens(g)
		v := markStart(d, s, gs)
		if v < 0 {
			return -1 // the nearest amount before h is the part, after the mark
		}
		words := 0
		for j := v - 1; j >= s.TokStart && words <= includedWholeWords; j-- {
			if fi := figureAt(d, j); fi >= 0 {
				if d.Figures[fi].Kind != d.Figures[g].Kind {
					return -1
				}
				_, fe := d.FigureTokens(fi)
				return fe - 1
			}
			if w := d.TokenText(j); !(commas && w == ",") && !d.Tokens[j].IsWord() {
				return -1
			}
			words++
		}
		return -1
	}
	return -1
}

// includedWholeWords bounds the words between a whole and the "including"
// of its part: "$3.8 billion a year, including".
const includedWholeWords = 3

// summedWordsAfter is how many tokens after a part's hit the verb of
// summing may stand ("in Foreign Military Financing and $500 million for
// missile defence add up to").
const summedWordsAfter = 16

// summingVerbs are the verbs by which parts sum to a whole, by base form
// and irregular past, with the words that must follow them before the
// whole: "make up", "add up to", "come to", "amount to", "account for";
// and the verbs of composition that take the whole or its share as their
// object with no particle: "represent", "constitute", "comprise" ("FMF
// represents most of the $3.8 billion").
var summingVerbs = []struct{ base, past, after string }{
	{"make", "made", "up"}, {"add", "", "up to"}, {"come", "came", "to"}, {"amount", "", "to"}, {"account", "", "for"},
	{"represent", "", ""}, {"constitute", "", ""}, {"comprise", "", ""},
}

// summingVerb returns the words that must follow lower-cased w when it is
// a finite or bare form of a summing verb ("makes", "added", "came"; not
// "-ing", whose clause is no predicate of the parts).
func summingVerb(w string) ([]string, bool) {
	for _, v := range summingVerbs {
		// Every form verbForm takes opens on the base less a final "e":
		// the test spares it the forms it builds for every other word.
		if w == v.past || strings.HasPrefix(w, strings.TrimSuffix(v.base, "e")) && verbForm(w, v.base) && !strings.HasSuffix(w, "ing") {
			return strings.Fields(v.after), true
		}
	}
	return nil, false
}

// pastSummingVerb returns the token after a summing verb at token v, the
// words it takes ("makes up", "accounts for") and a "the" after them:
// where what it sums to, or a share of it, starts; or -1.
func pastSummingVerb(word func(int) string, v int) int {
	after, ok := summingVerb(word(v))
	if !ok {
		return -1
	}
	t := v + 1
	for _, p := range after {
		if word(t) != p {
			return -1
		}
		t++
	}
	if word(t) == "the" {
		t++
	}
	return t
}

// summedWholeMark returns the token right before a whole amount that the
// parts of the subject sum to, when parts hit h stands in that subject
// with an amount (before it, or after it: "FMF of $3.3bn"): "Together, $3.3 billion in Foreign Military Financing
// and $500 million for missile defence add up to the $3.8 billion Israel
// receives", "make up the roughly $3.8bn", "come to $3.8bn". The verb
// ("make up", "add up to", "come to", "amount to") is followed by "the" or
// nothing, then the amount; or -1. "makes up most of the aid" names no
// whole amount.
func summedWholeMark(d *figures.Document, s *figures.Sentence, h hit) int {
	amount := partAmountBefore(d, s.TokStart, h)
	word := sentenceWords(d, s)
	for k := h.end; k+1 < s.TokEnd && k <= h.end+summedWordsAfter; k++ {
		if fi := figureAt(d, k); fi >= 0 && d.Figures[fi].Kind.IsAmount() {
			amount = true // "FMF of $3.3bn and ... come to"
		}
		w := word(k)
		switch w {
		case ";", ".", ":", "—", "–", "(":
			return -1
		}
		t := pastSummingVerb(word, k)
		if t < 0 {
			continue
		}
		// A share of the whole ("most of the $3.8bn") says the subject is a
		// part whether or not the part has an amount of its own.
		// The mark then sits on the whole itself, as a listed whole's
		// does: the figure is the whole a part is a share of, which the
		// share's own reading would drop (marksWholeOfParts).
		if share := pastShareOf(d, word, t); share != t {
			if fi := figureAt(d, share); fi >= 0 && d.Figures[fi].Kind.IsAmount() {
				return share
			}
			return -1
		}
		if fi := figureAt(d, t); amount && fi >= 0 && d.Figures[fi].Kind.IsAmount() {
			return t - 1
		}
		return -1
	}
	return -1
}

// ownedShareNoun returns the token after a share noun that an owner or a
// superlative qualifies at token k ("the lion's share", "the largest
// share", "the biggest portion"), or k.
func ownedShareNoun(d *figures.Document, word func(int) string, k int) int {
	switch {
	case isApostrophe(word(k+1)) && word(k+2) == "s" && shareNoun(word(k+3)):
		return k + 4
	case len(word(k)) > 4 && word(k)[len(word(k))-3:] == "est" && isLowerWord(d.TokenText(k)) && shareNoun(word(k+1)):
		return k + 2
	}
	return k
}

// pastShareOf returns the token after the share of a whole that opens at
// token t ("the bulk of the", "most of", "87% of the": a share word, a
// share noun or a percentage, then "of" and an optional "the"), or t when
// no share opens there: parts that make up the bulk of the $3.8bn name
// the $3.8bn as parts that make it up do (part_makes_up_share.yaml). An
// adverb of degree may stand before the share ("roughly half of", "almost
// the whole"), and with one "all" is a share too: "nearly all of" the
// whole is less than it (shareDegree).
func pastShareOf(d *figures.Document, word func(int) string, t int) int {
	k := t
	if fi := figureAt(d, k); fi >= 0 && d.Figures[fi].Kind == figures.Percent {
		_, k = d.FigureTokens(fi)
	} else {
		degree := shareDegree(d, word, k)
		if degree {
			k++
		}
		if w := word(k); shareWord(w) || shareNoun(w) || degree && w == "all" {
			k++
		} else if j := ownedShareNoun(d, word, k); j > k {
			k = j
		} else {
			return t
		}
	}
	if word(k) != "of" {
		return t
	}
	k++
	if word(k) == "the" {
		k++
	}
	return k
}

// shareDegree reports whether token k is a lower-case adverb of degree
// before a share: one in -ly ("nearly", "roughly", "virtually", "only")
// or "almost", "about", "around", "over", "well" or "just".
func shareDegree(d *figures.Document, word func(int) string, k int) bool {
	if k >= len(d.Tokens) || !isLowerWord(d.TokenText(k)) {
		return false
	}
	switch w := word(k); w {
	case "almost", "about", "around", "over", "well", "just":
		return true
	default:
		return len(w) > 4 && strings.HasSuffix(w, "ly")
	}
}
