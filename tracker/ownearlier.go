package tracker

import (
	"slices"
	"strings"

	"github.com/claimtrack/claimtrack/rules"
	"github.com/claimtrack/claimtrack/rules/figures"
)

// Two outlets give one claimant's figures of the same moment (sameMoment:
// two pages dated to the minute, or by the day alone), 61,250 and 62,010:
// read alone, the outlets disagree about what the claimant said. But the
// later sentence often says what the figure changed: "62,010, up from the
// 61,250 it gave this morning", "revised from 61,250", "raising its
// earlier count of 61,250", "compared with 61,250". A claimant whose new
// figure names the one it gave before has changed it: its update, not a
// disagreement (otherSide). earlierValues reads those values from the
// figure's sentence: the rules' own reading of where a change started
// (rules.EarlierValues: "up from", "down from", "revised from", "rose from
// ... to"), and the count a sentence names as the claimant's earlier one
// ("its earlier count of", "the previous toll of") or sets beside the new
// ("compared with").

// earlierNouns name a count: "its earlier count of", "the previous toll of".
var earlierNouns = []string{"count", "counts", "figure", "figures", "toll", "tally", "estimate", "estimates", "number", "total", "tallies", "tolls"}

// earlierWords say a count was given before this one.
var earlierWords = []string{"earlier", "previous", "prior", "initial", "original", "former", "last", "old", "preliminary"}

// earlierValues returns the values a figure's sentence (quote) says its
// count stood at before (see above).
func earlierValues(quote string) []float64 {
	return earlierIn(figures.Analyze(quote), quote)
}

// earlierIn is earlierValues of the quote analysed as d.
func earlierIn(d *figures.Document, quote string) []float64 {
	var out []float64
	for _, f := range rules.EarlierValues(quote) {
		out = append(out, f.Value)
	}
	for fi, f := range d.Figures {
		fs, _ := d.FigureTokens(fi)
		if namedEarlier(d, fs) || comparedWith(d, fs) {
			out = append(out, startOf(f))
		}
	}
	return out
}

// namedEarlier says the figure at token fs follows a count named as the
// earlier one: "its earlier count of", "a previous estimate of", "the
// initial toll of".
func namedEarlier(d *figures.Document, fs int) bool {
	if fs < 3 || d.LowerTokenText(fs-1) != "of" || !slices.Contains(earlierNouns, d.LowerTokenText(fs-2)) {
		return false
	}
	return slices.Contains(earlierWords, d.LowerTokenText(fs-3))
}

// comparedWith says the figure at token fs is what the count is set
// against: "compared with 61,250", "against 61,250 earlier" is not read
// ("against" opposes as often as it compares).
func comparedWith(d *figures.Document, fs int) bool {
	if fs < 2 {
		return false
	}
	prep := d.LowerTokenText(fs - 1)
	return (prep == "with" || prep == "to") && d.LowerTokenText(fs-2) == "compared"
}

// namesAccepted says the candidate's sentence names the accepted value as
// where its count stood before (Candidate.Before): every value it names
// so is one the accepted readings allow. A sentence that names none may
// still tell the claimant's own later word (Candidate.Updates).
func namesAccepted(cur *State, c Candidate) bool {
	if len(c.Before) == 0 {
		return c.Updates
	}
	for _, v := range c.Before {
		if !slices.ContainsFunc(cur.Readings, func(r rules.Value) bool { return r.Contains(v) }) {
			return false
		}
	}
	return true
}

// startOf is the value a figure names first: the figure finder reads "its
// earlier count of 61,250 to 62,010" as one range, whose first end is
// the count before.
func startOf(f figures.Figure) float64 {
	if f.Low == nil || f.High == nil || *f.Low == *f.High {
		return f.Value
	}
	if first, _, ok := strings.Cut(f.Text, " to "); ok {
		if fs := figures.Find(first); len(fs) == 1 {
			return fs[0].Value
		}
	}
	return f.Value
}

// revisionStems are verbs a claimant changes its own count with.
var revisionStems = []string{"raise", "revise", "update", "lift", "increase", "lower", "cut", "adjust", "correct", "amend", "upgrade", "downgrade"}

// sayingWords tell a statement: "later said", "later put the number at".
var sayingWords = []string{"said", "says", "told", "put", "gave", "reported", "announced", "added", "raised", "revised", "updated"}

// updatesOwn says a sentence tells its figure as the claimant's later word
// on its own count, naming no earlier value: "raised its toll to", "updated
// the figure to", "later said", "in a later statement", "in an update". A
// figure merely due later ("a new count is expected later") is none.
func updatesOwn(quote string) bool {
	return updatesIn(figures.Analyze(quote))
}

// ownWord is what a figure's sentence says of the claimant's own earlier
// figure: the values it names (earlierValues), or, naming none, whether it
// tells the claimant's later word (updatesOwn). Candidate.Before, Updates.
func ownWord(quote string) ([]float64, bool) {
	d := figures.Analyze(quote)
	if before := earlierIn(d, quote); len(before) > 0 {
		return before, false
	}
	return nil, updatesIn(d)
}

// updatesIn is updatesOwn of a sentence analysed as d.
func updatesIn(d *figures.Document) bool {
	w := func(k int) string {
		if k < 0 || k >= len(d.Tokens) {
			return ""
		}
		return d.LowerTokenText(k)
	}
	for k := range d.Tokens {
		switch {
		case w(k) == "later" && (slices.Contains(sayingWords, w(k+1)) || w(k-1) == "a" && w(k-2) == "in"):
			return true // "later said", "in a later statement"
		case w(k) == "update" && inAnUpdate(w(k-1), w(k-2), w(k-3)):
			return true // "in an update", "in its latest update"
		case revisionVerb(w(k)) && possessiveCount(w(k+1), w(k+2), w(k+3)):
			return true // "raised its toll", "revised the earlier figure"
		}
	}
	return false
}

// inAnUpdate says the words before "update" (nearest first) read "in an
// update", "in its update", "in its latest update".
func inAnUpdate(w1, w2, w3 string) bool {
	if w1 == "latest" || w1 == "new" || w1 == "later" {
		w1, w2 = w2, w3
	}
	return w2 == "in" && (w1 == "an" || w1 == "its" || w1 == "their" || w1 == "a")
}

// revisionVerb says lower-cased w is a form of a verb of revising a count
// (revisionStems): "raised", "revises", "updating".
func revisionVerb(w string) bool {
	for _, stem := range revisionStems {
		base := strings.TrimSuffix(stem, "e")
		if w == stem || w == stem+"s" || w == stem+"d" || w == stem+"ed" || w == base+"ing" || w == stem+"ing" || w == base+"ed" {
			return true
		}
	}
	return false
}

// possessiveCount says the words after a verb name a count of one's own:
// "its toll", "their estimate", "the figure", "its earlier count".
func possessiveCount(det, next, after string) bool {
	if det != "its" && det != "their" && det != "the" {
		return false
	}
	if slices.Contains(earlierWords, next) || next == "own" {
		next = after
	}
	return slices.Contains(earlierNouns, next)
}
