package tracker

import (
	"context"
	"slices"

	"github.com/claimtrack/claimtrack/model"
	"github.com/claimtrack/claimtrack/store"
)

// One body is named otherwise by each outlet: "Spain's Health Ministry"
// in a wire story, "the health ministry" on the radio. Keyed by its words
// each is a claimant of its own, and a metric's value moves between them
// as between two bodies: "claimants disagree" between a ministry and
// itself, two sources on the dashboard. The metric's own scope gives the
// link no article does: a name is keyed as the claimant already credited
// with the metric's figures whose name is the same kind of body and holds
// its words, or whose words it holds, when the words one has and the
// other lacks are all the metric's scope places ("Spain" for a metric
// scoped to Spain), and that claimant is the only one that fits. Any
// other word between them is another body (review48 M3): "Italy's interior
// ministry" is not the story's "interior ministry" when the metric is not
// Italy's, a remit tells "the Defence Ministry" from "the ministry", "UN
// refugee agency" from "UN agency", a state from a federal ministry; the
// first such name to arrive must not decide what a generic one means. A
// configured claimant keeps its id, and a wider name than a configured
// claimant's is not taken as it: the aliases say what names it. The words
// as written are kept in ClaimantWritten.

// claimantReach is how many of a metric's newest attributed figures are
// read for the claimants it has.
const claimantReach = 500

// knownBody is one claimant a metric's figures were credited to: its
// key, id and words, and the widest name it was written under.
type knownBody struct {
	key, id, words string
	widest         []string
	head           string // the widest name's head noun
}

// bodyWords are a body's name's words that tell it apart, lower case: not
// its articles, joiners or possessive's "s".
func bodyWords(name string) []string {
	var out []string
	for _, w := range nameWords(name) {
		switch w {
		case "the", "its", "of", "for", "s", "and", "a", "an", "in", "on":
			continue
		}
		out = append(out, w)
	}
	return out
}

// holdsAll reports whether the words of a hold every word of b.
func holdsAll(a, b []string) bool {
	for _, w := range b {
		if !slices.Contains(a, w) {
			return false
		}
	}
	return true
}

// sameBody keys an observation's claimant as the metric's known claimant
// it names otherwise, when exactly one fits (see above).
func (r *recorder) sameBody(ctx context.Context, o model.Observation) (model.Observation, error) {
	if o.ClaimantID != "" || o.ClaimantWords == "" {
		return r.noteBody(o), nil
	}
	_, info := r.judge(o.Metric)
	head := headNoun(o.ClaimantWords)
	if _, ok := bodyKinds[head]; !ok {
		return o, nil
	}
	known, err := r.knownBodies(ctx, o.Metric)
	if err != nil {
		return o, err
	}
	key, words := store.ClaimantKey(o), bodyWords(o.ClaimantWords)
	var fit []knownBody
	for _, b := range known {
		if b.key == key {
			// Credited under its own words already: it stays so.
			return r.noteBody(o), nil
		}
		if sameBodyAs(words, head, b, info) {
			fit = append(fit, b)
		}
	}
	if len(fit) != 1 {
		return r.noteBody(o), nil
	}
	if o.ClaimantWritten == "" {
		o.ClaimantWritten = o.ClaimantWords
	}
	o.ClaimantID, o.ClaimantWords = fit[0].id, fit[0].words
	return r.noteBody(o), nil
}

// sameBodyAs reports whether a name's words, with head noun head, may be
// a known body's: one of the two holds the other's words, the narrower's
// kind may stand for the wider's, and a configured body is never taken
// for a wider name than its own.
func sameBodyAs(words []string, head string, b knownBody, info MetricInfo) bool {
	bh := b.head
	switch {
	case holdsAll(b.widest, words):
		return onlyScope(b.widest, words, info, b.id) && slices.Contains(kindsReferredTo(head), bodyKinds[bh])
	case holdsAll(words, b.widest) && b.id == "":
		return onlyScope(words, b.widest, info, "") && slices.Contains(kindsReferredTo(bh), bodyKinds[head])
	}
	return false
}

// onlyScope reports whether the words a wider name has beyond a narrower
// one are all the metric's scope place, and the scope names one place: a
// metric scoped to Israel and Gaza has two, and its generic "health
// ministry" may be either's (review48 M8). Forms of one place
// ("Sudan", "Sudanese"; "Israel", "Israeli") count as one.
//
// A wider name that is a configured claimant's (id) may also lack, in the
// narrower one, words of that claimant's own aliases and context: a desk
// scoping a metric by its disease ("cholera") names the country in its
// claimant's context instead ("Kesara"), and a radio bulletin's "the
// health ministry" that names no place is that claimant's, as it is for a
// metric scoped to Kesara (user50's outbreak desk).
func onlyScope(wider, narrower []string, info MetricInfo, id string) bool {
	if info.scopePlaces() > 1 {
		for _, w := range wider {
			if !slices.Contains(narrower, w) {
				return false
			}
		}
	}
	for _, w := range wider {
		if !slices.Contains(narrower, w) && !info.inScope(w) && (id == "" || info.claimantOwn == nil || !info.claimantOwn(id, w)) {
			return false
		}
	}
	return true
}

// knownBodies returns the claimants of a metric's figures that are bodies,
// read once a transaction.
func (r *recorder) knownBodies(ctx context.Context, metric string) ([]knownBody, error) {
	if kb, ok := r.bodies[metric]; ok {
		return kb, nil
	}
	names, err := r.tx.ClaimantNames(ctx, metric, claimantReach)
	if err != nil {
		return nil, err
	}
	if r.bodies == nil {
		r.bodies = map[string][]knownBody{}
	}
	r.bodies[metric] = nil
	for _, n := range names {
		n.Metric = metric
		r.addBody(n)
	}
	return r.bodies[metric], nil
}

// noteBody adds an observation's claimant to its metric's known bodies,
// for the figures after it in the transaction, and returns it.
func (r *recorder) noteBody(o model.Observation) model.Observation {
	r.addBody(o)
	return o
}

// addBody adds a claimant (id, words, written) to its metric's known
// bodies when its name is a kind of body, widening a known one's name.
func (r *recorder) addBody(o model.Observation) {
	if r.bodies == nil {
		return
	}
	list, ok := r.bodies[o.Metric]
	if !ok {
		return // not read yet: the store has it
	}
	key := store.ClaimantKey(o)
	for _, name := range []string{o.ClaimantWords, o.ClaimantWritten} {
		if _, kind := bodyKinds[headNoun(name)]; name == "" || !kind && o.ClaimantID == "" {
			continue
		}
		w := bodyWords(name)
		found := false
		for i := range list {
			if list[i].key == key {
				if found = true; len(w) > len(list[i].widest) && holdsAll(w, list[i].widest) {
					list[i].widest, list[i].head = w, headNoun(name)
				}
			}
		}
		if !found {
			list = append(list, knownBody{key: key, id: o.ClaimantID, words: o.ClaimantWords, widest: w, head: headNoun(name)})
		}
	}
	r.bodies[o.Metric] = list
}
