package tracker

import "github.com/claimtrack/claimtrack/rules"

// asSaid is readings with each round figure said in words taken as the
// rounding it is (figures.Figure.AsSaid): a broadcaster's "Ten thousand
// suspected cases." after the ministry's 10,212 agrees with it by rounding
// and never replaces it, as "about 10,000" would not (walk57). rs itself
// when no figure is said so.
func asSaid(rs []rules.Value) []rules.Value {
	var out []rules.Value
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
		return rs
	}
	return out
}

// saidAsRounded is Decide's state and candidate with their round figures
// said in words taken as roundings (asSaid); the state is copied only
// when one of its figures is.
func saidAsRounded(cur *State, c Candidate) (*State, Candidate) {
	c.Readings = asSaid(c.Readings)
	if cur != nil {
		if rs := asSaid(cur.Readings); len(rs) > 0 && &rs[0] != &cur.Readings[0] {
			said := *cur
			said.Readings = rs
			cur = &said
		}
	}
	return cur, c
}
