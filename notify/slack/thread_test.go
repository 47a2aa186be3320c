package slack

import (
	"context"
	"strings"
	"testing"

	"github.com/claimtrack/claimtrack/notify"
	"github.com/claimtrack/claimtrack/notify/slack/slackfake"
)

func TestThreadPerMetric(t *testing.T) {
	f := fakeSlack(t)
	f.AddChannel("aid", "C0AID", true)
	box := &memOutbox{}
	toll := events("toll", 3)
	aid := events("aid", 2)
	samples := notify.SampleEvents()
	box.add(toll[0], aid[0], toll[1], samples[4], aid[1], toll[2])
	n := bot(t, f, box, Config{Channels: map[string]string{"aid": "#aid"}, Broadcast: true})
	if _, err := notify.Drain(context.Background(), box, n, "test"); err != nil {
		t.Fatal(err)
	}
	msgs := f.Messages()
	byKey := map[string]slackfake.Message{}
	for _, m := range msgs {
		byKey[m.Key] = m
	}
	head := byKey["toll/0"]
	if head.ThreadTS != "" || head.Channel != "C0FIGURES" {
		t.Errorf("toll/0 should head a thread in #figures: %+v", head)
	}
	for _, k := range []string{"toll/1", "toll/2"} {
		if m := byKey[k]; m.ThreadTS != head.TS || !m.Broadcast {
			t.Errorf("%s should reply in toll's thread %s, broadcast: %+v", k, head.TS, m)
		}
	}
	if m := byKey["aid/0"]; m.Channel != "C0AID" || m.ThreadTS != "" {
		t.Errorf("aid/0 should head a thread in #aid: %+v", m)
	}
	if m := byKey["aid/1"]; m.Channel != "C0AID" || m.ThreadTS != byKey["aid/0"].TS {
		t.Errorf("aid/1 should reply in aid's thread: %+v", m)
	}
	if m := byKey[samples[4].Key]; m.ThreadTS != "" || m.Channel != "C0FIGURES" {
		t.Errorf("a failing source is a message of its own in the main channel: %+v", m)
	}
	// The head shows the current value after each change.
	for _, m := range f.Messages() {
		if m.Key == "toll/0" {
			if m.Updates != 2 || !strings.Contains(blockText(t, m.Blocks), "current value") {
				t.Errorf("head updated %d times (want 2), blocks %s", m.Updates, m.Blocks)
			}
		}
	}
	keysOnce(t, f, []string{"toll/0", "toll/1", "toll/2", "aid/0", "aid/1", samples[4].Key})
}

// TestThreadByClaimant: a metric judged by claimant keeps one thread, each
// claimant's events replying in it under their claimant's name; its head
// is never rewritten to one claimant's value.
func TestThreadByClaimant(t *testing.T) {
	f := fakeSlack(t)
	box := &memOutbox{}
	evs := events("toll", 3)
	for i, who := range []string{"the Gaza health ministry", "the Israeli military", "the Gaza health ministry"} {
		evs[i].Payload.ByClaimant, evs[i].Payload.Claimant = who, who
	}
	box.add(evs...)
	if _, err := notify.Drain(context.Background(), box, bot(t, f, box, Config{}), "test"); err != nil {
		t.Fatal(err)
	}
	msgs := f.Messages()
	if len(msgs) != 3 {
		t.Fatalf("%d messages", len(msgs))
	}
	for i, m := range msgs {
		if i > 0 && m.ThreadTS != msgs[0].TS {
			t.Errorf("%s should reply in the metric's thread: %+v", m.Key, m)
		}
		if who := evs[i].Payload.ByClaimant; !strings.Contains(m.Text, "("+who+")") {
			t.Errorf("%s does not name its claimant %q: %s", m.Key, who, m.Text)
		}
	}
	if msgs[0].Updates != 0 {
		t.Errorf("the head was rewritten %d times to one claimant's value", msgs[0].Updates)
	}
}
