package tracker

import "github.com/claimtrack/claimtrack/rules"

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
