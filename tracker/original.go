package tracker

import (
	"context"
	"fmt"
	"slices"

	"github.com/claimtrack/claimtrack/model"
	"github.com/claimtrack/claimtrack/store"
)

// A near copy is linked to the article it copies, stored before it
// (batch.nearCopy), and adds no outlet to a figure. But sources are read
// in no set order: a local paper's verbatim copy of a wire's story, read
// before the wire's own, was the original, its figure the news credited to
// the paper ("via Kesh Voice"), and the wire's article, read next, a copy
// that agreed. The tracker knows better: the copy says whose story it is
// (its dateline's "(Meridian Wire)", a closing "— Meridian Wire", a
// "Source:" line: credits), and, failing that, which was published first.
// So an article found to nearly copy a stored one of another outlet is the
// original when the stored one credits its outlet, or (neither crediting
// the other) when it was published before it (as far as the two dates
// tell: sameMoment): the stored article becomes
// its copy (store Tx.Relink), and where the copy's figure is the accepted
// value the original's same figure takes its place, its outcome and, while
// it waits in the outbox, its event: the news names the wire's outlet and
// article, whatever order the two were read in.

// originalOf says whether a, found to nearly copy the stored article x, is
// x's original instead (see above).
func originalOf(a, x model.Article) bool {
	if a.Outlet == x.Outlet {
		return false // one outlet's two addresses: the first read stays the original
	}
	if xc, ac := credits(x.Text, a.Outlet), credits(a.Text, x.Outlet); xc != ac {
		return xc
	}
	// Published first, as far as the two dates tell: a page dated by its
	// day alone (midnight) is no earlier than a story of that day.
	return !a.Published.IsZero() && !x.Published.IsZero() && a.Published.Before(x.Published) && !sameMoment(a.Published, x.Published)
}

// copiedBy is the stored article that a, new and linked to it as a near
// copy, is the original of (originalOf), or 0. It unlinks a when so.
func (r *recorder) copiedBy(ctx context.Context, a *model.Article) (int64, error) {
	if a.CopyOf == 0 {
		return 0, nil
	}
	x, err := r.tx.StoredArticle(ctx, a.CopyOf)
	if err != nil {
		return 0, err
	}
	if !originalOf(*a, x) {
		return 0, nil
	}
	a.CopyOf = 0
	return x.ID, nil
}

// copiedFigure is the stored figure of the article copied (or, for
// sameDispute, of the original) that o states again: of its metric and
// accepted value's key, its claimant, its readings; nil when none.
func (r *recorder) copiedFigure(ctx context.Context, copied int64, k stateKey, o model.Observation) (*model.Observation, error) {
	pol, _ := r.judge(o.Metric)
	figs, err := r.tx.ArticleObservations(ctx, copied)
	if err != nil {
		return nil, err
	}
	for i := range figs {
		f := &figs[i]
		if f.Metric == o.Metric && pol.StateKey(store.ClaimantKey(*f)) == k.claimant && store.ClaimantKey(*f) == store.ClaimantKey(o) &&
			readingsKey(f.Readings) == readingsKey(o.Readings) {
			return f, nil
		}
	}
	return nil, nil
}

// takeCredit gives o, from the original of the article copied, what its
// copy's same figure made, Decide having judged o as outcome. Where the
// copy's figure is the accepted value (o corroborates it), o takes its
// place: the copy's outcome, the copy's figure corroborates, the copy's
// outlet no longer agrees (a copy adds none). Where it disputes the value
// (a conflict, a lower total) as o does, o is that dispute, recorded as
// such, and queues none of its own: one story, one alert. Either way the
// event the copy's figure queued, while it waits, names o. ok is false in
// any other case: o is judged as any figure is.
func (r *recorder) takeCredit(ctx context.Context, pol Policy, info MetricInfo, k stateKey, st *metricState, o model.Observation, outcome Outcome, copied int64) (j judged, ok bool, err error) {
	cf, err := r.copiedFigure(ctx, copied, k, o)
	if err != nil || cf == nil {
		return judged{}, false, err
	}
	was, named := OutcomeNamed(cf.Outcome)
	switch {
	case !named:
		return judged{}, false, nil
	case cf.ID == st.curID && outcome == Corroborates && was.Replaces():
		outcome = was
	case was.Disputes() && outcome == was:
	default:
		return judged{}, false, nil
	}
	o.Outcome = outcome.String()
	if o.ID, err = r.tx.AddObservation(ctx, o); err != nil {
		return judged{}, false, err
	}
	r.added(o)
	agreeing := len(st.agree)
	if outcome.Replaces() {
		if agreeing, err = r.acceptInstead(ctx, k, st, cf, o, false); err != nil {
			return judged{}, false, err
		}
	}
	queued, err := r.reviseCopied(ctx, pol, info, k, cf, &o, agreeing)
	j = judged{outcome: outcome, queued: queued, id: o.ID, instead: cf.ID, insteadNow: was}
	if outcome.Replaces() {
		j.insteadNow = Corroborates // the copy's figure agrees with o now; a dispute stays one
	}
	return j, true, err
}

