package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// An earlier event a sentence names by its year ("the 2014 war"), and a
// figure compared with such an event's: another count than the metric's.

// earlierEvent returns a year before since that a determiner or an owner
// makes the name of an event ("the 2014 war", "the 1999 Izmit
// earthquake", "its 2014 toll", "Gaza's 2014 war"), or that opens the
// sentence after "In" ("In 1982 the siege of Beirut killed ..."), or -1.
// A year after a preposition elsewhere is a date or a frame of a phrase
// ("the deadliest since 1900"), not what the sentence counts.
func earlierEvent(d *figures.Document, s *figures.Sentence, since int) int {
	if fi := timelineDate(d, s); fi >= 0 && dateYear(d.Figures[fi].Text, since) < since {
		return fi // a timeline's entry: "July 8, 2014: ...; the 51-day war kills ..." (timelinedate.go)
	}
	for fi := s.FigStart; fi < s.FigEnd; fi++ {
		f := &d.Figures[fi]
		if f.Kind != figures.Year || f.Value >= float64(since) {
			continue
		}
		ts, _ := d.FigureTokens(fi)
		if labelYear(d, s, ts) {
			return fi // "Izmit 1999: the quake that killed 17,000"
		}
		if ts <= s.TokStart || afterOpeningLabel(d, s, ts) {
			if yearNamesEvent(d, s, fi) || yearOpensEvent(d, s, fi) {
				return fi // a headline opening on the event: "2014 Gaza war killed 2,251 Palestinians", "2014 war: ..." (headlineyear.go)
			}
			continue
		}
		if comparedAt(d, s, ts) >= 0 || comparedTermYear(d, s, ts) {
			continue // "more than the 17,000 killed in the 1999 Izmit earthquake"
		}
		if sinceFrame(d, s, ts) || rankSince(d, s, fi) {
			continue // "the deadliest in the region since the 1939 Erzincan quake", "since the Balkans in the 1990s" (ranksince.go)
		}
		if _, te := d.FigureTokens(fi); yearWhenClause(d, s, fi, te) {
			return fi // "talks about 1982, when the Lebanon war killed" (yearwhen.go)
		}
		if backToYear(d, s, ts) {
			return fi // "go back to 1939, to Erzincan, where ..." (spanfrom.go)
		}
		if yearNamesEvent(d, s, fi) {
			return fi // "Quake revives memories of 1999 Izmit disaster that killed 17,000"
		}
		// A part of a decade is dated as the decade: "In the early 2000s".
		if b := decadePart(d, s, ts); b < ts {
			if b == s.TokStart {
				return fi // opening the sentence: "Early-2010s clashes displaced ..."
			}
			ts = b
		}
		switch w := d.LowerTokenText(ts - 1); {
		case w == "," && yearSpanAside(d, s, ts, fi, since):
			return fi // "in the Donbas fighting, twenty fourteen to twenty twenty-one, about 3,400 ..." (yearcomma.go)
		case w == "of" && frontedEventOfYear(d, s, ts-1):
			return fi // "In the 50-day war of 2014, 2,251 ... were killed" (yearcomma.go)
		case w == "as" && exampleYear(d, s, ts):
			return fi // "in previous wars, such as 2014," (exampleyear.go)
		case determiner(w) || w == "that" || w == "this":
			return fi // "its 2014 toll": an owner's event of that year
		case w == "s":
			if ts >= 2 && isApostrophe(d.TokenText(ts-2)) {
				return fi // "Gaza's 2014 war"
			}
		case w == "in":
			// "the Darfur conflict that began in 2003"; or the year that
			// opens the sentence and frames all it says ("In 1982 the
			// siege of Beirut killed thousands; Sabra and Shatila ..."),
			// perhaps after a letter's salutation ("Sir, in 2014 ...").
			if ts-1 == s.TokStart || ts-1 == salutationEnd(d, s) || yearOpensMarkedClause(d, s, ts-1) || ts >= 2 && startVerb(d.LowerTokenText(ts-2)) || sameActBefore(d, s, ts-1) ||
				datesFigureClause(d, s, ts-1) || saidInYear(d, s, ts-1) || yearOpensClause(d, s, ts-1) {
				return fi
			}
		}
	}
	return -1
}

