package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// Why: monitors report a period's or a place's part and the running total
// it makes in one sentence: "In October alone, 164 civilians were killed
// ..., bringing the total number of civilians killed in Ukraine since
// February 2022 to 11,973". "alone" marks the part (what was added), and
// the total it is brought to is the whole the part belongs to. A metric
// whose exclude words hold "alone" means to rule out parts; here the part
// is the figures before the running total's verb, and the total after it
// is the metric's. "alone" inside the total's own phrase ("bringing the
// toll in Mariupol alone to 1,300"), or a total a place owns ("the city's
// toll"), leaves the sentence ruled out as before.

// runningTotalPart returns the comma that opens the running-total clause
// (", bringing the total ... to N", ", which takes the toll to N") after
// exclude hit h of sentence s when h is "alone" marking a part before it,
// or -1. Figures before that comma are the part's.
func runningTotalPart(d *figures.Document, s *figures.Sentence, h hit) int {
	if h.end-h.start != 1 || d.LowerTokenText(h.start) != "alone" {
		return -1
	}
	for fj := s.FigStart; fj < s.FigEnd; fj++ {
		fs, _ := d.FigureTokens(fj)
		if fs <= h.end || !d.Figures[fj].Kind.IsAmount() {
			continue
		}
		v := takingTotal(d, fs)
		if v < 0 || v <= h.end {
			continue
		}
		comma := v - 1
		if w := d.LowerTokenText(comma); w == "which" || w == "that" {
			comma--
		}
		if comma <= h.end || comma <= s.TokStart || d.TokenText(comma) != "," {
			continue
		}
		if !ownedByPart(d, v+1, fs) && !namesAlonePlace(d, s.TokStart, comma, v+1, fs) {
			return comma
		}
	}
	return -1
}

// ownedByPart reports whether the running total's object, tokens from to
// to, is owned by a part rather than by who counts it: a lower-case owner
// ("the city's toll", "the region's"), "its" or "their", or a name that is
// no agency's acronym ("Mariupol's toll"; "the UN's verified toll" is the
// monitors' own).
func ownedByPart(d *figures.Document, from, to int) bool {
	for k := from; k < to; k++ {
		w := d.TokenText(k)
		switch strings.ToLower(w) {
		case "its", "their":
			return true
		}
		if k+2 < to && (d.TokenText(k+1) == "'" || d.TokenText(k+1) == "’") && strings.EqualFold(d.TokenText(k+2), "s") {
			w += "'s"
		}
		if k+1 < to && (d.TokenText(k+1) == "'s" || d.TokenText(k+1) == "’s") || strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
			w = strings.TrimSuffix(w, "'s")
			base := strings.TrimSuffix(w, "’s")
			if base != strings.ToUpper(base) || base == "" {
				return true
			}
		}
	}
	return false
}

// runningTotalPastPart reports whether figure fi of sentence s is the
// running total a clause opened by a comma brings a count to, with an
// "alone" before that comma marking the part that was added ("In Kharkiv
// alone, 40 civilians were killed this week, which brings the overall
// civilian death toll of the war to 11,520"): the whole, not the part.
func runningTotalPastPart(d *figures.Document, s *figures.Sentence, fi int) bool {
	fs, _ := d.FigureTokens(fi)
	v := takingTotal(d, fs)
	if v < 0 {
		return false
	}
	comma := v - 1
	if w := d.LowerTokenText(comma); w == "which" || w == "that" {
		comma--
	}
	if comma <= s.TokStart || d.TokenText(comma) != "," || ownedByPart(d, v+1, fs) || namesAlonePlace(d, s.TokStart, comma, v+1, fs) {
		return false
	}
	for k := s.TokStart; k < comma; k++ {
		if d.LowerTokenText(k) == "alone" {
			return true
		}
	}
	return false
}

// namesAlonePlace reports whether the running total's object, tokens from
// to to, names again the place "alone" marks between tokens start and end
// ("In Kharkiv alone, ..., bringing the toll in Kharkiv to 1,520"): the
// part's own total.
func namesAlonePlace(d *figures.Document, start, end, from, to int) bool {
	for k := start; k < end; k++ {
		if d.LowerTokenText(k) != "alone" {
			continue
		}
		for j := max(start, k-3); j < k; j++ {
			if !named(d, j) {
				continue
			}
			for t := from; t < to; t++ {
				if d.TokenText(t) == d.TokenText(j) {
					return true
				}
			}
		}
	}
	return false
}
