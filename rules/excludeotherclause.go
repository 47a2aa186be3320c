package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A sentence-wide exclude word rules out the clause it stands in; a clause
// of the metric's own beside it keeps its figure. clauseStartWithSubject
// reads the clauses a semicolon, a subordinator, "but" or "yet", or "with"
// and a subject in -ing open after the figure; writers part a sentence in
// three more ways (testdata/examples/exclude_other_clause.yaml):
//   - ", and" a subject and a verb of its own after the figure: "UN
//     monitors have confirmed 9,650 civilian deaths, and the bill for the
//     grid alone runs to billions" (andClauseAt);
//   - ", with" a figure and a participle or "of them": a part of the total
//     before it, "reached 10,420, with 180 killed in August alone"
//     (withPartAt, as partAfterComma reads the part without "with");
//   - a phrase fronted before the main clause that holds the figure ("With
//     verified deaths now at 12,050, the toll in Mariupol alone ...", "Set
//     against the 11,900 civilian dead ..., the losses in Belgorod ..."),
//     the exclude word in the main clause after its comma or dash
//     (frontedMainClause).
// And the exclude word may stand in the first clause, before ", while" or
// ", whereas" and a subject and a verb of their own: the contrast is the
// metric's clause ("drones had killed 40 civilians in Belgorod, while the
// UN mission has confirmed more than 11,200 civilian deaths";
// contrastAfterExclude). A semicolon there is no contrast and leaves the
// sentence as before ("In Gaza, ... have died; in Ukraine ...",
// exclude_clause.yaml). Only sentences with an exclude word of the metric
// are read here.

// clauseVerbWords is how many words a clause's subject may hold before its
// verb: "the cost of rebuilding Ukraine's energy grid alone is".
const clauseVerbWords = 8

// excludeClauseStart returns the first token of the clause the exclude
// word at token k stands in, when a clause of another shape than
// clauseStartWithSubject's comes before it; s.TokStart when none does.
func excludeClauseStart(d *figures.Document, s *figures.Sentence, k int) int {
	for t := k - 1; t > s.TokStart; t-- {
		if isDash(d.TokenText(t)) && d.Tokens[t].Space && dashPartAt(d, s, t) {
			return t + 1
		}
		if d.TokenText(t) != "," {
			continue
		}
		if withPlacePartAt(d, s, t, k) {
			return s.TokStart // the whole before the comma counts the place too
		}
		if andClauseAt(d, s, t) || withPartAt(d, s, t) || ownFigureClauseAt(d, s, t, k) {
			return t + 1
		}
	}
	return frontedMainClause(d, s, k)
}

// ownFigureClauseAt reports whether the comma at token t opens a clause
// after a figure that holds the exclude word at token k and a figure of
// its own: "with" or a relative pronoun, then up to the next comma,
// semicolon or the sentence's end ("..., which added 41 deaths in the past
// week alone", "..., with Mariupol alone likely to account for thousands
// more"). The exclude word marks that clause's figure, not the one before
// (exclude_own_figure_clause.yaml).
func ownFigureClauseAt(d *figures.Document, s *figures.Sentence, t, k int) bool {
	if t+2 >= s.TokEnd || !figureWithin(d, s, s.TokStart, t) {
		return false
	}
	// A word of inclusion opens the part's clause as "with" does when the
	// exclude word there only narrows the part: "... 11,800 civilian lives
	// lost, including roughly 60 in Odesa during October alone". A part
	// that names another place or war is inside the total before the
	// comma, which then counts that place too: "..., including 300 in
	// Belgorod" rules the total out (including_part_alone.yaml).
	switch d.LowerTokenText(t + 1) {
	case "with", "which", "who", "whose":
	default:
		if !inclusionAt(d, t+1) || !focusWord(d.LowerTokenText(k)) {
			return false
		}
	}
	end := t + 2
	for end < s.TokEnd {
		if w := d.TokenText(end); w == "," || w == ";" {
			break
		}
		end++
	}
	return k < end && figureWithin(d, s, t+2, end)
}

// andClauseAt reports whether the comma at token t opens a coordinate
// clause after a figure: "and", a subject and a finite verb, an irregular
// past too ("and October alone left 183 dead", "and the shelling of
// Kharkiv alone took 40 lives": finiteOrIrregularWithin).
func andClauseAt(d *figures.Document, s *figures.Sentence, t int) bool {
	return t+3 < s.TokEnd && strings.EqualFold(d.TokenText(t+1), "and") && opensSubject(d, t+2) &&
		finiteOrIrregularWithin(d, t+3, clauseVerbWords) && figureWithin(d, s, s.TokStart, t)
}

