package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// nearestHits' answers kept for the last few questions (st.nearests):
// metrics that share their words near a figure get one answer, since the
// reading asks only the hits' roles and spans. The method also stands a
// tally's noun for a keyword when none reaches the figure. nearmemo.go
// keeps what every metric reads of a figure's sentence; nearest.go holds
// the reading itself. Split from nearest.go.

// nearestMemo is one answer of nearestHits and what it was asked.
type nearestMemo struct {
	in                   *figures.Sentence
	fi, window           int
	r                    role
	total                bool
	max                  float64
	spans                []hitSpan
	dist, at, exDist, ex int
	ties                 []int
}

// hitSpan is what nearestHits reads of a hit: its role and tokens.
type hitSpan struct {
	role       role
	start, end int
}

// nearestHits is nearestHits(st, in, hits, fi, r, total, window, maxValue), kept
// for the last few questions. It reads the hits' roles and spans, not
// their metric, so metrics that share their words near a figure (many,
// when there are a thousand) get one answer. ties are the indexes in hits
// of every hit of role r at distance dist, at first (tiedkeywords.go);
// the slice is the memo's, good until the next few questions: a caller
// that keeps it copies it.
func (st *docState) nearestHits(in *figures.Sentence, hits []hit, fi int, r role, total bool, window int, maxValue float64) (dist, at, exDist, ex int, ties []int) {
	for i := range st.nearests {
		if m := &st.nearests[i]; m.in == in && m.fi == fi && m.r == r && m.total == total && m.window == window && m.max == maxValue && sameSpans(m.spans, hits) {
			return m.dist, m.at, m.exDist, m.ex, m.ties
		}
	}
	m := &st.nearests[st.nearestNext%len(st.nearests)]
	st.nearestNext++
	dist, at, exDist, ex, ties = nearestHits(st, in, hits, fi, r, total, window, maxValue, m.ties[:0])
	if dist > window {
		// A figure no keyword reaches: a tally's noun that sets it stands
		// for a keyword before it (tallyvalue.go).
		if t := tallyValue(st.d, in, fi); t >= 0 && !tallyNearerCount(st.d, hits, r, t) {
			fs, fe := st.d.FigureTokens(fi)
			g := wordGap(st.d, fs, fe, t, t+1)
			for i, h := range hits {
				if h.ref.role == r && h.end <= t && g <= dist && !placePhraseHit(st.d, h) {
					// the keyword the noun points back to: every one
					// before it stands as near
					if g < dist {
						dist, at, ties = g, i, ties[:0]
					}
					ties = append(ties, i)
				}
			}
		}
	}
	m.ties = ties
	m.in, m.fi, m.r, m.total, m.window, m.max = in, fi, r, total, window, maxValue
	m.spans = m.spans[:0]
	for _, h := range hits {
		m.spans = append(m.spans, hitSpan{h.ref.role, h.start, h.end})
	}
	m.dist, m.at, m.exDist, m.ex = dist, at, exDist, ex
	return dist, at, exDist, ex, ties
}

func sameSpans(spans []hitSpan, hits []hit) bool {
	if len(spans) != len(hits) {
		return false
	}
	for i, h := range hits {
		if sp := spans[i]; sp.role != h.ref.role || sp.start != h.start || sp.end != h.end {
			return false
		}
	}
	return true
}
