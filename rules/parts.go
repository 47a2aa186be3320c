package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// Parts and wholes: a figure that names a part of what a keyword counts
// ("24,686 of the dead", "Of the dead, ... 34,344"), or a part an earlier
// figure includes ("..., including about 2 million"), is not a running
// total.

// partOf reports whether the figure ending at token fe names a part of
// what hit h counts: "N of" then the keyword, with only a determiner, an
// owner, the whole's own figure, a word of how the whole is counted or a
// superlative or a name between ("24,686 of the dead", "18 of Hamas's 24 battalions",
// "some of its fighters", "11,000 of its recorded deaths", "one of the
// largest arms deals", "Two of the US arms sales"); a quote may close on
// the figure ("'no more than 20,000' of the dead").
func partOf(d *figures.Document, fe int, h hit) bool {
	if h.start <= fe || h.start-fe > 12 {
		return false
	}
	if fe+1 < h.start && isQuoteMark(d.TokenText(fe)) {
		fe++ // a quoted figure: "'no more than 20,000' of the dead"
	}
	if !d.Tokens[fe].IsWord() || d.LowerTokenText(fe) != "of" {
		return false
	}
	if h.start == fe+1 && fe-1 > 0 && scaleOfCalque(d.LowerTokenText(fe-1)) {
		return false // "12 million of displaced persons": the count, not a part of it
	}
	rel := false // past a relative that names the whole: "of those who fled"
	wholeFig, mods := false, 0
	for k := fe + 1; k < h.start; k++ {
		t := d.Tokens[k]
		if rel {
			if w := d.LowerTokenText(k); t.IsWord() && (auxiliary(w) || relativeAdverb(w)) {
				continue // "of those who have since fled"
			}
			return false
		}
		if inFigure(d, k) {
			wholeFig = true
			continue // the whole's own figure: "24", "2.3 million"
		}
		if !t.IsWord() {
			if t.IsSymbol() && !isApostrophe(d.Text[t.Start:t.End]) {
				return false // a comma or a dash ends the phrase
			}
			continue // an apostrophe
		}
		switch w := d.LowerTokenText(k); w {
		case "the", "its", "their", "these", "those", "s":
			continue
		case "who", "that":
			// The whole told by a relative clause: "3.5m of those who
			// fled", "9,000 of the Palestinians who died".
			if k > fe+1 && (d.LowerTokenText(k-1) == "those" || peopleNoun(d, k-1)) {
				rel = true
				continue
			}
			return false
		default:
			if k+1 < h.start && peopleNoun(d, k) && (d.LowerTokenText(k+1) == "who" || d.LowerTokenText(k+1) == "that") {
				continue // the whole's noun before its relative: "of the people who"
			}
			if countedModifier(d.Text[t.Start:t.End], w) {
				continue // how the whole is counted: "11,000 of its recorded deaths"
			}
			if wholeFig && mods < 2 && wholeNounModifier(w) && isLowerWord(d.Text[t.Start:t.End]) {
				mods++
				continue // the whole's noun phrase past its figure: "of the 11,300 civilian deaths" (wholephrase.go)
			}
			if named(d, k) {
				continue // whose whole it is: "Two of the US arms sales" (part_of_named_whole.yaml)
			}
			if superlative(w) || k > fe+1 && (d.LowerTokenText(k-1) == "most" || d.LowerTokenText(k-1) == "least") {
				continue // a rank: "one of the largest arms deals", "one of the most expensive"
			}
			next := k + 1
			if next < h.start && d.Tokens[next].IsSymbol() && isApostrophe(d.Text[d.Tokens[next].Start:d.Tokens[next].End]) ||
				strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
				continue // an owner: "Hamas's"
			}
			return false
		}
	}
	return true
}

