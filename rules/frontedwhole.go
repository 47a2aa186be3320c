package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A whole that opens the sentence ("Of the dead, ...", "Among those
// killed, ...", "Of the 24 battalions Hamas fielded, ..."): where its
// comma stands, the amount it holds, and whether a keyword or a figure
// stands in it. The parts after that comma are not the running total
// (split from parts.go, whose partOfKeyword asks frontedWhole).

// frontedWholeFigure returns the amount in a phrase that opens sentence s
// with the whole ("Of the 4.1 million displaced by the floods, roughly
// 700,000 ..."), when token fs comes after that phrase's comma; else -1.
func frontedWholeFigure(d *figures.Document, s *figures.Sentence, fs int) int {
	comma := openingComma(d, s, fs)
	if comma < 0 {
		return -1
	}
	for fj := s.FigStart; fj < s.FigEnd; fj++ {
		if js, _ := d.FigureTokens(fj); js < comma && d.Figures[fj].Kind.IsAmount() {
			return fj
		}
	}
	return -1
}

// openingComma returns the comma that closes a phrase opening sentence s
// with the whole a part is taken of ("Of the dead,", "Among those
// killed,"), when it stands before token fs; else -1.
func openingComma(d *figures.Document, s *figures.Sentence, fs int) int {
	switch d.LowerTokenText(s.TokStart) {
	case "of", "among", "amongst":
	default:
		return -1
	}
	for k := s.TokStart + 1; k < fs; k++ {
		if d.TokenText(k) == "," {
			return k
		}
	}
	return -1
}

// frontedWhole reports whether keyword hit h stands in a phrase that opens
// sentence s and names the whole the rest of the sentence takes a part of
// ("Of the dead, the ministry has identified 34,344 by name", "Among those
// killed, 14,000 were ..."), and figure fi, starting at token fs, comes
// after that phrase's comma: the keyword names the whole, not the figure.
func frontedWhole(d *figures.Document, s *figures.Sentence, h hit, fs int) bool {
	comma := openingComma(d, s, fs)
	return comma >= 0 && h.start > s.TokStart && h.end <= comma
}

// frontedPartOf reports whether keyword hit kw names the whole of a phrase
// that opens sentence s (frontedWhole: "Of Washington's aid to Israel,")
// and exclude_near hit ex stands after that phrase's comma, in figure fi's
// own words: the figure is the part the exclude word names ("Of
// Washington's aid to Israel, $3.3bn each year comes as foreign military
// financing"), however near the whole's keyword stands. A whole with an
// amount of its own ("Of the rebels' 16 brigades, 12 have been destroyed,
// leaving four") has its parts told against it, and is left to them. An
// exclude word a comma sets off from the figure is in another clause and
// names no part of it: the figure may restate the whole ("Of the annual
// aid, $3.8bn a year, Congress added nothing extra") or be the whole with
// something else beside it ("..., $3.8bn a year is set by the memorandum,
// with emergency money on top").
func frontedPartOf(d *figures.Document, s *figures.Sentence, kw, ex hit, fi int) bool {
	fs, fe := d.FigureTokens(fi)
	comma := openingComma(d, s, fs)
	if !frontedWhole(d, s, kw, fs) || ex.start <= comma || frontedWholeFigure(d, s, fs) >= 0 {
		return false
	}
	return !commaBetween(d, min(fe, ex.end), max(fs, ex.start))
}

// inFrontedWhole reports whether figure fi of sentence s stands in an
// opening "Of ..." phrase, before its comma: "Of the 24 battalions Hamas
// fielded at the start of the war, the IDF says ... four remain in
// Rafah". The sentence goes on to the parts of that whole.
func inFrontedWhole(d *figures.Document, s *figures.Sentence, fi int) bool {
	start := afterStamp(d, s)
	if start >= s.TokEnd || !strings.EqualFold(d.TokenText(start), "of") {
		return false
	}
	fs, _ := d.FigureTokens(fi)
	for t := start + 1; t < fs; t++ {
		if d.TokenText(t) == "," {
			return false
		}
	}
	return true
}
