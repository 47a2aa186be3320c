package tracker

import (
	"context"
	"slices"
	"strings"

	"github.com/claimtrack/claimtrack/model"
	"github.com/claimtrack/claimtrack/rules/figures"
	"github.com/claimtrack/claimtrack/store"
)

// An outlet corrects a figure it gave with an editor's note that names
// no metric's keyword: "Correction: an earlier version misstated the
// figure. The correct figure is 1,350." The rules read one text at a
// time and cannot know what "the figure" is; the tracker can, for a
// revised article: the figure the article gave before (its stored
// observation). So the tracker carries it (not the rules): in an
// article revised in place whose text holds an editorial note (a
// paragraph opening on a correction, clarification or amendment line, or
// "An earlier version of this") that names the figure it took (its old
// value, its noun, or "the figure"), the note's one count other than the figure the article gave before is
// that figure corrected, the same metric's and claimant's, its quote the
// note. It replaces the old figure where the revised text still gives it;
// where the note gives no figure, or two, or the article's earlier
// figures were of two metrics the note does not choose between, nothing
// changes. The quote says "correct", so a lower figure is never taken for
// a re-run (repeat.go).
//
// Where the rules found the new figure in the revised text ("60,490"
// where the article said 60,940, under "Correction: an earlier version
// of this article gave the number of arrivals as 60,940"), that figure is
// the correction. Either way the outlet's corrected figure replaces the
// figure it withdrew when that is the accepted value, whatever way it
// moved (a lower total too: the outlet says its own figure was wrong),
// and is posted once as the outlet's correction, old → new (Corrected);
// the withdrawn figure stays in the history, marked (Withdrawn). Where the
// accepted value is another article's, the corrected figure is judged
// against it as any figure is. A revised article with no note, or whose
// note is about something else, is an update, judged as any figure is.

// correctionRule is the rule an observation a note corrected records.
const correctionRule = "correction"

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

// noteCorrection is what a revised article's editorial note corrects:
// the figure the article gave before (was, its last observation of that
// metric and claimant) and every stored observation of the article that
// gave it (withdrawn), which the correction marks, and which of the
// revision's observations is the outlet's corrected figure (index).
type noteCorrection struct {
	index     int
	was       model.Observation
	withdrawn []int64
	// agreed says one of the withdrawn observations agreed with the value
	// accepted then (corroborates): the outlet no longer does.
	agreed bool
}

// at returns the correction when the revision's observation i is the
// corrected figure, else nil (as for a revision with no correction, n nil).
func (n *noteCorrection) at(i int) *noteCorrection {
	if n == nil || n.index != i {
		return nil
	}
	return n
}

