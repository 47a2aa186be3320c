package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// People who left the metric's place are not in it, whichever keyword
// stands nearest the figure and however the place left is given
// (movedfrom.go reads the nearest keyword's own place). Two readings:
//
//   - a verb of leaving right after the figure and its noun whose place
//     is the metric's, though another keyword stands nearer: "The
//     offensive, which the army says targets four Hamas battalions
//     remaining in Rafah, has forced 450,000 people to flee the city";
//   - a bare verb of leaving, with no place of its own, whose place is the
//     sentence's frame: a label that names the metric's place ("Rafah:
//     800,000 flee as Israeli tanks push into city") or the question the
//     sentence answers ("What happened to Rafah's population? ... the UN
//     said almost a million people had left, many for the coastal strip").
//
// Both read only for a metric that counts what is in a place (a keyword
// "in PLACE"). A verb that says where people went ("fled to Rafah",
// "fled south") gives a place reached, and stays.

// leftAfterWords is how many words may stand between the figure and its
// verb of leaving: "people to", "people had", "have now".
const leftAfterWords = 3

// leftAfterFigure reports whether a keyword of the metric of hits[kw],
// other than kw, is a verb of leaving the metric's place that stands
// within leftAfterWords words after figure fi, no comma between.
func (m *metric) leftAfterFigure(d *figures.Document, s *figures.Sentence, fi int, hits []hit, kw int) bool {
	if len(m.insideNames) == 0 {
		return false
	}
	_, fe := d.FigureTokens(fi)
	for i, o := range hits {
		if i == kw || o.ref.metric != hits[kw].ref.metric || o.ref.role != roleKeyword || o.start < fe || d.WordPos(o.start)-d.WordPos(fe) > leftAfterWords || commaBetween(d, fe, o.start) || placeHereBetween(d, fe, o.start) {
			continue
		}
		// Only a verb that leaves, or the place after it: "flee the
		// city", "driven from Rafah", "leave [the city]";
		// not a noun of evacuation ("swollen to 1.4 million by successive
		// evacuation orders") nor one of arriving ("packed into the city").
		if !leavingVerb(d.LowerTokenText(o.end-1)) && !leftFromAt(d, s, o.end) && (o.start == 0 || !leavingVerb(d.LowerTokenText(o.start-1))) {
			continue
		}
		if m.movedFromInside(d, s, o) || m.movedFromPlaceNoun(d, s, hits, o) {
			return true
		}
	}
	return false
}

// placeHereBetween reports whether "now there" or "now here" ends at a
// token among [a, b), between the figure and its verb of leaving: "most of
// the 1.5 million now there fled the evacuation orders" says where the
// people are now, so their leaving was from somewhere else (a place
// "there" is read as the place's keyword: whereplace.go). Without "now"
// the people may have been there and left: "the 1.4 million there fled".
func placeHereBetween(d *figures.Document, a, b int) bool {
	for k := max(a, 1); k < b; k++ {
		if w := d.LowerTokenText(k); (w == "there" || w == "here") && d.LowerTokenText(k-1) == "now" {
			return true
		}
	}
	return false
}

// leftFramePlace reports whether a bare verb of leaving follows figure fi
// within leftAfterWords words, with no place of its own after it, and the
// sentence's label or the question it answers names the metric's place
// (a name of its keywords "in PLACE").
func (m *metric) leftFramePlace(d *figures.Document, s *figures.Sentence, fi int) bool {
	if len(m.insideNames) == 0 {
		return false
	}
	_, fe := d.FigureTokens(fi)
	word := sentenceWords(d, s)
	v := -1
	for k := fe; k < s.TokEnd && d.WordPos(k)-d.WordPos(fe) <= leftAfterWords; k++ {
		if leavingVerb(word(k)) {
			v = k
			break
		}
		if !isLowerWord(d.TokenText(k)) || figureAt(d, k) >= 0 || placeHereBetween(d, k, k+1) {
			return false
		}
	}
	if v < 0 || !bareLeaving(word(v+1)) && !m.outsideOfPlace(d, s, v+1) {
		return false
	}
	if q := questionBefore(d, s); q != nil {
		for k := q.TokStart; k < q.TokEnd; k++ {
			if named(d, k) && m.insideName(d.TokenText(k)) {
				return true // "What happened to Rafah's population?"
			}
		}
	}
	start := sentenceOpening(d, s)
	return named(d, start) && m.insideName(d.TokenText(start)) && word(start+1) == ":" // "Rafah: 800,000 flee"
}

// outsideOfPlace reports whether a place outside the frame's own starts
// at token k, right after a verb of leaving: a point of the compass "of"
// the city or the town ("flee east of city", "fled north of the town") or
// of the metric's place by name ("moved west of Rafah"). The people went
// beyond the place, as "left" with no place says; "fled south" alone may
// still end inside it, and stays.
func (m *metric) outsideOfPlace(d *figures.Document, s *figures.Sentence, k int) bool {
	word := sentenceWords(d, s)
	e := compassEnd(d, k)
	if e == k || word(e) != "of" {
		return false
	}
	e++
	if word(e) == "the" {
		e++
	}
	switch word(e) {
	case "city", "town", "it":
		return true
	}
	return e < s.TokEnd && named(d, e) && m.insideName(d.TokenText(e))
}

// bareLeaving reports whether lower-cased w, right after a verb of
// leaving, says no place: the sentence's end, a mark, or a word that
// opens a clause or a time ("as", "since", "after").
func bareLeaving(w string) bool {
	switch w {
	case "", ",", ".", ";", ":", "—", "–", "as", "since", "after", "amid", "while", "when", "following", "over", "within":
		return true
	}
	return false
}

// leftFromAt reports whether token k opens the place a verb left: "from",
// "out of".
func leftFromAt(d *figures.Document, s *figures.Sentence, k int) bool {
	word := sentenceWords(d, s)
	return word(k) == "from" || word(k) == "out" && word(k+1) == "of"
}
