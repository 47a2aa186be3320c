package figures

// A transcript writes a spoken number with a comma where the speaker
// paused after its thousands or millions: "thirty-seven thousand, one
// hundred and twenty-four". The part after the comma completes the first
// when it is spelled out and fills the places just below the first's last
// scale: under a thousand after "thousand", thousands after "million". A
// list goes on with numbers of the same order ("four thousand, five
// thousand"); a gap in the places ("two million, five hundred") names
// something else, as does a list going on after it ("ten thousand,
// twenty, thirty thousand"); a share of the first follows as "three
// hundred of them";
// and after a fronted "Of the forty thousand," the comma closes the phrase.

// spokenTail reads the rest of a number whose words end at token k with
// lastScale their last scale word, past a comma, and returns its value
// and end, or ok false. start is where the number's words begin.
func (p *parser) spokenTail(start, k int, lastScale float64) (amount, bool) {
	if lastScale < 1000 || !p.isSym(k, ",") || p.attached(k+1) && p.isNum(k+1) {
		return amount{}, false
	}
	if !p.has(k+1, fUnit|fTens|fHundred) || p.has(k+1, fVague) || !p.isWord(k+1) || p.has(k+1, fA) {
		return amount{}, false
	}
	// The rest holds a hundred or a scale ("one hundred and twenty-four",
	// "three hundred thousand"): a lone small number after the comma is
	// as often a pronoun or a new count ("three thousand, one a child").
	rest, ok := p.words(k+1, amount{})
	if !ok || rest.fraction || rest.decimals || rest.val >= lastScale || rest.val < lastScale/1000 || rest.scale < 100 {
		return amount{}, false
	}
	if p.lowerIsAny(rest.end, comparatives) {
		return amount{}, false // "two thousand, three hundred more were hurt"
	}
	if p.isSym(rest.end, ",") && p.wordNumberAt(rest.end+1) {
		return amount{}, false // a list: "ten thousand, twenty, thirty thousand"
	}
	if p.has(rest.end, fOf) && p.lowerIsAny(rest.end+1, peoplePronouns) {
		return amount{}, false // "two thousand, three hundred of them children"
	}
	if p.frontedOf(start) {
		return amount{}, false // "Of the forty thousand, three hundred were soldiers"
	}
	return rest, true
}

// frontedOf reports whether the number at token start is the object of
// an "of" or "among" that opens its clause, with a determiner between if
// any: "Of the forty thousand, …".
func (p *parser) frontedOf(start int) bool {
	k := start - 1
	if p.has(k, fDet) {
		k--
	}
	return (p.has(k, fOf) || p.lowerIs(k, "among")) && p.clauseOpens(k)
}

// comparatives after a number make it a count of its own, beyond one
// given before: a closed class of English.
var comparatives = []string{"more", "fewer", "less", "others", "other"}

// hedgeAsideWords is how many words a speaker's hedge inside a number may
// hold: "I think", "if I'm not mistaken", "uh".
const hedgeAsideWords = 4

// hedgeAfterAnd reads a hedge between commas that a speaker puts inside a
// number, after its "and": "thirty-seven thousand, two hundred and, I
// think, sixty-six". An "and" ends no number, so the number goes on past
// the hedge when a spelled-out unit or ten follows it. k is the token
// after the "and"; it returns the token after the hedge's closing comma,
// or -1.
func (p *parser) hedgeAfterAnd(k int) int {
	if !p.isSym(k, ",") {
		return -1
	}
	words := 0
	for i := k + 1; i < len(p.toks) && words <= hedgeAsideWords; i++ {
		if p.toks[i].Break || p.isNum(i) || p.has(i, fUnit|fTens|fHundred|fScale) {
			return -1
		}
		if p.isSym(i, ",") {
			if words == 0 || !p.isWord(i+1) || !p.has(i+1, fUnit|fTens) {
				return -1
			}
			return i + 1
		}
		if p.isWord(i) {
			words++
		} else if !p.isSym(i, "'’") {
			return -1
		}
	}
	return -1
}
