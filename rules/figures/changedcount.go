package figures

// A change may be told by the count it starts from: "raised its count of
// 61,250 to 62,010", "updated its refugee tally of 61,250 to 62,010", "from
// an earlier count of 61,250 to 62,010". The two figures are where the
// count stood and where it stands, as "rose from 61,250 to 62,010" are,
// not a range "61,250 to 62,010" (whose middle no one gave). The parser
// asks it before it reads "X to Y" as a range (rangeTail), and the rules
// before they read X as the earlier value (their earlierValue): both ask
// ChangedCountOf. "An estimate of 60,000 to 65,000" stays a range.

// changedCountReach is how many tokens may stand between the count noun
// before "of" and the verb or "from" that changes it: three words, or a
// possessive's two words and its mark.
const changedCountReach = 4

// changedCountOf reports whether the "of" at token i names the count a
// change starts from (see above).
func (p *parser) changedCountOf(i int) bool { return changedCountOfAt(p.text, p.toks, i) }

// ChangedCountOf reports whether the "of" at token i names the count a
// change starts from (see changedCountOfAt).
func (d *Document) ChangedCountOf(i int) bool { return changedCountOfAt(d.Text, d.Tokens, i) }

// earlierCountWords say a count is an earlier one ("its earlier count
// of"): the rules read a claimant's own earlier count by them (their
// ownword.go, through EarlierCountWord).
var earlierCountWords = []string{"earlier", "previous", "prior", "initial", "original", "former", "last", "old", "preliminary"}

// EarlierCountWord reports whether lower-cased w says a count is an
// earlier one: "its earlier count", "the preliminary tally".
func EarlierCountWord(w string) bool {
	for _, e := range earlierCountWords {
		if w == e {
			return true
		}
	}
	return false
}

// changedCountOfAt reports whether token i of toks, in text, is an "of"
// after a count noun ("count", "tally", "figure", "estimate") that a verb
// changing its object stands a few words before, or a "from" of a change
// ("rose from its count of", "up from the tally of", "from an earlier
// count of"), only words between.
func changedCountOfAt(text string, toks []Token, i int) bool {
	word := func(k int) string { return text[toks[k].Start:toks[k].End] }
	if i < 1 || i >= len(toks) || toks[i].Kind != tWord || !equalFoldASCII(word(i), "of") ||
		toks[i-1].Kind != tWord || hotWords[toks[i-1].vid].flags&fTally == 0 {
		return false
	}
	for k := i - 2; k >= 0 && k >= i-2-changedCountReach; k-- {
		if toks[k].Kind != tWord && !(toks[k].Kind == tSym && (word(k) == "'" || word(k) == "’")) || toks[k].Break {
			return false // a possessive's mark is read over: "from the agency's tally of"
		}
		w := word(k)
		if equalFoldASCII(w, "from") {
			// A "from" of a source ("figures from a UNHCR tally of",
			// "data from the preliminary count of") starts no change:
			// only one a change word governs ("up from", "rose from").
			return k > 0 && toks[k-1].Kind == tWord &&
				(hotWords[toks[k-1].vid].flags&fChange != 0 || equalFoldASCII(word(k-1), "up") || equalFoldASCII(word(k-1), "down"))
		}
		for _, v := range changedObjectVerbs {
			if equalFoldASCII(w, v) {
				return true
			}
		}
	}
	return false
}
