package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A change told since a year starts from that year's level (now36): "Since
// 1999 annual US military aid to Israel has roughly doubled from $1.9
// billion a year", "US military aid to Israel has grown since 2016, when it
// was $3.1 billion a year". The figure after "from", or in the "when"
// clause the year opens, is where the change began, whatever verb tells
// the change ("doubled", "gone", "crept up"): the level now is another
// figure, or none. Read undated as dated: "since" puts its year in the
// past whatever the article's date. A level that held since the year
// ("unchanged since 2016, when it was set at $3.8 billion") tells no
// change before "since", and its "when" figure stays.

// sinceYearAt reports whether token k is "since" before a year or a date
// that writes one ("since 1999", "since fiscal 2019", "since March
// 2019", "since the 1990s").
func sinceYearAt(d *figures.Document, s *figures.Sentence, k int) bool {
	if k+1 >= s.TokEnd || d.LowerTokenText(k) != "since" {
		return false
	}
	k++
	switch d.LowerTokenText(k) {
	case "fiscal", "the":
		k++
	}
	fi := figureAt(d, k)
	return fi >= 0 && firstTok(d, fi) == k && (d.Figures[fi].Kind == figures.Year || d.Figures[fi].Kind == figures.Date && dateYear(d.Figures[fi].Text, 0) > 0)
}

// sinceYearBefore reports whether "since" and a year (sinceYearAt)
// stand before token k in its clause of sentence s (back to a semicolon,
// a colon or a dash): the change at k is told since then.
func sinceYearBefore(d *figures.Document, s *figures.Sentence, k int) bool {
	for t := k - 1; t >= s.TokStart; t-- {
		if clauseMark(d.TokenText(t)) {
			return false
		}
		if sinceYearAt(d, s, t) {
			return true
		}
	}
	return false
}

// whenReach is how many tokens a "when" clause may hold before its
// figure: a subject and a verb ("when Washington gave", "when it stood at").
const whenReach = 6

// sinceWhenLevel reports whether figure fi stands in a "when" clause that
// a year after "since" opens ("has grown since 2016, when it was $3.1
// billion a year"), at most whenReach tokens after the "when" with no
// other amount between, and a word of change before the "since" in its
// clause ("grown", "doubled", "up"): the figure is the level the change
// started from.
func sinceWhenLevel(d *figures.Document, s *figures.Sentence, fi int) bool {
	fs := firstTok(d, fi)
	for k := fs - 1; k > s.TokStart && k >= fs-whenReach; k-- {
		w := d.LowerTokenText(k)
		if clauseMark(w) {
			return false
		}
		if fj := figureAt(d, k); fj >= 0 && d.Figures[fj].Kind.IsAmount() {
			return false
		}
		if w != "when" {
			continue
		}
		y := k - 1
		if d.TokenText(y) == "," {
			y--
		}
		fy := figureAt(d, y)
		if fy < 0 || !dateKind(d.Figures[fy].Kind) {
			return false
		}
		for t := firstTok(d, fy) - 1; t >= s.TokStart && t >= firstTok(d, fy)-3; t-- {
			if sinceYearAt(d, s, t) {
				return changeBefore(d, s, t)
			}
		}
		return false
	}
	return false
}

// changeBefore reports whether a word of change stands before token k in
// its clause: a verb of change (changeVerb), a verb of a factor
// ("doubled", "halved"), or "up" or "down".
func changeBefore(d *figures.Document, s *figures.Sentence, k int) bool {
	for t := k - 1; t >= s.TokStart; t-- {
		w := d.LowerTokenText(t)
		if clauseMark(w) {
			return false
		}
		if changeVerb(w) || factorVerb(w) || w == "up" || w == "down" {
			return true
		}
	}
	return false
}

// factorVerb reports whether lower-cased w is a form of a verb of change
// by a factor: "doubled", "tripled", "quadrupled", "halved".
func factorVerb(w string) bool {
	for _, stem := range [...]string{"double", "triple", "treble", "quadruple", "halve"} {
		if verbForm(w, stem) {
			return true
		}
	}
	return false
}
