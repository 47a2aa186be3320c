package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A clause after a semicolon may leave out the noun its figure counts when
// the clause before named it after a figure of its own: "24 battalions at
// the start of the war; Israel says four remain in Rafah", "2,000 homes
// destroyed; another 300 remain damaged". The bare figure, the subject of
// its verb, counts that noun: the keyword is carried to it, as if written
// there. Where the metric's place stands only in the later clause, the
// earlier figure is the whole the later is said of, not the place's count.

// elidedHits appends, for each keyword hit that is the noun counted right
// after a figure, a hit on the bare figure of a later clause past a
// semicolon (elidedFigure). The hit covers the token right after that
// figure, where its adverb or its verb stands.
func (e *Engine) elidedHits(st *docState, s *figures.Sentence, hits []hit) []hit {
	d := st.d
	n := len(hits)
	// elidedFigure answers only past a semicolon after the hit, which most
	// sentences lack; metrics that share a keyword's hit would each look
	// for one again. noSemiFrom is a token from which the sentence is
	// known to hold none (its end until a look finds so).
	noSemiFrom := s.TokEnd
	// Whether a figure ends at the hit and the figure past a semicolon
	// are the hit's place's alone; metrics that share a keyword find
	// their hits one after another at the same place, so the last place's
	// answers are kept (after: its figure, -1 when none ends there;
	// elided: elidedFigure's answer, -2 until asked).
	at, after, elided := hit{start: -2}, -1, -2
	for i := 0; i < n; i++ {
		h := hits[i]
		if h.ref.role != roleKeyword {
			continue
		}
		if h.start != at.start || h.end != at.end {
			at, after, elided = h, figureEndingAt(d, s, h.start), -2
		}
		if after < 0 {
			continue
		}
		fi := -1
		if h.end < noSemiFrom {
			if semicolonFrom(d, s, h.end) < 0 {
				noSemiFrom = h.end
			} else {
				if elided == -2 {
					elided = elidedFigure(d, s, h)
				}
				fi = elided
			}
		}
		if fi < 0 {
			// A later clause on "and", "that" or ", with" (elidedclause.go).
			fi = e.metrics[h.ref.metric].elidedClauseFigure(st, s, h)
		}
		if fi >= 0 {
			_, fe := d.FigureTokens(fi)
			hits = append(hits, hit{ref: h.ref, start: fe, end: fe + 1})
		}
	}
	return hits
}

// semicolonFrom returns the first semicolon of sentence s at or after
// token k, or -1.
func semicolonFrom(d *figures.Document, s *figures.Sentence, k int) int {
	for t := k; t < s.TokEnd; t++ {
		if d.TokenText(t) == ";" {
			return t
		}
	}
	return -1
}

// figureEndingAt returns the amount of sentence s that ends right before
// token k, or -1.
func figureEndingAt(d *figures.Document, s *figures.Sentence, k int) int {
	for fi := s.FigStart; fi < s.FigEnd; fi++ {
		if _, fe := d.FigureTokens(fi); fe == k && d.Figures[fi].Kind.IsAmount() {
			return fi
		}
	}
	return -1
}

// elidedFigure returns the first amount past the first semicolon after
// keyword hit h when it is bare, the subject of a verb that follows it
// straight or past an adverb ("four remain", "three are still held",
// "two now lie"), or -1. A figure with a noun of its own ("four brigades
// remain") counts that noun.
func elidedFigure(d *figures.Document, s *figures.Sentence, h hit) int {
	semi := semicolonFrom(d, s, h.end)
	if semi < 0 {
		return -1
	}
	word := sentenceWords(d, s)
	for fi := s.FigStart; fi < s.FigEnd; fi++ {
		fs, fe := d.FigureTokens(fi)
		if fs <= semi || !d.Figures[fi].Kind.IsAmount() {
			continue
		}
		k := fe
		for n := 0; n < 2 && k < s.TokEnd && isLowerWord(d.TokenText(k)) && elidedAdverb(word(k)); n++ {
			k++
		}
		if k < s.TokEnd && verbAfterSubject(word(k)) {
			return fi
		}
		return -1
	}
	return -1
}

// elidedAdverb reports whether lower-cased w may stand between a bare
// figure and its verb: "four still remain", "two now lie", "three
// reportedly remain".
func elidedAdverb(w string) bool {
	return w == "still" || w == "now" || w == "only" || w == "also" || len(w) > 4 && strings.HasSuffix(w, "ly")
}

// elidedWhole reports whether figure fi counts a keyword noun carried to a
// later clause's bare figure (elidedFigure) while every scope word of the
// sentence stands past that clause's semicolon: "24 battalions in five
// brigades at the start of the war; Israel says four remain in Rafah".
// Only for a metric that finds its scope in the sentence.
func (m *metric) elidedWhole(st *docState, s *figures.Sentence, hits []hit, fi int) bool {
	if !m.scopedInSentence() {
		return false
	}
	d := st.d
	_, fe := d.FigureTokens(fi)
	later, clause := -1, false
	for _, h := range hits {
		if h.ref.role == roleKeyword && h.start == fe {
			if later = elidedFigure(d, s, h); later >= 0 {
				break
			}
			if later = m.elidedClauseFigure(st, s, h); later >= 0 {
				clause = true
				break
			}
		}
	}
	if later < 0 {
		return false
	}
	ls, _ := d.FigureTokens(later)
	if clause {
		// The later clause names the place (elidedClauseFigure): the
		// earlier figure is the whole it is a share of.
		return true
	}
	semi := ls
	for semi > fe && d.TokenText(semi) != ";" {
		semi--
	}
	return m.scopeOnlyWhere(st, s, func(ti int) bool { return ti >= semi })
}
