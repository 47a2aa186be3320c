package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// partVerbWords is how many words may stand between a parts word and the
// part it is the subject of: "accounts for some", "makes up".
const partVerbWords = 3

// ofWholeMark returns the last token of the whole in "PART of the WHOLE"
// when parts hit h names the part later in the same clause, or -1:
// "Roughly $3.3bn of the $3.8bn Israel receives each year comes as FMF
// grants", "$500m of its $3.8bn a year goes to missile defence". The part
// is an amount, then "of", a determiner or owner, and the whole, an
// amount too; h follows the whole with no comma, semicolon or dash
// between, or comes right before the part, the subject of the verb that
// gives it ("FMF makes up $3.3bn of the $3.8bn in annual aid", "Foreign
// Military Financing accounts for $3.3bn of the $3.8bn": at most
// partVerbWords words, no mark, between). The whole's own token is the mark: the part, two words off,
// stays farther from it than the whole.
func ofWholeMark(d *figures.Document, s *figures.Sentence, h hit) int {
	for pi := s.FigStart; pi < s.FigEnd; pi++ {
		if !d.Figures[pi].Kind.IsAmount() {
			continue
		}
		ps, pe := d.FigureTokens(pi)
		if pe+2 >= s.TokEnd || d.LowerTokenText(pe) != "of" {
			continue
		}
		before := h.end <= ps && d.WordPos(ps)-d.WordPos(h.end) <= partVerbWords && wordsOnly(d, h.end, ps)
		if pe >= h.start && !before {
			continue
		}
		switch d.LowerTokenText(pe + 1) {
		case "the", "its", "their", "his", "her", "this", "that":
		default:
			continue
		}
		wi := figureIn(d, s, pe+2)
		if wi < 0 || !d.Figures[wi].Kind.IsAmount() {
			continue
		}
		ws, we := d.FigureTokens(wi)
		if ws != pe+2 {
			continue
		}
		if before {
			return we - 1 // "FMF makes up $3.3bn of the $3.8bn ..."
		}
		if we > h.start {
			continue
		}
		for k := we; k < h.start; k++ {
			switch d.TokenText(k) {
			case ",", ";", "—", "–", ":", "(", ")":
				return -1
			}
		}
		return we - 1
	}
	return -1
}

// marksWholeOfParts reports whether a whole's keyword hit (wholeHits) sits
// on figure fi itself: the whole a parts word names a part of is the
// metric's figure, though a figure before it takes a part of it.
func (m *metric) marksWholeOfParts(d *figures.Document, hits []hit, fi int) bool {
	if len(m.parts) == 0 {
		return false
	}
	fs, fe := d.FigureTokens(fi)
	for _, h := range hits {
		if h.ref.role == roleKeyword && int(h.ref.index) >= m.partKeyword && fs <= h.start && h.end <= fe {
			return true
		}
	}
	return false
}

// partOfMarkedWhole reports whether keyword hit kw is a whole's hit
// (wholeHits) on figure fi itself and exclude_near hit ex, before the
// figure, stands where a parts word does: the exclude word names the part
// the figure is the whole of ("FMF grants account for most of the $3.8
// billion": part_makes_up_share.yaml), not what the figure counts.
func (m *metric) partOfMarkedWhole(d *figures.Document, hits []hit, kw, ex, fi int) bool {
	h := hits[kw]
	if len(m.parts) == 0 || h.ref.role != roleKeyword || int(h.ref.index) < m.partKeyword {
		return false
	}
	fs, fe := d.FigureTokens(fi)
	if h.start < fs || h.end > fe || hits[ex].end > fs {
		return false
	}
	for _, p := range hits {
		if p.ref.role == rolePart && p.ref.metric == h.ref.metric && p.start == hits[ex].start && p.end == hits[ex].end {
			return true
		}
	}
	return false
}
