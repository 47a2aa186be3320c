package slack

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/claimtrack/claimtrack/model"
	"github.com/claimtrack/claimtrack/notify"
)

// TestContextNamesAClaimantsRevision: a change that is its claimant's own
// revision down is labelled so in the message's context line, as an
// outlet's correction is; a plain change keeps the kind's label.
func TestContextNamesAClaimantsRevision(t *testing.T) {
	for _, revision := range []bool{true, false} {
		e := model.Event{Kind: model.EventChange, Metric: "route_dead_missing", Payload: model.EventPayload{Revision: revision}}
		b, err := json.Marshal(Build(notify.Message{Title: "t", Body: "b"}, e, ""))
		if err != nil {
			t.Fatal(err)
		}
		if got := strings.Contains(string(b), "claimant's revision"); got != revision {
			t.Errorf("revision %v: labelled a claimant's revision %v: %s", revision, got, b)
		}
	}
}
