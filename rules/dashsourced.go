package rules

import (
	"github.com/claimtrack/claimtrack/rules/figures"
	"github.com/claimtrack/claimtrack/rules/internal/wordform"
)

// A figure given loosely, then again in an aside between dashes that says
// whose count it is: "well over a million displaced people — by UN counts
// about 1.4 million — have taken shelter there", "The toll, nearly 35,000
// — 34,789 in the ministry's latest update — has ...". The aside restates
// the figure as a source has it; that is the claim the sentence records,
// whichever saying the keyword stands by. The aside's figure is of the
// same kind and unit, near the first in size (a restatement, not a part:
// "— 14,000 of them children —" is far smaller) and not the same figure
// said again (a speaker's "— I'll say that again, 24,000 —" keeps the
// first saying's bound: dashrestated.go), stands right after the
// dash that follows the first figure's phrase, and the aside names a
// source: "by UN counts" (sourceAsideOpens), a verb of saying or
// reporting ("UN agencies say"), or "in" an owner's update or report
// (dash_sourced_restatement.yaml). An aside that rejects the figure ("—
// not 230, as first reported —") or names an indefinite source ("—
// 107, according to one estimate —", "by some counts") is no restatement
// the sentence claims.

// dashSourcedWords is how many tokens may stand between the first figure
// and the dash that opens the aside: its noun phrase ("displaced
// Palestinians").
const dashSourcedWords = 4

// dashSourcedRestated returns the figure in a sourced dash aside that
// restates figure fi of sentence s, or fi.
func dashSourcedRestated(d *figures.Document, s *figures.Sentence, fi int) int {
	g := fi + 1
	if g >= s.FigEnd {
		return fi
	}
	f, r := &d.Figures[fi], &d.Figures[g]
	if f.Kind != r.Kind || f.Unit != r.Unit || f.Value <= 0 || r.Value == f.Value || r.Value < f.Value/1.6 || r.Value > f.Value*1.6 {
		return fi
	}
	_, fe := d.FigureTokens(fi)
	gs, ge := d.FigureTokens(g)
	dash := -1
	for k := fe; k < gs && k <= fe+dashSourcedWords; k++ {
		if isDash(d.TokenText(k)) {
			dash = k
			break
		}
		if !d.Tokens[k].IsWord() {
			return fi // "nearly 35,000, and ...": another mark first
		}
	}
	if dash < 0 {
		return fi
	}
	// Between the dash and the figure, and after it to the closing dash or
	// the sentence's end, only the aside's words: no other mark but commas
	// and apostrophes, and the aside names its source.
	sourced := false
	closed := false
	for k := dash + 1; k < s.TokEnd && !closed; k++ {
		if k >= gs && k < ge {
			continue
		}
		w := d.LowerTokenText(k)
		switch {
		case isDash(w):
			closed = k >= ge
			if !closed {
				return fi
			}
		case !d.Tokens[k].IsWord():
			if w != "," && !isApostrophe(w) {
				return fi
			}
		case w == "of" && k == ge:
			return fi // "— 14,000 of them —": a part
		case w == "from" || w == "compared" || w == "against" || w == "than" || w == "versus":
			return fi // "— up from 33,500 last week, the ministry says —": another figure to compare (review50)
		case w == "not" || w == "never":
			return fi // "212 — not 230, as first reported —": an alternative rejected
		case w == "one" || w == "some" || w == "another" || w == "other":
			return fi // "— 107, according to one estimate —": one reckoning among others, no claim (source_one.yaml)
		case sourceAsideOpens(d, k), asideSourceVerbs[w], w == "per":
			sourced = true
		case (w == "in" || w == "by") && sourceNounWithin(d, k+1, s.TokEnd):
			sourced = true
		}
	}
	if !closed || !sourced {
		return fi
	}
	return g
}

// asideSourceVerbs are the finite and base forms of the verbs by which a
// source says or counts a figure (claimSayings, partReportVerbs,
// "estimate"): "UN agencies say", "the ministry reported", "officials
// estimate". The base form is the plural subject's present: "say".
var asideSourceVerbs = wordform.Set(append(append([]wordform.Verb{{Base: "estimate"}}, claimSayings...), partReportVerbs...), true, wordform.Finite)

// sourceNounReach is how many tokens after "in" or "by" the noun of a
// source's reckoning may stand: "in the interior ministry's latest
// update" (an owner's apostrophe is a token of its own).
const sourceNounReach = 8

// sourceNounWithin reports whether a noun of a source's reckoning or its
// release ("update", "report", "bulletin") stands within sourceNounReach
// tokens from k, before end and before any mark but an apostrophe: "in
// the ministry's Monday update", "by the government's tally".
func sourceNounWithin(d *figures.Document, k, end int) bool {
	for t := k; t < end && t < k+sourceNounReach; t++ {
		w := d.LowerTokenText(t)
		if !d.Tokens[t].IsWord() && !isApostrophe(w) {
			return false
		}
		switch {
		case reckoningNoun(w), w == "update", w == "report", w == "bulletin", w == "briefing":
			return true
		}
	}
	return false
}
