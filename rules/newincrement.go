package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// "New" right after a figure may say what it counts was added in a period:
// "1,140 new mpox cases this week", "1,100 newly reported cases
// overnight". For a running total that is how much the count grew, as
// "another" and "a further" say (increment), when the sentence says so:
// it carries on to a total ("bringing the total to 15,460": the later
// figure is the total, whatever else the sentence holds), or it names the
// period the new ones were counted in ("this week", "in the past 24
// hours", "in seven days", "overnight", "each Friday") and no word of the
// whole count ("since", "so far", "to date", "a total of"). Without
// either, "new" keeps no reading: new ones since the event began are the
// whole count ("the war has left 8.9 million new displaced"), and "new"
// may open what follows ("tops 20,000, new ministry figures show"). The
// adjective is matched in lower case only: "2,100 New Jersey cases" and
// "2,000 New Yorkers" are a place's. "Newly" counts only before a verb of
// recording ("newly reported", "newly confirmed"): "newly dug graves" are
// graves, as many as the dead.

// newIncrement reports whether figure fi of sentence s counts new ones of
// a period only.
func newIncrement(d *figures.Document, s *figures.Sentence, fi int) bool {
	fs, fe := d.FigureTokens(fi)
	if fe >= s.TokEnd {
		return false
	}
	switch d.TokenText(fe) {
	case "new":
	case "newly":
		if fe+1 >= s.TokEnd || !recordingParticiple(d.LowerTokenText(fe+1)) {
			return false
		}
	default:
		return false
	}
	if carriedToTotal(d, s, fi) {
		return true
	}
	for k := s.TokStart; k < s.TokEnd; k++ {
		if k != fs && wholeCountWord(d, k) {
			return false
		}
	}
	return periodNamed(d, s)
}

// periodNamed reports whether sentence s names a stretch of time a count
// is taken in: a unit of time shorter than a year after "this", "last",
// "past", "previous", "in", "over", "within", "per", "each", "every", "a"
// or "an", perhaps with a number between ("in the past 24 hours", "in
// seven days", "this week"); "overnight", "daily" or "weekly"; a weekday
// after "each" or "every". A span standing alone ("eighteen months of
// fighting") is how long, not when.
func periodNamed(d *figures.Document, s *figures.Sentence) bool {
	for k := s.TokStart; k < s.TokEnd; k++ {
		w := d.LowerTokenText(k)
		switch {
		case w == "overnight" || w == "daily" || w == "weekly":
			return true
		case weekday(w):
			if k-1 >= s.TokStart {
				if p := d.LowerTokenText(k - 1); p == "each" || p == "every" {
					return true
				}
			}
		case timeUnit(w) && w != "year" && w != "years":
			for j := k - 1; j >= s.TokStart && j >= k-4; j-- {
				switch d.LowerTokenText(j) {
				case "this", "last", "past", "previous", "in", "over", "within", "per", "each", "every", "a", "an":
					return true
				}
			}
		}
	}
	return false
}

// wholeCountWord reports whether token k says a count runs from its start
// or is whole: "since", "so far", "to date", "total of", "in all",
// "altogether", "cumulative".
func wholeCountWord(d *figures.Document, k int) bool {
	switch w := d.LowerTokenText(k); w {
	case "since", "altogether", "cumulative", "cumulatively", "overall":
		return true
	case "far", "date", "of", "all":
		if k == 0 {
			return false
		}
		prev := d.LowerTokenText(k - 1)
		return (w == "far" && prev == "so") || (w == "date" && prev == "to") ||
			(w == "of" && prev == "total") || (w == "all" && prev == "in")
	}
	return false
}

// recordingParticiple reports whether lower-cased w records a case:
// "reported", "confirmed", "registered".
func recordingParticiple(w string) bool {
	switch w {
	case "reported", "recorded", "confirmed", "registered", "diagnosed", "detected", "identified", "notified", "logged":
		return true
	}
	return false
}