// partOfKeyword reports whether the figure spanning tokens [fs, fe) of
// sentence s is a part of what keyword hit h counts: "N of the dead"
// (partOf), a sentence that opens with the whole ("Of the dead, ...":
// frontedWhole), a whole that includes it ("the displaced include N":
// keywordIncludes), or a whole it is said to be among ("N children are
// among the dead": amongWhole).
func partOfKeyword(d *figures.Document, s *figures.Sentence, fs, fe int, h hit) bool {
	return partOf(d, fe, h) || frontedWhole(d, s, h, fs) || keywordIncludes(d, h, fs) || amongWhole(d, s, fe, h)
}

// relativeAdverb reports whether w may stand between a relative pronoun and
// its verb without changing what the clause counts: "those who have since
// fled", "those who already died".
func relativeAdverb(w string) bool {
	switch w {
	case "since", "already", "now", "recently", "ever", "reportedly", "eventually":
		return true
	}
	return false
}

// keywordIncludes reports whether keyword hit h names a whole that
// includes the figure starting at token fs: "The displaced include 3.2
// million people who fled Khartoum", "the dead, including 14,000
// children": include in any form, at most two words after the keyword,
// then the figure at most two words on.
func keywordIncludes(d *figures.Document, h hit, fs int) bool {
	if h.end > fs || d.WordPos(fs)-d.WordPos(h.end) > 4 {
		return false
	}
	for k := h.end; k < fs && k < h.end+3; k++ {
		switch d.LowerTokenText(k) {
		case "include", "includes", "included", "including":
			return d.WordPos(fs)-d.WordPos(k+1) <= 2
		}
	}
	return false
}

// frontedWholeFigure returns the amount in a phrase that opens sentence s
// with the whole ("Of the 4.1 million displaced by the floods, roughly
// 700,000 ..."), when token fs comes after that phrase's comma; else -1.
func frontedWholeFigure(d *figures.Document, s *figures.Sentence, fs int) int {
	comma := openingComma(d, s, fs)
	if comma < 0 {
		return -1
	}
	for fj := s.FigStart; fj < s.FigEnd; fj++ {
		if js, _ := d.FigureTokens(fj); js < comma && d.Figures[fj].Kind.IsAmount() {
			return fj
		}
	}
	return -1
}

// openingComma returns the comma that closes a phrase opening sentence s
// with the whole a part is taken of ("Of the dead,", "Among those
// killed,"), when it stands before token fs; else -1.
func openingComma(d *figures.Document, s *figures.Sentence, fs int) int {
	switch d.LowerTokenText(s.TokStart) {
	case "of", "among", "amongst":
	default:
		return -1
	}
	for k := s.TokStart + 1; k < fs; k++ {
		if d.TokenText(k) == "," {
			return k
		}
	}
	return -1
}

// frontedWhole reports whether keyword hit h stands in a phrase that opens
// sentence s and names the whole the rest of the sentence takes a part of
// ("Of the dead, the ministry has identified 34,344 by name", "Among those
// killed, 14,000 were ..."), and figure fi, starting at token fs, comes
// after that phrase's comma: the keyword names the whole, not the figure.
func frontedWhole(d *figures.Document, s *figures.Sentence, h hit, fs int) bool {
	comma := openingComma(d, s, fs)
	return comma >= 0 && h.start > s.TokStart && h.end <= comma
}

// frontedPartOf reports whether keyword hit kw names the whole of a phrase
// that opens sentence s (frontedWhole: "Of Washington's aid to Israel,")
// and exclude_near hit ex stands after that phrase's comma, in figure fi's
// own words: the figure is the part the exclude word names ("Of
// Washington's aid to Israel, $3.3bn each year comes as foreign military
// financing"), however near the whole's keyword stands. A whole with an
// amount of its own ("Of the rebels' 16 brigades, 12 have been destroyed,
// leaving four") has its parts told against it, and is left to them. An
// exclude word a comma sets off from the figure is in another clause and
// names no part of it: the figure may restate the whole ("Of the annual
// aid, $3.8bn a year, Congress added nothing extra") or be the whole with
// something else beside it ("..., $3.8bn a year is set by the memorandum,
// with emergency money on top").
func frontedPartOf(d *figures.Document, s *figures.Sentence, kw, ex hit, fi int) bool {
	fs, fe := d.FigureTokens(fi)
	comma := openingComma(d, s, fs)
	if !frontedWhole(d, s, kw, fs) || ex.start <= comma || frontedWholeFigure(d, s, fs) >= 0 {
		return false
	}
	return !commaBetween(d, min(fe, ex.end), max(fs, ex.start))
}

