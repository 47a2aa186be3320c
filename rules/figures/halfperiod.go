package figures

// A "half" or a "quarter" that names a part of the calendar or of a
// contest, not a share of a whole: "the firm's half year", "half-year
// profit", "first-half earnings", "third-quarter results", "the
// quarter-finals", "a half-hour delay". Financial copy writes these in
// every report; none is an amount. "Half the year's budget" and "half of
// the year" still read as fractions: a determiner or "of" stands between.

// periodNouns are what a half or a quarter is the span or stage of, as
// written straight after it.
var periodNouns = []string{"year", "yearly", "term", "time", "season", "hour", "hourly", "day", "century",
	"decade", "month", "final", "finals", "marathon"}

// halfPeriod reports whether the "half" or "quarter" at token j names a
// period: an ordinal fused to it by a hyphen ("first-half"), or one of
// periodNouns after it, spaced or hyphened.
func (p *parser) halfPeriod(j int) bool {
	if p.isSym(j-1, "-‐") && p.attached(j) && p.attached(j-1) && p.has(j-2, fOrdinal) {
		return true
	}
	k := j + 1
	if p.joinedHyphen(k) {
		k++
	}
	return p.lowerIsAny(k, periodNouns) && !p.toks[k].Break
}
