package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A running total counts from its start to now; a figure its clause counts
// over a closed range of dates that opens later is a reporting period's
// count, a part: "In the reporting period from 1 December 2024 to 31 May
// 2025, HRMMU documented 1,038 civilians killed", "Between January 2024
// and June 2025 the monitors recorded 3,500 deaths". A range that opens in
// the metric's own first year ("From 24 February 2022 to 31 May 2025, the
// mission documented 13,341") is the running total as of its end, and
// stays; so does an open one ("since 1 December 2024" is laterStart's).

// laterRange returns the token that opens a closed range of dates whose
// first year is after the year of since, fronting the clause of figure fi
// of sentence s or in its stretch after it, or -1.
func laterRange(d *figures.Document, s *figures.Sentence, fi, since int) int {
	if since == 0 {
		return -1
	}
	fs, fe := d.FigureTokens(fi)
	start := semicolonStart(d, afterStamp(d, s), fs)
	end := s.TokEnd
	for k := fe; k < s.TokEnd && end == s.TokEnd; k++ {
		switch d.TokenText(k) {
		case ",", ";", ":", "—", "–", "(":
			end = k
		}
	}
	word := sentenceWords(d, s)
	for k := start; k < end; k++ {
		if k >= fs && k < fe {
			continue
		}
		if w := word(k); w != "from" && w != "between" {
			continue
		}
		first := dateAfter(d, s, k+1)
		if first < 0 || rangeYear(d, first, since) <= since {
			continue
		}
		_, e := d.FigureTokens(first)
		if w := word(e); w != "to" && w != "and" && w != "until" && w != "through" {
			continue
		}
		if last := dateAfter(d, s, e+1); last >= 0 && rangeYear(d, last, 0) > 0 {
			return k
		}
	}
	return -1
}

// rangeYear returns the year a date or a year figure fi names, dflt for a
// date that writes none, 0 for another kind.
func rangeYear(d *figures.Document, fi, dflt int) int {
	switch f := &d.Figures[fi]; f.Kind {
	case figures.Year:
		return int(f.Value)
	case figures.Date:
		return dateYear(f.Text, dflt)
	}
	return 0
}

// dateAfter returns the date or year figure that starts at token t, or
// right after a month's name there ("January 2024"), or -1.
func dateAfter(d *figures.Document, s *figures.Sentence, t int) int {
	if t < s.TokEnd && calendarName(d.TokenText(t)) && figureIn(d, s, t) < 0 {
		t++
	}
	fi := figureIn(d, s, t)
	if fi < 0 {
		return -1
	}
	if fs, _ := d.FigureTokens(fi); fs != t || rangeYear(d, fi, 1) == 0 {
		return -1
	}
	return fi
}
