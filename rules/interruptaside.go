package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// Why: writers break a clause with an aside between commas and then take
// it up where they left it: "The death toll in Gaza, the Ministry of Health
// reported on 12 October, has risen to 42,175"; "Israel's offensive has
// killed, in the more than 15 months since Hamas's attack, 46,584 people";
// "The combined death toll ..., the deadliest in the region in nearly a
// century, climbed past 21,000"; "bringing the total number displaced by
// the conflict in Sudan, inside and outside the country, to 10.1 million".
// The aside's words are no distance between
// the keyword and its figure, and an exclude_near word inside it speaks of
// the aside, not of the figure. Only an aside the clause goes on past
// counts: after it the subject's verb (a noun keyword) or the figure itself
// (a verb keyword); an aside that closes one clause before another opens
// ("rose sharply, the mayor said, and 30,000 have fled") parts them.

// interruptAsideMaxWords bounds an interrupting aside: a longer piece
// between commas is a clause of its own.
const interruptAsideMaxWords = 12

// interruptingAsideEnd returns the closing comma of the aside that opens
// at the comma at token t and interrupts the clause of keyword hit h,
// before the figure starting at token fs, or -1: a reporting clause (a
// verb of saying in it), a span of time after a verb keyword ("in the five
// days since ..."), or an apposition with a superlative on the subject
// ("the deadliest in the region"); or a speaker's comment between a
// verb of value and the figure (commentAsideEnd).
func interruptingAsideEnd(d *figures.Document, h hit, t, fs int) int {
	if t < h.end || t+2 >= fs || d.TokenText(t) != "," {
		return -1
	}
	if c := commentAsideEnd(d, t, fs); c > 0 {
		return c // "is now, and it's climbing hour by hour, more than fifteen thousand" (commentaside.go)
	}
	verbKeyword := !nounKeyword(d, h) && !participleOfNoun(d, h)
	if verbKeyword && t != h.end {
		return -1 // the verb's object, not an aside, follows a verb keyword's other words
	}
	if !verbKeyword {
		for k := h.end; k < t; k++ {
			if fj := figureAt(d, k); fj >= 0 && d.Figures[fj].Kind.IsAmount() {
				// Another count in the subject's phrase parts them still:
				// "killed in Gaza by the 2,000 strikes the army counted".
				if _, je := d.FigureTokens(fj); je >= t || !timeUnit(d.LowerTokenText(je)) {
					return -1
				}
			}
			w := d.LowerTokenText(k)
			if !auxiliary(w) && (!subjectVerb(w) || w == "number") {
				continue
			}
			if p := d.LowerTokenText(k - 1); p == "that" || p == "which" || p == "who" {
				continue // a relative clause's verb: "the storm that hit Libya"
			}
			return -1 // the subject has its verb: the comma closes its clause
		}
	}
	c := -1
	for k := t + 1; k < fs && c < 0; k++ {
		switch d.TokenText(k) {
		case ",":
			c = k
			continue
		case ";", ":", ".", "(", ")", "?", "!":
			return -1
		}
		if isDash(d.TokenText(k)) {
			return -1
		}
		if fj := figureAt(d, k); fj >= 0 {
			_, je := d.FigureTokens(fj)
			span := je < fs && timeUnit(d.LowerTokenText(je))
			if d.Figures[fj].Kind.IsAmount() && !span {
				return -1 // another count in it
			}
			k = je - 1
		}
	}
	if c < 0 || c == t+1 || d.WordPos(c)-d.WordPos(t+1) > interruptAsideMaxWords {
		return -1
	}
	// The clause goes on past the aside.
	next := d.LowerTokenText(c + 1)
	switch {
	case verbKeyword:
		if fs != c+1 {
			return -1
		}
	case auxiliary(next) || subjectVerb(next) || amountingVerb(d, c+1) || next == "now":
	case next == "to" && fs == c+2:
		// "bringing the total number displaced ..., inside and outside
		// the country, to 10.1 million": the level the phrase is taken to
	case fs == c+1 && isLowerWord(d.TokenText(fs)) && (subjectVerb(next) || strings.HasSuffix(next, "ed")):
		// "..., climbed past 21,000": the figure's own words open with its verb
	default:
		return -1
	}
	first := d.LowerTokenText(t + 1)
	switch {
	case reportingAside(d, t+1, c):
	case verbKeyword && timeAsideOpener(first):
	case !verbKeyword && (first == "the" || first == "its") && superlativeWord(d.LowerTokenText(t+2)):
	case !verbKeyword && placeAside(d, t+1, c):
	default:
		return -1
	}
	return c
}

// placeAside reports whether tokens from to the comma at c are a phrase of
// place of a few words with no verb, which says where the subject's count
// holds: "inside
// and outside the country", "at home and abroad", "across both
// countries".
func placeAside(d *figures.Document, from, c int) bool {
	switch d.LowerTokenText(from) {
	case "in", "inside", "outside", "across", "within", "at", "both", "throughout":
	default:
		return false
	}
	if d.WordPos(c)-d.WordPos(from) > placeAsideMaxWords {
		return false // a clause: "in what aid chiefs now call the world's gravest crisis"
	}
	for k := from + 1; k < c; k++ {
		switch w := d.LowerTokenText(k); {
		case auxiliary(w) || subjectVerb(w) || speakingVerb(w):
			return false
		case w == "what" || w == "which" || w == "where" || w == "who" || w == "that":
			return false
		}
	}
	return true
}

// placeAsideMaxWords bounds a phrase of place set between commas: "at home
// and across its borders".
const placeAsideMaxWords = 6

// reportingAside reports whether tokens from to the comma at c are a
// clause of attribution: a verb of saying in it, with its speaker ("the
// Ministry of Health reported on 12 October", "an official said on
// Wednesday", "officials told reporters").
func reportingAside(d *figures.Document, from, c int) bool {
	for k := from; k < c; k++ {
		switch w := d.LowerTokenText(k); {
		case speakingVerb(w) || reportingVerb(w):
			return k > from || k+1 < c // a speaker before or after the verb
		case w == "announced" || w == "confirmed" || w == "stated":
			return k > from
		}
	}
	return false
}

// timeAsideOpener reports whether w opens a span of time set between a
// verb and its object: "in the five days since", "over the week since",
// "during", "since".
func timeAsideOpener(w string) bool {
	switch w {
	case "in", "over", "during", "since", "within", "across":
		return true
	}
	return false
}

// superlativeWord reports whether w is a superlative that makes a phrase
// an apposition of rank: "the deadliest", "the worst", "the largest".
func superlativeWord(w string) bool {
	switch w {
	case "worst", "most", "biggest", "largest", "deadliest", "highest", "heaviest", "bloodiest":
		return true
	}
	return len(w) > 5 && strings.HasSuffix(w, "iest")
}

// inInterruptingAside reports whether exclude_near hit ex stands inside an
// interrupting aside between keyword hit kw and the figure starting at
// token fs: its words speak of the aside ("since Hamas's attack"), not of
// the figure.
func inInterruptingAside(d *figures.Document, kw, ex hit, fs int) bool {
	if kw.end > ex.start || ex.end > fs {
		return false
	}
	for t := kw.end; t < ex.start; t++ {
		if c := interruptingAsideEnd(d, kw, t, fs); c > 0 {
			if ex.end <= c {
				return true
			}
			t = c
		}
	}
	return false
}