// includedPart reports whether figure fi of sentence s names a part that
// an earlier amount of the sentence includes: "More than 10 million people
// have been forced from their homes, including about 2 million who fled
// abroad", "..., among them 14,000 children", "..., with 3,924 killed since
// March". A running total is the
// whole, never the part.
func includedPart(d *figures.Document, s *figures.Sentence, fi int) bool {
	fs, _ := d.FigureTokens(fi)
	if fj := frontedWholeFigure(d, s, fs); fj >= 0 && fj != fi && !amongTheWhole(d, s, fs) {
		return true // amongthewhole.go
	}
	if breakdownPart(d, s, fi) {
		return true // "12 million — 8.8 million inside and 3.2 million abroad —" (breakdown.go)
	}
	if relativeWhole(d, s, fi) >= 0 {
		return true // "11.3 million ..., 3.1 million of whom" (ofwhich.go)
	}
	k := fs - 1
	if k <= s.TokStart {
		return false
	}
	switch d.LowerTokenText(k) {
	case "including", "includes", "included", "include":
	case "them", "whom":
		if w := d.LowerTokenText(k - 1); w != "among" && w != "of" {
			return false
		}
	case "with":
		// A with-clause after a comma details the figure before it: "rose
		// to 54,381, with 3,924 killed since March", "11,236, with 8,574
		// in Turkey".
		if d.TokenText(k-1) != "," {
			return false
		}
		return withWholeBefore(d, s, fi, k) // withclausewhole.go
	default:
		return false
	}
	for fj := s.FigStart; fj < fi; fj++ {
		if d.Figures[fj].Kind.IsAmount() && !spellOfTime(d, s, fj) {
			return true
		}
	}
	return false
}

// spellOfTime reports whether figure fj of sentence s counts a spell of
// time, its unit right after it ("Thirty-one months in, with ...", "Ten
// weeks on, with ..."): a while, no whole a with-clause details.
func spellOfTime(d *figures.Document, s *figures.Sentence, fj int) bool {
	_, fe := d.FigureTokens(fj)
	return fe < s.TokEnd && timeUnit(d.LowerTokenText(fe))
}

// noWholeBefore reports whether every amount before figure fi of sentence
// s is a count of its kind that the metric could never take (below its
// min): too small to be the whole the figure details. "a power struggle
// between two generals has become the largest displacement crisis on the
// planet, with more than 10 million people uprooted" gives the total after
// a long clause (part_not_above_whole.yaml). A count the metric could take
// stays the whole, though the detail be larger ("rose to 1,387, with 2,326
// injured"), and so do a share and a sum. A vague count above the metric's
// max ("Of the millions affected ..., at least 45,000 did not survive") is
// no count the metric could take either: a crowd the figure is drawn from,
// not the total it details (vague_whole_above_max.yaml), when the crowd is
// everyone the event touched (touchedCrowd). A crowd of another count's
// condition ("the millions left homeless", "displaced") keeps the figure
// its subgroup. A share or a sum asked for is no whole of a sum of money.
func (m *metric) noWholeBefore(d *figures.Document, s *figures.Sentence, fi int) bool {
	f := &d.Figures[fi]
	for fj := s.FigStart; fj < fi; fj++ {
		g := &d.Figures[fj]
		if f.Kind == figures.Money && (g.Kind == figures.Percent || g.Kind == figures.Fraction || askedSum(d, s, fj, nil)) {
			// A sum after a share of what was asked ("41 per cent funded,
			// with $262m received") or after the sum asked ("Of the $640m
			// sought, just $190m has been received") is the same fact as an
			// amount, no part of them (money_detail_of_share.yaml).
			continue
		}
		if g.Kind.IsAmount() && (g.Kind != f.Kind || m.rejects(g) != belowMin && !(g.Qualifier == figures.Vague && m.rejects(g) == aboveMax && touchedCrowd(d, s, fj))) {
			return false
		}
	}
	return true
}