// sameDispute records o, from a near copy of the article original, as
// the dispute (outcome) its original's same figure already made, and
// queues nothing: one story, one alert, whichever of the two is read
// first (takeCredit). ok is false when the original's figure made no such
// dispute.
func (r *recorder) sameDispute(ctx context.Context, k stateKey, o model.Observation, outcome Outcome, original int64) (j judged, ok bool, err error) {
	of, err := r.copiedFigure(ctx, original, k, o)
	if err != nil || of == nil || of.Outcome != outcome.String() {
		return judged{}, false, err
	}
	o.Outcome = outcome.String()
	if o.ID, err = r.tx.AddObservation(ctx, o); err != nil {
		return judged{}, false, err
	}
	r.added(o)
	return judged{outcome: outcome, id: o.ID}, true, nil
}

// acceptInstead makes o the accepted value in place of its copy's figure
// cf, which corroborates it from now on; it returns how many outlets
// agree. A copy adds no outlet; its own figure that o refines (a
// said rounding, refineSaid) keeps its outlet agreeing (keepOutlet).
func (r *recorder) acceptInstead(ctx context.Context, k stateKey, st *metricState, cf *model.Observation, o model.Observation, keepOutlet bool) (int, error) {
	if err := r.tx.SetOutcome(ctx, cf.ID, Corroborates.String()); err != nil {
		return 0, err
	}
	r.revise(cf.ID, Corroborates)
	acc, err := r.tx.Accept(ctx, o, k.claimant)
	if err != nil {
		return 0, err
	}
	agree := acc.Agreeing
	for _, name := range st.agree {
		if (keepOutlet || name != cf.Outlet) && name != o.Outlet {
			agree = withAgreeing(agree, name)
		}
	}
	claimants := st.claimants
	if len(claimants) == 0 {
		claimants = acc.Claimants
	} else if keepOutlet {
		for _, c := range acc.Claimants {
			if !slices.Contains(claimants, c) {
				claimants = withAgreeing(claimants, c)
			}
		}
	}
	if err := r.tx.SetAgreeing(ctx, k.metric, k.claimant, agree, claimants); err != nil {
		return 0, err
	}
	*st = metricState{cur: stateOf(acc), curID: o.ID, agree: agree, claimants: claimants}
	return len(agree), nil
}

// reviseCopied rewrites the event the copy's figure cur queued, while it
// waits, to the original's figure o. It reports whether one was.
func (r *recorder) reviseCopied(ctx context.Context, pol Policy, info MetricInfo, k stateKey, cur, o *model.Observation, agreeing int) (bool, error) {
	// A first value (announced, or a recent change queued as one) or the
	// change, decrease or conflict the copy's outcome made.
	kinds := []model.EventKind{model.EventFirst}
	if outcome, _ := OutcomeNamed(cur.Outcome); outcome != Baseline {
		if kind, ok := eventKind(outcome, pol); ok {
			kinds = append(kinds, kind)
		}
	}
	for _, kind := range kinds {
		key := eventKey(kind, *cur, k.claimant)
		p, err := r.tx.WaitingPayload(ctx, key)
		if err != nil {
			return false, err
		}
		if p == nil {
			continue
		}
		p.New, p.Claimant = o, info.claimantName(o)
		if p.ByClaimant != "" {
			p.ByClaimant = info.claimantName(o)
		}
		if p.Agreeing != 0 {
			p.Agreeing = max(1, agreeing)
		}
		hold := ""
		if kind == model.EventFirst {
			hold = r.hold.holdName() // a first value a pass holds stays held (passhold.go)
		}
		n, err := r.tx.ReviseWaiting(ctx, kind, k.metric, key, *p, hold, r.hold.until())
		if n > 0 && hold != "" {
			r.hold.hold()
		}
		return n > 0, err
	}
	return false, nil
}

// dropCopyOutlet takes out of those agreeing with the accepted value the
// outlet of the stored article copied (0: none) when that copy's same
// figure made it agree: its original now agrees in its place, and the two
// count once, as a copy read after its original does. The value's own
// outlet stays.
func (r *recorder) dropCopyOutlet(ctx context.Context, copied int64, k stateKey, o model.Observation, agree []string) ([]string, error) {
	if copied == 0 || len(agree) < 2 {
		return agree, nil
	}
	cf, err := r.copiedFigure(ctx, copied, k, o)
	if err != nil || cf == nil || cf.Outcome != Corroborates.String() || cf.Outlet == o.Outlet || !slices.Contains(agree[1:], cf.Outlet) {
		return agree, err
	}
	return append(agree[:1:1], slices.DeleteFunc(slices.Clone(agree[1:]), func(name string) bool { return name == cf.Outlet })...), nil
}

// originalOfStored says whether the article of it, whose very text (text)
// a stored article of another outlet has (scrape.Copy), is that stored
// article's original (originalOf): a verbatim copy read first.
func (p *SourcePass) originalOfStored(ctx context.Context, it *Item, text string) (bool, error) {
	if !it.CopyStored {
		return false, nil
	}
	x, err := p.Store.StoredArticle(ctx, it.Article.CopyOf)
	if err != nil {
		return false, fmt.Errorf("read the article %s copies: %w", it.Article.CanonicalURL, err)
	}
	a := it.Article
	a.Text = text
	return originalOf(a, x), nil
}
