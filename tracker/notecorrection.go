package tracker

import (
	"context"
	"slices"
	"time"

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
	c.AsOf = time.Time{} // the note dates nothing: the earlier sentence's as-of is not its
	c.Readings = []model.Reading{{Name: old.Name, Value: fixed.Value, Low: fixed.Low, High: fixed.High, Qualifier: fixed.Qualifier.Name(), Unit: old.Unit, Text: fixed.Text}}
	fix.index = len(out)
	return append(out, c), &fix, nil
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
