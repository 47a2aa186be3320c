package tracker

import (
	"context"

	"github.com/claimtrack/claimtrack/model"
	"github.com/claimtrack/claimtrack/rules"
	"github.com/claimtrack/claimtrack/rules/figures"
)

// asSaid is readings with each round figure said in words taken as the
// rounding it is (figures.Figure.AsSaid): a broadcaster's "Ten thousand
// suspected cases." after the ministry's 10,212 agrees with it by rounding
// and never replaces it, as "about 10,000" does (walk57). rs itself
// when no figure is said so (said false).
func asSaid(rs []rules.Value) (out []rules.Value, said bool) {
	for i, r := range rs {
		f := r.Figure.AsSaid()
		if f.Qualifier == r.Qualifier {
			continue
		}
		if out == nil {
			out = append([]rules.Value(nil), rs...)
		}
		out[i].Figure = f
	}
	if out == nil {
		return rs, false
	}
	return out, true
}

// saidAsRounded is Decide's state and candidate with their round figures
// said in words taken as roundings (asSaid); the state is copied only
// when one of its figures is.
func saidAsRounded(cur *State, c Candidate) (*State, Candidate) {
	c.Readings, _ = asSaid(c.Readings)
	if cur != nil {
		if rs, said := asSaid(cur.Readings); said {
			copied := *cur
			copied.Readings = rs
			cur = &copied
		}
	}
	return cur, c
}

// refinesSaid reports whether a candidate Decide found to agree with an
// accepted round number said in words, published before it, is the exact
// count that rounding rounds: each value it states is exact and not said
// in words, and each accepted value it states is a said rounding or that
// same count. Read in the other order the count is the value and the
// rounding agrees (Decide); read so, the rounding took the value from a
// figure the count replaces too (walk57: "ten thousand" read over 4,020,
// then the ministry's 10,212 of a minute earlier), so the count takes the
// rounding's place (refineSaid) and the value does not depend on which of
// the two a pass read first. Only within the conflict window before the
// rounding, the span in which two outlets' figures of a level are taken
// as of one time: Monday's count read late on Thursday may be what
// Thursday's rounding rounds, or an older figure it happens to fall near,
// and it stays what any older article's figure is (it corroborates).
func refinesSaid(p Policy, cur *State, c Candidate, out Outcome) bool {
	if out != Corroborates || cur == nil || c.UndatedArchive || !c.Published.Before(cur.Published) || len(c.Readings) == 0 ||
		p.ConflictWindow <= 0 || cur.Published.Sub(c.Published) > p.ConflictWindow {
		return false
	}
	said := false
	for _, nr := range c.Readings {
		or, ok := valueNamed(cur.Readings, nr.Name)
		if !ok || nr.Qualifier != figures.Exact || nr.Figure.AsSaid().Qualifier != figures.Exact {
			return false
		}
		switch {
		case or.Figure.AsSaid().Qualifier != or.Qualifier:
			said = true
		case or.Qualifier != figures.Exact || or.Value != nr.Value:
			return false
		}
	}
	return said
}

// refineSaid makes o, an exact count that an accepted said rounding
// rounds (refinesSaid), the value in the rounding's place, as if read
// first: o takes the rounding's outcome, the rounding corroborates it
// and its outlet and claimant agree, and the event the rounding queued,
// while it waits, names o ("4,020 → 10,212", not "4,020 → ten
// thousand"). A rounding that queued nothing (a baseline not announced,
// the archive's backlog) is replaced silently, as it would have been
// read second. ok is false when the rounding's event was posted already,
// or is being posted: the desk has read the rounding, and o is then a
// change of its own, the exact count.
func (r *recorder) refineSaid(ctx context.Context, pol Policy, info MetricInfo, k stateKey, st *metricState, o model.Observation) (j judged, ok bool, err error) {
	cf, err := r.tx.Observation(ctx, st.curID)
	if err != nil {
		return judged{}, false, err
	}
	was, named := OutcomeNamed(cf.Outcome)
	if !named || !was.Replaces() {
		return judged{}, false, nil
	}
	if kind, posts := eventKind(was, pol); posts {
		p, err := r.tx.WaitingPayload(ctx, eventKey(kind, *cf, k.claimant))
		if err != nil || p == nil {
			return judged{}, false, err
		}
	}
	o.Outcome = was.String()
	if o.ID, err = r.tx.AddObservation(ctx, o); err != nil {
		return judged{}, false, err
	}
	r.added(o)
	agreeing, err := r.acceptInstead(ctx, k, st, cf, o, true)
	if err != nil {
		return judged{}, false, err
	}
	queued, err := r.reviseCopied(ctx, pol, info, k, cf, &o, agreeing)
	return judged{outcome: was, queued: queued, id: o.ID, instead: cf.ID, insteadNow: Corroborates}, true, err
}
