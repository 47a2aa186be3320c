package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// In a deal of two values, what one side gives "for each" or "per"
// something is often a batch of the deal, not a rate to be turned away:
// per span of time ("10 more hostages for each additional day of calm",
// "30 prisoners per day the truce holds"), per a count of the other side
// ("30 more Palestinian prisoners for each additional 10 hostages", "for
// every 10 hostages freed"), or per a batch of it ("30 prisoners for each
// group of 10 hostages", "30 Palestinian detainees for each batch"). A
// rate per one ("30 prisoners for each hostage", "three for every
// soldier") is the deal's ratio, and stays a rate, as does one per a
// count ("one hostage for every three prisoners").

// dealBatch reports whether figure fi of a deal is what one side gives
// per span of time, per a count, or per a batch (dealBatchUnit): a value
// of its pair, where a running count per day is a rate.
func dealBatch(d *figures.Document, s *figures.Sentence, fi int) bool {
	u := rateUnit(d, s, fi)
	if u < 0 || u >= s.TokEnd {
		return false
	}
	if timeUnit(d.LowerTokenText(u)) {
		return true
	}
	if fj := figureIn(d, s, u); fj >= 0 && fj != fi {
		// Two counts of more than one ("30 for each additional 10
		// hostages"); one on either side is the ratio's terms ("one
		// hostage for every three prisoners").
		return d.Figures[fj].Kind.IsAmount() && d.Figures[fj].Value > 1 && d.Figures[fi].Value > 1
	}
	return batchNoun(d.LowerTokenText(u)) // "for each group of 10", "for each batch"
}

// batchNoun reports whether lower-cased w names a batch of people or
// things handed over together: "for each group of 10 hostages", "for each
// batch", "per round of releases".
func batchNoun(w string) bool {
	switch w {
	case "batch", "group", "round", "set", "tranche", "wave", "cohort":
		return true
	}
	return false
}