// noteCorrections replaces or adds, in a revised article's observations,
// the figure its editorial note corrects (see above), and says which of
// the observations returned is the outlet's corrected figure (its index)
// and what it corrects: one correction, or nil. Where the rules found the figure's new value in
// the revised text, that is the corrected figure: the note names the
// figure the article gave (namesTaken) and states no count that is
// neither the old value nor the new (a note about another figure). A
// revision with no note, or a note about something else, is an update:
// nothing is marked. earlier is the text read before (nil: not kept),
// which tells a note written at this revision.
func (r *recorder) noteCorrections(ctx context.Context, articleID int64, text string, earlier *string, obs []model.Observation, how readAs) ([]model.Observation, *noteCorrection, error) {
	if !how.revised || text == "" {
		return obs, nil, nil
	}
	start, end, ok := correctionNote(text)
	if !ok {
		return obs, nil, nil
	}
	prev, err := r.tx.ArticleObservations(ctx, articleID)
	if err != nil || len(prev) == 0 {
		return obs, nil, err
	}
	// What the article gave last of each metric and claimant, before any
	// note: a note read again at the next revision corrects the same
	// figure again, never the correction back.
	last := map[[2]string]model.Observation{}
	var order [][2]string
	for _, p := range prev {
		if p.Rule == correctionRule {
			continue
		}
		k := [2]string{p.Metric, store.ClaimantKey(p)}
		if _, ok := last[k]; !ok {
			order = append(order, k)
		}
		last[k] = p
	}
	note := text[start:end]
	var counts []figures.Figure
	for _, f := range figures.Find(note) {
		if f.Kind == figures.Count {
			counts = append(counts, f)
		}
	}
	// The figure corrected: the one whose old value the note states, else
	// the only one the article gave.
	var was model.Observation
	n := 0
	for _, k := range order {
		p := last[k]
		if len(p.Readings) != 1 {
			continue
		}
		for _, f := range counts {
			if f.Value == p.Readings[0].Value {
				was, n = p, -1
			}
		}
		if n >= 0 {
			was, n = p, n+1
		}
		if n < 0 {
			break
		}
	}
	if n > 1 || n == 0 || !namesTaken(note, was) {
		return obs, nil, nil
	}
	old := was.Readings[0]
	key := [2]string{was.Metric, store.ClaimantKey(was)}
	fix := noteCorrection{was: was}
	// What the note corrected already, read at an earlier revision: the
	// figures it withdrew are never the value again, and the figure it
	// corrected to is the article's figure, so a later change under the
	// same note is an update (review52 M1).
	withdrawn, acted := map[float64]bool{}, false
	for _, p := range prev {
		if [2]string{p.Metric, store.ClaimantKey(p)} != key || len(p.Readings) != 1 {
			continue
		}
		switch {
		case p.Outcome == Withdrawn.String():
			withdrawn[p.Readings[0].Value], acted = true, true
		case p.Outcome == Corrected.String():
			acted = true
		}
		if p.Readings[0].Value == old.Value && p.Rule != correctionRule {
			fix.withdrawn = append(fix.withdrawn, p.ID)
			fix.agreed = fix.agreed || p.Outcome == Corroborates.String()
		}
	}
	// The rules found the figure's new value: the note corrects it to that.
	found := -1
	for i, o := range obs {
		if [2]string{o.Metric, store.ClaimantKey(o)} != key {
			continue
		}
		if len(o.Readings) != 1 {
			return obs, nil, nil // a figure of several values: not the one the note corrects
		}
		if o.Readings[0].Value == old.Value {
			continue
		}
		if found >= 0 && obs[found].Readings[0].Value != o.Readings[0].Value {
			return obs, nil, nil // two new values: which is the correction?
		}
		found = i
	}
	if found >= 0 {
		v := obs[found].Readings[0].Value
		if withdrawn[v] {
			return obs, nil, nil // a note never makes a figure it withdrew the value again
		}
		if acted {
			if !renewedNote(text, earlier, was, v, withdrawn) {
				return obs, nil, nil // an update under a note read before (review52 M1)
			}
			fix.index = found
			return obs, &fix, nil
		}
		if !admitsError(note, counts, old.Value, v) {
			return obs, nil, nil // a note that admits no error
		}
		for _, f := range counts {
			if f.Value != old.Value && f.Value != v {
				return obs, nil, nil // the note gives another figure: not this one's correction
			}
		}
		fix.index = found
		return obs, &fix, nil
	}
	var fixed *figures.Figure
	for i, f := range counts {
		if f.Value == old.Value || f.Value < old.Value/10 || f.Value > old.Value*10 || !correctionFrame(note, f, old.Value, counts) {
			continue
		}
		if fixed != nil && fixed.Value != f.Value {
			return obs, nil, nil // two other figures: which is the correct one?
		}
		fixed = &counts[i]
	}
	if fixed == nil || withdrawn[fixed.Value] {
		return obs, nil, nil // a note never makes a figure it withdrew the value again
	}
	var out []model.Observation
	for _, o := range obs {
		if [2]string{o.Metric, store.ClaimantKey(o)} != key {
			out = append(out, o)
		}
	}
	c := was
	c.ID, c.Outcome, c.Rule, c.Revised = 0, "", correctionRule, false
	c.Quote, c.QuoteStart, c.QuoteEnd = note, start, end
	c.Readings = []model.Reading{{Name: old.Name, Value: fixed.Value, Low: fixed.Low, High: fixed.High, Qualifier: fixed.Qualifier.Name(), Unit: old.Unit, Text: fixed.Text}}
	fix.index = len(out)
	return append(out, c), &fix, nil
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

// withdraw marks the figures an outlet's correction withdrew (fix, nil
// when the observation o corrects nothing) and, when a withdrawn figure
// agreed with another outlet's accepted value and the corrected one does
// not (outcome), takes the outlet out of those agreeing.
func (r *recorder) withdraw(ctx context.Context, fix *noteCorrection, o model.Observation, outcome Outcome, k stateKey, st *metricState) error {
	if fix == nil {
		return nil
	}
	for _, id := range fix.withdrawn {
		if err := r.tx.SetOutcome(ctx, id, Withdrawn.String()); err != nil {
			return err
		}
		r.revise(id, Withdrawn)
	}
	if fix.agreed && outcome != Corroborates && !outcome.Replaces() && st.cur != nil && st.cur.Outlet != o.Outlet && slices.Contains(st.agree, o.Outlet) {
		agree := slices.DeleteFunc(slices.Clone(st.agree), func(a string) bool { return a == o.Outlet })
		if err := r.tx.SetAgreeing(ctx, k.metric, k.claimant, agree, st.claimants); err != nil {
			return err
		}
		st.agree = agree
	}
	return nil
}
