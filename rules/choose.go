package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// The choice between the figures of a sentence that pass every check for
// a metric that reads keywords: a named number before a vague one, a part
// before a fronted whole, a marked total before its parts, then the figure
// nearest its keyword.

// candidate is the figure byKeyword takes so far (-1: none), its distance
// to its keyword and the index of that keyword's rule.
type candidate struct {
	fig, dist, rule int
}

// prefer weighs figure fi, kwDist from keyword hits[kw], against c, and
// makes it the candidate when it comes first.
func (m *metric) prefer(d *figures.Document, s *figures.Sentence, c *candidate, fi, kwDist int, hits []hit, kw int) {
	f := &d.Figures[fi]
	// Strictly nearer only: on a tie the earlier figure wins, as in
	// "four battalions of thousands of fighters". A vague figure
	// ("tens of thousands") names no number to record: any other
	// figure that fits comes first.
	vague := f.Qualifier == figures.Vague
	if c.fig >= 0 && vague != (d.Figures[c.fig].Qualifier == figures.Vague) {
		if !vague {
			*c = candidate{fi, kwDist, int(hits[kw].ref.index)}
		}
		return
	}
	// A metric that is no total counts a part: a figure of a fronted
	// whole ("Of the 24 battalions ..., four remain") comes after a
	// part that stands for the whole's noun (elidedNoun). A part with
	// words of its own ("some 600,000 have fled") is another count.
	if !m.spec.Total && c.fig >= 0 {
		if whole, bestWhole := inFrontedWhole(d, s, fi), inFrontedWhole(d, s, c.fig); whole && !bestWhole && elidedNoun(d, s, c.fig) {
			return
		} else if !whole && bestWhole && elidedNoun(d, s, fi) {
			*c = candidate{fi, kwDist, int(hits[kw].ref.index)}
			return
		}
	}
	// For a running total, a figure the sentence marks as the whole
	// ("a combined 50,000", "59,259 in all") comes before its parts.
	if m.spec.Total && c.fig >= 0 {
		if marked := totalMarked(d, s, fi); marked != totalMarked(d, s, c.fig) {
			if marked {
				*c = candidate{fi, kwDist, int(hits[kw].ref.index)}
			}
			return
		}
	}
	if kwDist < c.dist {
		*c = candidate{fi, kwDist, int(hits[kw].ref.index)}
	}
}
