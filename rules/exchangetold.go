package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
	"github.com/claimtrack/claimtrack/rules/internal/wordform"
)

// A pair of values is an exchange's two sides only where the sentence
// tells an exchange: a verb of release or of trading ("freed", "handed",
// "swap"), an offer or a deal ("proposal", "offered", "truce"), or "for"
// before a figure ("40 hostages for 700 prisoners"). Hostages seized and
// people detained are each side's captives, no one's release: "Of the 251
// hostages seized on Oct. 7, 76 remain in Gaza, while Israel has detained
// more than 4,000" trades nothing.

// exchangeTold reports whether sentence s tells a release, a trade or an
// offer of one.
func exchangeTold(d *figures.Document, s *figures.Sentence) bool {
	word := sentenceWords(d, s)
	for k := s.TokStart; k < s.TokEnd; k++ {
		w := word(k)
		if freeVerb(w) || exchangeWord(w) {
			return true
		}
		if w == "home" && broughtHomeBefore(word, s.TokStart, k) {
			return true // "11 hostages brought home, 33 prisoners bused to Ramallah", "to bring six Israeli civilians home"
		}
		if boughtWith(w) && priceFigureBefore(d, s, k) {
			return true // "It took 50 hostages and 150 prisoners to buy four days of quiet" (exchange_price.yaml)
		}
		if w == "for" {
			for j := k + 1; j < s.TokEnd && j <= k+3; j++ {
				if fj := figureAt(d, j); fj >= 0 && d.Figures[fj].Kind.IsAmount() {
					return true // "40 hostages for 700 prisoners"
				}
			}
		}
	}
	return false
}

// exchangeWord reports whether w names a release, a trade or an offer of
// one, beside the verbs of freeing (freeVerb).
func exchangeWord(w string) bool {
	switch w {
	case "handed", "handover", "handovers", "swap", "swaps", "swapped", "exchange", "exchanged", "exchanges", "trade", "traded", "trades",
		"deal", "deals", "offer", "offers", "offered", "proposal", "proposals", "proposed", "propose", "plan", "agreement", "agreed",
		"accord", "truce", "ceasefire", "cease-fire", "terms", "ratio", "freedom", "liberty", "liberated", "liberate", "releases",
		"return", "returned", "go", "walk", "walked", "let", "transferred", "transfer", "transfers", "transferring", "set", "framework", "phase", "extension", "demand", "demanded", "demands",
		// a speaker's words for a deal and its two ways: "floated", "on
		// the table", "forty out in the first stage and, going the other
		// way, seven hundred"
		"floated", "table", "stage", "stages", "out", "way",
		// the freed carried away: "33 prisoners bused to Ramallah"
		"bused", "bussed":
		return true
	}
	return false
}

// broughtHomeBefore reports whether a verb that carries captives home
// (broughtHome) stands right before "home" at token k, or before the
// figure and noun phrase of the people it carries: "brought home", "to
// bring six Israeli civilians home". Tokens before from are not read.
func broughtHomeBefore(word func(int) string, from, k int) bool {
	for j := k - 1; j >= from && j >= k-namedSidesWords-2; j-- {
		if broughtHome(word(j)) {
			return true
		}
	}
	return false
}

// broughtHome reports whether w, before "home", carries captives home:
// "brought home", "flown home", "came home". Hostages home are freed.
func broughtHome(w string) bool {
	switch w {
	case "brought", "bring", "bringing", "flown", "came", "come", "coming":
		return true
	}
	return false
}

// boughtWith reports whether w buys something: the captives counted right
// before it are the price paid, traded for what it buys ("50 hostages and
// 150 prisoners to buy four days of quiet").
func boughtWith(w string) bool { return buyingForms[w] }

// buyingForms are every form of the verbs of buying, built by wordform
// ("buys", "bought", "purchasing"): a list of six words had left out
// "purchases" and "purchasing" (review34a).
var buyingForms = wordform.Set([]wordform.Verb{{Base: "buy", Past: "bought"}, {Base: "purchase"}}, true, wordform.Finite, wordform.Participle)

// priceNounWords is how many words may stand between the figure the price
// is counted in and the verb of buying: its noun ("prisoners to").
const priceNounWords = 3

// priceFigureBefore reports whether a count of people ends within
// priceNounWords tokens before token k, in k's clause, its noun between
// them: "150 prisoners to buy", "90 Palestinian prisoners purchasing", not "9,000 prisoners; the money it
// took to buy weapons". A sum of money before the verb is what buys, and
// so is a bare figure, its noun the sum's ("paid $50 million to buy fuel",
// "gave 30 million to buy tents"): that purchase is no exchange of
// captives, whatever captives the sentence counts besides
// (exchange_price.yaml, review34a).
func priceFigureBefore(d *figures.Document, s *figures.Sentence, k int) bool {
	for j := k - 1; j >= s.TokStart && j >= k-priceNounWords; j-- {
		if isClauseMark(d.TokenText(j)) {
			return false
		}
		if fj := figureAt(d, j); fj >= 0 && d.Figures[fj].Kind.IsAmount() {
			if d.Figures[fj].Kind != figures.Count {
				return false
			}
			_, fe := d.FigureTokens(fj)
			for n := fe; n < k; n++ {
				if peopleNoun(d, n) {
					return true // "90 prisoners", "90 Palestinian prisoners"
				}
			}
			return false
		}
	}
	return false
}

