package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// "Lives" and "the life of" count the dead only as the object of a verb
// that takes them ("claimed the lives of 43,000", "cost the life of
// 44,502"; @deaths). A verb that saves, spares or prolongs lives, or
// threatens, risks or upends them, says what was kept or what is at
// stake, and nobody died of it: "saved the lives of 1,200 patients", "the
// blockade threatens the life of 1,200 patients on dialysis", "saved
// 1,200 lives" (lives_kept.yaml, review34a).

// livesKept reports whether keyword hit h, "lives" or "life", is the
// object of a verb that keeps or endangers lives: the verb before it, past
// a determiner ("saved the lives of"), or before figure fi when the figure
// stands right before the keyword, perhaps past a word or two that say
// whose lives ("saved 1,200 lives", "risk 2 million young lives").
func livesKept(d *figures.Document, s *figures.Sentence, fi int, h hit) bool {
	// By length first: asked of every keyword a candidate figure keeps,
	// for every metric.
	if t := &d.Tokens[h.start]; t.End-t.Start != 5 && t.End-t.Start != 4 {
		return false
	}
	if w := d.LowerTokenText(h.start); w != "lives" && w != "life" {
		return false
	}
	v := h.start - 1
	if fs, fe := d.FigureTokens(fi); modifiersOnly(d, fe, h.start) {
		v = fs - 1 // "saved 1,200 lives", "risking 1.5 million civilian lives"
	} else if v >= s.TokStart {
		switch d.LowerTokenText(v) {
		case "the", "their", "its", "his", "her":
			v--
		}
	}
	return v >= s.TokStart && keepingVerb(d.LowerTokenText(v))
}

// livesAdjectives is how many lower-case words may stand between a
// figure and the "lives" it counts: "1.2 million civilian lives", "some
// 900,000 young lives".
const livesAdjectives = 2

// keepingVerb reports whether lower-cased w is a form of a verb whose
// object, lives, is kept or put at stake, not taken. A list: what a verb
// does to its object is its meaning, which no ending tells; the next verb
// of taking ("claimed", "cost", "ended") must stay out of it.
func keepingVerb(w string) bool {
	for _, stem := range [...]string{"save", "spare", "protect", "prolong", "extend", "threaten", "endanger", "risk", "upend", "disrupt", "change", "transform", "improve", "affect"} {
		if verbForm(w, stem) {
			return true
		}
	}
	return false
}

// livesModifierWords is how many words may stand between a figure and the
// "lives" it counts: "1.5 million civilian lives", "600 innocent young
// lives".
const livesModifierWords = 2

// modifiersOnly reports whether the tokens from fe up to the keyword at k
// are at most livesModifierWords words: none when the figure stands right
// before it.
func modifiersOnly(d *figures.Document, fe, k int) bool {
	if fe > k || k-fe > livesModifierWords {
		return false
	}
	for t := fe; t < k; t++ {
		if !d.Tokens[t].IsWord() {
			return false
		}
	}
	return true
}
