package rules

import (
	"github.com/claimtrack/claimtrack/rules/figures"
)

// Two more forms of a rate than "for each"/"per" after the figure
// (rateper.go), neither a count of its own:
//
//   - a share that falls to each of several ("schools that now shelter as
//     many as 12,000 each", "two camps of 40,000 apiece"): "each" or
//     "apiece" closes the figure's phrase, right after it or its noun;
//   - the unit a rate is taken per ("a day's extra pause for every further
//     ten hostages released", "one aid lorry per 1,000 people"): the
//     figure follows "every", "each" or "per", past a word that adds.

// A deal's batches are taken per batch ("for every additional ten
// hostages freed, a further 30 prisoners"): there the unit is a value of
// the pair. Only a span of time given per unit ("a day's extra pause for
// every further ten hostages") leaves the unit no value.

// rateShare reports whether figure fi is one of those: a share per unit
// or the unit of a rate; for a deal's pair (pair), the unit only of time
// given per unit.
func rateShare(d *figures.Document, s *figures.Sentence, fi int, pair bool) bool {
	if shareEach(d, s, fi) {
		// For a swap's pair, what each side freed (valueseach.go).
		return !pair || !sharedSwap(d, s)
	}
	k := rateDivisor(d, s, fi)
	return k >= 0 && (!pair || timePerUnit(d, s, k))
}

// timePerUnit reports whether a unit of time stands at most six words
// before the rate's word at token k, in its clause ("a day's extra pause
// for every"): time is what the rate gives.
func timePerUnit(d *figures.Document, s *figures.Sentence, k int) bool {
	word := sentenceWords(d, s)
	for j := k - 1; j >= s.TokStart && j >= k-8; j-- {
		if stretchMark(d, j) || figureIn(d, s, j) >= 0 {
			return false
		}
		if timeUnit(word(j)) {
			return true
		}
	}
	return false
}

// rateDivisor returns the token of the "every", "each" or "per" figure fi
// follows ("for every further ten hostages"), the count a rate is taken
// per, or -1.
func rateDivisor(d *figures.Document, s *figures.Sentence, fi int) int {
	word := sentenceWords(d, s)
	k := firstTok(d, fi) - 1
	for n := 0; n < 2 && k > s.TokStart && addingWord(word(k)); n++ {
		k--
	}
	if k < s.TokStart {
		return -1
	}
	switch word(k) {
	case "every", "each", "per":
		return k
	}
	return -1
}

// shareEach reports whether "each" or "apiece" closes figure fi's phrase,
// right after it or after at most two words of its noun, before a
// punctuation mark or the sentence's end ("as many as 12,000 each —"):
// "each" before a noun says when ("30 a day, each day"), not a share.
func shareEach(d *figures.Document, s *figures.Sentence, fi int) bool {
	word := sentenceWords(d, s)
	_, fe := d.FigureTokens(fi)
	for k := fe; k < s.TokEnd && k <= fe+2; k++ {
		if !d.Tokens[k].IsWord() || figureIn(d, s, k) >= 0 {
			return false
		}
		switch word(k) {
		case "apiece":
			return true
		case "each":
			return k+1 >= s.TokEnd || !d.Tokens[k+1].IsWord()
		}
	}
	return false
}

// addingWord reports whether w adds to a rate's unit: "every further ten".
func addingWord(w string) bool {
	switch w {
	case "further", "additional", "extra", "more", "new":
		return true
	}
	return false
}