// exchangeToldAfter reports whether sentence s is a pair of counts alone
// ("Twelve captives, forty detainees.") and the next sentence of its
// paragraph calls the pair an exchange: it opens with "That is", "That's"
// or "This is" and the predicate's head noun names a deal, an offer or a
// trade ("That's the bargain on offer tonight.", exchangeNamedAfterOpening):
// a broadcast's fronted swap (exchange_fronted.yaml).
// The pair holds no verb: at most three words after each figure, words and
// commas, "and" or "for" between them.
func exchangeToldAfter(d *figures.Document, s *figures.Sentence) bool {
	// A live blog's stamp or a dateline opens the pair: "18:05 — 33
	// hostages and 1,900 prisoners."
	k := afterStamp(d, s)
	first := s.FigStart
	for first < s.FigEnd && firstTok(d, first) < k {
		first++
	}
	if s.FigEnd-first != 2 {
		return false
	}
	si := d.SentenceAt(s.Start)
	if si < 0 || si+1 >= len(d.Sentences) || d.Sentences[si+1].ParagraphStart {
		return false
	}
	nx := &d.Sentences[si+1]
	if !restatingOpening(d, nx) || !exchangeNamedAfterOpening(d, nx) {
		return false
	}
	for fi := first; fi < s.FigEnd; fi++ {
		fs, fe := d.FigureTokens(fi)
		if fs != k {
			return false
		}
		words := 0
		for k = fe; k < s.TokEnd && d.Tokens[k].IsWord() && figureAt(d, k) < 0; k++ {
			if w := d.LowerTokenText(k); w == "and" || w == "for" {
				break
			}
			words++
		}
		if words == 0 || words > 3 {
			return false
		}
		if fi == first {
			if d.TokenText(k) == "," {
				k++
			}
			if w := d.LowerTokenText(k); w == "and" || w == "for" {
				k++
			}
		}
	}
	return k == s.TokEnd || k == s.TokEnd-1 && d.TokenText(k) == "."
}

// exchangeNamedAfterOpening reports whether the predicate right after the
// opening "That is", "That's" or "This is" of sentence s names an exchange:
// its head noun, after a determiner and at most two modifiers, is a deal,
// an offer or a trade ("That's the new offer", "This is a prisoner swap"),
// or a part of one ("the opening stage of a truce"). A negated predicate
// ("That is not a deal") and one whose head names something else ("That is
// the tally held by each side, no bargain"; "This is what relatives dread")
// call the pair no exchange, whatever the rest of the sentence says.
func exchangeNamedAfterOpening(d *figures.Document, s *figures.Sentence) bool {
	k := s.TokStart + 2
	if isApostrophe(d.LowerTokenText(s.TokStart + 1)) {
		k++ // "That ' s"
	}
	return exchangeHeadAt(d, s, k, 2)
}

// exchangeHeadAt reports whether the noun phrase at token k of sentence s
// has an exchange's noun for its head (exchangeHeadNoun), or a part's noun
// followed by "of" and such a phrase (exchangePartNoun); parts is how many more
// "of" steps may be taken.
func exchangeHeadAt(d *figures.Document, s *figures.Sentence, k, parts int) bool {
	if k >= s.TokEnd {
		return false
	}
	if w := d.LowerTokenText(k); w == "not" || w == "no" || w == "never" || w == "hardly" {
		return false
	}
	for k < s.TokEnd && determiner(d.LowerTokenText(k)) {
		k++
	}
	for mods := 0; k < s.TokEnd && d.Tokens[k].IsWord() && mods <= 2; mods++ {
		w := d.LowerTokenText(k)
		if k+1 < s.TokEnd && d.LowerTokenText(k+1) == "of" && parts > 0 && exchangePartNoun(w) {
			return exchangeHeadAt(d, s, k+2, parts-1)
		}
		if exchangeHeadNoun(w) {
			return true
		}
		if w == "of" || determiner(w) || isClauseMark(d.TokenText(k)) {
			return false
		}
		k++
	}
	return false
}

// exchangeHeadNoun reports whether w, or its singular, names an exchange
// or its terms: "deal", "offers", "swap", "bargain".
func exchangeHeadNoun(w string) bool {
	switch strings.TrimSuffix(w, "s") {
	case "deal", "offer", "trade", "swap", "exchange", "proposal", "plan", "agreement", "accord", "truce", "ceasefire",
		"cease-fire", "term", "handover", "release", "bargain", "arrangement", "framework", "ratio":
		return true
	}
	return false
}

// exchangePartNoun reports whether w, before "of", names a part or a stage of
// the thing after it: "the opening stage of a truce", "the heart of the offer".
func exchangePartNoun(w string) bool {
	switch strings.TrimSuffix(w, "s") {
	case "phase", "stage", "part", "start", "opening", "core", "heart", "outline", "shape", "price", "first", "half", "step", "round":
		return true
	}
	return false
}
