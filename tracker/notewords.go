package tracker

import (
	"slices"
	"strings"

	"github.com/claimtrack/claimtrack/model"
	"github.com/claimtrack/claimtrack/rules/figures"
)

// The words of an editorial note, read on their own: where a note stands
// (correctionNote, correctionNotes), whether it names the figure the
// article took (namesTaken), admits an error (admitsError) and puts a
// count where a correction puts its new figure (correctionFrame).
// notecorrection.go weighs these against the article's stored
// observations; they need no store. Split from notecorrection.go.

// noteCues open an editorial note about an article's own error, at the
// head of a paragraph: an outlet's correction line, not a story's words
// ("the board misstated the scale", "under an earlier version of the
// plan" are a story's, review48 M7). "Corrected" alone is as often a
// claimant's own correction, which the rules read.
var noteCues = []string{"correction:", "correction,", "corrections:", "clarification:", "clarification,", "editor's note", "editor’s note",
	"this article was amended", "this article was corrected", "this article has been amended", "this article has been corrected",
	"this story was amended", "this story was corrected", "this story has been amended", "this story has been corrected",
	"an earlier version of this", "a previous version of this"}

// correctionNote returns the byte span of a text's editorial note: a
// paragraph that opens on a cue (after spaces, asterisks, dashes or a
// bracket), to its end; ok is false when the text has none.
func correctionNote(text string) (int, int, bool) {
	notes := correctionNotes(text)
	if len(notes) == 0 {
		return 0, 0, false
	}
	return notes[0][0], notes[0][1], true
}

// correctionNotes returns the byte spans of every editorial note of a
// text, in order: an outlet that corrects an article twice may add a
// second note under the first.
func correctionNotes(text string) [][2]int {
	var notes [][2]int
	for start := 0; start < len(text); {
		end := len(text)
		if i := strings.Index(text[start:], "\n"); i >= 0 {
			end = start + i
		}
		head := strings.ToLower(strings.TrimLeft(text[start:end], " \t*—–-([_"))
		for _, c := range noteCues {
			if strings.HasPrefix(head, c) {
				notes = append(notes, [2]int{start, end})
				break
			}
		}
		start = end + 1
	}
	return notes
}

// figureNouns are the words a note calls a figure by without saying of
// what: "misstated the figure", "the toll".
var figureNouns = map[string]bool{"figure": true, "figures": true, "number": true, "numbers": true, "toll": true, "count": true,
	"total": true, "tally": true, "estimate": true}

// namesTaken reports whether a note says it corrects the figure the
// article took (was): it states the old value, or the word after it in
// the old sentence ("1,530 homes": homes), or a figure noun not said to
// be of or for something else ("the figure", "the number of homes"; not
// "the number of substations damaged", "the wrong figure for crews",
// review48 M7), nor the possessive of another noun ("the figure's
// release", review54 M2).
func namesTaken(note string, was model.Observation) bool {
	words := nameWords(note)
	old := nameWords(was.Quote)
	var noun string
	if i := strings.Index(was.Quote, was.Readings[0].Text); i >= 0 && was.Readings[0].Text != "" {
		if after := nameWords(was.Quote[i+len(was.Readings[0].Text):]); len(after) > 0 {
			noun = after[0]
		}
	}
	for _, f := range figures.Find(note) {
		if f.Value == was.Readings[0].Value {
			return true
		}
	}
	named := false
	for k, w := range words {
		if w == noun && noun != "" {
			return true
		}
		if !figureNouns[w] {
			continue
		}
		if k+1 < len(words) && words[k+1] == "s" {
			continue // "the figure's release": the possessive names what follows (review54 M2)
		}
		if k+2 < len(words) && (words[k+1] == "of" || words[k+1] == "for") {
			of := words[k+2]
			if of == "the" && k+3 < len(words) {
				of = words[k+3]
			}
			if !slices.Contains(old, of) {
				return false // the number of something else
			}
		}
		named = true
	}
	return named
}

// errorWords say in a note that the article's figure was wrong, not only
// changed: "misstated", "incorrectly", "the wrong figure", "in error",
// "to correct the figure" (prefixes of words).
var errorWords = []string{"correct", "misstat", "misreport", "misquot", "incorrect", "wrong", "error", "erroneous", "mistak", "inaccura", "misread"}

// admitsError reports whether a note says the article's figure was wrong
// ("Clarification: the toll is the ministry's" beside a new figure is an
// update): it states the old or the new value, or says the figure was in
// error (errorWords, or "should have").
func admitsError(note string, counts []figures.Figure, old, now float64) bool {
	for _, f := range counts {
		if f.Value == old || f.Value == now {
			return true
		}
	}
	return saysWrong(afterCue(note))
}

// afterCue is a note without the cue that opens it ("Correction:"), which
// says it is a note, not that the figure was wrong: the words after it
// say that.
func afterCue(note string) string {
	head := strings.ToLower(strings.TrimLeft(note, " \t*—–-([_"))
	for _, c := range noteCues {
		if strings.HasPrefix(head, c) {
			return head[len(c):]
		}
	}
	return note
}

// saysWrong reports whether words of a note say something was in error
// (errorWords, or "should have").
func saysWrong(note string) bool {
	words := nameWords(note)
	for k, w := range words {
		for _, e := range errorWords {
			if strings.HasPrefix(w, e) {
				return true
			}
		}
		if w == "should" && k+1 < len(words) && words[k+1] == "have" {
			return true
		}
	}
	return false
}

// correctionFrame reports whether a count of a note stands where a
// correction puts its new figure (review48 M7: naming the old value, or
// a count of the same kind, is not correcting it): after "the correct
// figure is", "corrected to", "should have said"; before ", not" or
// "rather than" and the old value; after "but" when the old value came
// after "not"; or after "it was", "the figure is" once the note gave the
// old value ("gave the number as 1,530; it was 1,350").
func correctionFrame(note string, f figures.Figure, old float64, counts []figures.Figure) bool {
	sStart := strings.LastIndexAny(note[:f.Start], ".;:") + 1
	before := nameWords(note[sStart:f.Start])
	after := nameWords(note[f.End:min(len(note), f.End+40)])
	last := func(k int) string {
		if k <= len(before) {
			return before[len(before)-k]
		}
		return ""
	}
	oldAt := -1
	for _, c := range counts {
		if c.Value == old {
			oldAt = c.Start
			if c.Start > f.End {
				break
			}
		}
	}
	hasAny := func(ws []string, set ...string) bool {
		for _, w := range ws {
			if slices.Contains(set, w) {
				return true
			}
		}
		return false
	}
	figureNoun := false
	for _, w := range before {
		figureNoun = figureNoun || figureNouns[w]
	}
	switch {
	case hasAny(before, "correct", "corrected", "accurate", "actual", "right") && (figureNoun || last(1) == "to") && hasAny([]string{last(1)}, "is", "was", "at", "to", "be", "of"):
		return true
	case len(before) >= 3 && strings.Contains(strings.Join(before, " "), "should have"):
		return true
	case len(after) >= 2 && (after[0] == "not" || after[0] == "rather" && after[1] == "than") && oldAt > f.End:
		return true
	case last(1) == "but" && hasAny(before, "not") && oldAt >= 0 && oldAt < f.Start:
		return true
	case oldAt >= 0 && oldAt < f.Start && (last(1) == "was" || last(1) == "is") && (hasAny([]string{last(2)}, "it", "this", "that") || figureNouns[last(2)]):
		return true
	}
	return false
}
