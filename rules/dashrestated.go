package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A speaker says a figure again after a dash, bare, to let it sink in:
// "The death toll has now passed thirty thousand — that's, uh, thirty
// thousand people killed", "well over twenty thousand — twenty thousand
// dead, Rosie, and rising", "Close to one and a half million people are
// sheltering in Rafah — one and a half million, in a city built for ...".
// The keyword may stand by the second saying, but the bound ("passed",
// "well over", "close to") was given with the first, and the two are one
// figure: the claim is the first saying, as repeatedFigure reads a
// repetition after a comma.

// restatedAfterDash returns the figure that figure fi says again after a
// dash, or fi: the figure before it in sentence s has the same value,
// kind and unit and a qualifier fi lacks, and between them stands a dash
// after which come only words that say it again ("that's", "that is",
// "yes", "so"), a speaker's fillers (figures/fillers.go) and a clause that
// announces the repetition (announcedRepeat).
func restatedAfterDash(d *figures.Document, s *figures.Sentence, fi int) int {
	if fi <= s.FigStart {
		return fi
	}
	f, g := &d.Figures[fi], &d.Figures[fi-1]
	if f.Qualifier != figures.Exact || g.Qualifier == figures.Exact || g.Qualifier == figures.Vague ||
		g.Kind != f.Kind || g.Value != f.Value || g.Unit != f.Unit {
		return fi
	}
	fs, _ := d.FigureTokens(fi)
	_, ge := d.FigureTokens(fi - 1)
	dash := -1
	for k := fs - 1; k >= ge; k-- {
		if isDash(d.TokenText(k)) {
			dash = k
			break
		}
	}
	if dash < 0 {
		return fi
	}
	before := dash
	if a := asideDashBefore(d, ge, dash); a >= 0 {
		before = a // "— think about that —": a speaker's aside (restatedaside.go)
	}
	for k := ge; k < before; k++ {
		if w := d.TokenText(k); w == ";" || w == ":" || isDash(w) {
			return fi // a clause of its own between them
		}
	}
	word := func(k int) string {
		if k < dash || k >= fs {
			return ""
		}
		return d.TokenText(k)
	}
	for k := dash + 1; k < fs; k++ {
		if e := announcedRepeat(d, k, fs); e > k {
			k = e - 1
			continue
		}
		if e := figures.SpokenFillerEnd(word, k); e > k {
			k = e - 1
			continue
		}
		switch w := strings.ToLower(d.TokenText(k)); {
		case w == ",", isApostrophe(w), w == "s":
		case w == "that" || w == "is" || w == "yes" || w == "so" || w == "again":
		default:
			return fi
		}
	}
	return fi - 1
}

// announceWords is how many tokens a speaker's announcement of a
// repetition may hold: "let me repeat that", "I'll say it again".
const announceWords = 6

// announcedRepeat returns the token after the comma that closes a
// speaker's clause announcing a repetition, opening at token k before the
// figure at token fs: "I'll say that again,", "let me repeat that,", "I
// repeat,". The clause's subject is the speaker ("I", or "let me"), it
// says "again" or a form of "repeat", and it holds only words; else k.
// (dash_restated_announced.yaml)
func announcedRepeat(d *figures.Document, k, fs int) int {
	if w := d.LowerTokenText(k); w != "i" && w != "let" {
		return k
	}
	repeats := false
	for t := k + 1; t < fs && t <= k+announceWords; t++ {
		w := d.LowerTokenText(t)
		switch {
		case w == ",":
			if repeats {
				return t + 1
			}
			return k
		case w == "again" || verbForm(w, "repeat"):
			repeats = true
		case !d.Tokens[t].IsWord() && !isApostrophe(w):
			return k
		}
	}
	return k
}
