package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// EarlierValues returns the figures of a text that say where a count
// stood before it changed ("up from 61,250", "revised from 1,400", "rose
// from 30,000 to 33,091"): the reading that keeps them from being any
// metric's figure (earlierValue). The tracker asks it of an observation's
// sentence, to tell a claimant's update of its own figure from another
// report of it.
func EarlierValues(text string) []figures.Figure {
	st := &docState{d: figures.Analyze(text)}
	var out []figures.Figure
	for i := range st.d.Sentences {
		s := &st.d.Sentences[i]
		for fi := s.FigStart; fi < s.FigEnd; fi++ {
			if st.earlierValue(s, fi) {
				out = append(out, st.d.Figures[fi])
			}
		}
	}
	return out
}
