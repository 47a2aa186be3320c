package rules

import (
	"github.com/claimtrack/claimtrack/rules/figures"
)

// One place's share of a combined count is a part, and the count it is a
// share of is the whole: "Turkey's share of the 50,000 dead now exceeds
// 44,000", "The Turkish share of the quake toll, 45,089, dwarfs Syria's",
// "Syria's portion of the quake's 56,000 dead is put at about 6,000",
// "Khartoum's share of Sudan's 12 million displaced is some 3.5 million".
// The owner before the share noun owns the share, not the keyword after
// "of": an exclude_near place there does not rule out the whole inside
// the "of" phrase (50,000), and the figure the share is given after that
// phrase (its verb's, or an apposition's) is the part, which a running
// total does not take.

// shareNoun reports whether lower-cased w names a part's share.
func shareNoun(w string) bool {
	switch w {
	case "share", "portion", "proportion", "slice":
		return true
	}
	return false
}

// shareOfAt returns the token of the share noun that heads the noun phrase
// "SHARE of ..." whose "of" phrase holds token t, or -1: the noun, "of",
// then at most six words (a figure among them) to t.
func shareOfAt(d *figures.Document, s *figures.Sentence, t int) int {
	for k := t - 1; k > s.TokStart && k >= t-8; k-- {
		if d.LowerTokenText(k) == "of" && shareNoun(d.LowerTokenText(k-1)) {
			return k - 1
		}
		if !d.Tokens[k].IsWord() && !inFigure(d, k) && !isApostrophe(d.TokenText(k)) {
			return -1
		}
	}
	return -1
}

// shareOwnerOverWhole reports whether exclude_near hit ex is the owner of
// a share noun ("Turkey's share") whose "of" phrase holds figure fi: the
// place owns the share, and fi is the whole.
func shareOwnerOverWhole(d *figures.Document, s *figures.Sentence, ex hit, fi int) bool {
	fs, _ := d.FigureTokens(fi)
	if subgroupShareOf(d, s, ex, fs) {
		return true // "Women, children 70% of 35,000 toll"
	}
	j := shareOfAt(d, s, fs)
	if j < 0 || ex.end > j || j-ex.end > 3 || !placeShare(d, s, j) {
		return false
	}
	return true // "Turkey's share", "Syria's portion"
}

// shareValue reports whether figure fi is the value given a share after
// its "of" phrase: the phrase's words (a figure and a keyword among them),
// then a comma or a verb and at most three words to fi, with no other
// clause between: "Turkey's share of the 50,000 dead now exceeds 44,000",
// "The Turkish share of the quake toll, 45,089, ...".
func shareValue(d *figures.Document, s *figures.Sentence, fi int) bool {
	return shareValueAt(d, s, fi) >= 0
}

// shareValueAt returns the token of the share noun whose value figure fi
// is (shareValue), or -1.
func shareValueAt(d *figures.Document, s *figures.Sentence, fi int) int {
	fs, _ := d.FigureTokens(fi)
	for j := s.TokStart; j+1 < fs; j++ {
		if !shareNoun(d.LowerTokenText(j)) || d.LowerTokenText(j+1) != "of" || !isLowerWord(d.TokenText(j)) || !placeShare(d, s, j) {
			continue
		}
		// The "of" phrase runs over words, owners and figures to a comma
		// or a verb; fi stands past it, within a few words.
		end := j + 2
		for end < fs && (d.Tokens[end].IsWord() && !shareVerb(d.LowerTokenText(end)) || inFigure(d, end) && figureAt(d, end) != fi || isApostrophe(d.TokenText(end))) {
			end++
		}
		if end >= fs {
			continue
		}
		// An apposition (", 45,089,") or the share's verb and at most
		// three words, none a mark ("now exceeds", "is put at about").
		if d.TokenText(end) == "," && end+1 == fs {
			return j
		}
		ok := shareVerb(d.LowerTokenText(end)) && d.WordPos(fs)-d.WordPos(end) <= 4
		for t := end; t < fs && ok; t++ {
			ok = d.Tokens[t].IsWord()
		}
		if ok && !clauseBreak(d, end, fs) {
			return j
		}
	}
	return -1
}

// shareVerb reports whether lower-cased w ends a share's "of" phrase: an
// auxiliary, "now", or a verb that gives an amount ("exceeds", "stands",
// "tops").
func shareVerb(w string) bool {
	if auxiliary(w) || figures.IsBoundVerb(w) {
		return true
	}
	switch w {
	case "now", "stands", "stood", "rose", "rises", "reached", "reaches", "came", "comes", "amounts", "amounted", "totals", "totalled", "totaled", "numbers", "numbered":
		return true
	}
	return false
}

// placeShare reports whether the share noun at token j is a place's or a
// people's: a name's 's right before it ("Turkey's share", "the
// capital's share") or a capitalised adjective ("the Turkish share"),
// not a speaker's ("my share of these").
func placeShare(d *figures.Document, s *figures.Sentence, j int) bool {
	if j-1 <= s.TokStart {
		return false
	}
	if ownerMark(d, j-2) || d.TokenText(j-1) == "s" && isApostrophe(d.TokenText(j-2)) {
		return true
	}
	return named(d, j-1) && j-1 > s.TokStart
}

// subgroupShareOf reports whether exclude_near hit ex is the subgroup a
// percentage or a fraction right after it counts (at most two words
// between, or the rest of a list of subgroups: "children make up 70%",
// "Women, children 70%"), and that share is taken "of" the
// figure starting at token fs ("Women, children 70% of 35,000 toll",
// "children, two-thirds of the 30,000 dead"): the subgroup owns the share,
// and the figure is the whole.
func subgroupShareOf(d *figures.Document, s *figures.Sentence, ex hit, fs int) bool {
	for pi := s.FigStart; pi < s.FigEnd; pi++ {
		if k := d.Figures[pi].Kind; k != figures.Percent && k != figures.Fraction {
			continue
		}
		ps, pe := d.FigureTokens(pi)
		if ps < ex.end || d.WordPos(ps)-d.WordPos(ex.end) > 2 || !listWordsOnly(d, ex.end, ps) {
			continue
		}
		if pe < fs && d.LowerTokenText(pe) == "of" && (fs == pe+1 || fs == pe+2 && d.LowerTokenText(pe+1) == "the") {
			return true
		}
	}
	return false
}

// listWordsOnly reports whether tokens [from, to) are words or commas,
// with no figure: the rest of a list ("Women, children").
func listWordsOnly(d *figures.Document, from, to int) bool {
	for t := from; t < to; t++ {
		if d.TokenText(t) != "," && !wordsOnly(d, t, t+1) {
			return false
		}
	}
	return true
}
