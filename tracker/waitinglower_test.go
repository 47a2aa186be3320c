package tracker

import (
	"fmt"
	"strings"
	"testing"

	"github.com/claimtrack/claimtrack/store"
)

// TestWaitingLowerSettledByTheCorrection: the wire's 412 is flagged as a
// lower figure than a paper's slip ("more than 3,000", the ministry's
// figure being 300) and the message still waits in the outbox, unsent,
// when the paper's correction to "more than 300" arrives (review59 SHOULD:
// all three messages went out, the first one false by then). In the
// correction's transaction the waiting message is withdrawn when 412 is now
// a change (its own message says so), and rewritten against the corrected
// figure when the newer figure is still lower than it. Near misses: an
// update with no note leaves the message as it was, and a message already
// sent gets the change as its follow-up (TestLowerAfterWithdrawnJudgedAgain).
func TestWaitingLowerSettledByTheCorrection(t *testing.T) {
	eachStore(t, func(t *testing.T, open func() store.Store) {
		s := open()
		cases := []struct {
			name     string
			newer    string // the wire's file and figure
			newerFig string
			revision string // the paper's revised text
			posted   string // every message posted, in order: kind and old → new
		}{
			{"corrected: the waiting lower figure is withdrawn", "newer.txt", "412", "corrected.txt",
				"change more than 3,000 → more than 300; change more than 300 → 412"},
			{"corrected, still lower: rewritten against the corrected figure", "newer-lower.txt", "250", "corrected.txt",
				"decrease more than 300 → 250; change more than 3,000 → more than 300"},
			{"near miss: an update with no note", "newer.txt", "412", "updated.txt",
				"decrease more than 3,000 → 412"},
		}
		for i, c := range cases {
			metric := fmt.Sprintf("waiting%d", i)
			slipLowerCorrected(t, s, metric, c.newer, c.newerFig, c.revision, func() {})
			var posted []string
			for _, e := range pending(t, s) {
				old := "none"
				if e.Payload.Old != nil {
					old = e.Payload.Old.Readings[0].Text
				}
				posted = append(posted, fmt.Sprintf("%s %s → %s", e.Kind, old, e.Payload.New.Readings[0].Text))
			}
			if got := strings.Join(posted, "; "); got != c.posted {
				t.Errorf("%s: posted %q, want %q", c.name, got, c.posted)
			}
		}
	})
}
