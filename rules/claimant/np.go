package claimant

// Noun phrases are found from their boundaries: a determiner opens one,
// punctuation and clause words close one, and inside a name a lower-case
// link word ("Save the Children", "Organization for Migration") joins
// capitalised words.

const maxPhrase = 12

var linkWords = set("of for and & de al el la du des on in at")

var prepositions = set("in at for on with from by to into over under near")

// npBefore returns the first token of the noun phrase that ends just before
// token end (exclusive), reading back no further than lo; end when there
// is none.
func (v *view) npBefore(end, lo int) int {
	i := end - 1
	start := end
	for i >= lo && end-i <= maxPhrase {
		t := v.toks[i]
		switch {
		case t.low == "'" || t.low == "s" && v.is(i-1, "'") || t.low == "&" || t.low == "-" && !t.space:
			// possessive, "Hamas-run", "Hygiene & Tropical"
		case t.low == "." && v.internalDot(i):
		case !t.word && !t.num:
			return start
		case t.num || t.fig:
			return start
		case t.has(cDeterminer):
			// "Save the Children": a determiner between two capitalised
			// words is inside a name.
			if t.capital || !(i-1 >= lo && v.toks[i-1].capital && v.toks[i-1].word && !v.sentenceWord(i-1) && i+1 < end && v.toks[i+1].capital) {
				return i
			}
		case t.low == "our" || t.low == "my" || t.low == "their" || t.low == "its":
			return i
		case (t.has(cClause) || t.has(cBetween) && !t.capital) && !t.shouted:
			return start
		case t.has(cPreposition) && t.low != "of" && !(i+1 < end && v.toks[i+1].capital):
			// "on hospital morgue records": a preposition before
			// lower-case words is not inside a name.
			return start
		case v.isVerbLike(i) && !t.capital:
			return start
		case t.capital && t.has(cDay) && i < end-1:
			return start
		case v.sentenceWord(i):
			return start
		}
		if t.word || t.num {
			start = i
		}
		i--
	}
	if start < end && v.is(start, "-", "'", "&", "s") {
		start++
	}
	return start
}

// sentenceWord: a capitalised function word opening the sentence ("On
// Tuesday", "In Gaza") is not part of a name.
func (v *view) sentenceWord(i int) bool {
	return v.toks[i].capital && !v.toks[i].shouted && (v.toks[i].has(cPreposition) || v.toks[i].has(cClause) || v.toks[i].low == "even" || v.toks[i].low == "speaking")
}

// isVerbLike: a lower-case word that reads as a verb and so cannot be
// inside a subject ("killed", "employs" is not tested: only past forms
// and the reporting lexicon).
func (v *view) isVerbLike(i int) bool {
	t := v.toks[i]
	if i > 0 && v.toks[i-1].low == "-" && !t.space {
		return false // "Gaza-based"
	}
	if len(t.low) > 4 && (t.low[len(t.low)-2:] == "ed") && !t.has(cStaff) {
		return true
	}
	r, f := v.verbAt(i)
	return r || f
}

// npAfter returns the noun phrase starting at token a (reading no further
// than hi): [a, b), or a, a when there is none.
func (v *view) npAfter(a, hi int) (int, int) {
	i := a
	for i < hi && (v.is(i, "\"") || v.toks[i].low == "'" && i == a) {
		i++
	}
	a = i
	if a < hi && (v.toks[a].has(cPreposition) || v.toks[a].has(cLink) || v.toks[a].has(cClause)) && !v.toks[a].shouted {
		return a, a // "Of the 13,000 people", "In Gaza": no noun phrase opens here
	}
	end := a
	for i < hi && i-a < maxPhrase {
		t := v.toks[i]
		switch {
		case t.low == "'" || t.low == "s" && v.is(i-1, "'") || t.low == "&" || t.low == "-" && !t.space && i > a:
			i++
			continue
		case t.low == "." && v.internalDot(i):
			i++
			continue
		case !t.word && !t.num:
			return a, end
		case t.num || t.fig:
			return a, end
		case t.has(cDeterminer) && i > a:
			// "Save the Children", "Researchers at the London School"
			if !((v.toks[i-1].capital || v.toks[i-1].has(cPreposition) || v.toks[i-1].has(cLink)) && i+1 < hi && v.toks[i+1].capital) {
				return a, end
			}
		case t.low == "of" && i > a:
			// "the ministry of health in Gaza", "Dr Hana Mourad of MSF"
		case t.has(cPreposition) || t.has(cLink) && !t.capital:
			// "Researchers at the London School", "Organization for
			// Migration": a link word continues a name only before a
			// capital (or a determiner and a capital).
			n := i + 1
			if v.is(n, "the") {
				n++
			}
			if i == a || n >= hi || !v.toks[n].capital || v.toks[n].has(cDay) {
				return a, end
			}
		case (t.has(cClause) || t.has(cBetween) && !t.capital) && !t.shouted:
			return a, end
		case !t.capital && i > a && v.isVerbLike(i):
			return a, end
		case t.capital && t.has(cDay):
			return a, end
		}
		i++
		end = i
	}
	return a, end
}
