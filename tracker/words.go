package tracker

import (
	"fmt"
	"strings"
)

// outcomeWords are the outcomes in a desk's words, the same in every
// place a person reads how a figure was judged (history, the dashboard,
// once's summary, the demo). Slack's own words lead: a Baseline is what
// its "first" message calls a first reading, a Decrease what its
// "decrease" message calls a possible correction. The Backlog outcomes
// say "archive": the figure was published before the metric's tracking
// began (the first pass that read one of its figures), so it was never
// posted; the newest of them is the value the desk starts from, "taken
// as the value", which the names "backlog" and "baseline" made look the
// other way round.
var outcomeWords = [...]string{
	Baseline:        "first reading",
	Change:          "change",
	Corroborates:    "agrees",
	Small:           "below min_change",
	Stale:           "older than the value",
	Decrease:        "possible correction",
	Conflict:        "conflict",
	Backlog:         "archive: taken as the value",
	BacklogDecrease: "archive: possible correction",
	BacklogConflict: "archive: conflict",
	BacklogUndated:  "archive, undated: differs",
	Repeat:          "repeats an older figure",
	Corrected:       "corrected by its outlet",
	Withdrawn:       "withdrawn by its outlet",
	Planned:         "a swap still to come",
	Revised:         "revised by its claimant",
}

// Words is the outcome in a desk's words: "archive: taken as the value".
func (o Outcome) Words() string { return outcomeWords[o] }

// OutcomeWords is the outcome an observation records by name, in a
// desk's words; a name no outcome has is shown as written.
func OutcomeWords(name string) string {
	if o, ok := OutcomeNamed(name); ok {
		return o.Words()
	}
	return strings.ReplaceAll(name, "_", " ")
}

// ArchiveMeaning says what "archive" means in the outcomes' words, for
// the places that list them.
const ArchiveMeaning = "archive: published before the metric's tracking began (the first pass that read it), the archive's past, not posted " +
	"(but for its newest figure, once, as the first value, when that changed an older one within tracker.announce_recent)"

// KeptWords says what observations meant by their outcome, in the words
// history's MEANT column shows: `1 "first reading", 2 "archive: taken as
// the value"` (once's summary, run's "source run" log line).
func KeptWords(kept map[Outcome]int) string {
	var parts []string
	for o := Baseline; o <= LastOutcome; o++ {
		if n := kept[o]; n > 0 {
			parts = append(parts, fmt.Sprintf("%d %q", n, o.Words()))
		}
	}
	return strings.Join(parts, ", ")
}

// ArchiveGloss says what "archive" means where a pass kept such figures
// ("" where it kept none): a figure dated a minute before the first pass
// (a file named 2026-12-04T0915) is the archive's past, and a user who
// just saved it expects a message.
func ArchiveGloss(kept map[Outcome]int) string {
	for _, o := range []Outcome{Backlog, BacklogDecrease, BacklogConflict, BacklogUndated} {
		if kept[o] > 0 {
			return "; " + ArchiveMeaning + " (a file dated after it is news)"
		}
	}
	return ""
}