// comparedAt returns the token of a word of comparison that stands at
// most eight words before token ts, in the same clause ("more than the
// 17,000 killed in the 1999 Izmit earthquake", "overtaking the 2003 Bam
// earthquake", "behind only the 2004 tsunami", "second only to"), or -1:
// an earlier event named only to compare with.
func comparedAt(d *figures.Document, s *figures.Sentence, ts int) int {
	for k := ts - 1; k >= s.TokStart && k >= ts-10; k-- {
		w := d.LowerTokenText(k)
		switch w {
		case ",":
			// A rank, then the events it stands behind: "the
			// fifth-deadliest of the century, after the 2004 tsunami".
			if k+1 < ts && rankedAfter(d, s, k+1) {
				return k + 1
			}
			return -1
		case ";", ":":
			return -1
		case "after":
			if rankedAfter(d, s, k) {
				return k // "the second-deadliest after only the 1908 Messina quake"
			}
		case "than", "compared", "unlike", "versus", "behind", "trailing":
			// "ranks among the deadliest, behind only the 2004 Indian Ocean
			// tsunami": a rank behind an event compares with it. A "than"
			// inside a figure is its qualifier, no comparison: "More than
			// 2,200 Palestinians were killed in the 2014 war" is that war's
			// count (qualifier_than_event.yaml).
			if w == "than" && inFigure(d, k) {
				continue
			}
			return k
		case "to":
			if k >= 1 && strings.EqualFold(d.TokenText(k-1), "only") {
				return k // "second only to the 2010 Haiti earthquake"
			}
		case "like":
			// A likeness compares as "unlike" does: "felt like the 2011
			// Van earthquake" (event_year_elsewhere.yaml). Not the verb
			// after a modal or a pronoun ("would like").
			if k > s.TokStart && (modalWord(d.LowerTokenText(k-1)) || subjectPronoun(d.LowerTokenText(k-1))) {
				continue
			}
			return k
		case "of":
			// A verb of passing whose object is "that of" or "those of"
			// another event's count: "has passed that of the 2003 Bam
			// quake", "tops those of the 1990s" (compared_other_event.yaml).
			if k-2 >= s.TokStart && (d.LowerTokenText(k-1) == "that" || d.LowerTokenText(k-1) == "those") && passesTermVerb(d.LowerTokenText(k-2)) {
				return k - 2
			}
		case "times", "twice", "thrice", "double", "triple", "treble":
			// A multiple compares too: "roughly 15 times the losses of
			// the 2014 war".
			return k
		}
		if comparisonVerb(w) {
			return k
		}
	}
	return multipleTermAt(d, s, ts) // a longer term after a multiple (multipleterm.go)
}

// comparisonVerb reports whether w is a form of a verb that compares one
// count with another: "overtaken", "surpasses", "eclipsed", "dwarfing".
func comparisonVerb(w string) bool {
	for _, v := range [...]string{"overtak", "overtook", "surpass", "eclips", "exceed", "dwarf", "outstrip"} {
		if strings.HasPrefix(w, v) {
			return true
		}
	}
	return false
}

// inComparison reports whether figure fi stands between a word of
// comparison and the earlier event it compares with: it is that event's
// figure ("more than the 17,000 killed in the 1999 Izmit earthquake").
func inComparison(d *figures.Document, s *figures.Sentence, fi int, since int) bool {
	fs, _ := d.FigureTokens(fi)
	// Inside a fronted comparison after the earlier year, as in a relative
	// clause on its event: "Unlike the 1999 Marmara tremor, which left some
	// 17,500 dead, ..." (ownclause.go frontedComparisonEnd;
	// event_year_elsewhere.yaml).
	if m := frontedComparisonEnd(d, s); m >= 0 && fs < m {
		for fj := s.FigStart; fj < fi; fj++ {
			if f := &d.Figures[fj]; f.Kind == figures.Year && f.Value < float64(since) {
				return true
			}
		}
	}
	for fj := fi + 1; fj < s.FigEnd; fj++ {
		f := &d.Figures[fj]
		if f.Kind != figures.Year || f.Value >= float64(since) {
			continue
		}
		ys, _ := d.FigureTokens(fj)
		if c := comparedAt(d, s, ys); c >= 0 && c < fs {
			return true
		}
	}
	return false
}