// includedAfter reports whether figure fi of sentence s opens a part after
// "including" or "among them", with an amount before it, and keyword hit h
// stands before that opener: the keyword names the whole, not the part
// ("some 1.3 million people were living in Rafah, including approximately
// 50,000 pregnant women"). For a metric that is no running total the part
// may be the count, but only by a keyword of its own phrase.
func includedAfter(d *figures.Document, s *figures.Sentence, fi int, h hit) bool {
	fs, _ := d.FigureTokens(fi)
	k := fs - 1
	if k <= s.TokStart || h.end > k {
		return false
	}
	switch d.LowerTokenText(k) {
	case "including":
	case "them":
		if !strings.EqualFold(d.TokenText(k-1), "among") {
			return false
		}
		k--
	default:
		return false
	}
	if h.end > k {
		return false
	}
	for fj := s.FigStart; fj < fi; fj++ {
		if d.Figures[fj].Kind.IsAmount() {
			return true
		}
	}
	return false
}

// wholeOfPart reports whether figure fi of sentence s is the whole that an
// amount just before it takes a part of: "four of Hamas's 24 battalions",
// "two of the 12 crossings". The sentence counts the part; a metric that
// is no running total takes the part, not the whole.
func wholeOfPart(d *figures.Document, s *figures.Sentence, fi int) bool {
	return partTaker(d, s, fi) >= 0
}

// partTaker returns the figure of sentence s that takes a part of figure fi
// ("four" of "four of Hamas's 24 battalions"), or -1.
func partTaker(d *figures.Document, s *figures.Sentence, fi int) int {
	fs, _ := d.FigureTokens(fi)
	k := fs - 1
	if k-1 > s.TokStart && wholeAdjective(d, k) {
		k-- // a word that dates or sizes the whole: "Hamas's original 24"
	}
	k = partitiveOf(d, s, k)
	if k-2 > s.TokStart && d.LowerTokenText(k) == "of" && populationNoun(d.LowerTokenText(k-1)) && figureJustBefore(d, s, k) < 0 && populationWhole(d, s, fi) {
		// The whole as a population's value: "34,000 of Gaza's
		// population of 2.3 million" (frontedcrowd.go).
		k = partitiveOf(d, s, k-2)
	}
	if k <= s.TokStart || d.LowerTokenText(k) != "of" {
		return -1
	}
	g := figureJustBefore(d, s, k)
	if g >= 0 && g != fi && d.Figures[g].Kind == d.Figures[fi].Kind && !oneMember(&d.Figures[g]) {
		return g
	}
	return -1
}

// partitiveOf returns the token of the "of" a partitive's whole may open
// with before token k: k itself, or past an owner ("Hamas's") or a
// determiner ("the", "its", "their") ending at k.
func partitiveOf(d *figures.Document, s *figures.Sentence, k int) int {
	if k >= 1 && d.TokenText(k) == "s" && d.Tokens[k-1].IsSymbol() && isApostrophe(d.TokenText(k-1)) {
		k -= 3 // an owner: "Hamas's"
	}
	if k >= 0 {
		switch d.LowerTokenText(k) {
		case "the", "its", "their":
			k--
		}
	}
	return k
}

// partNounGap returns how far keyword hit h, after figure fi, stands from
// fi when fi takes a part of a whole right after it ("two of the
// militia's first 20 battalions"): the part counts the whole's noun, as near as
// that noun follows the whole, one word further. Else a distance past
// any window.
func partNounGap(d *figures.Document, s *figures.Sentence, fi int, h hit) int {
	if fi+1 >= s.FigEnd || partTaker(d, s, fi+1) != fi {
		return far
	}
	ws, we := d.FigureTokens(fi + 1)
	if h.start < we {
		return far
	}
	return wordGap(d, ws, we, h.start, h.end) + 1
}

