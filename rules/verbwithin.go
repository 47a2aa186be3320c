package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// Whether a verb of a given form stands within a few words of a token,
// before any punctuation and in the token's sentence: a finite verb ("as
// Israel resumes strikes"), a past tense or an auxiliary ("after Russian
// troops poured"), an -ing form, a superlative. An owner's 's is part of a
// subject and is read past. The clause readings (clause.go) ask them where
// a conjunction or a comma may open a clause of its own.
//
// A sentence ends at a mark, where they stop anyway, or at a line break
// (figures.splitSentences: a headline, a list item, a speaker's line): the
// words of the next line are another sentence's, so a token that opens a
// line ends the reading as punctuation does (inSentence).

// inSentence reports whether token t, read on from a token before it, is
// in that token's sentence: it opens no line.
func inSentence(d *figures.Document, t int) bool { return !d.Tokens[t].Break }

// ingWithin reports whether a lower-case word in -ing stands among the n
// words from token k, before any punctuation: the participle of an
// absolute clause ("with Turkey accounting for").
func ingWithin(d *figures.Document, k, n int) bool { return endingWithin(d, k, n, "ing") }

// endingWithin reports whether a lower-case word of five letters or more
// ending in suffix stands among the n words from token k, before any
// punctuation: a participle in -ing, or one in -ed ("with new arrivals
// reported in eastern Chad").
func endingWithin(d *figures.Document, k, n int, suffix string) bool {
	for t := k; t < k+n && t < len(d.Tokens) && d.Tokens[t].IsWord() && inSentence(d, t); t++ {
		if w := d.TokenText(t); isLowerWord(w) && len(w) > 4 && strings.HasSuffix(w, suffix) {
			return true
		}
	}
	return false
}

// superlativeWithin reports whether "the" and a superlative stand among
// the n words from token k, before any punctuation but a possessive: the
// predicate of a verbless absolute clause ("with Kyiv's suburbs the
// worst", "with strikes on Kharkiv among the deadliest"). Compass words
// in -west are no superlatives.
func superlativeWithin(d *figures.Document, k, n int) bool {
	var buf [64]byte
	for t := k; t+1 < k+n && t+1 < len(d.Tokens); t++ {
		w := d.TokenText(t)
		if isApostrophe(w) || w == "'s" || w == "’s" {
			continue
		}
		if !d.Tokens[t].IsWord() || !inSentence(d, t) {
			return false
		}
		if string(lowerInto(&buf, w)) != "the" || !inSentence(d, t+1) {
			continue
		}
		next := d.TokenText(t + 1)
		if next == "worst" || (isLowerWord(next) && len(next) > 5 && strings.HasSuffix(next, "est") && !strings.HasSuffix(next, "west")) {
			return true
		}
	}
	return false
}

// finiteVerbWithin reports whether a verb in a finite form stands among
// the n tokens from token k: an auxiliary, a lower-case word in -s or
// -ed ("as Israel resumes strikes", "as the army pushed into Rafah"), or
// a linking verb's plain form after a plural subject ("as counts from
// north-west Syria remain incomplete", "as bodies lie unclaimed";
// predicateof.go linkingVerb, not its adverb "still").
func finiteVerbWithin(d *figures.Document, k, n int) bool {
	return verbWithin(d, k, n, func(w string) bool {
		return actsOrSpeaks[w] || linkingVerb(w) && w != "still" || isLowerWord(w) && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"))
	})
}

// pastOrAuxWithin reports whether a past tense (a lower-case word in -ed)
// or an auxiliary stands among the n words from token k: the verb of a
// clause of time ("after Russian troops poured"), where a plural in -s
// would be a noun ("after Israeli strikes on Lebanon").
func pastOrAuxWithin(d *figures.Document, k, n int) bool {
	return verbWithin(d, k, n, func(w string) bool {
		var buf [64]byte
		return auxiliary(string(lowerInto(&buf, w))) || isLowerWord(w) && len(w) > 4 && strings.HasSuffix(w, "ed")
	})
}

// verbWithin reports whether a word that isVerb accepts stands among the n
// words from token k, before any punctuation. An owner's 's is part of the
// subject and is skipped: "as Israel's cabinet weighed".
func verbWithin(d *figures.Document, k, n int, isVerb func(string) bool) bool {
	for t := k; t < k+n && t < len(d.Tokens); t++ {
		if ownerMark(d, t) {
			t++
			n += 2
			continue
		}
		if t > k && compoundHyphen(d, t) {
			t++
			n += 2 // "from north-west Syria remain": a compound is one word
			continue
		}
		if !d.Tokens[t].IsWord() || !inSentence(d, t) {
			return false
		}
		if isVerb(d.TokenText(t)) {
			return true
		}
	}
	return false
}

// compoundHyphen reports whether token t is a hyphen that joins two words
// with no space on either side: "north-west", "Hamas-led", "rebel-held".
// The compound is one word of the clause: a verb after it is still within
// reach ("as counts from north-west Syria remained incomplete").
func compoundHyphen(d *figures.Document, t int) bool {
	return t+1 < len(d.Tokens) && d.TokenText(t) == "-" && !d.Tokens[t].Space && !d.Tokens[t+1].Space &&
		d.Tokens[t-1].IsWord() && d.Tokens[t+1].IsWord()
}

// ownerMark reports whether tokens k and k+1 are an owner's 's, the
// apostrophe joined to the word before it and to the "s".
func ownerMark(d *figures.Document, k int) bool {
	if k < 1 || k+1 >= len(d.Tokens) || !d.Tokens[k].IsSymbol() || !isApostrophe(d.TokenText(k)) {
		return false
	}
	b := d.Tokens[k+1]
	return strings.EqualFold(d.Text[b.Start:b.End], "s") && b.Start == d.Tokens[k].End && d.Tokens[k].Start == d.Tokens[k-1].End
}
