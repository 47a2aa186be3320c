package tracker

import (
	"context"
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
// correction, clarification or amendment line, "an earlier version"),
// the note's one count other than the figure the article gave before is
// that figure corrected, the same metric's and claimant's, its quote the
// note. It replaces the old figure where the revised text still gives it;
// where the rules found the new figure, or the note gives no figure, or
// two, or the article's earlier figures were of two metrics the note
// does not choose between, nothing changes. The quote says "correct",
// so a lower figure is never taken for a re-run (repeat.go).

// correctionRule is the rule an observation a note corrected records.
const correctionRule = "correction"

// noteCues open an editorial note about an article's own error; the
// word "corrected" alone is as often a claimant's own correction, which
// the rules read.
var noteCues = []string{"correction:", "correction,", "corrections:", "clarification:", "clarification,", "editor's note", "editor’s note",
	"an earlier version", "a previous version", "an earlier draft", "this article was amended", "this article was corrected",
	"this story was corrected", "this story has been corrected", "this article has been corrected", "misstated", "misreported"}

// correctionNote returns the byte span of a text's editorial note, from
// the opening of the sentence that holds its first cue to the end of its
// paragraph; ok is false when the text has none.
func correctionNote(text string) (int, int, bool) {
	low := strings.ToLower(text)
	at := -1
	for _, c := range noteCues {
		if i := strings.Index(low, c); i >= 0 && (at < 0 || i < at) {
			at = i
		}
	}
	if at < 0 {
		return 0, 0, false
	}
	start := strings.LastIndex(text[:at], "\n") + 1
	if i := strings.LastIndex(text[start:at], ". "); i >= 0 {
		start += i + 2
	}
	end := len(text)
	if i := strings.Index(text[at:], "\n\n"); i >= 0 {
		end = at + i
	}
	return start, end, true
}

// noteCorrections replaces or adds, in a revised article's observations,
// the figure its editorial note corrects (see above).
func (r *recorder) noteCorrections(ctx context.Context, articleID int64, text string, obs []model.Observation, how readAs) ([]model.Observation, error) {
	if !how.revised || text == "" {
		return obs, nil
	}
	start, end, ok := correctionNote(text)
	if !ok {
		return obs, nil
	}
	prev, err := r.tx.ArticleObservations(ctx, articleID)
	if err != nil || len(prev) == 0 {
		return obs, err
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
	if n > 1 || n == 0 {
		return obs, nil
	}
	old := was.Readings[0]
	var fixed *figures.Figure
	for i, f := range counts {
		if f.Value == old.Value || f.Value < old.Value/10 || f.Value > old.Value*10 {
			continue
		}
		if fixed != nil && fixed.Value != f.Value {
			return obs, nil // two other figures: which is the correct one?
		}
		fixed = &counts[i]
	}
	if fixed == nil {
		return obs, nil
	}
	key := [2]string{was.Metric, store.ClaimantKey(was)}
	var out []model.Observation
	for _, o := range obs {
		if [2]string{o.Metric, store.ClaimantKey(o)} != key {
			out = append(out, o)
			continue
		}
		if len(o.Readings) != 1 || o.Readings[0].Value != old.Value {
			return obs, nil // the rules found this figure's own new value, or another
		}
	}
	c := was
	c.ID, c.Outcome, c.Rule, c.Revised = 0, "", correctionRule, false
	c.Quote, c.QuoteStart, c.QuoteEnd = note, start, end
	c.Readings = []model.Reading{{Name: old.Name, Value: fixed.Value, Low: fixed.Low, High: fixed.High, Qualifier: fixed.Qualifier.Name(), Unit: old.Unit, Text: fixed.Text}}
	return append(out, c), nil
}
