package notify

import "regexp"

// A figure a revision of its page changed in place is dated by that
// revision (model.Observation.Revised): its Published is the revision's
// time, and Dated says "revised" where it says "published" of the others.
// A custom template that writes {{.Published}} without {{.Dated}} calls
// the revision's time "published", or says nothing of it being one; the
// default templates write {{.Dated}} {{.Published}}. `check` warns
// (UndatedTimes).

// datedPairs are the times a template may write and the word that says
// what each is the time of.
var datedPairs = []struct {
	time, dated string
	timeRe      *regexp.Regexp
	datedRe     *regexp.Regexp
}{
	{".Published", ".Dated", regexp.MustCompile(`\.Published\b`), regexp.MustCompile(`\.Dated\b`)},
	{".OldPublished", ".OldDated", regexp.MustCompile(`\.OldPublished\b`), regexp.MustCompile(`\.OldDated\b`)},
}

// UndatedTime is a time a template writes without the word that says
// what it is the time of: Time "{{.Published}}", Dated "{{.Dated}}".
type UndatedTime struct{ Time, Dated string }

// UndatedTimes returns the times a template writes without saying whether
// each is a publication's or a revision's.
func UndatedTimes(text string) []UndatedTime {
	var out []UndatedTime
	for _, p := range datedPairs {
		if p.timeRe.MatchString(text) && !p.datedRe.MatchString(text) {
			out = append(out, UndatedTime{Time: "{{" + p.time + "}}", Dated: "{{" + p.dated + "}}"})
		}
	}
	return out
}