// inFrontedWhole reports whether figure fi of sentence s stands in an
// opening "Of ..." phrase, before its comma: "Of the 24 battalions Hamas
// fielded at the start of the war, the IDF says ... four remain in
// Rafah". The sentence goes on to the parts of that whole.
func inFrontedWhole(d *figures.Document, s *figures.Sentence, fi int) bool {
	start := afterStamp(d, s)
	if start >= s.TokEnd || !strings.EqualFold(d.TokenText(start), "of") {
		return false
	}
	fs, _ := d.FigureTokens(fi)
	for t := start + 1; t < fs; t++ {
		if d.TokenText(t) == "," {
			return false
		}
	}
	return true
}

// oneMember reports whether figure f is the word "one" of "one of the 1.4
// million ...": a single member of the whole (she, he, the town), not a
// part the sentence counts. The whole is the count.
func oneMember(f *figures.Figure) bool {
	return f.Value == 1 && strings.EqualFold(f.Text, "one")
}

// wholeBeforePart reports whether figure fi of sentence s is the whole
// that a part right after it, past its noun and a comma, takes of: "six
// intact battalions, four of them in Rafah", "120 trucks, 40 of which
// crossed". The sentence goes on to count the part; a metric that is no
// running total takes the part, as with wholeOfPart.
func wholeBeforePart(d *figures.Document, s *figures.Sentence, fi int) bool {
	_, fe := d.FigureTokens(fi)
	if !commaWithin(d, fe, min(fe+4, s.TokEnd-3)) {
		return false // the loop below answers only at a comma
	}
	for t := fe; t < fe+4 && t+3 < s.TokEnd; t++ {
		if d.TokenText(t) != "," {
			if !d.Tokens[t].IsWord() || linkWords[d.LowerTokenText(t)] {
				return false
			}
			continue
		}
		g := figureAt(d, t+1)
		if g < 0 || g == fi || d.Figures[g].Kind != d.Figures[fi].Kind {
			return false
		}
		// A part with no number ("several of them", "dozens of which")
		// counts nothing the sentence gives: the whole is its count.
		if d.Figures[g].Qualifier == figures.Vague && d.Figures[fi].Qualifier != figures.Vague {
			return false
		}
		_, ge := d.FigureTokens(g)
		return ofThem(d, ge)
	}
	return false
}

// commaWithin reports whether a comma stands at a token from k to before
// end.
func commaWithin(d *figures.Document, k, end int) bool {
	for ; k < end; k++ {
		if d.TokenText(k) == "," {
			return true
		}
	}
	return false
}

// ofThem reports whether "of" and a plural pronoun stand at token k, right
// after a figure: "four of them", "40 of which", "of whom". The figure is
// a part of a plural noun named before it, and counts that noun.
func ofThem(d *figures.Document, k int) bool {
	if k+1 >= len(d.Tokens) || !strings.EqualFold(d.TokenText(k), "of") {
		return false
	}
	switch d.LowerTokenText(k + 1) {
	case "them", "which", "those", "these", "whom":
		return true
	}
	return false
}

// scaleOfCalque reports whether lower-cased w, the last word of a figure
// that "of" and a keyword follow with nothing between, is a scale a
// Spanish, Portuguese, French or Italian press joins to its noun with "of"
// ("12 millones de desplazados", "2 milhões de deslocados", "10 mille
// morts"), which its copy put into English keeps: "the war has generated
// 12 million of displaced persons". English takes a part of a whole only
// with a word after "of" that makes the whole definite ("of the dead",
// "of its fighters", "of Hamas's battalions"), so after a scale and
// nothing else the keyword is what the figure counts.
func scaleOfCalque(w string) bool {
	switch w {
	case "thousand", "million", "millions", "billion", "billions":
		return true
	}
	return false
}
