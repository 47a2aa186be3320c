package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A whole may be told before its parts through a verb of dividing or of
// composition right before the first part: "Washington's $3.8bn each year
// splits into $3.3bn worth of FMF and $500m ...", "is broken down into",
// "consists of", "is made up of", "comprises". A part the metric's parts
// words name makes the amount a few words before the verb the whole, as
// "including" before a part does (includingWholeMark;
// divided_whole_of_parts.yaml).

// dividedWholeMark returns the last token of the whole when the nearest
// amount before hit h follows a verb of dividing or composition and an
// amount stands at most includedWholeWords words before that verb, or -1.
func dividedWholeMark(d *figures.Document, s *figures.Sentence, h hit) int {
	return wholeBeforePartMark(d, s, h, dividingVerbStart, false)
}

// dividingVerbStart returns the first token of the verb of dividing or
// composition that ends right before token k ("breaks down into", "split
// into", "divided into", "consists of", "made up of", "comprises"), or -1.
func dividingVerbStart(d *figures.Document, s *figures.Sentence, k int) int {
	word := sentenceWords(d, s)
	switch word(k - 1) {
	case "comprises", "comprised", "comprising", "comprise":
		return k - 1
	case "into":
		switch word(k - 2) {
		case "split", "splits", "splitting", "divided", "divides", "dividing":
			return k - 2
		case "down":
			switch word(k - 3) {
			case "break", "breaks", "broke", "broken", "breaking":
				return k - 3
			}
		}
	case "of":
		switch word(k - 2) {
		case "consists", "consisted", "consisting", "consist", "composed":
			return k - 2
		case "up":
			if word(k-3) == "made" {
				return k - 3
			}
		}
	}
	return -1
}
