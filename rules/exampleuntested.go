package rules

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// An example's text is read as a whole article, so a none: example whose
// text names none of the metric's scope words passes whatever the rest of
// the metric does: "In neighbouring Dunmere, the quake killed 312 people."
// under a metric scoped to Calvora passed, and the desk that wrote it
// believed Dunmere's toll was ruled out when it was not (walk56). check and
// rules test warn of such an example.

// exampleUntested says, for a none: example that passed, why it tests
// nothing when metric mi left a sentence of text for want of a scope word
// and the text holds one of its exclude_near words, the exclusion the
// example means to test; "" otherwise. An example with no such word may
// test the scope itself ("The State Department says the $3.3bn FMF for
// next year is unchanged": no recipient named, nothing taken).
func (e *Engine) exampleUntested(text string, mi int, date time.Time) string {
	spec := e.metrics[mi].spec
	if len(spec.Scope) == 0 || slices.ContainsFunc(spec.Scope, func(w string) bool { return strings.HasPrefix(w, "@") }) {
		// A scope of a kind (@civilians) is tested by such examples on
		// purpose: "soldiers ... calling for peaceful talks" names no
		// civilians, and is meant to meet no scope.
		return ""
	}
	tr := &tracer{}
	e.extract(figures.Analyze(text), mi, tr, date)
	if !tr.nearSeen {
		return ""
	}
	for _, s := range tr.sentences {
		for _, m := range s.Metrics {
			for _, n := range m.Notes {
				if n.Kind == NoteScopeMissing {
					return fmt.Sprintf("passes only because the text names none of the scope words (%s), and an example's text is the whole article: add one, or it tests nothing else",
						strings.Join(spec.Scope, ", "))
				}
			}
		}
	}
	return ""
}