// finiteOrIrregularWithin is finiteVerbWithin that also reads an irregular
// past in lower case as a clause's verb (irregular.go): "left", "took",
// "drove", "struck" end in neither -ed nor -s.
func finiteOrIrregularWithin(d *figures.Document, k, n int) bool {
	return finiteVerbWithin(d, k, n) || verbWithin(d, k, n, func(w string) bool {
		var buf [64]byte
		return isLowerWord(w) && irregularPastForm(string(lowerInto(&buf, w)))
	})
}

// withPartAt reports whether the comma at token t opens "with" a figure
// that is a part of a total before it: the figure, then "of" a pronoun, a
// participle in -ed or a preposition ("with 180 killed in August alone",
// "with 2,100 of them in the port city alone").
func withPartAt(d *figures.Document, s *figures.Sentence, t int) bool {
	if t+2 >= s.TokEnd || !strings.EqualFold(d.TokenText(t+1), "with") || !figureWithin(d, s, s.TokStart, t) {
		return false
	}
	return partFigureAt(d, s, t+2)
}

// dashPartAt reports whether the spaced dash at token t opens an aside
// that gives a part of a total before it, as ", with" does: "Over 11,700
// civilians have been killed in Ukraine — more than 2,000 of them in
// Mariupol alone, the UN believes — since the invasion". The part is a
// figure right after the dash, then "of" a pronoun, a participle in -ed
// or a preposition (partFigureAt). A dash before a figure that is no part
// ("— 2,000 in all —" restates nothing of the kind; "— Mariupol alone
// lost 2,000 —" opens with no figure) is not read here.
func dashPartAt(d *figures.Document, s *figures.Sentence, t int) bool {
	return t+1 < s.TokEnd && figureWithin(d, s, s.TokStart, t) && partFigureAt(d, s, t+1)
}

// partFigureAt reports whether a figure starts at token k followed by
// "of" a pronoun ("2,100 of them"), a preposition ("2,000 in the port
// city") or a participle in -ed ("180 killed"): a part of a total before.
func partFigureAt(d *figures.Document, s *figures.Sentence, k int) bool {
	fi := figureIn(d, s, k)
	if fi < 0 {
		return false
	}
	fs, fe := d.FigureTokens(fi)
	if fs != k || fe >= s.TokEnd {
		return false
	}
	w := d.LowerTokenText(fe)
	if w == "of" {
		switch d.LowerTokenText(fe + 1) {
		case "them", "whom", "those", "these":
			return true
		}
		return false
	}
	return prepositions[w] || isLowerWord(d.TokenText(fe)) && len(w) > 4 && strings.HasSuffix(w, "ed")
}

// frontedMainClause returns the first token of the main clause after a
// phrase fronted at the sentence's start ("With", or a participle of
// comparing: "Set against", "Compared with", "Measured against") that
// holds a figure, when the exclude word at token k stands after the
// phrase's end: the comma or spaced dash nearest before k, followed by a
// subject. s.TokStart when the sentence is not so made.
func frontedMainClause(d *figures.Document, s *figures.Sentence, k int) int {
	open := afterSpeakerLabel(d, s)
	if !frontedPhraseOpens(d, s, open) {
		return s.TokStart
	}
	for t := k - 1; t > open; t-- {
		switch d.TokenText(t) {
		case ",", "—", "–":
			if d.TokenText(t) != "," && !d.Tokens[t].Space {
				return s.TokStart
			}
			if t+1 < s.TokEnd && opensSubject(d, t+1) && figureWithin(d, s, open, t) {
				return t + 1
			}
			return s.TokStart
		}
	}
	return s.TokStart
}

// frontedPhraseOpens reports whether the word at token k opens a phrase
// fronted before a main clause: "With", or a participle of comparing and
// its preposition ("Set against", "Compared with", "Measured against").
func frontedPhraseOpens(d *figures.Document, s *figures.Sentence, k int) bool {
	if k+1 >= s.TokEnd {
		return false
	}
	w := d.LowerTokenText(k)
	if w == "with" {
		return true
	}
	switch d.LowerTokenText(k + 1) {
	case "against", "with", "beside":
	default:
		return false
	}
	return w == "set" || w == "put" || len(w) > 4 && strings.HasSuffix(w, "ed")
}

// contrastAfterExclude returns the first token of a clause of contrast
// after the exclude word ending at token k: a comma, "while" or "whereas",
// a subject and a finite verb; 0 when none comes before the sentence's end
// or a semicolon. The figures before it are the excluded clause's.
func contrastAfterExclude(d *figures.Document, s *figures.Sentence, k int) int {
	for t := k; t+3 < s.TokEnd; t++ {
		switch d.TokenText(t) {
		case ";":
			return 0
		case ",":
			switch d.LowerTokenText(t + 1) {
			case "while", "whereas":
				if opensSubject(d, t+2) && finiteVerbWithin(d, t+3, clauseVerbWords) && figureWithin(d, s, t+1, s.TokEnd) {
					return t + 1
				}
			}
		}
	}
	return 0
}
